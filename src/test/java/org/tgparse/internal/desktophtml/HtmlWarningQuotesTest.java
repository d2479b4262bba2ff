package org.tgparse.internal.desktophtml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.tgparse.MessageReader;
import org.tgparse.Tgparse;
import org.tgparse.read.ParseIssue;
import org.tgparse.read.ReadOptions;

/**
 * A warning quotes at most about 80 characters of the value it complains of (issue 14, item 21): a 1 MB
 * {@code title} attribute must not become a 1 MB line on stderr.
 */
class HtmlWarningQuotesTest {

  @Test
  void aHugeDateTitleIsQuotedShortWithItsLength() {
    String huge = "x".repeat(1_000_000);
    String html = DesktopHtmlReaderTest.page(DesktopHtmlReaderTest.message(1, huge, "A", "text", false));
    try (MessageReader r = Tgparse.read(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)),
        "messages.html", ReadOptions.defaults().withExtractEntities(false))) {
      assertThat(r.read()).isNotNull();
      assertThat(r.issues()).isNotEmpty();
      for (ParseIssue issue : r.issues()) {
        assertThat(issue.toString()).hasSizeLessThan(300);
      }
      assertThat(r.issues()).anySatisfy(i -> assertThat(i.toString()).contains("(1000000 characters)"));
    }
  }
}
