package org.tgparse.internal.desktophtml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.tgparse.MessageReader;
import org.tgparse.Tgparse;
import org.tgparse.read.ReadOptions;

/**
 * Reading a Desktop HTML page takes time linear in its messages (issue 14, item 23: with the whitespace Telegram
 * writes between messages it was quadratic, 80,000 messages took 29.9 s against 2.2 s without the newlines).
 * The one timing assertion of the suite: four times the messages may take at most six times as long. It
 * measures the reading thread's CPU time, best of a few runs after a warm-up, so that other builds on the machine
 * and the JIT do not decide it. At 10,000 messages the old reader was already 6.4 times slower for 4 times the
 * messages; below that its quadratic term hid behind the linear one.
 */
class DesktopHtmlLinearTimeTest {
  private static final ReadOptions OPTIONS = ReadOptions.defaults().withExtractEntities(false);

  private static byte[] page(int messages) {
    StringBuilder sb = new StringBuilder();
    for (int i = 1; i <= messages; i++) {
      sb.append(DesktopHtmlReaderTest.message(i, "01.01.2024 10:00:00 UTC+00:00", i % 5 == 1 ? "A" : null,
          "Message " + i + "<br>second line", i % 5 != 1)).append("\n\n");
    }
    return DesktopHtmlReaderTest.page(sb.toString()).getBytes(StandardCharsets.UTF_8);
  }

  private static long best(int runs, byte[] page, int expected) {
    java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    long best = Long.MAX_VALUE;
    for (int run = 0; run < runs; run++) {
      long start = threads.getCurrentThreadCpuTime();
      long n = 0;
      try (MessageReader r = Tgparse.read(new ByteArrayInputStream(page), "messages.html", OPTIONS)) {
        while (r.read() != null) {
          n++;
        }
      }
      best = Math.min(best, threads.getCurrentThreadCpuTime() - start);
      assertThat(n).isEqualTo(expected);
    }
    return best;
  }

  @Test
  void fourTimesTheMessagesTakeAtMostSixTimesAsLong() {
    byte[] small = page(10_000);
    byte[] large = page(40_000);
    best(1, small, 10_000); // warm-up
    long tSmall = best(3, small, 10_000);
    long tLarge = best(2, large, 40_000);
    assertThat((double) tLarge / tSmall).as("CPU time of 40,000 messages / of 10,000 (%d ms / %d ms)",
        tLarge / 1_000_000, tSmall / 1_000_000).isLessThanOrEqualTo(6.0);
  }
}
