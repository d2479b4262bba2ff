package org.tgparse.internal.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tgparse.internal.io.Texts;

class HtmlDocsTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', nullValues = "null", value = {
      "8.67M|8670000", "1.2K|1200", "1.5k|1500", "523|523", "12 345|12345", "1,234|1234", "2B|2000000000",
      "0|0", "  7 |7", "K|null", "1.2.3K|null", "abc|null", "-5|null", "''|null", "1.2X|null",
      "12345678901234567890|null"})
  void countsAsTmeWritesThem(String text, Long expected) {
    assertThat(HtmlDocs.abbreviatedCount(text)).isEqualTo(expected);
  }

  @Test
  void noCountWithoutText() {
    assertThat(HtmlDocs.abbreviatedCount(null)).isNull();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', nullValues = "null", value = {
      "0:41|41", "00:41|41", "12:05|725", "1:02:03|3723", "41|null", ":41|null", "1:|null", "1:2:3:4|null",
      "a:b|null", "''|null"})
  void durations(String text, Long expected) {
    assertThat(HtmlDocs.duration(text)).isEqualTo(expected);
  }

  @Test
  void coordinatesFromMapLinks() {
    assertThat(HtmlDocs.coordinates("https://maps.google.com/maps?q=55.7539,37.6208&ll=55.7539,37.6208&z=16"))
        .containsExactly(55.7539, 37.6208);
    assertThat(HtmlDocs.coordinates("background-image:url('https://t.me/map?center=-33.9,18.4&zoom=15')"))
        .containsExactly(-33.9, 18.4);
    assertThat(HtmlDocs.coordinates("https://example.org/?q=hello")).isNull();
    assertThat(HtmlDocs.coordinates("https://example.org/?q=95.0,10.0")).isNull();
    assertThat(HtmlDocs.coordinates("https://example.org/?faq=1,2")).isNull();
    assertThat(HtmlDocs.coordinates(null)).isNull();
  }

  @Test
  void backgroundUrls() {
    assertThat(HtmlDocs.backgroundUrl("width:800px;background-image:url('https://cdn/x.jpg')"))
        .isEqualTo("https://cdn/x.jpg");
    assertThat(HtmlDocs.backgroundUrl("background-image:url(\"//telegram.org/e.png\")"))
        .isEqualTo("https://telegram.org/e.png");
    assertThat(HtmlDocs.backgroundUrl("background-image:url(x.png)")).isEqualTo("x.png");
    assertThat(HtmlDocs.backgroundUrl("width:256px;")).isNull();
    assertThat(HtmlDocs.backgroundUrl("background-image:url(")).isNull();
  }

  @Test
  void titleIsTheFirstNonBlankLine() {
    assertThat(Texts.title("\n  \n  Headline \nbody")).isEqualTo("Headline");
    assertThat(Texts.title(" \n ")).isNull();
    assertThat(Texts.title("")).isNull();
  }
}
