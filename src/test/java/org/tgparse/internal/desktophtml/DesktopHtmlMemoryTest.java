package org.tgparse.internal.desktophtml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A big page, and one huge message in it, are read in a 64 MB heap (issue 14, item 8): the page is not loaded
 * whole and a message of millions of {@code <br>} is bounded while it is parsed, not after.
 */
class DesktopHtmlMemoryTest {

  @Test
  void aBigPageWithAnEightMegabyteMessageOfBreaksIsReadIn64Megabytes(@TempDir Path dir) throws Exception {
    Path page = dir.resolve("messages.html");
    // 2 million <br> (8 MB) in one message, then 120,000 messages (about 58 MB in all).
    BigPages.write(page, 120_000, 2_000_000);
    assertThat(Files.size(page)).isGreaterThan(48L << 20);
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx64m",
        "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), BigPages.class.getName(),
        page.toString()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(out).doesNotContain("OutOfMemoryError");
    assertThat(p.exitValue()).as(out).isZero();
    List<String> lines = out.lines().toList();
    assertThat(lines.get(0)).isEqualTo("messages=120001 issues=1");
    assertThat(lines.get(1)).startsWith(page + ":").contains("a message of more than 65,536 HTML elements");
  }
}
