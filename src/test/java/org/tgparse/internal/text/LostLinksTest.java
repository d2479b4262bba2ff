package org.tgparse.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.tgparse.model.Link;

/** The two ways of finding lost-link lines (by searching the text, or from its known lines) agree. */
class LostLinksTest {

  @Property(tries = 500)
  void knownLinesGiveWhatTheSearchGives(@ForAll("lines") List<String> lines) {
    String text = String.join("\n", lines);
    assertThat(knownLines(lines)).isEqualTo(TextExportReader.lostLinks(text));
  }

  @Property(tries = 1000)
  void preChecksRejectNoLabel(@ForAll("lines") List<String> lines) {
    String text = String.join("\n", lines);
    assertThat(TextExportReader.lostLinks(text)).isEqualTo(reference(text));
  }

  /** The lost links found from the known lines, as the reader holds them. */
  private static List<Link> knownLines(List<String> lines) {
    BodyLines body = new BodyLines();
    lines.forEach(body::append);
    return TextExportReader.lostLinks(String.join("\n", lines), body, 0, lines.size());
  }

  /** The search as it was before its pre-checks: lower-case every short line and look it up. */
  private static List<Link> reference(String text) {
    List<Link> out = new java.util.ArrayList<>();
    int lineStart = 0;
    while (lineStart <= text.length()) {
      int nl = text.indexOf('\n', lineStart);
      int lineEnd = nl < 0 ? text.length() : nl;
      int s = lineStart;
      while (s < lineEnd && !Character.isLetterOrDigit(text.codePointAt(s))) {
        s += Character.charCount(text.codePointAt(s));
      }
      int e = lineEnd;
      while (e > s && !Character.isLetterOrDigit(text.charAt(e - 1))) {
        e--;
      }
      if (e > s && TextExportReader.LOST_LINK_LABELS.contains(text.substring(s, e).toLowerCase(Locale.ROOT))) {
        out.add(new Link(text.substring(s, e), s, e, null, Link.LinkType.TEXT_LINK, true));
      }
      if (nl < 0) {
        break;
      }
      lineStart = nl + 1;
    }
    return out;
  }

  @Provide
  Arbitrary<List<String>> lines() {
    Arbitrary<String> line = Arbitraries.oneOf(
        Arbitraries.of("📄 Read in full", "👉 READ MORE.", "Details", "details:", "Подробнее", "ЧИТАТЬ ДАЛЕЕ",
            "#GrowthPercent", "Full text", "full texts", "", " ", "İdetails", "🇷🇺 Полный текст »", "DETAİLS",
            "detaİls", "ΣDetails", "Read ın full", "ReAd MoRe", "ПОДРОБНЕЕ!", "\u212Aetails"),
        Arbitraries.strings().withChars("aRdDeEtTaAiIlLsSİıΣσς\u212A\u0307 é📄.\t’").ofMaxLength(20),
        Arbitraries.of(TextExportReader.LOST_LINK_LABELS.toArray(new String[0])).map(LostLinksTest::mixCase),
        Arbitraries.of(TextExportReader.LOST_LINK_LABELS.toArray(new String[0])).map(l -> l.replace('i', 'İ')));
    return line.list().ofMaxSize(12);
  }

  /** A label with every third letter in upper case. */
  private static String mixCase(String label) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < label.length(); i++) {
      char c = label.charAt(i);
      sb.append(i % 3 == 0 ? Character.toUpperCase(c) : c);
    }
    return sb.toString();
  }

  @Test
  void labelsAreFoundWithTheirOffsets() {
    List<String> lines = List.of("Head", "📄 Read in full", "#Tag", "more details");
    String text = String.join("\n", lines);
    assertThat(knownLines(lines)).extracting(Link::text, Link::start, Link::end)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Read in full", 8, 20),
            org.assertj.core.groups.Tuple.tuple("more details", 26, 38));
  }
}
