package org.tgparse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 14, item 1: a write error that is not a closed pipe was taken for one (exit 0, nothing said, output lost).
 * A closed pipe stays quiet: see {@link CliReliabilityTest#realClosedPipeEndsQuietlyWithSuccess()}.
 */
class WriteErrorTest {
  @TempDir
  Path dir;

  private Path posts(int n) throws IOException {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append("Forwarded from Channel\nPost ").append(i).append(" #tag\nbody line\nbody line\n");
    }
    Path p = dir.resolve("posts.txt");
    Files.writeString(p, sb);
    return p;
  }


  @ParameterizedTest
  @ValueSource(strings = {"--threads=1", "--threads=4", "--array", "--pretty"})
  void fullDiskIsAnError(String mode) throws IOException {
    Path p = posts(5000);
    for (int room : new int[] {0, 70_000}) {
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      int code = Main.run(new String[] {mode, p.toString()}, new ByteArrayInputStream(new byte[0]),
          FailingOutput.fullDisk(room), new PrintStream(err, true, StandardCharsets.UTF_8));
      assertThat(code).as("%s %d", mode, room).isEqualTo(1);
      assertThat(err.toString(StandardCharsets.UTF_8))
          .isEqualTo("tgparse: cannot write output: No space left on device\n");
    }
  }

  @Test
  void helpOnAFullDiskIsAnError() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    assertThat(Main.run(new String[] {"--help"}, new ByteArrayInputStream(new byte[0]), FailingOutput.fullDisk(0),
        new PrintStream(err, true, StandardCharsets.UTF_8))).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("tgparse: cannot write output: No space left on"
        + " device\n");
  }

  @Test
  void realDevFullIsAnError() throws Exception {
    ChildJvm.Result r = new ChildJvm().shell("CMD > /dev/full").run(dir, posts(50).toString());
    assertThat(r.err()).isEqualTo("tgparse: cannot write output: No space left on device\n");
    assertThat(r.code()).isEqualTo(1);
  }
}
