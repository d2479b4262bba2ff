package org.tgparse.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.tgparse.Format;
import org.tgparse.MessageReader;
import org.tgparse.ParseIssue;
import org.tgparse.ReadOptions;
import org.tgparse.Tgparse;

/**
 * Regression test for the fuzzer's first finding: jsoup 1.22.1 throws a NullPointerException while tracking
 * source positions in this broken Desktop HTML. The reader parses the file again without positions.
 */
class JsoupPositionFailureTest {

  @Test
  void brokenMarkupThatBreaksPositionTrackingIsStillRead() throws Exception {
    byte[] input = Files.readAllBytes(Path.of("src/test/resources/org/tgparse/ReadersFuzzTestInputs/desktopHtml/"
        + "crash-77216c99019012b691df7b52d14b5aabf23bc095"));
    // The fuzz input's last two bytes chose lenient mode and default limits.
    byte[] html = Arrays.copyOf(input, input.length - 2);
    try (MessageReader r = Tgparse.read(new ByteArrayInputStream(html), "crash.html",
        ReadOptions.defaults().withFormat(Format.DESKTOP_HTML))) {
      r.forEach(m -> assertThat(m.source().startLine()).isEqualTo(1));
      assertThat(r.issues()).extracting(ParseIssue::message).first().asString()
          .startsWith("the HTML parser failed while tracking source positions (java.lang.NullPointerException")
          .endsWith("read again without them, so source lines are not known");
    }
  }
}
