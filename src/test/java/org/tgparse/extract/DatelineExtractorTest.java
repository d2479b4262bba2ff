package org.tgparse.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tgparse.model.DatePrecision;
import org.tgparse.model.Dateline;
import org.tgparse.model.Place.PlaceKind;

class DatelineExtractorTest {

  private static void assertSpans(String text, Dateline d) {
    assertThat(text.substring(d.start(), d.end())).isEqualTo(d.text());
    assertThat(text.substring(d.place().start(), d.place().end())).isEqualTo(d.place().text());
    if (d.date() != null) {
      assertThat(text.substring(d.date().start(), d.date().end())).isEqualTo(d.date().text());
    }
  }

  @Test
  void pinLine() {
    String text = "🇷🇺🇦🇲 Talks with Armenia\n📍 Moscow, March 20, 2023\n💬 As of now...";
    Dateline d = DatelineExtractor.extract(text, null);
    assertThat(d.text()).isEqualTo("Moscow, March 20, 2023");
    assertThat(d.start()).isEqualTo(text.indexOf("Moscow"));
    assertThat(d.place().text()).isEqualTo("Moscow");
    assertThat(d.place().name()).isEqualTo("Moscow");
    assertThat(d.place().countryCode()).isEqualTo("RU");
    assertThat(d.place().placeKind()).isEqualTo(PlaceKind.DATELINE);
    assertThat(d.date().text()).isEqualTo("March 20, 2023");
    assertThat(d.date().value()).isEqualTo("2023-03-20");
    assertThat(d.date().precision()).isEqualTo(DatePrecision.DAY);
    assertSpans(text, d);
  }

  @Test
  void aPinLineWithoutADateIsNoDateline() {
    // Issue 13: a dateline is a place and a date; "📍 Red Square" alone is a heading (it was a dateline without
    // date before, which made "📍 RAMADAN REMINDERS :" a place).
    assertThat(DatelineExtractor.extract("Title\n📍\uFE0F Red Square\nText", null)).isNull();
    assertThat(DatelineExtractor.extract("📍 Москва", null)).isNull();
    assertThat(DatelineExtractor.extract("📍 RAMADAN REMINDERS :", null)).isNull();
    assertThat(DatelineExtractor.extract("📍UPPSC AE ADMIT CARD OUT", null)).isNull();
    assertThat(DatelineExtractor.extract("Brunch\n📍 The Pool Marbella\nBook now", null)).isNull();
    Dateline d = DatelineExtractor.extract("📍\uFE0F Red Square, March 20, 2023", null);
    assertThat(d.place().name()).isEqualTo("Red Square");
    assertThat(d.date().value()).isEqualTo("2023-03-20");
  }

  @Test
  void parenthesesAtTheEndOfALine() {
    String text = "🎙 Statement by Foreign Minister Sergey Lavrov during the UN Security Council meeting "
        + "(New York, July 16, 2024)\n💬 The actions of the US";
    Dateline d = DatelineExtractor.extract(text, null);
    assertThat(d.text()).isEqualTo("New York, July 16, 2024");
    assertThat(d.place().name()).isEqualTo("New York");
    assertThat(d.place().countryCode()).isEqualTo("US");
    assertThat(d.date().value()).isEqualTo("2024-07-16");
    assertSpans(text, d);

    Dateline astana = DatelineExtractor.extract("remarks during talks (Astana, November 7, 2024)", null);
    assertThat(astana.place().name()).isEqualTo("Astana");
    assertThat(astana.date().value()).isEqualTo("2024-11-07");
  }

  @Test
  void parenthesesWithAPlaceTheGazetteerDoesNotKnow() {
    Dateline d = DatelineExtractor.extract("Meeting with the Security Council (Novo-Ogaryovo, May 5, 2024)", null);
    assertThat(d.place().name()).isEqualTo("Novo-Ogaryovo");
    assertThat(d.place().countryCode()).isNull();
    assertThat(d.date().value()).isEqualTo("2024-05-05");
  }

  @Test
  void tassStyleWithAgencyTagAndYearFromTheReference() {
    String text = "МОСКВА, 20 марта. /ТАСС/. Министр иностранных дел России Сергей Лавров";
    Dateline d = DatelineExtractor.extract(text, LocalDate.of(2023, 3, 21));
    assertThat(d.text()).isEqualTo("МОСКВА, 20 марта. /ТАСС/");
    assertThat(d.place().text()).isEqualTo("МОСКВА");
    assertThat(d.place().name()).isEqualTo("Moscow");
    assertThat(d.date().text()).isEqualTo("20 марта");
    assertThat(d.date().value()).isEqualTo("2023-03-20");
    assertThat(d.date().yearInferred()).isTrue();
    assertSpans(text, d);
  }

  @Test
  void lineStartWithDayFirstDate() {
    String text = "Moscow, 20 March 2023 - The minister said";
    Dateline d = DatelineExtractor.extract(text, null);
    assertThat(d.text()).isEqualTo("Moscow, 20 March 2023");
    assertThat(d.date().value()).isEqualTo("2023-03-20");
  }

  @ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
      📍 Москва, 20 марта 2023 года | Москва, 20 марта 2023 года | Moscow | 2023-03-20
      КИЕВ, 5 мая. /РИА Новости/. Текст | КИЕВ, 5 мая. /РИА Новости/ | Kyiv | 2024-05-05
      Минск, 3 июля 2024 г. – Текст | Минск, 3 июля 2024 г. | Minsk | 2024-07-03
      SAINT PETERSBURG, June 14, 2024 | SAINT PETERSBURG, June 14, 2024 | Saint Petersburg | 2024-06-14
      📍 Kazan, October 22-24, 2024 | Kazan, October 22-24, 2024 | Kazan | 2024-10-22
      Moscow, March 20 — The minister said | Moscow, March 20 | Moscow | 2024-03-20
      """)
  void moreForms(String text, String dateline, String place, String date) {
    Dateline d = DatelineExtractor.extract(text, LocalDate.of(2024, 5, 1));
    assertThat(d.text()).isEqualTo(dateline);
    assertThat(d.place().name()).isEqualTo(place);
    assertThat(d.date().value()).isEqualTo(date);
    assertSpans(text, d);
  }

  @Test
  void theFirstDatelineWins() {
    String text = "📍 Moscow, March 20, 2023\ntext\n📍 Minsk, March 21, 2023";
    assertThat(DatelineExtractor.extract(text, null).place().name()).isEqualTo("Moscow");
  }

  @ParameterizedTest(name = "no dateline: {0}")
  @ValueSource(strings = {
      "",
      "Russia, China and India agreed on March 20, 2023.",
      "Yesterday, 20 March 2023, the minister said",
      "Today, March 20, we mark the day.",
      "The talks (held in Moscow) ended.",
      "(Moscow)",
      "A note (see March 20, 2023)",
      "in Moscow, March 20, 2023",
      "Moscow, the capital, is large.",
      "Moscow, 2023 was a year of change.",
      "📍 Today the minister said that we are ready to discuss a balance of interests.",
      "(Reuters, March 20, 2023 and more words than any place name would ever have in it at all)",
  })
  void noDateline(String text) {
    assertThat(DatelineExtractor.extract(text, null)).isNull();
  }

  @Test
  void looksLikePlace() {
    assertThat(DatelineExtractor.looksLikePlace("Rostov-on-Don".toCharArray(), 0, 13)).isTrue();
    assertThat(DatelineExtractor.looksLikePlace("Red Square".toCharArray(), 0, 10)).isTrue();
    assertThat(DatelineExtractor.looksLikePlace("Today the minister said".toCharArray(), 0, 23)).isFalse();
    assertThat(DatelineExtractor.looksLikePlace("Room 5".toCharArray(), 0, 6)).isFalse();
  }
}
