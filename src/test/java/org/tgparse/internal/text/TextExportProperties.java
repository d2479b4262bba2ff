package org.tgparse.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.tgparse.MessageReader;
import org.tgparse.Tgparse;
import org.tgparse.model.Media;
import org.tgparse.model.Message;
import org.tgparse.read.Format;
import org.tgparse.read.ReadOptions;

/** Generated posts rendered into the plain-text export parse back to the same posts. */
public class TextExportProperties {

  @Property(tries = 200)
  void postsRoundTrip(@ForAll("posts") List<TextExportPosts.Post> posts,
      @ForAll("eols") String eol, @ForAll @IntRange(min = 0, max = 3) int blankLines, @ForAll boolean finalNewline,
      @ForAll("encodings") String encoding) {
    String text = TextExportPosts.render(posts, eol, blankLines, finalNewline);
    List<Message> read = parse(encode(text, encoding));
    assertThat(read).hasSize(posts.size());
    for (int i = 0; i < posts.size(); i++) {
      TextExportPosts.Post p = posts.get(i);
      Message m = read.get(i);
      assertThat(m.sequence()).isEqualTo(i + 1);
      assertThat(m.forward().from()).isEqualTo(p.channel());
      assertThat(m.title()).isEqualTo(trimmedOfUnicodeSpace(p.headline()));
      assertThat(m.text()).isEqualTo(p.text());
      assertThat(m.duplicateCollapsed()).isEqualTo(p.repeated());
      assertThat(m.media()).extracting(Media::label)
          .containsExactlyElementsOf(p.placeholders().stream().map(String::strip).toList());
    }
  }

  @Property(tries = 100)
  void postsWithRepetitionGiveTheSameMessagesAsWithout(@ForAll("posts") List<TextExportPosts.Post> posts) {
    List<TextExportPosts.Post> single = new ArrayList<>();
    for (TextExportPosts.Post p : posts) {
      single.add(new TextExportPosts.Post(p.channel(), p.placeholders(), p.headline(), p.rest(), false));
    }
    List<Message> repeated = parse(encode(TextExportPosts.render(posts, "\n", 1, true), "UTF-8"));
    List<Message> once = parse(encode(TextExportPosts.render(single, "\n", 1, true), "UTF-8"));
    assertThat(repeated).extracting(Message::text).containsExactlyElementsOf(
        once.stream().map(Message::text).toList());
  }

  /** The documented title: the headline trimmed of Unicode white space, no-break spaces included (docs/json.md). */
  private static String trimmedOfUnicodeSpace(String headline) {
    int s = 0;
    int e = headline.length();
    while (s < e && isUnicodeSpace(headline.charAt(s))) {
      s++;
    }
    while (e > s && isUnicodeSpace(headline.charAt(e - 1))) {
      e--;
    }
    return headline.substring(s, e);
  }

  private static boolean isUnicodeSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  private static List<Message> parse(byte[] bytes) {
    ReadOptions options = ReadOptions.defaults().withExtractEntities(false);
    List<Message> out = new ArrayList<>();
    try (MessageReader r = Tgparse.read(new ByteArrayInputStream(bytes), "gen.txt", options)) {
      assertThat(r.format()).isEqualTo(Format.TEXT);
      r.forEach(out::add);
      assertThat(r.issues()).isEmpty();
    }
    return out;
  }

  static byte[] encode(String text, String encoding) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    switch (encoding) {
      case "UTF-8+BOM":
        out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
        break;
      case "UTF-16LE":
        out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xFE});
        out.writeBytes(text.getBytes(Charset.forName("UTF-16LE")));
        break;
      case "UTF-16BE":
        out.writeBytes(new byte[] {(byte) 0xFE, (byte) 0xFF});
        out.writeBytes(text.getBytes(Charset.forName("UTF-16BE")));
        break;
      default:
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
    return out.toByteArray();
  }

  @Provide
  Arbitrary<List<TextExportPosts.Post>> posts() {
    return TextExportPosts.posts();
  }

  @Provide
  Arbitrary<String> eols() {
    return net.jqwik.api.Arbitraries.of("\n", "\r\n", "\r");
  }

  @Provide
  Arbitrary<String> encodings() {
    return net.jqwik.api.Arbitraries.of("UTF-8", "UTF-8+BOM", "UTF-16LE", "UTF-16BE");
  }
}
