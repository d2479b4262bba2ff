package org.tgparse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.tgparse.json.JsonLinesWriter;
import org.tgparse.model.Message;

/**
 * Keeps the README's Java example compiling and working: the body below is the README's code, with
 * {@code System.out} and {@code System.err} replaced by buffers, and {@link #readmeHasThisCode} checks that the
 * two stay the same.
 */
class ReadmeExampleTest {
  private static final Path SELF = Path.of("src/test/java/org/tgparse/ReadmeExampleTest.java");

  @Test
  void readmeExampleRuns() throws IOException {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(buf, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    // --- README example begins ---
    try (MessageReader reader = Tgparse.read(Path.of("samples/mfa-forwarded-posts.txt"))) {
      for (Message m : reader) {
        String source = m.forward() == null ? "-" : m.forward().from();
        out.println(source + " | " + m.title() + " | " + m.hashtags());
      }
      reader.issues().forEach(err::println);
    }

    // The extractor works on any string; stateless and thread-safe.
    var entities = Tgparse.extractor().extract("📍 Moscow, March 20, 2023 #CSTO");

    // JSON Lines as the command line prints them (JsonLinesWriter.Fields.NON_EMPTY: as --compact does).
    try (MessageReader reader = Tgparse.read(Path.of("samples/mfa-forwarded-posts.txt"));
        JsonLinesWriter json = JsonLinesWriter.jsonLines(out)) {
      for (Message m : reader) {
        json.write(m); // MessageJson.toJson(m) gives one record as a String
      }
    }
    // --- README example ends ---
    List<String> lines = buf.toString(StandardCharsets.UTF_8).lines().collect(Collectors.toList());
    assertThat(lines).hasSize(20);
    assertThat(lines.subList(0, 10)).allSatisfy(l -> assertThat(l).startsWith("Russian MFA 🇷🇺 | "));
    assertThat(String.join("\n", lines.subList(10, 20)) + "\n")
        .isEqualTo(Files.readString(Path.of("samples/mfa-forwarded-posts.expected.jsonl")));
    assertThat(entities).isNotNull();
  }

  @Test
  void readmeHasThisCode() throws IOException {
    String readme = Files.readString(Path.of("README.md"));
    int start = readme.indexOf("```java\n") + "```java\n".length();
    String block = readme.substring(start, readme.indexOf("```", start));
    String readmeCode = block.lines()
        .filter(l -> !l.startsWith("import "))
        .map(l -> l.replace("System.out", "out").replace("System.err", "err"))
        .collect(Collectors.joining("\n")).strip();
    String test = Files.readString(SELF);
    String begin = "// --- README example begins ---\n";
    String body = test.substring(test.indexOf(begin) + begin.length(),
        test.indexOf("    // --- README example ends ---"));
    String testCode = body.lines().map(l -> l.length() >= 4 ? l.substring(4) : l)
        .collect(Collectors.joining("\n")).strip();
    assertThat(readmeCode).as("README's Java example and ReadmeExampleTest must stay the same").isEqualTo(testCode);
  }
}
