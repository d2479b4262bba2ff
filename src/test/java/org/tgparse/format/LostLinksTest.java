package org.tgparse.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
    assertThat(TextExportReader.lostLinks(text, lines)).isEqualTo(TextExportReader.lostLinks(text));
  }

  @Provide
  Arbitrary<List<String>> lines() {
    Arbitrary<String> line = Arbitraries.oneOf(
        Arbitraries.of("📄 Read in full", "👉 READ MORE.", "Details", "details:", "Подробнее", "ЧИТАТЬ ДАЛЕЕ",
            "#GrowthPercent", "Full text", "full texts", "", " ", "İdetails", "🇷🇺 Полный текст »"),
        Arbitraries.strings().withChars("aRdD eé📄.\t’").ofMaxLength(20));
    return line.list().ofMaxSize(12);
  }

  @Test
  void labelsAreFoundWithTheirOffsets() {
    List<String> lines = List.of("Head", "📄 Read in full", "#Tag", "more details");
    String text = String.join("\n", lines);
    assertThat(TextExportReader.lostLinks(text, lines)).extracting(Link::text, Link::start, Link::end)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Read in full", 8, 20),
            org.assertj.core.groups.Tuple.tuple("more details", 26, 38));
  }
}
