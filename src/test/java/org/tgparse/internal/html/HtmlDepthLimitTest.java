package org.tgparse.internal.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tgparse.MessageReader;
import org.tgparse.Tgparse;
import org.tgparse.model.Message;
import org.tgparse.read.Format;
import org.tgparse.read.ParseIssue;
import org.tgparse.read.ReadOptions;
import org.tgparse.read.TgparseException;

/** HTML nested past {@code maxHtmlDepth}: the text is still read, with one issue naming the limit and option. */
class HtmlDepthLimitTest {
  private static final String ISSUE = "HTML nested 20 elements deep: elements nested deeper were attached at that"
      + " depth (limit maxHtmlDepth, option --max-html-depth)";

  private static String desktop(int nesting) {
    return "<!DOCTYPE html>\n<html>\n<head><title>Exported Data</title></head>\n<body>\n"
        + "<div class=\"page_wrap\"><div class=\"history\">\n"
        + "<div class=\"message default clearfix\" id=\"message1\"><div class=\"body\">\n"
        + "<div class=\"text\">first</div></div></div>\n"
        + "<div class=\"message default clearfix\" id=\"message2\"><div class=\"body\">\n"
        + "<div class=\"text\">deep " + "<b>".repeat(nesting) + "inside" + "</b>".repeat(nesting)
        + "</div></div></div>\n</div></div>\n</body>\n</html>\n";
  }

  private static String tme(int nesting) {
    return "<!DOCTYPE html>\n<html><head><title>x – Telegram</title></head>\n<body>\n"
        + "<section class=\"tgme_channel_history\">\n"
        + "<div class=\"tgme_widget_message_wrap\"><div class=\"tgme_widget_message\" data-post=\"x/1\">"
        + "<div class=\"tgme_widget_message_text\">first</div></div></div>\n"
        + "<div class=\"tgme_widget_message_wrap\"><div class=\"tgme_widget_message\" data-post=\"x/2\">"
        + "<div class=\"tgme_widget_message_text\">deep " + "<b>".repeat(nesting) + "inside"
        + "</b>".repeat(nesting) + "</div></div></div>\n</section>\n</body></html>\n";
  }

  private static List<Message> read(String html, ReadOptions o, List<ParseIssue> issues) {
    List<Message> out = new ArrayList<>();
    try (MessageReader r = Tgparse.read(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)), "h.html",
        o)) {
      r.forEach(out::add);
      issues.addAll(r.issues());
    }
    return out;
  }

  private static ReadOptions limited(int depth) {
    return ReadOptions.defaults().withLimits(ReadOptions.defaults().limits().withMaxHtmlDepth(depth));
  }

  @Test
  void desktopHtmlPastTheDepthKeepsTheTextWithAnIssue() {
    List<ParseIssue> issues = new ArrayList<>();
    List<Message> all = read(desktop(40), limited(20), issues);
    assertThat(all).extracting(Message::text).containsExactly("first", "deep inside");
    assertThat(issues).extracting(ParseIssue::message).containsExactly(ISSUE);
    assertThat(issues.get(0).location()).isEqualTo("h.html");
  }

  @Test
  void tmePastTheDepthKeepsTheTextWithOneIssue() {
    List<ParseIssue> issues = new ArrayList<>();
    List<Message> all = read(tme(40) + tme(40).replace("x/1", "x/3").replace("x/2", "x/4"), limited(20),
        issues);
    assertThat(all).extracting(Message::text).contains("first", "deep inside");
    assertThat(issues).extracting(ParseIssue::message).containsExactly(ISSUE);
    assertThat(issues.get(0).line()).isPositive();
  }

  @Test
  void withinTheDepthThereIsNoIssue() {
    List<ParseIssue> issues = new ArrayList<>();
    assertThat(read(desktop(5), limited(20), issues)).hasSize(2);
    assertThat(read(tme(5), limited(20), issues)).hasSize(2);
    assertThat(read(desktop(40), ReadOptions.defaults(), issues)).hasSize(2);
    assertThat(issues).isEmpty();
  }

  @Test
  void strictModeStopsAtTheDepthLimit() {
    ReadOptions strict = limited(20).withStrict(true);
    assertThatThrownBy(() -> read(desktop(40), strict, new ArrayList<>()))
        .isInstanceOf(TgparseException.class).hasMessage("h.html: " + ISSUE);
    try (MessageReader r = Tgparse.read(new ByteArrayInputStream(tme(40).getBytes(StandardCharsets.UTF_8)),
        "t.html", strict)) {
      assertThat(r.format()).isEqualTo(Format.TME_HTML);
      assertThat(r.read().text()).isEqualTo("first");
      assertThatThrownBy(r::read).isInstanceOf(TgparseException.class).hasMessageContaining("--max-html-depth");
    }
  }

  /** Issue 14, item 10: {@code --max-html-depth 1} made every HTML input fail with an IndexOutOfBoundsException. */
  @Test
  void aDepthLimitBelowTwoIsReadAsTwo() {
    for (int depth : new int[] {1, 2}) {
      List<ParseIssue> issues = new ArrayList<>();
      assertThat(read(desktop(3), limited(depth), issues)).hasSize(2);
      assertThat(read(tme(3), limited(depth), issues)).hasSize(2);
      assertThat(issues).extracting(ParseIssue::message).allMatch(m -> m.startsWith("HTML nested 2 elements deep"))
          .isNotEmpty();
    }
  }
}
