package org.tgparse.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GazetteerTest {
  private static final Gazetteer G = Gazetteer.standard();

  private static Gazetteer.Target target(String written) {
    Gazetteer.Entry e = G.byKey(Gazetteer.foldKey(written));
    return e == null ? null : e.target;
  }

  @ParameterizedTest(name = "{0} -> {1} ({2})")
  @CsvSource(delimiter = '|', textBlock = """
      Russia | Russia | RU
      Russian Federation | Russia | RU
      Россия | Russia | RU
      России | Russia | RU
      РФ | Russia | RU
      United States | United States | US
      USA | United States | US
      U.S. | United States | US
      США | United States | US
      UK | United Kingdom | GB
      Britain | United Kingdom | GB
      Великобритании | United Kingdom | GB
      Belarus | Belarus | BY
      Белоруссии | Belarus | BY
      Беларуси | Belarus | BY
      Armenia | Armenia | AM
      Georgia | Georgia | GE
      Côte d'Ivoire | Côte d'Ivoire | CI
      Bosnia and Herzegovina | Bosnia and Herzegovina | BA
      Saint Kitts and Nevis | Saint Kitts and Nevis | KN
      DR Congo | Democratic Republic of the Congo | CD
      Kosovo | Kosovo | XK
      Moscow | Moscow | RU
      Москве | Moscow | RU
      Москвы | Moscow | RU
      Москву | Moscow | RU
      Москвой | Moscow | RU
      Kyiv | Kyiv | UA
      Kiev | Kyiv | UA
      Киеве | Kyiv | UA
      Lugansk | Luhansk | UA
      Luhansk | Luhansk | UA
      Луганске | Luhansk | UA
      Zaporozhye | Zaporizhzhia | UA
      Zaporizhzhia | Zaporizhzhia | UA
      Запорожье | Zaporizhzhia | UA
      Donetsk | Donetsk | UA
      Kherson | Kherson | UA
      Херсоне | Kherson | UA
      Minsk | Minsk | BY
      Astana | Astana | KZ
      Nur-Sultan | Astana | KZ
      Ufa | Ufa | RU
      Уфе | Ufa | RU
      Aktau | Aktau | KZ
      New York | New York | US
      Нью-Йорке | New York | US
      St. Petersburg | Saint Petersburg | RU
      Санкт-Петербурге | Saint Petersburg | RU
      Tbilisi | Tbilisi | GE
      London | London | GB
      Paris | Paris | FR
      Парижа | Paris | FR
      Geneva | Geneva | CH
      Nagorno-Karabakh | Nagorno-Karabakh | AZ
      Нагорном Карабахе | Nagorno-Karabakh | AZ
      Lachin Corridor | Lachin Corridor | AZ
      Donbass | Donbas | UA
      Донбассе | Donbas | UA
      Crimea | Crimea | UA
      Крыму | Crimea | UA
      Kherson region | Kherson Oblast | UA
      Kherson regions | Kherson Oblast | UA
      Запорожской области | Zaporizhzhia Oblast | UA
      DPR | Donetsk People's Republic | UA
      ДНР | Donetsk People's Republic | UA
      Gaza Strip | Gaza Strip | PS
      """)
  void resolvesNamesToCanonicalPlaces(String written, String name, String code) {
    assertThat(target(written)).as(written).isNotNull()
        .extracting(Gazetteer.Target::name, Gazetteer.Target::countryCode).containsExactly(name, code);
  }

  @ParameterizedTest(name = "{0} is a world region")
  @CsvSource({"Europe", "Asia", "Central Asia", "Middle East", "Latin America", "Africa", "Eurasia", "Европа",
      "Европе", "Ближнем Востоке", "Латинской Америки", "Центральной Азии"})
  void knowsWorldRegions(String written) {
    assertThat(target(written)).isNotNull().extracting(Gazetteer.Target::type, Gazetteer.Target::countryCode)
        .containsExactly(Gazetteer.Type.WORLD, null);
  }

  @ParameterizedTest(name = "{0} is not a name")
  @CsvSource({"Russian", "Syrian", "Eurasian", "Belarusian", "Kazakhstani", "West", "March", "August", "Union",
      "Most", "Police", "Said", "Of", "Charter", "Victory", "Independence", "Republic", "Central", "UN",
      "United Nations", "EU", "European Union", "CIS", "Дума", "Мир"})
  void adjectivesOrganisationsAndStopWordsAreNoNames(String written) {
    assertThat(target(written)).isNull();
  }

  @Test
  void organisationsThatContainAPlaceAreBlocked() {
    assertThat(target("Union State").type()).isEqualTo(Gazetteer.Type.BLOCK);
    assertThat(target("Council of Europe").type()).isEqualTo(Gazetteer.Type.BLOCK);
    assertThat(target("African Union").type()).isEqualTo(Gazetteer.Type.BLOCK);
    assertThat(target("Gulf Cooperation Council").type()).isEqualTo(Gazetteer.Type.BLOCK);
  }

  @Test
  void aCountryWinsOverACityOfTheSameName() {
    // Armenia is also a city in Colombia, Jamaica a city in New York.
    assertThat(target("Armenia").type()).isEqualTo(Gazetteer.Type.COUNTRY);
    assertThat(target("Jamaica").type()).isEqualTo(Gazetteer.Type.COUNTRY);
  }

  @Test
  void theBiggerCityWinsAmongCitiesOfTheSameName() {
    assertThat(target("London").countryCode()).isEqualTo("GB");
    assertThat(target("Moscow").countryCode()).isEqualTo("RU");
    assertThat(target("Brest").countryCode()).isEqualTo("BY");
  }

  @Test
  void precisionFlagsComeFromTheRulesFile() {
    assertThat(G.byKey("nice").flags & Gazetteer.AMBIGUOUS).isNotZero();
    assertThat(G.byKey("орле").flags & Gazetteer.AMBIGUOUS).isNotZero();
    assertThat(G.byKey("vladimir").flags & Gazetteer.NAME).isNotZero();
    assertThat(G.byKey("us").flags & Gazetteer.EXACT).isNotZero();
    assertThat(G.byKey("moscow").flags).isZero();
    assertThat(G.isLocative("in")).isTrue();
    assertThat(G.isLocative("the")).isFalse();
  }

  @Test
  void countryNamesForFlags() {
    assertThat(G.countryName("RU")).isEqualTo("Russia");
    assertThat(G.countryName("AM")).isEqualTo("Armenia");
    assertThat(G.countryName("UN")).isEqualTo("United Nations");
    assertThat(G.countryName("EU")).isEqualTo("European Union");
    assertThat(G.countryName("BA")).isEqualTo("Bosnia and Herzegovina");
    assertThat(G.countryName("ZZ")).isNull();
  }

  @Test
  void abbreviationsAreRecognised() {
    assertThat(Gazetteer.isAbbreviation("US")).isTrue();
    assertThat(Gazetteer.isAbbreviation("U.S.")).isTrue();
    assertThat(Gazetteer.isAbbreviation("DR Congo")).isTrue();
    assertThat(Gazetteer.isAbbreviation("ДНР")).isTrue();
    assertThat(Gazetteer.isAbbreviation("Moscow")).isFalse();
    assertThat(Gazetteer.isAbbreviation("A Coruña")).isFalse();
  }

  @Test
  void cleansJdkNames() {
    assertThat(Gazetteer.cleanEnglish("Myanmar (Burma)")).isEqualTo("Myanmar");
    assertThat(Gazetteer.cleanEnglish("Trinidad & Tobago")).isEqualTo("Trinidad and Tobago");
    assertThat(Gazetteer.cleanEnglish("Hong Kong SAR China")).isEqualTo("Hong Kong");
    assertThat(Gazetteer.cleanRussian("Фарерские о-ва")).isEqualTo("Фарерские острова");
    assertThat(Gazetteer.cleanRussian("о-в Мэн")).isEqualTo("остров Мэн");
    assertThat(Gazetteer.cleanRussian("Гонконг (САР)")).isEqualTo("Гонконг");
  }

  /** The first word of a name as written, in the case the text may have it, and the length of its letters. */
  private static int firstWordLength(Gazetteer.Entry e) {
    int i = 0;
    while (i < e.key.length && Gazetteer.isLetter(e.key[i])) {
      i++;
    }
    return i;
  }

  private static boolean foldsTo(String form, Gazetteer.Entry e, int len) {
    if (form.length() < len) {
      return false;
    }
    for (int i = 0; i < len; i++) {
      if (Gazetteer.fold(form.charAt(i)) != e.key[i]) {
        return false;
      }
    }
    return true;
  }

  @Test
  void theFirstWordFilterLetsEveryNameThrough() {
    int checked = 0;
    for (Gazetteer.Entry e : G.entries()) {
      int len = firstWordLength(e);
      String word = new String(e.written, 0, len);
      for (String form : List.of(word, word.toUpperCase(Locale.ROOT), new String(e.key, 0, len))) {
        if (!foldsTo(form, e, len)) {
          continue; // ADIYAMAN is not Adıyaman folded
        }
        // In a text, after a blank, and followed by more text.
        String text = "in " + form + " x";
        assertThat(G.candidates(text.toCharArray(), 3, 3 + len)).as(form).isNotNull().contains(e);
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(10_000);
  }

  @Test
  void theFirstWordFilterRejectsMostCommonWords() {
    List<String> common = List.of("This", "Minister", "Foreign", "President", "Ministry", "Today", "They", "We",
        "Read", "Putin", "Lavrov", "Sergey", "Day", "Policy", "Embassy", "Assembly", "Cooperation", "Affairs",
        "Diplomatic", "Special", "Министр", "Президент", "Сегодня", "Путин", "Лавров", "Это", "Заявил");
    int passed = 0;
    for (String w : common) {
      char[] c = Gazetteer.foldKey(w).toCharArray();
      int len = c.length;
      if (G.mayStart(Gazetteer.wordHash(c[0], len > 1 ? c[1] : 0, len > 2 ? c[2] : 0, c[len - 1], len))) {
        passed++;
      }
      assertThat(G.candidates(w.toCharArray(), 0, len)).as(w).isNull();
    }
    assertThat(passed).as("words the filter let through").isLessThanOrEqualTo(common.size() / 10);
  }

  @Test
  void matchingAfterTheFirstWordAgreesWithTheFullMatch() {
    for (Gazetteer.Entry e : G.entries()) {
      int len = firstWordLength(e);
      String written = new String(e.written);
      String capitalised = Character.toUpperCase(written.charAt(0)) + written.substring(1);
      for (String form : List.of(written, capitalised, written.toUpperCase(Locale.ROOT),
          written.toLowerCase(Locale.ROOT), written.replace(' ', '-'), written + "s", written + "9", written + ".")) {
        if (!Gazetteer.isUpper(form.charAt(0)) || !foldsTo(form, e, len)) {
          continue; // the scan looks up capitalised words only, and finds this name only under its first word
        }
        String text = form + " and more";
        assertThat(Gazetteer.matchAfterFirstWord(e, text.toCharArray(), text.length(), 0, len)).as(form)
            .isEqualTo(Gazetteer.match(e, text.toCharArray(), text.length(), 0));
      }
    }
  }
}
