package org.tgparse.cli.report;

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
import org.tgparse.cli.Main;

/** The {@code --report} option on the command line: where the page goes, what else is printed, exit codes. */
class ReportCommandTest {
  private static final String SAMPLE = "samples/mfa-forwarded-posts.txt";

  private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
  private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();

  private int run(String... args) {
    return Main.run(args, new ByteArrayInputStream(new byte[0]), stdout,
        new PrintStream(stderr, true, StandardCharsets.UTF_8));
  }

  @Test
  void aDashWritesThePageToStandardOutputAndNoRecords() {
    assertThat(run("--report", "-", SAMPLE)).isZero();
    String page = stdout.toString(StandardCharsets.UTF_8);
    assertThat(page).startsWith("<!DOCTYPE html>").endsWith("</html>\n");
    assertThat(page).doesNotContain("\"sequence\":");
    assertThat(page).contains("\"messages\":10");
  }

  @Test
  void anUnreadableInputIsSaidCountedAndTheReportStillWritten(@TempDir Path dir) throws IOException {
    Path html = dir.resolve("r.html");
    assertThat(run("--report", html.toString(), SAMPLE, dir.resolve("missing.txt").toString())).isEqualTo(1);
    assertThat(stderr.toString(StandardCharsets.UTF_8)).contains("missing.txt: no such file or directory");
    assertThat(stdout.size()).isZero();
    assertThat(Files.readString(html)).contains("\"failedInputs\":1", "\"messages\":10");
  }

  @Test
  void reportAndSummaryAreExclusive() {
    assertThat(run("--report", "r.html", "--summary", SAMPLE)).isEqualTo(2);
    assertThat(stderr.toString(StandardCharsets.UTF_8)).contains("--report and --summary cannot be combined");
  }

  @Test
  void anUnwritableReportIsAnError(@TempDir Path dir) {
    assertThat(run("--report", dir.resolve("no/such/dir/r.html").toString(), SAMPLE)).isEqualTo(1);
    assertThat(stderr.toString(StandardCharsets.UTF_8)).contains("cannot write the report");
  }
}
