package org.tgparse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.tgparse.GoldenFiles;

/** {@code --summary}: the sample's overview is a golden file (rewrite with the golden flag, read the diff). */
class MainSummaryTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String stdin, String... args) {
    return Main.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), out,
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void sampleSummaryMatchesItsGoldenFile() {
    assertThat(run("", "--summary", "samples/mfa-forwarded-posts.txt")).isZero();
    assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    GoldenFiles.assertMatches(Path.of("samples/mfa-forwarded-posts.expected.summary"),
        out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void countsIssuesAndFailedInputsAndStillPrints() {
    assertThat(run("\u0000binary", "--summary", "no-such-file.txt", "-")).isEqualTo(1);
    String summary = out.toString(StandardCharsets.UTF_8);
    assertThat(summary).contains("Inputs         2 (2 failed)").contains("Messages       0");
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("tgparse: no-such-file.txt: no such file or directory");
  }

  @Test
  void countsIssuesOfReadableInputs() {
    assertThat(run("", "--summary", "-")).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("Issues         1\n");
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("empty input: no messages");
  }

  @Test
  void summaryTakesNoRecordOptions() {
    assertThat(run("", "--summary", "--compact", "-")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .isEqualTo("tgparse: --summary prints no records: it cannot be combined with --compact\n");
  }
}
