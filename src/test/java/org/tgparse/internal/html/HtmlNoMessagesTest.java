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

/**
 * An HTML input that yields no message says why (issue 14, item 2): a warning, and the error in strict mode.
 */
class HtmlNoMessagesTest {
  private static final String TEXT = "Breaking news\nForwarded from MFA\nHello\n";
  /** A saved t.me/NAME page (the profile, not the /s/ web preview), reduced to what the reader looks at. */
  private static final String PROFILE = "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
      + "<title>Telegram: Contact @mfa_digest</title></head>\n<body class=\"no_transition\">\n"
      + "<div class=\"tgme_page_wrap\"><div class=\"tgme_body_wrap\"><div class=\"tgme_page\">\n"
      + "<div class=\"tgme_page_photo\"><img class=\"tgme_page_photo_image\" src=\"https://cdn/x.jpg\"></div>\n"
      + "<div class=\"tgme_page_title\" dir=\"auto\"><span dir=\"auto\">MFA Digest</span></div>\n"
      + "<div class=\"tgme_page_extra\">12 345 subscribers</div>\n"
      + "<div class=\"tgme_page_description\" dir=\"auto\">Daily digest</div>\n"
      + "<div class=\"tgme_page_action\"><a class=\"tgme_action_button_new shine\""
      + " href=\"tg://resolve?domain=mfa_digest\">View in Telegram</a></div>\n"
      + "<div class=\"tgme_page_context_link_wrap\"><a class=\"tgme_page_context_link\" href=\"/s/mfa_digest\">"
      + "Preview channel</a></div>\n</div></div></div>\n</body></html>\n";

  private static List<String> issues(String input, ReadOptions options) {
    List<Message> out = new ArrayList<>();
    try (MessageReader r = Tgparse.read(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), "in",
        options)) {
      r.forEach(out::add);
      assertThat(out).isEmpty();
      return r.issues().stream().map(ParseIssue::toString).toList();
    }
  }

  @Test
  void aTextFileForcedAsDesktopHtmlSaysItHasNoMessages() {
    ReadOptions forced = ReadOptions.defaults().withFormat(Format.DESKTOP_HTML);
    assertThat(issues(TEXT, forced)).containsExactly("in: warning: no messages: expected Telegram Desktop's HTML"
        + " export (div class=\"message ...\"), found none; if this is another kind of file, let the format be"
        + " detected (drop --format) or name its format");
    assertThatThrownBy(() -> issues(TEXT, forced.withStrict(true))).isInstanceOf(TgparseException.class)
        .hasMessageStartingWith("in: no messages: expected Telegram Desktop's HTML export");
  }

  @Test
  void aTextFileForcedAsTmeSaysItHasNoPosts() {
    assertThat(issues(TEXT, ReadOptions.defaults().withFormat(Format.TME_HTML))).containsExactly("in: warning: no"
        + " posts: expected a saved t.me/s/<channel> page (div.tgme_widget_message with data-post), found none");
  }

  @Test
  void aChannelProfilePageSaysWhichPageHoldsThePosts() {
    ReadOptions detected = ReadOptions.defaults();
    assertThat(issues(PROFILE, detected)).containsExactly("in: warning: no posts: this is the profile page of"
        + " \"MFA Digest\" (12,345 subscribers), which lists no posts; save the web preview"
        + " https://t.me/s/mfa_digest instead (scroll up to load older posts before saving)");
    assertThatThrownBy(() -> issues(PROFILE, detected.withStrict(true))).isInstanceOf(TgparseException.class)
        .hasMessageContaining("this is the profile page of \"MFA Digest\"");
  }

  @Test
  void aChatWithOnlyDaySeparatorsSaysSo() {
    String html = "<!DOCTYPE html>\n<html><head><title>Exported Data</title></head><body>\n"
        + "<div class=\"page_wrap\"><div class=\"history\">\n"
        + "<div class=\"message service\" id=\"message-1\"><div class=\"body details\">12 March 2023</div></div>\n"
        + "</div></div></body></html>\n";
    assertThat(issues(html, ReadOptions.defaults())).containsExactly(
        "in: warning: no messages: the page holds only day separators and notes (an empty chat?)");
  }

  @Test
  void anEmptyInputIsReportedOnce() {
    for (Format f : new Format[] {Format.DESKTOP_HTML, Format.TME_HTML}) {
      assertThat(issues("", ReadOptions.defaults().withFormat(f))).containsExactly(
          "in: warning: empty input: no messages");
    }
  }
}
