package org.tgparse.internal.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tgparse.MessageReader;
import org.tgparse.Tgparse;
import org.tgparse.internal.desktophtml.DesktopHtmlReaderTest;
import org.tgparse.json.MessageJson;
import org.tgparse.model.Message;
import org.tgparse.read.ParseIssue;
import org.tgparse.read.ReadOptions;

/**
 * A character reference to a surrogate ({@code &#xD800;}) becomes U+FFFD with a warning, as HTML5 says, so that
 * the output stays valid UTF-8 JSON (issue 14, item 13).
 */
class LoneSurrogatesTest {

  private static List<Message> read(String html, List<ParseIssue> issues) {
    List<Message> out = new ArrayList<>();
    try (MessageReader r = Tgparse.read(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)), "h.html",
        ReadOptions.defaults().withExtractEntities(false))) {
      r.forEach(out::add);
      issues.addAll(r.issues());
    }
    return out;
  }

  @Test
  void aSurrogateReferenceInDesktopHtmlBecomesTheReplacementCharacter() {
    List<ParseIssue> issues = new ArrayList<>();
    List<Message> all = read(DesktopHtmlReaderTest.page(DesktopHtmlReaderTest.message(1,
        "01.01.2024 10:00:00 UTC+00:00", "A&#xDC00;", "a&#xD800;b &#55357;&#56832; <a href=\"https://x.org/&#xDFFF;\">"
            + "link</a>", false)), issues);
    Message m = all.get(0);
    assertThat(m.text()).isEqualTo("a\uFFFDb \uD83D\uDE00 link");
    assertThat(m.from()).isEqualTo("A\uFFFD");
    assertThat(m.entities().get(0).href()).isEqualTo("https://x.org/\uFFFD");
    assertThat(MessageJson.toJson(m)).doesNotContain("\\uD800", "\\uDC00", "\\uDFFF");
    assertThat(issues).extracting(ParseIssue::toString).containsExactly("h.html:" + m.source().startLine()
        + ": warning: 3 character references to a lone surrogate (first U+DC00) replaced with U+FFFD, as HTML5"
        + " says; expected a Unicode scalar value");
  }

  @Test
  void aSurrogateReferenceOnATmePageBecomesTheReplacementCharacter() {
    List<ParseIssue> issues = new ArrayList<>();
    String html = "<!DOCTYPE html>\n<html><body><section class=\"tgme_channel_history\">\n"
        + "<div class=\"tgme_widget_message\" data-post=\"ch/1\"><div class=\"tgme_widget_message_text\">"
        + "x&#xD800;</div></div>\n</section></body></html>\n";
    assertThat(read(html, issues)).extracting(Message::text).containsExactly("x\uFFFD");
    assertThat(issues).extracting(ParseIssue::message).singleElement().asString()
        .startsWith("1 character reference to a lone surrogate (first U+D800) replaced with U+FFFD");
  }

  @Test
  void validPairsAreKept() {
    int[] count = {0};
    int[] first = {-1};
    String s = "a\uD83D\uDE00b";
    assertThat(LoneSurrogates.repair(s, count, first)).isSameAs(s);
    assertThat(LoneSurrogates.repair("\uDE00\uD83D", count, first)).isEqualTo("\uFFFD\uFFFD");
    assertThat(count[0]).isEqualTo(2);
    assertThat(first[0]).isEqualTo(0xDE00);
  }
}
