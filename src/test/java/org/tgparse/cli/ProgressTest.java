package org.tgparse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProgressTest {
  private static final long SECOND = 1_000_000_000L;

  @Test
  void rendersBarPercentSizesCountsRatesAndTimeLeft() {
    assertThat(Progress.render(450_000_000L, 1_000_000_000L, 1_234_567, 3 * SECOND))
        .isEqualTo("[#########-----------]  45%  450.0/1,000.0 MB  1,234,567 msgs  150.0 MB/s  411,522 msgs/s"
            + "  ETA 0:04");
  }

  @Test
  void rendersTheStart() {
    assertThat(Progress.render(0, 2_000_000, 0, 0))
        .isEqualTo("[--------------------]   0%  0.0/2.0 MB  0 msgs  0.0 MB/s  0 msgs/s  ETA -:--");
  }

  @Test
  void rendersTheEnd() {
    assertThat(Progress.render(2_000_000, 2_000_000, 10, SECOND))
        .isEqualTo("[####################] 100%  2.0/2.0 MB  10 msgs  2.0 MB/s  10 msgs/s  ETA 0:00");
  }

  @Test
  void withoutATotalThereIsNoBarNorTimeLeft() {
    assertThat(Progress.render(5_500_000, -1, 42, 2 * SECOND)).isEqualTo("5.5 MB  42 msgs  2.8 MB/s  21 msgs/s");
  }

  @Test
  void longWaitsShowHours() {
    assertThat(Progress.duration(59)).isEqualTo("0:59");
    assertThat(Progress.duration(61)).isEqualTo("1:01");
    assertThat(Progress.duration(3600 + 62)).isEqualTo("1:01:02");
    assertThat(Progress.render(1_000_000, 10_001_000_000L, 1, 1000 * SECOND)).endsWith("ETA 2777:46:40");
  }

  @Test
  void notOnATerminalTheFinalStateEndsOnALineOfItsOwnAfterPrintedLines() {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    PrintStream err = new PrintStream(buf, true, StandardCharsets.UTF_8);
    try (Progress p = new Progress(err, false, 100)) {
      p.addBytes(100);
      p.addMessage();
      p.println("an issue");
    }
    String[] lines = buf.toString(StandardCharsets.UTF_8).split("\n", -1);
    assertThat(lines[0]).isEqualTo("an issue");
    assertThat(lines[lines.length - 2]).startsWith("[####################] 100%  0.0/0.0 MB  1 msgs");
    assertThat(lines[lines.length - 1]).isEmpty();
    assertThat(buf.toString(StandardCharsets.UTF_8)).doesNotContain("\r");
  }

  @Test
  void onATerminalPrintedLinesClearTheProgressLine() {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    PrintStream err = new PrintStream(buf, true, StandardCharsets.UTF_8);
    Progress p = new Progress(err, true, 100);
    p.println("first issue");
    p.close();
    String s = buf.toString(StandardCharsets.UTF_8);
    // Each redraw starts with \r; a printed line first blanks the line; the final state ends with a newline.
    assertThat(s).contains("first issue\n").endsWith(" ETA -:--\n");
    String before = s.substring(0, s.indexOf("first issue"));
    assertThat(before.isEmpty() || before.endsWith("\r")).as("%s", before).isTrue();
  }

  @Test
  void terminalDevices() {
    assertThat(Terminal.isTerminalDevice("/dev/pts/3")).isTrue();
    assertThat(Terminal.isTerminalDevice("/dev/tty1")).isTrue();
    assertThat(Terminal.isTerminalDevice("/dev/null")).isFalse();
    assertThat(Terminal.isTerminalDevice("pipe:[12345]")).isFalse();
    assertThat(Terminal.isTerminalDevice("/home/u/log.txt")).isFalse();
  }
}
