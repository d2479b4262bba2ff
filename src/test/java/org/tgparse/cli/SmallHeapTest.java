package org.tgparse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14, item 8: one big message ran a 64 MB heap out of memory (the README promises any size in 64 MB), and
 * the records before it were lost with it. Each case runs the command line in a child JVM with {@code -Xmx64m}.
 */
class SmallHeapTest {
  @TempDir
  Path dir;

  private Path write(String name, Writing w) throws IOException {
    Path p = dir.resolve(name);
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(p), 1 << 16)) {
      w.to(out);
    }
    return p;
  }

  @FunctionalInterface
  private interface Writing {
    void to(OutputStream out) throws IOException;
  }

  private static void ascii(OutputStream out, String s) throws IOException {
    out.write(s.getBytes(StandardCharsets.US_ASCII));
  }

  private ChildJvm.Result run(String... args) throws Exception {
    return new ChildJvm().jvm("-Xmx64m").run(dir, args);
  }

  @Test
  void textPostOfAMillionOneCharacterLines() throws Exception {
    Path p = write("lines.txt", out -> {
      ascii(out, "Forwarded from C\nHead\n");
      for (int i = 0; i < 1_000_000; i++) {
        out.write(i % 2 == 0 ? 'x' : 'y');
        out.write('\n');
      }
    });
    ChildJvm.Result r = run(p.toString());
    assertThat(r.err()).isEmpty();
    assertThat(r.code()).isZero();
    assertThat(r.out().lines()).singleElement().asString().startsWith("{").endsWith("}");
  }

  @Test
  void textPostOfTwoMillionBlankLines() throws Exception {
    Path p = write("blank.txt", out -> {
      ascii(out, "Forwarded from C\nHead\n");
      out.write(new byte[2_000_000], 0, 0);
      byte[] blanks = new byte[2_000_000];
      java.util.Arrays.fill(blanks, (byte) '\n');
      out.write(blanks);
      ascii(out, "end\n");
    });
    ChildJvm.Result r = run("--threads", "1", p.toString());
    assertThat(r.err()).isEmpty();
    assertThat(r.code()).isZero();
    assertThat(r.out().lines()).hasSize(1);
  }

  @Test
  void desktopJsonTextOfTenMillionCharacters() throws Exception {
    Path p = write("long.json", out -> {
      ascii(out, "{\"name\":\"C\",\"messages\":[{\"id\":1,\"type\":\"message\",\"text\":\"");
      byte[] y = new byte[1_000_000];
      java.util.Arrays.fill(y, (byte) 'y');
      for (int i = 0; i < 10; i++) {
        out.write(y);
      }
      ascii(out, "\"},{\"id\":2,\"type\":\"message\",\"text\":\"after\"}]}");
    });
    ChildJvm.Result r = run(p.toString());
    assertThat(r.err()).isEqualTo(p + ":1: warning: message text of 10000000 UTF-16 code units was cut to 4194304"
        + " (limit maxTextLength, option --max-text-length)\n");
    assertThat(r.code()).isZero();
    assertThat(r.out().lines()).hasSize(2);
  }

  @Test
  void desktopJsonMessageOfAMillionTextParts() throws Exception {
    Path p = write("parts.json", out -> {
      ascii(out, "{\"name\":\"C\",\"messages\":[{\"id\":1,\"type\":\"message\",\"text\":[");
      byte[] part = "{\"type\":\"bold\",\"text\":\"abcdefghij\"},".getBytes(StandardCharsets.US_ASCII);
      for (int i = 0; i < 1_000_000; i++) {
        out.write(part);
      }
      ascii(out, "\"end\"]}]}");
    });
    for (String threads : new String[] {"1", "2"}) {
      ChildJvm.Result r = run("--threads", threads, p.toString());
      assertThat(r.err().lines()).as("threads %s", threads).containsExactly(
          p + ":1: warning: message text of 10000003 UTF-16 code units was cut to 4194304 (limit maxTextLength,"
              + " option --max-text-length)",
          p + ":1: warning: 409430 entities beyond the first 10000 were dropped (limit maxEntitiesPerMessage,"
              + " option --max-entities)");
      assertThat(r.code()).isZero();
      assertThat(r.out().lines()).hasSize(1);
    }
  }

  @Test
  void messageTooLargeForTheHeapIsOneLineAndTheOtherInputsAreRead() throws Exception {
    // Entities are extracted before their limit applies: 1.3 million hashtags do not fit in 64 MB.
    Path dense = write("dense.txt", out -> {
      byte[] tags = "#a ".repeat(100_000).getBytes(StandardCharsets.US_ASCII);
      for (int i = 0; i < 13; i++) {
        out.write(tags);
      }
    });
    Path small = write("small.txt", out -> ascii(out, "one message\n"));
    for (String threads : new String[] {"1", "2"}) {
      ChildJvm.Result r = run("--threads", threads, "--format", "plain", small.toString(), dense.toString(),
          small.toString());
      assertThat(r.err()).as("threads %s", threads).isEqualTo("tgparse: " + dense + ": out of memory (Java heap"
          + " of 64 MB): a message too large for it; give Java more memory (java -Xmx512m -jar tgparse.jar ...),"
          + " or lower --max-text-length\n");
      assertThat(r.code()).isEqualTo(1);
      // Whole records only: the first and last input, each one complete line.
      assertThat(r.out().lines()).hasSize(2).allSatisfy(l -> assertThat(l).startsWith("{").endsWith("}"));
    }
  }
}
