package org.tgparse.internal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jsoup.nodes.Entities;
import org.tgparse.EntityInvariants;
import org.tgparse.MessageReader;
import org.tgparse.Tgparse;
import org.tgparse.internal.text.TextExportPosts;
import org.tgparse.internal.text.TextExportProperties;
import org.tgparse.model.Message;
import org.tgparse.read.Format;
import org.tgparse.read.ReadOptions;
import org.tgparse.read.TgparseException;

/**
 * Generated posts rendered into a Telegram Desktop JSON export, a Desktop HTML export and a saved t.me page (the
 * markup each writes, as in the golden files) parse back to the same posts: forward source, headline and text.
 * Media placeholders belong to the plain-text copy only; {@link TextExportProperties} checks them there.
 */
class CrossFormatProperties {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Words without runs of white space, which HTML collapses as layout (the formats write text that way too). */
  private static final List<String> WORDS = List.of(
      "Россия", "МИД", "Moscow", "March", "20,", "2023", "#EAEU", "#СНГ", "@mfa_russia", "$BTC",
      "https://mid.ru/ru/foreign_policy/", "t.me/MFARussia/123", "🇷🇺", "🇦🇲🤝", "👉", "✅", "⚡️", "👨‍👩‍👧",
      "👍🏽", "📍", "(New", "York,", "July", "16)", "МОСКВА,", "/ТАСС/", "info@mid.ru", "5.3", "–",
      "«цитата»", "<b>not", "markup</b>", "a&b", "\"quoted\"", "it's", "{json}", "[1]", "\\path", "Lugansk");

  @Provide
  Arbitrary<List<TextExportPosts.Post>> posts() {
    Arbitrary<String> word = Arbitraries.oneOf(Arbitraries.of(WORDS),
        Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8),
        Arbitraries.strings().withCharRange('а', 'я').ofMinLength(1).ofMaxLength(8));
    Arbitrary<String> line = word.list().ofMinSize(1).ofMaxSize(7).map(w -> String.join(" ", w));
    Arbitrary<String> channel = word.list().ofMinSize(1).ofMaxSize(3).map(w -> String.join(" ", w));
    Arbitrary<TextExportPosts.Post> post = Combinators.combine(channel, line.list().ofMinSize(1).ofMaxSize(6),
        Arbitraries.integers().between(-1, 5)).as((c, ls, blank) -> {
          List<String> rest = new ArrayList<>(ls.subList(1, ls.size()));
          if (blank > 0 && blank < rest.size()) {
            rest.add(blank, "");
          }
          return new TextExportPosts.Post(c, List.of(), ls.get(0), rest, false);
        });
    return post.list().ofMinSize(1).ofMaxSize(6);
  }

  static String desktopJson(List<TextExportPosts.Post> posts, List<Integer> messageEnds)
      throws JsonProcessingException {
    StringBuilder sb = new StringBuilder("{\n \"name\": \"Saved Messages\",\n \"type\": \"saved_messages\",\n"
        + " \"id\": 42,\n \"messages\": [\n");
    for (int i = 0; i < posts.size(); i++) {
      TextExportPosts.Post p = posts.get(i);
      String text = JSON.writeValueAsString(p.text());
      sb.append(i == 0 ? "" : ",\n").append("  {\n   \"id\": ").append(100 + i)
          .append(",\n   \"type\": \"message\",\n   \"date\": \"2024-10-26T10:02:11\",\n")
          .append("   \"date_unixtime\": \"1729926131\",\n   \"from\": \"Sergey\",\n   \"from_id\": \"user7\",\n")
          .append("   \"forwarded_from\": ").append(JSON.writeValueAsString(p.channel())).append(",\n")
          .append("   \"text\": ").append(text).append(",\n")
          .append("   \"text_entities\": [{\"type\": \"plain\", \"text\": ").append(text).append("}]\n  }");
      messageEnds.add(sb.length());
    }
    sb.append("\n ]\n}\n");
    return sb.toString();
  }

  @Property(tries = 100)
  void desktopJsonRoundTrip(@ForAll("posts") List<TextExportPosts.Post> posts) throws JsonProcessingException {
    check(posts, desktopJson(posts, new ArrayList<>()), Format.DESKTOP_JSON);
  }

  /** A JSON export cut anywhere: every message complete before the cut is handed out, then the error. */
  @Property(tries = 150)
  void truncatedDesktopJsonGivesEveryCompleteMessageThenTheError(
      @ForAll("posts") List<TextExportPosts.Post> posts, @ForAll @net.jqwik.api.constraints.DoubleRange(
          min = 0.0, max = 1.0, maxIncluded = false) double where) throws JsonProcessingException {
    List<Integer> ends = new ArrayList<>();
    String full = desktopJson(posts, ends);
    byte[] bytes = full.getBytes(StandardCharsets.UTF_8);
    int cut = (int) (bytes.length * where);
    String kept = new String(bytes, 0, cut, StandardCharsets.UTF_8);
    int complete = (int) ends.stream().filter(e -> e <= kept.length()).count();
    List<Message> read = new ArrayList<>();
    TgparseException error = null;
    try (MessageReader r = Tgparse.read(new ByteArrayInputStream(bytes, 0, cut), "cut.json",
        ReadOptions.defaults().withFormat(Format.DESKTOP_JSON))) {
      Message m;
      while ((m = r.read()) != null) {
        read.add(m);
      }
    } catch (TgparseException e) {
      error = e;
    }
    assertThat(read).as("messages before the cut at %d", cut).hasSize(complete);
    for (int i = 0; i < read.size(); i++) {
      assertThat(read.get(i).text()).isEqualTo(posts.get(i).text());
    }
    assertThat(error).as("a cut export is an error").isNotNull();
    assertThat(error.getMessage()).startsWith("cut.json");
  }

  @Property(tries = 100)
  void desktopHtmlRoundTrip(@ForAll("posts") List<TextExportPosts.Post> posts) {
    StringBuilder sb = new StringBuilder("<!DOCTYPE html>\n<html>\n <head>\n  <meta charset=\"utf-8\"/>\n"
        + "<title>Exported Data</title>\n </head>\n <body>\n  <div class=\"page_wrap\">\n"
        + "   <div class=\"page_body chat_page\">\n    <div class=\"history\">\n");
    for (int i = 0; i < posts.size(); i++) {
      TextExportPosts.Post p = posts.get(i);
      sb.append("     <div class=\"message default clearfix\" id=\"message").append(100 + i).append("\">\n")
          .append("      <div class=\"body\">\n")
          .append("       <div class=\"pull_right date details\" title=\"26.10.2024 10:02:11 UTC+03:00\">\n")
          .append("10:02\n       </div>\n")
          .append("       <div class=\"from_name\">\nSergey \n       </div>\n")
          .append("       <div class=\"forwarded body\">\n        <div class=\"from_name\">\n")
          .append(Entities.escape(p.channel()))
          .append(" <span class=\"date details\" title=\"25.10.2024 13:14:00 UTC+03:00\"> 25.10.2024 13:14:00")
          .append("</span>\n        </div>\n        <div class=\"text\">\n")
          .append(String.join("<br>", escapeLines(p.text())))
          .append("\n        </div>\n       </div>\n      </div>\n     </div>\n");
    }
    sb.append("    </div>\n   </div>\n  </div>\n </body>\n</html>\n");
    check(posts, sb.toString(), Format.DESKTOP_HTML);
  }

  @Property(tries = 100)
  void tmeRoundTrip(@ForAll("posts") List<TextExportPosts.Post> posts) {
    StringBuilder sb = new StringBuilder("<!DOCTYPE html>\n<html>\n  <head>\n    <meta charset=\"utf-8\">\n"
        + "    <title>Saved forwards – Telegram</title>\n  </head>\n"
        + "  <body class=\"widget_frame_base tgme_webpage\">\n"
        + "    <section class=\"tgme_channel_history js-message_history\">\n");
    for (int i = 0; i < posts.size(); i++) {
      TextExportPosts.Post p = posts.get(i);
      sb.append("      <div class=\"tgme_widget_message_wrap js-widget_message_wrap\">")
          .append("<div class=\"tgme_widget_message js-widget_message\" data-post=\"saved_forwards/")
          .append(100 + i).append("\">\n        <div class=\"tgme_widget_message_bubble\">\n")
          .append("          <div class=\"tgme_widget_message_forwarded_from accent_color\">Forwarded from&nbsp;")
          .append("<a class=\"tgme_widget_message_forwarded_from_name\" href=\"https://t.me/x/1\">")
          .append("<span dir=\"auto\">").append(Entities.escape(p.channel())).append("</span></a></div>\n")
          .append("          <div class=\"tgme_widget_message_text js-message_text\" dir=\"auto\">")
          .append(String.join("<br/>", escapeLines(p.text()))).append("</div>\n")
          .append("          <div class=\"tgme_widget_message_footer compact js-message_footer\">")
          .append("<div class=\"tgme_widget_message_info short js-message_info\">")
          .append("<span class=\"tgme_widget_message_meta\"><a class=\"tgme_widget_message_date\" ")
          .append("href=\"https://t.me/saved_forwards/").append(100 + i).append("\">")
          .append("<time datetime=\"2024-10-26T07:02:11+00:00\" class=\"time\">07:02</time></a></span>")
          .append("</div></div>\n        </div>\n      </div></div>\n");
    }
    sb.append("    </section>\n  </body>\n</html>\n");
    check(posts, sb.toString(), Format.TME_HTML);
  }

  private static String[] escapeLines(String text) {
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      lines[i] = Entities.escape(lines[i]);
    }
    return lines;
  }

  private static void check(List<TextExportPosts.Post> posts, String document, Format format) {
    List<Message> read = new ArrayList<>();
    try (MessageReader r = Tgparse.read(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)),
        "gen", ReadOptions.defaults())) {
      assertThat(r.format()).isEqualTo(format);
      r.forEach(read::add);
      assertThat(r.issues()).isEmpty();
    }
    assertThat(read).hasSize(posts.size());
    for (int i = 0; i < posts.size(); i++) {
      TextExportPosts.Post p = posts.get(i);
      Message m = read.get(i);
      assertThat(m.forward().from()).as("forwardedFrom of post %d", i).isEqualTo(p.channel());
      assertThat(m.text()).as("text of post %d", i).isEqualTo(p.text());
      assertThat(m.title()).as("title of post %d", i).isEqualTo(p.headline());
      org.tgparse.EntityInvariants.check(m);
    }
  }
}
