package org.tgparse.internal.desktophtml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tgparse.internal.desktophtml.DesktopHtmlReaderTest.message;
import static org.tgparse.internal.desktophtml.DesktopHtmlReaderTest.page;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tgparse.MessageReader;
import org.tgparse.Tgparse;
import org.tgparse.model.Message;
import org.tgparse.read.Format;
import org.tgparse.read.ParseIssue;
import org.tgparse.read.ReadOptions;
import org.tgparse.read.TgparseException;

/**
 * Broken markup inside one message stays inside it (issue 14, item 4): every later message is still read, in
 * order, and one issue names the message and what was left open.
 */
class DesktopHtmlRecoveryTest {
  private static final ReadOptions OPTIONS = ReadOptions.defaults().withExtractEntities(false)
      .withFormat(Format.DESKTOP_HTML);

  private static String msg(int id, String text) {
    return message(id, "01.01.2024 10:00:00 UTC+00:00", "A", text, false);
  }

  static Result read(String html, ReadOptions options) {
    List<Message> out = new ArrayList<>();
    try (MessageReader r = Tgparse.read(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)),
        "messages.html", options)) {
      r.forEach(out::add);
      return new Result(out, r.issues());
    }
  }

  record Result(List<Message> messages, List<ParseIssue> issues) {
    List<String> texts() {
      return messages.stream().map(Message::text).toList();
    }

    List<String> issueTexts() {
      return issues.stream().map(ParseIssue::toString).toList();
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"<!--", "<xmp>", "<plaintext>", "<script>", "<iframe>", "<noembed>"})
  void anUnclosedRawTextElementNoLongerSwallowsTheLaterMessages(String open) {
    Result r = read(page(msg(1, "one"), msg(2, "two " + open + " lost"), msg(3, "three"), msg(4, "four")),
        OPTIONS);
    assertThat(r.messages()).extracting(Message::id).containsExactly("1", "2", "3", "4");
    // What the open element holds is its text (a <plaintext> shows the markup after it); the rest is unharmed.
    assertThat(r.texts()).startsWith("one").endsWith("three", "four");
    assertThat(r.texts().get(1)).startsWith("two");
    String name = open.equals("<!--") ? "<!--" : open;
    assertThat(r.issueTexts()).containsExactly("messages.html:" + r.messages().get(1).source().startLine()
        + ": warning: message 2 is not closed before the next message (an unclosed " + name
        + "): read up to the next message; expected its </div>");
  }

  @Test
  void anUnclosedMessageDivKeepsTheOrder() {
    String two = msg(2, "two");
    two = two.substring(0, two.lastIndexOf("</div>"));
    Result r = read(page(msg(1, "one"), two, msg(3, "three"), msg(4, "four")), OPTIONS);
    assertThat(r.messages()).extracting(Message::id).containsExactly("1", "2", "3", "4");
    assertThat(r.issueTexts()).singleElement().asString()
        .contains("message 2 is not closed before the next message (an unclosed <div>)");
  }

  @Test
  void aTruncatedFileSaysSo() {
    String html = page(msg(1, "one"), msg(2, "two"));
    // Cut after the first message: every message up to the cut is read, and the cut is named.
    int cut = html.indexOf("<div class=\"message default clearfix\" id=\"message2\"");
    Result between = read(html.substring(0, cut), OPTIONS);
    assertThat(between.texts()).containsExactly("one");
    assertThat(between.issueTexts()).containsExactly("messages.html: warning: the file ends without </html>: it"
        + " was cut short (every message up to the cut was read); expected a complete Telegram Desktop HTML page");
    // Cut inside the second message: one issue names it.
    Result inside = read(html.substring(0, html.indexOf("two")), OPTIONS);
    assertThat(inside.messages()).extracting(Message::id).containsExactly("1", "2");
    assertThat(inside.issueTexts()).singleElement().asString().contains("the file ends inside message 2");
  }

  @Test
  void strictModeStopsAtTheBrokenMessage() {
    String html = page(msg(1, "one"), msg(2, "two <script> lost"), msg(3, "three"));
    assertThatThrownBy(() -> read(html, OPTIONS.withStrict(true))).isInstanceOf(TgparseException.class)
        .hasMessageContaining("message 2 is not closed before the next message (an unclosed <script>)");
  }

  @Test
  void sourceLinesStayThoseOfTheFile() {
    String html = page(msg(1, "one"), msg(2, "two"));
    Result r = read(html, OPTIONS);
    String[] lines = html.split("\n", -1);
    for (Message m : r.messages()) {
      assertThat(lines[(int) m.source().startLine() - 1]).contains("id=\"message" + m.id() + "\"");
      assertThat(lines[(int) m.source().endLine() - 1].strip()).isEqualTo("</div>");
    }
    assertThat(r.issues()).isEmpty();
  }
}
