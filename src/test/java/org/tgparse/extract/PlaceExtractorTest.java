package org.tgparse.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.tgparse.model.EmojiMarker;
import org.tgparse.model.Place.PlaceKind;
import org.tgparse.model.Place;

class PlaceExtractorTest {

  private static List<Place> mentions(String text) {
    return PlaceExtractor.extract(text, List.of(), null);
  }

  private static List<String> names(String text) {
    return mentions(text).stream().map(Place::name).collect(Collectors.toList());
  }

  @Test
  void findsCountriesCitiesAndRegionsWithOffsets() {
    String text = "Talks in Moscow on Armenia, the Lachin Corridor and Nagorno-Karabakh.";
    assertThat(mentions(text)).extracting(Place::text, Place::start, Place::end, Place::name, Place::placeKind,
        Place::countryCode).containsExactly(
            tuple("Moscow", 9, 15, "Moscow", PlaceKind.MENTION, "RU"),
            tuple("Armenia", 19, 26, "Armenia", PlaceKind.MENTION, "AM"),
            tuple("Lachin Corridor", 32, 47, "Lachin Corridor", PlaceKind.MENTION, "AZ"),
            tuple("Nagorno-Karabakh", 52, 68, "Nagorno-Karabakh", PlaceKind.MENTION, "AZ"));
    for (Place p : mentions(text)) {
      assertThat(text.substring(p.start(), p.end())).isEqualTo(p.text());
    }
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      Shelling of Lugansk continued. | Luhansk
      Shelling of Luhansk continued. | Luhansk
      The Zaporozhye NPP is safe. | Zaporizhzhia
      Zaporizhzhia is a city. | Zaporizhzhia
      He flew to Kiev yesterday. | Kyiv
      He flew to Kyiv yesterday. | Kyiv
      Donetsk was shelled. | Donetsk
      Russia’s position | Russia
      the US and its allies | United States
      the U.S. position | United States
      the UK government | United Kingdom
      in Central Asia. | Central Asia
      countries in Asia, the Middle East, Africa | Asia
      Donbass residents | Donbas
      Он прилетел в Москву. | Moscow
      Переговоры в Москве. | Moscow
      Из Москвы в Минск. | Moscow
      Отношения России и Казахстана. | Russia
      В Нью-Йорке прошла сессия. | New York
      МОСКВА ответила. | Moscow
      """)
  void resolvesSpellingsAndCaseForms(String text, String firstName) {
    assertThat(names(text)).first().isEqualTo(firstName);
  }

  @Test
  void theLongestNameWins() {
    assertThat(mentions("the Central Asia – Centre pipeline")).extracting(Place::text).containsExactly("Central Asia");
    assertThat(mentions("in New York City")).extracting(Place::text, Place::name)
        .containsExactly(tuple("New York City", "New York"));
    assertThat(mentions("Latin America")).extracting(Place::name).containsExactly("Latin America");
  }

  @ParameterizedTest(name = "no place in: {0}")
  @ValueSource(strings = {
      "Russian diplomats and the Syrian dossier.",
      "the Eurasian space and Russian-Belarusian relations",
      "Russian-Kazakhstani relations are at a high level.",
      "the principles of the UN Charter",
      "the United Nations Organisation",
      "institutions of the Union State",
      "#RussiaArmenia #Eurasia4You #UnionState",
      "@Moscow_news and https://example.com/Moscow and mail@Moscow.ru",
      "adopted on March 20, 2023 and on August 1",
      "March 31 and 20 March",
      "the Gulf Cooperation Council, the Arab League, the African Union",
      "the Council of Europe",
      "Victory Day and Independence Day",
      "Most of all, the Police Said so.",
      "with the collective West",
      "the European Union",
      "Red Army operations, the Motherland, the Federal Assembly",
      "Nice to meet you. Split the bill. Reading the report. Mobile phones.",
      "Госдума и Дума города",
  })
  void adjectivesOrganisationsAndCommonWordsAreNoPlaces(String text) {
    assertThat(mentions(text)).isEmpty();
  }

  @Test
  void ambiguousTownNamesNeedALocativePreposition() {
    assertThat(names("The summit was held in Nice last year.")).containsExactly("Nice");
    assertThat(names("He moved to Reading.")).containsExactly("Reading");
    assertThat(names("Nice weather. Reading is fun.")).isEmpty();
    // Even after a preposition, a capitalised word after it makes it part of a longer name.
    assertThat(names("in Nice Airport")).isEmpty();
    assertThat(names("Он родился в Орле.")).containsExactly("Oryol");
    assertThat(names("Орёл взлетел.")).isEmpty();
  }

  @Test
  void personalNamesAreNoPlaces() {
    assertThat(names("President Vladimir Putin met the minister.")).isEmpty();
    assertThat(names("Vladimir Putin: The Russian Foreign Ministry")).isEmpty();
    assertThat(names("George Washington and the Washington Post")).isEmpty();
    assertThat(names("Talks in Washington ended.")).containsExactly("Washington");
    assertThat(names("Washington said no.")).containsExactly("Washington");
    assertThat(names("the Vladimir region")).containsExactly("Vladimir");
    assertThat(names("Президент Владимир Путин")).isEmpty();
  }

  @Test
  void aNameInACoordinationTakesTheSuffixOfTheNext() {
    assertThat(mentions("the liberated territories of the Zaporozhye & Kherson regions"))
        .extracting(Place::text, Place::name)
        .containsExactly(tuple("Zaporozhye", "Zaporizhzhia Oblast"), tuple("Kherson regions", "Kherson Oblast"));
    assertThat(mentions("The recognition of the Donetsk & Lugansk People’s Republics"))
        .extracting(Place::text, Place::name).containsExactly(tuple("Donetsk", "Donetsk People's Republic"),
            tuple("Lugansk People’s Republics", "Luhansk People's Republic"));
    assertThat(mentions("the DPR & LPR")).extracting(Place::name)
        .containsExactly("Donetsk People's Republic", "Luhansk People's Republic");
    // No suffix to share: each keeps its own place.
    assertThat(mentions("Donetsk and Kherson")).extracting(Place::name).containsExactly("Donetsk", "Kherson");
  }

  @Test
  void aMonthNameNextToANumberIsADate() {
    // No month is a place in the gazetteer (they are on the stop list), so the rule is tested with a made-up one.
    Gazetteer.Entry may = new Gazetteer.Entry("may".toCharArray(), "May".toCharArray(),
        new Gazetteer.Target("May", "XX", Gazetteer.Type.CITY, 1), Gazetteer.MONTH, -1);
    Gazetteer g = Gazetteer.standard();
    assertThat(PlaceExtractor.accept("on May 9 they met".toCharArray(), 3, 6, may, g)).isFalse();
    assertThat(PlaceExtractor.accept("on 9 May they met".toCharArray(), 5, 8, may, g)).isFalse();
    assertThat(PlaceExtractor.accept("they met in May.".toCharArray(), 12, 15, may, g)).isTrue();
  }

  @Test
  void abbreviationsMustBeCapitals() {
    assertThat(names("tell us about it")).isEmpty();
    assertThat(names("Us and them")).isEmpty();
    assertThat(names("the US position")).containsExactly("United States");
  }

  @Test
  void flagsBecomePlaces() {
    String text = "🇷🇺🇦🇲 talks 🇺🇳";
    List<EmojiMarker> emoji = List.of(new EmojiMarker("🇷🇺", 0, 4, "flag: Russia", true, "RU"),
        new EmojiMarker("🇦🇲", 4, 8, "flag: Armenia", true, "AM"),
        new EmojiMarker("🇺🇳", 15, 19, "flag: United Nations", false, "UN"),
        new EmojiMarker("👉", 9, 11, "backhand index pointing right", false, null));
    assertThat(PlaceExtractor.extract(text, emoji, null)).extracting(Place::text, Place::start, Place::name,
        Place::placeKind, Place::countryCode).containsExactly(
            tuple("🇷🇺", 0, "Russia", PlaceKind.FLAG, "RU"),
            tuple("🇦🇲", 4, "Armenia", PlaceKind.FLAG, "AM"),
            tuple("🇺🇳", 15, "United Nations", PlaceKind.FLAG, "UN"));
  }

  @Test
  void subdivisionAndUnknownFlags() {
    assertThat(PlaceExtractor.flag(new EmojiMarker("x", 0, 1, "flag: England", false, "GB-ENG")))
        .extracting(Place::name, Place::countryCode).containsExactly("England", "GB");
    assertThat(PlaceExtractor.flag(new EmojiMarker("x", 0, 1, "flag: European Union", false, "EU")))
        .extracting(Place::name, Place::countryCode).containsExactly("European Union", "EU");
    assertThat(PlaceExtractor.flag(new EmojiMarker("x", 0, 1, "flag", false, "ZZ")).name()).isNotBlank();
  }

  @Test
  void theDatelinePlaceComesFirstAndIsNotRepeated() {
    String text = "Talks with Armenia\n📍 Moscow, March 20, 2023\nMoscow and Yerevan agreed.";
    int at = text.indexOf("Moscow");
    Place dp = new Place("Moscow", at, at + 6, "Moscow", PlaceKind.DATELINE, "RU", null, null);
    org.tgparse.model.Dateline d = new org.tgparse.model.Dateline("Moscow, March 20, 2023", at, at + 22, dp, null);
    assertThat(PlaceExtractor.extract(text, List.of(), d)).extracting(Place::text, Place::start, Place::placeKind)
        .containsExactly(tuple("Moscow", at, PlaceKind.DATELINE), tuple("Armenia", 11, PlaceKind.MENTION),
            tuple("Moscow", text.lastIndexOf("Moscow"), PlaceKind.MENTION),
            tuple("Yerevan", text.indexOf("Yerevan"), PlaceKind.MENTION));
  }

  @Test
  void emptyAndOddTexts() {
    assertThat(mentions("")).isEmpty();
    assertThat(mentions("M")).isEmpty();
    assertThat(mentions("New")).isEmpty();
    assertThat(mentions("New York")).extracting(Place::name).containsExactly("New York");
    assertThat(mentions("Nagorno-")).isEmpty();
    assertThat(mentions("\uD83D Moscow \uDC00")).extracting(Place::name).containsExactly("Moscow");
  }

  @Test
  void pathologicalInputsStayLinear() {
    // Each would take minutes if matching were quadratic; the counts prove every position was handled.
    assertThat(mentions("New ".repeat(250_000))).isEmpty();
    assertThat(mentions("Nagorno-".repeat(125_000))).isEmpty();
    assertThat(mentions("A".repeat(1_000_000))).isEmpty();
    assertThat(mentions("Москва ".repeat(140_000))).hasSize(140_000);
    assertThat(mentions("Zaporozhye & ".repeat(80_000))).hasSize(80_000);
    assertThat(mentions("in Nice ".repeat(120_000))).hasSize(120_000);
  }
}
