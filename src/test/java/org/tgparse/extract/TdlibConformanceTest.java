package org.tgparse.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.tgparse.model.Entity;
import org.tgparse.model.Link;

/**
 * Telegram's own test vectors for hashtags, cashtags and mentions (TDLib {@code test/message_entities.cpp}, see
 * {@code src/test/resources/conformance/README.md}), one dynamic test per row.
 */
class TdlibConformanceTest {

  @TestFactory
  Stream<DynamicTest> hashtags() throws IOException {
    return rows("tdlib_hashtags.tsv", TelegramEntityExtractor::hashtags);
  }

  @TestFactory
  Stream<DynamicTest> cashtags() throws IOException {
    return rows("tdlib_cashtags.tsv", TelegramEntityExtractor::cashtags);
  }

  @TestFactory
  Stream<DynamicTest> mentions() throws IOException {
    return rows("tdlib_mentions.tsv", TelegramEntityExtractor::mentions);
  }

  @TestFactory
  Stream<DynamicTest> urlsAndEmails() throws IOException {
    String file = "tdlib_urls.tsv";
    List<String[]> rows = read(file);
    List<DynamicTest> tests = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      String[] row = rows.get(i);
      int line = i + 2;
      String input = unescape(row[0]);
      String[] expected = row[1].split("\t", -1);
      if (expected.length != 2) {
        throw new IllegalStateException(file + ":" + line + ": expected input<TAB>urls<TAB>emails");
      }
      tests.add(DynamicTest.dynamicTest(file + ":" + line + " [" + abbreviate(row[0]) + "]", () -> {
        List<Link> found = LinkExtractor.findUrls(input, input.toCharArray());
        assertThat(joined(found, Link.LinkType.URL)).as("%s line %d: urls", file, line).isEqualTo(expected[0]);
        assertThat(joined(found, Link.LinkType.EMAIL)).as("%s line %d: e-mail addresses", file, line)
            .isEqualTo(expected[1]);
        for (Link l : found) {
          assertThat(input.substring(l.start(), l.end())).isEqualTo(l.text());
        }
      }));
    }
    return tests.stream();
  }

  @TestFactory
  Stream<DynamicTest> tgUrls() throws IOException {
    return rows("tdlib_tg_urls.tsv", s -> LinkExtractor.findTgUrls(s, s.toCharArray()));
  }

  private static String joined(List<Link> links, Link.LinkType type) {
    return links.stream().filter(l -> l.type() == type).map(Link::text).collect(Collectors.joining(" | "));
  }

  @Test
  void everyFileHasItsRows() throws IOException {
    // The counts from the conformance README: a row lost to a parsing slip would otherwise pass silently.
    assertThat(read("tdlib_hashtags.tsv")).hasSize(35);
    assertThat(read("tdlib_cashtags.tsv")).hasSize(57);
    assertThat(read("tdlib_mentions.tsv")).hasSize(12);
    assertThat(read("tdlib_urls.tsv")).hasSize(177);
    assertThat(read("tdlib_tg_urls.tsv")).hasSize(40);
  }

  @Test
  void unescapeDecodesCEscapesAsUtf8Bytes() {
    assertThat(unescape("a\\n\\t\\r\\\\b")).isEqualTo("a\n\t\r\\b");
    assertThat(unescape("\\xd1\\x8f#\\xF0\\x9F\\x98\\x84")).isEqualTo("я#\uD83D\uDE04");
    assertThat(unescape("  #a  ")).isEqualTo("  #a  ");
  }

  private static Stream<DynamicTest> rows(String file, Function<String, List<? extends Entity>> finder)
      throws IOException {
    List<String[]> rows = read(file);
    List<DynamicTest> tests = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      String[] row = rows.get(i);
      int line = i + 2; // 1-based, after the header
      String input = unescape(row[0]);
      String expected = row[1];
      String name = file + ":" + line + " [" + abbreviate(row[0]) + "]";
      tests.add(DynamicTest.dynamicTest(name, () -> {
        List<? extends Entity> found = finder.apply(input);
        String actual = found.stream().map(Entity::text).collect(Collectors.joining(" | "));
        assertThat(actual).as("%s line %d, input \"%s\"", file, line, row[0]).isEqualTo(expected);
        for (Entity e : found) {
          // Offsets are UTF-16, half-open, and point at the text.
          assertThat(input.substring(e.start(), e.end())).isEqualTo(e.text());
        }
      }));
    }
    return tests.stream();
  }

  private static List<String[]> read(String file) throws IOException {
    byte[] bytes;
    try (InputStream in = TdlibConformanceTest.class.getResourceAsStream("/conformance/" + file)) {
      assertThat(in).as("resource /conformance/%s", file).isNotNull();
      bytes = in.readAllBytes();
    }
    String content = new String(bytes, StandardCharsets.UTF_8);
    String[] lines = content.split("\n", -1);
    List<String[]> rows = new ArrayList<>();
    for (int i = 1; i < lines.length; i++) { // line 0 is the header
      String line = lines[i];
      if (line.endsWith("\r")) {
        line = line.substring(0, line.length() - 1);
      }
      if (i == lines.length - 1 && line.isEmpty()) {
        break; // final newline
      }
      int tab = line.indexOf('\t');
      if (tab < 0) {
        throw new IllegalStateException(file + ":" + (i + 1) + ": expected input<TAB>expected, found no tab");
      }
      // Not trimmed: leading and trailing spaces are part of the vectors.
      rows.add(new String[] {line.substring(0, tab), line.substring(tab + 1)});
    }
    return rows;
  }

  /** Decodes {@code \n \t \r \\ \xNN}; consecutive {@code \xNN} are UTF-8 bytes. */
  static String unescape(String s) {
    if (s.indexOf('\\') < 0) {
      return s;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
    for (int i = 0; i < s.length(); i++) {
      int cp = s.codePointAt(i);
      if (cp != '\\') {
        out.writeBytes(new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8));
        i += Character.charCount(cp) - 1;
        continue;
      }
      if (i + 1 == s.length()) {
        throw new IllegalArgumentException("expected an escape after the final backslash in \"" + s + "\"");
      }
      char e = s.charAt(++i);
      switch (e) {
        case 'n':
          out.write('\n');
          break;
        case 't':
          out.write('\t');
          break;
        case 'r':
          out.write('\r');
          break;
        case '\\':
          out.write('\\');
          break;
        case 'x':
          out.write(Integer.parseInt(s.substring(i + 1, i + 3), 16));
          i += 2;
          break;
        default:
          throw new IllegalArgumentException("expected one of \\n \\t \\r \\\\ \\xNN, found \\" + e);
      }
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private static String abbreviate(String s) {
    return s.length() <= 40 ? s : s.substring(0, 37) + "...";
  }
}
