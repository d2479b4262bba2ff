package org.tgparse.json;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.tgparse.model.Message;

/**
 * Run by {@link DatabindIsOptionalTest} in a child JVM whose class path has no Jackson Databind: reads a JSON Lines
 * file back, writes it again, and exits 0 when the bytes are the same, databind is indeed absent, and
 * {@link TgparseModule} (which needs it) cannot be loaded.
 */
final class WithoutDatabind {
  private WithoutDatabind() {
  }

  public static void main(String[] args) throws Exception {
    try {
      Class.forName("com.fasterxml.jackson.databind.ObjectMapper");
      fail("databind is on the class path");
    } catch (ClassNotFoundException expected) {
      // as it should be
    }
    Path file = Path.of(args[0]);
    List<Message> ms;
    try (JsonLinesReader r = JsonLinesReader.open(file)) {
      ms = r.stream().toList();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonLinesWriter w = JsonLinesWriter.jsonLines(out)) {
      for (Message m : ms) {
        w.write(m);
        if (!MessageJson.fromJson(MessageJson.toJson(m)).equals(m)) {
          fail("fromJson differs for record " + m.sequence());
        }
      }
    }
    if (!out.toString(StandardCharsets.UTF_8).equals(Files.readString(file, StandardCharsets.UTF_8))) {
      fail("written again, the records differ from " + file);
    }
    try {
      Class.forName("org.tgparse.json.TgparseModule");
      fail("TgparseModule loaded without databind");
    } catch (NoClassDefFoundError expected) {
      // the module needs databind, and only it
    }
    System.out.println("read " + ms.size());
  }

  private static void fail(String message) {
    System.err.println(message);
    System.exit(1);
  }
}
