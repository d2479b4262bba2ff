package org.tgparse.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The corpus format of {@code eval/ANNOTATION.md} and the matching rules of the evaluation. */
class CorpusReaderTest {
  private static final Path F = Path.of("en.txt");

  @Test
  void marksBecomeTextAndSpansInUtf16Units() {
    CorpusPost p = CorpusReader.parsePost(F, 2, "en-001", "en",
        "🇷🇺 In {{place:Moscow|RU}} on {{date:20 March 2023|2023-03-20}} ({{neutral:Red Square}})", 1);
    assertThat(p.text()).isEqualTo("🇷🇺 In Moscow on 20 March 2023 (Red Square)");
    GoldSpan moscow = p.gold().get(0);
    assertThat(p.text().substring(moscow.start(), moscow.end())).isEqualTo("Moscow");
    assertThat(moscow.start()).isEqualTo(8); // the flag is four UTF-16 units
    assertThat(p.gold()).extracting(GoldSpan::kind)
        .containsExactly(GoldSpan.Kind.PLACE, GoldSpan.Kind.DATE, GoldSpan.Kind.NEUTRAL);
  }

  @Test
  void aBrokenMarkNamesFileAndLine() {
    assertThatThrownBy(() -> CorpusReader.parsePost(F, 5, "en-001", "en", "line\n{{place:Kyiv}}", 4))
        .hasMessage("en.txt:6: expected TEXT|VALUE in \"{{place:Kyiv}}\", found no |");
    assertThatThrownBy(() -> CorpusReader.parsePost(F, 5, "en-001", "en", "{{date:May|May}}", 4))
        .hasMessageContaining("found \"May\"");
  }

  @Test
  void scoring() {
    CorpusPost p = CorpusReader.parsePost(F, 2, "en-001", "en",
        "{{place:Kyiv|UA}} {{place:Europe|-}} from {{date:23 May|--05-23}} to {{date:3 July|--07-03}} {{neutral:X}}",
        1);
    int kyiv = 0;
    int europe = p.text().indexOf("Europe");
    int may = p.text().indexOf("23 May");
    int x = p.text().indexOf('X');
    Counts places = Scorer.strict().score(p, GoldSpan.Kind.PLACE, List.of(
        new Finding(GoldSpan.Kind.PLACE, kyiv, kyiv + 4, "RU"),
        new Finding(GoldSpan.Kind.PLACE, europe, europe + 6, null),
        new Finding(GoldSpan.Kind.PLACE, x, x + 1, "XX")), null);
    // Kyiv with the wrong country is wrong; Europe (-) takes any code; X is neutral.
    assertThat(places).isEqualTo(new Counts(1, 1, 1));
    // A range found across two marks matches both; a year inferred for a year-less mark is no error.
    Counts dates = Scorer.strict().score(p, GoldSpan.Kind.DATE, List.of(
        new Finding(GoldSpan.Kind.DATE, may, p.text().indexOf(" X"), "2024-05-23", "2024-07-03")), null);
    assertThat(dates).isEqualTo(new Counts(2, 0, 0));
    Counts lenient = Scorer.lenient().score(p, GoldSpan.Kind.PLACE, List.of(
        new Finding(GoldSpan.Kind.PLACE, kyiv, kyiv + 4, null)), null);
    assertThat(lenient).isEqualTo(new Counts(1, 0, 1));
  }
}
