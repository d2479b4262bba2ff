package org.tgparse.internal.text;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.tgparse.internal.io.LineReader;

/**
 * Generated posts and their rendering into the plain-text export (header, media placeholders, headline, the rest
 * of the text, and the rest again when the copy repeats it). Shared by the property tests and the loss tests.
 */
public final class TextExportPosts {
  private TextExportPosts() {
  }

  /**
   * A post as a person wrote it.
   *
   * @param channel the channel it was forwarded from
   * @param placeholders media placeholder lines, as written
   * @param headline the first line
   * @param rest the other lines; the first and last are not blank, no two non-blank lines are equal, and none
   *     equals the headline (so that the body never looks repeated by accident)
   * @param repeated whether the copy repeats the rest (headline once, rest twice)
   */
  public record Post(String channel, List<String> placeholders, String headline, List<String> rest,
      boolean repeated) {

    /** @return the text the reader should give back */
    public String text() {
      List<String> all = new ArrayList<>();
      all.add(headline);
      all.addAll(rest);
      return String.join("\n", all);
    }
  }

  /** Words of the kinds the archives hold: scripts, emoji sequences, tags, links, dates, numbers. */
  private static final List<String> WORDS = List.of(
      "Россия", "МИД", "Moscow", "March", "20,", "2023", "#EAEU", "#СНГ", "#BRICS2024", "@mfa_russia", "$BTC",
      "https://mid.ru/ru/foreign_policy/", "t.me/MFARussia/123", "🇷🇺", "🇦🇲🤝", "👉", "✅", "⚡️", "👨‍👩‍👧",
      "👍🏽", "📍", "💬", "(New", "York,", "July", "16)", "МОСКВА,", "20 марта.", "/ТАСС/", "info@mid.ru",
      "+7 495 244-16-06", "5.3", "percent", "–", "«цитата»", "1.1.2024", "#", "@", "##tag", "#a#b", "x",
      "Lugansk", "Донецк", "§", "\u00A0nbsp", "tab\there", "Read", "full");

  /** @return one word: from the list above, a Latin word, or any characters from the Basic Multilingual Plane */
  public static Arbitrary<String> word() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(6, Arbitraries.of(WORDS)),
        net.jqwik.api.Tuple.of(3, Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(9)),
        net.jqwik.api.Tuple.of(1, Arbitraries.strings().withCharRange(' ', '\uD7FF').ofMinLength(1)
            .ofMaxLength(6)));
  }

  /** @return a line of text that is not blank, has no blank edges, and is neither a header nor a placeholder */
  public static Arbitrary<String> textLine() {
    return word().list().ofMinSize(1).ofMaxSize(8).map(w -> String.join(" ", w))
        .filter(TextExportPosts::isPlainTextLine);
  }

  static boolean isPlainTextLine(String l) {
    return !l.isBlank() && l.equals(l.strip()) && !trailingBlank(l) && !l.startsWith(TextExportReader.HEADER) && !TextExportReader.isPlaceholder(l)
        && l.indexOf('\uFEFF') < 0 && !l.contains("tgme_");
  }

  private static boolean trailingBlank(String l) {
    char c = l.charAt(l.length() - 1);
    return c == '\u00A0' || c == '\u202F' || c == '\u2007' || c == '\t' || c == ' ';
  }

  /** @return a placeholder line as the web view writes it, in some spelling */
  public static Arbitrary<String> placeholder() {
    return Arbitraries.of(List.copyOf(new java.util.TreeSet<>(TextExportReader.PLACEHOLDERS)))
        .flatMap(p -> Arbitraries.of(capitalized(p), p, p.toUpperCase(java.util.Locale.ROOT)));
  }

  private static String capitalized(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /** @return a channel name */
  public static Arbitrary<String> channel() {
    return word().list().ofMinSize(1).ofMaxSize(3).map(w -> String.join(" ", w))
        .filter(c -> !c.isBlank() && c.equals(c.strip()) && c.indexOf('\uFEFF') < 0 && !c.contains("tgme_"));
  }

  /** @return a post; sometimes with placeholders, blank lines inside the rest, or a repeated rest */
  public static Arbitrary<Post> post() {
    Arbitrary<List<String>> lines = textLine().list().ofMinSize(1).ofMaxSize(12).uniqueElements();
    Arbitrary<List<String>> placeholders = placeholder().list().ofMaxSize(3);
    Arbitrary<Integer> blankAt = Arbitraries.integers().between(-1, 10);
    return Combinators.combine(channel(), placeholders, lines, blankAt, Arbitraries.of(true, false))
        .as((channel, ph, ls, blank, repeated) -> {
          String headline = ls.get(0);
          List<String> rest = new ArrayList<>(ls.subList(1, ls.size()));
          if (blank > 0 && blank < rest.size()) {
            rest.add(blank, ""); // a blank line inside the text, never at its edges
          }
          return new Post(channel, ph, headline, rest, repeated && !rest.isEmpty());
        });
  }

  /** @return one to eight posts */
  public static Arbitrary<List<Post>> posts() {
    return post().list().ofMinSize(1).ofMaxSize(8);
  }

  /**
   * Renders posts into the plain-text export.
   *
   * @param posts the posts
   * @param eol the line terminator ({@code \n}, {@code \r\n} or {@code \r})
   * @param blankLinesBetween blank lines between posts and after placeholders
   * @param finalNewline whether the last line ends with a terminator
   * @return the export's text
   */
  public static String render(List<Post> posts, String eol, int blankLinesBetween, boolean finalNewline) {
    StringBuilder sb = new StringBuilder();
    for (Post p : posts) {
      sb.append(TextExportReader.HEADER).append(p.channel()).append(eol);
      for (String ph : p.placeholders()) {
        sb.append(ph).append(eol);
      }
      if (!p.placeholders().isEmpty()) {
        sb.append(eol.repeat(blankLinesBetween));
      }
      sb.append(p.headline()).append(eol);
      for (String l : p.rest()) {
        sb.append(l).append(eol);
      }
      if (p.repeated()) {
        for (String l : p.rest()) {
          sb.append(l).append(eol);
        }
      }
      sb.append(" ".repeat(blankLinesBetween > 1 ? 1 : 0)).append(eol.repeat(blankLinesBetween));
    }
    String s = sb.toString();
    while (!finalNewline && s.endsWith(eol)) {
      s = s.substring(0, s.length() - eol.length());
    }
    return s;
  }

  /**
   * @return lines of every kind the reader tells apart, in any order: headers (also blank ones), placeholders,
   *     blank and white-space lines, text lines, and copies of the lines before them (so that repetitions, also cut
   *     short ones, occur)
   */
  public static Arbitrary<String> chaos() {
    Arbitrary<String> piece = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(3, channel().map(c -> TextExportReader.HEADER + c)),
        net.jqwik.api.Tuple.of(1, Arbitraries.of(TextExportReader.HEADER, TextExportReader.HEADER + "  ",
            "Forwarded from", "forwarded from X")),
        net.jqwik.api.Tuple.of(2, placeholder().map(p -> " " + p + " ")),
        net.jqwik.api.Tuple.of(3, Arbitraries.of("", " ", "\t", "\u00A0", "\u2007")),
        net.jqwik.api.Tuple.of(10, word().list().ofMinSize(1).ofMaxSize(5).map(w -> String.join(" ", w))));
    return piece.list().ofMaxSize(40).flatMap(ls -> Arbitraries.integers().between(0, 3).list().ofSize(3)
        .map(copies -> {
          // Repeat stretches, as the copy does: whole ones and cut-short ones.
          List<String> out = new ArrayList<>(ls);
          for (int c : copies) {
            if (c > 0 && out.size() > 2) {
              int from = out.size() / (c + 1);
              List<String> block = new ArrayList<>(out.subList(from, out.size()));
              out.addAll(c == 3 ? block.subList(0, Math.max(1, block.size() - 1)) : block);
            }
          }
          return String.join(ls.size() % 3 == 0 ? "\r\n" : "\n", out);
        }));
  }

  /**
   * Splits text into lines as {@link LineReader} does (LF, CRLF, lone CR; no empty line after a final
   * terminator).
   *
   * @param input the text
   * @return the lines
   */
  public static List<String> lines(String input) {
    List<String> out = new ArrayList<>(List.of(input.split("\r\n|\r|\n", -1)));
    if (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
      out.remove(out.size() - 1);
    }
    return out;
  }
}
