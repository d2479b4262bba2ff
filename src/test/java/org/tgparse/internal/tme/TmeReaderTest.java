package org.tgparse.internal.tme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tgparse.MessageReader;
import org.tgparse.Tgparse;
import org.tgparse.model.Message;
import org.tgparse.read.ParseIssue;
import org.tgparse.read.ReadOptions;

class TmeReaderTest {
  private static final ReadOptions OPTIONS = ReadOptions.defaults().withExtractEntities(false);

  static String post(String dataPost, String inner) {
    return "<div class=\"tgme_widget_message_wrap js-widget_message_wrap\"><div class=\"tgme_widget_message "
        + "text_not_supported_wrap js-widget_message\" data-post=\"" + dataPost + "\"><div class=\""
        + "tgme_widget_message_bubble\">" + inner + "</div></div></div>\n";
  }

  static String text(String html) {
    return "<div class=\"tgme_widget_message_text js-message_text\" dir=\"auto\">" + html + "</div>";
  }

  static String footer(String meta, String views, String href, String datetime) {
    return "<div class=\"tgme_widget_message_footer\"><div class=\"tgme_widget_message_info\">"
        + (views == null ? "" : "<span class=\"tgme_widget_message_views\">" + views + "</span>")
        + "<span class=\"tgme_widget_message_meta\">" + meta + "<a class=\"tgme_widget_message_date\" href=\"" + href
        + "\"><time datetime=\"" + datetime + "\" class=\"time\">12:00</time></a></span></div></div>";
  }

  static String page(String... posts) {
    return "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>x – Telegram</title></head>\n<body>\n"
        + "<section class=\"tgme_channel_history js-message_history\">\n" + String.join("", posts)
        + "</section></body></html>\n";
  }

  private static MessageReader read(String html) {
    return Tgparse.read(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)), "page.html", OPTIONS);
  }

  private static List<Message> all(String html) {
    List<Message> out = new ArrayList<>();
    try (MessageReader r = read(html)) {
      r.forEach(out::add);
    }
    return out;
  }

  @Test
  void postsInPageOrderAndEachOnce() {
    String html = page(post("ch/1", text("one")), post("ch/2", text("two")), post("CH/1", text("one again")),
        post("ch/3", text("three")), post("ch/2", text("two again")));
    assertThat(all(html)).extracting(Message::id, Message::text)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("ch/1", "one"),
            org.assertj.core.groups.Tuple.tuple("ch/2", "two"), org.assertj.core.groups.Tuple.tuple("ch/3", "three"));
    assertThat(all(html)).extracting(Message::sequence).containsExactly(1L, 2L, 3L);
  }

  @Test
  void elementsWithoutDataPostAreNotPosts() {
    String html = page("<div class=\"tgme_widget_message\"><div class=\"tgme_widget_message_text\">x</div></div>",
        post("ch/7", text("real")));
    assertThat(all(html)).extracting(Message::id).containsExactly("ch/7");
  }

  @Test
  void datePermalinkViewsAndEdited() {
    Message m = all(page(post("ch/5", text("x") + footer("edited&nbsp;", "8.67M", "https://t.me/ch/5",
        "2026-05-20T18:38:10+03:00")))).get(0);
    assertThat(m.permalink()).isEqualTo("https://t.me/ch/5");
    assertThat(m.date()).hasToString("2026-05-20T15:38:10Z");
    assertThat(m.edited()).as("the page gives no edit time: the post date, a lower bound").isEqualTo(m.date());
    assertThat(m.views().count()).isEqualTo(8_670_000L);
    assertThat(m.views().text()).isEqualTo("8.67M");
  }

  @Test
  void aPostNotEditedHasNoEditTime() {
    Message m = all(page(post("ch/5", text("x") + footer("", "523", "https://t.me/ch/5",
        "2026-05-20T15:38:10+00:00")))).get(0);
    assertThat(m.edited()).isNull();
    assertThat(m.views().count()).isEqualTo(523L);
  }

  @Test
  void unreadableViewsAndDatesAreReported() {
    try (MessageReader r = read(page(post("ch/5", text("x") + footer("", "lots", "https://t.me/ch/5", "May 20"))))) {
      Message m = r.read();
      assertThat(m.views().count()).isNull();
      assertThat(m.views().text()).isEqualTo("lots");
      assertThat(m.date()).isNull();
      assertThat(r.issues()).extracting(ParseIssue::message).containsExactlyInAnyOrder(
          "expected a view count such as 523, 1.2K or 8.67M, found \"lots\"",
          "expected time[datetime] such as 2026-05-20T15:38:10+00:00, found \"May 20\"");
      assertThat(r.issues()).allSatisfy(i -> assertThat(i.line()).isEqualTo(5));
    }
  }

  @Test
  void withoutAHeaderTheChannelComesFromThePost() {
    Message m = all(page(post("mfa_ru/9", "<div class=\"tgme_widget_message_author\"><a class=\""
        + "tgme_widget_message_owner_name\" href=\"https://t.me/mfa_ru\"><span>MFA</span></a></div>" + text("x"))))
        .get(0);
    assertThat(m.from()).isEqualTo("MFA");
    assertThat(m.channel().name()).isEqualTo("MFA");
    assertThat(m.channel().username()).isEqualTo("mfa_ru");
    assertThat(m.channel().subscribers()).isNull();
  }

  @Test
  void theReplysAuthorIsNotThePostsAuthor() {
    Message m = all(page(post("ch/9", "<a class=\"tgme_widget_message_reply\" href=\"https://t.me/ch/3?single\">"
        + "<div class=\"tgme_widget_message_author\"><span class=\"tgme_widget_message_owner_name\">Quoted</span>"
        + "</div><div class=\"tgme_widget_message_text\">quoted text</div></a>" + text("own text")))).get(0);
    assertThat(m.from()).isNull();
    assertThat(m.text()).isEqualTo("own text");
    assertThat(m.replyTo().id()).isEqualTo("ch/3");
    assertThat(m.replyTo().link()).isEqualTo("https://t.me/ch/3?single");
  }

  @Test
  void forwardedFromAnUnlinkedSource() {
    Message m = all(page(post("ch/9", "<div class=\"tgme_widget_message_forwarded_from\">Forwarded from&nbsp;"
        + "<span class=\"tgme_widget_message_forwarded_from_name\">Hidden</span></div>" + text("x")))).get(0);
    assertThat(m.forward().from()).isEqualTo("Hidden");
    assertThat(m.forward().link()).isNull();
  }

  @Test
  void postIds() {
    assertThat(TmeReader.postId("https://t.me/ch/510")).isEqualTo("ch/510");
    assertThat(TmeReader.postId("https://t.me/s/ch/510?before=3")).isEqualTo("ch/510");
    assertThat(TmeReader.postId("https://t.me/ch")).isNull();
    assertThat(TmeReader.postId("https://t.me/ch/")).isNull();
    assertThat(TmeReader.postId("https://t.me/ch/abc")).isNull();
    assertThat(TmeReader.postId("https://example.org/ch/5")).isNull();
  }
}
