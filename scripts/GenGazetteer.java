import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Builds the city part of tgparse's gazetteer from the GeoNames dump {@code cities1000.txt} (CC-BY 3.0, GeoNames).
 * Run through {@code scripts/gen-gazetteer.sh}; the output is committed, the build never runs this.
 *
 * <p>Selection: populated places (feature codes PPL, PPLA..PPLA4, PPLC, PPLG; city districts PPLX and historical
 * places are left out) with a population of at least {@value #MIN_POPULATION}, every capital (PPLC), plus the few
 * smaller places of the {@link #CURATED} table marked {@code +} (towns the news names often: Bakhmut, Shusha,
 * Lachin). One row per (country, canonical name): the most populous wins.
 *
 * <p>Output, one city a line, tab-separated, sorted by country then name:
 * {@code name  countryCode  population  kind(C capital | P other)  englishAliases(;)  russianNames(;)}.
 * English aliases are the GeoNames name and ASCII name and their variants without the apostrophes that
 * transliterate soft signs ({@code Luhans’k} -> {@code Luhansk}), plus the curated ones. Russian names (nominative
 * only: the library declines them) come from, in order: the curated table; the JDK's CLDR exemplar city of the
 * city's time zone (Russian locale data: {@code Москва}, {@code Париж}); for cities of the former USSR, the
 * Cyrillic alternate name whose transliteration the Latin alternate names support best; elsewhere, a lone Cyrillic
 * alternate name that transliterates close to the ASCII name, for capitals and cities of at least
 * {@value #MIN_GUESS_POPULATION} people.
 */
public final class GenGazetteer {
  static final int MIN_POPULATION = 100_000;
  /** Outside the former USSR, a guessed Russian name only for big cities: small ones add noise, not recall. */
  static final int MIN_GUESS_POPULATION = 500_000;
  static final Set<String> FEATURES = Set.of("PPL", "PPLA", "PPLA2", "PPLA3", "PPLA4", "PPLC", "PPLG");
  static final Set<String> EX_USSR =
      Set.of("RU", "UA", "BY", "KZ", "KG", "UZ", "TJ", "TM", "AZ", "AM", "GE", "MD", "LV", "LT", "EE");

  /**
   * Curated rows: {@code CC|GeoNames name|canonical English name (empty: derived)|English aliases (;)|Russian
   * names (;)|flags}. Flag {@code +}: keep whatever the population; {@code -}: drop (a city district GeoNames
   * lists as a town); {@code !}: no Russian name (the likely one names another, larger place). Canonical names follow current English news usage (Kyiv, Zaporizhzhia, Luhansk), older
   * spellings stay as aliases so that both are found.
   */
  static final String CURATED = """
      UA|Kiev|Kyiv|Kiev|Киев|
      UA|Kharkiv||Kharkov|Харьков|
      UA|Odessa|Odesa|Odessa|Одесса|
      UA|Dnipropetrovsk|Dnipro|Dnipropetrovsk;Dnepropetrovsk;Dnepr|Днепр;Днепропетровск|
      UA|Zaporizhzhya|Zaporizhzhia|Zaporizhzhya;Zaporozhye;Zaporozhe;Zaporizhia|Запорожье|
      UA|Luhans’k|Luhansk|Lugansk|Луганск|
      UA|Donets’k|Donetsk||Донецк|
      UA|Mykolayiv|Mykolaiv|Mykolayiv;Nikolaev;Nikolayev|Николаев|
      UA|Kirovohrad|Kropyvnytskyi|Kirovohrad;Kirovograd|Кропивницкий;Кировоград|
      UA|Vinnytsya|Vinnytsia|Vinnytsya;Vinnitsa|Винница|
      UA|L'viv|Lviv|Lvov|Львов|
      UA|Kryvyy Rih|Kryvyi Rih|Kryvyy Rih;Krivoy Rog|Кривой Рог|
      UA|Khmel’nyts’kyy|Khmelnytskyi|Khmelnytskyy;Khmelnitsky|Хмельницкий|
      UA|Horlivka||Gorlovka|Горловка|
      UA|Makiyivka|Makiivka|Makiyivka;Makeyevka;Makeevka|Макеевка|
      UA|Syeverodonets’k|Sievierodonetsk|Syeverodonetsk;Severodonetsk|Северодонецк|
      UA|Lisichansk|Lysychansk|Lisichansk|Лисичанск|
      UA|Alchevs’k|Alchevsk||Алчевск|
      UA|Berdyans’k|Berdiansk|Berdyansk|Бердянск|
      UA|Melitopol’|Melitopol||Мелитополь|
      UA|Sloviansk||Slavyansk|Славянск|
      UA|Kramators’k|Kramatorsk||Краматорск|
      UA|Chernihiv||Chernigov|Чернигов|
      UA|Zhytomyr||Zhitomir|Житомир|
      UA|Rivne||Rovno|Ровно|
      UA|Uzhhorod||Uzhgorod|Ужгород|
      UA|Cherkasy||Cherkassy|Черкассы|
      UA|Chernivtsi||Chernovtsy|Черновцы|
      UA|Ternopil’|Ternopil|Ternopol|Тернополь|
      UA|Yenakiyeve|Yenakiieve|Yenakiyeve;Yenakiyevo;Enakievo|Енакиево|
      UA|Yevpatoriya|Yevpatoria|Yevpatoriya;Evpatoria|Евпатория|
      UA|Simferopol’|Simferopol||Симферополь|
      UA|Sevastopol|||Севастополь|
      UA|Kerch|||Керчь|
      UA|Dniprodzerzhyns’k|Kamianske|Dniprodzerzhynsk;Dneprodzerzhinsk|Каменское;Днепродзержинск|
      UA|Kamieniec Podolski|Kamianets-Podilskyi|Kamenets-Podolsky|Каменец-Подольский|
      UA|Ivano-Frankivs’k|Ivano-Frankivsk|Ivano-Frankovsk|Ивано-Франковск|
      UA|Luts’k|Lutsk||Луцк|
      UA|Nikopol’|Nikopol||Никополь|
      UA|Oleksandriya|Oleksandriia|Oleksandriya||!
      UA|Kremenchuk||Kremenchug|Кременчуг|
      UA|Bila Tserkva||Belaya Tserkov|Белая Церковь|
      UA|Pavlohrad||Pavlograd|Павлоград|
      UA|Mariupol|||Мариуполь|
      UA|Poltava|||Полтава|
      UA|Sumy|||Сумы|
      UA|Kherson|||Херсон|
      UA|Artemivs’k|Bakhmut|Artemivsk;Artyomovsk;Artemovsk|Бахмут;Артёмовск|+
      UA|Krasnoarmiys’k|Pokrovsk|Krasnoarmiysk;Krasnoarmeysk|Красноармейск|+
      UA|Izyum|Izium|Izyum|Изюм|+
      UA|Nova Kakhovka||Novaya Kakhovka|Новая Каховка|+
      UA|Kakhovka|||Каховка|+
      UA|Soledar|||Соледар|+
      UA|Volnovakha|||Волноваха|+
      UA|Heniches’k|Henichesk|Genichesk|Геническ|+
      RU|Moscow|||Москва|
      RU|Saint Petersburg||St. Petersburg;St Petersburg;St.Petersburg;Leningrad;Petrograd|Санкт-Петербург;Петербург;Ленинград|
      RU|Nizhniy Novgorod|Nizhny Novgorod|Nizhniy Novgorod|Нижний Новгород|
      RU|Rostov-na-Donu|Rostov-on-Don|Rostov-na-Donu|Ростов-на-Дону|
      RU|Yekaterinburg||Ekaterinburg|Екатеринбург|
      RU|Groznyy|Grozny|Groznyy|Грозный|
      RU|Tol’yatti|Tolyatti|Togliatti|Тольятти|
      RU|Naberezhnyye Chelny|Naberezhnye Chelny||Набережные Челны|
      RU|Orël|Oryol|Orel|Орёл|
      RU|Velikiy Novgorod|Veliky Novgorod|Velikiy Novgorod|Великий Новгород|
      RU|Volgograd||Stalingrad|Волгоград;Сталинград|
      RU|Kazan|||Казань|
      RU|Ufa|||Уфа|
      RU|Korolëv|Korolyov|Korolev|Королёв|
      RU|Artëm|Artyom|Artem|Артём|
      RU|Engel’s|Engels||Энгельс|
      RU|Kirov|||Киров|
      RU|Vladimir|||Владимир|
      RU|Salavat|||Салават|
      RU|Petropavlovsk-Kamchatskiy|Petropavlovsk-Kamchatsky||Петропавловск-Камчатский|
      RU|Sochi|||Сочи|
      RU|Kaliningrad|||Калининград|
      RU|Krasnodar|||Краснодар|
      RU|Belgorod|||Белгород|
      RU|Kursk|||Курск|
      RU|Bryansk|||Брянск|
      RU|Rostov|||Ростов|+
      RU|Centralniy||||-
      RU|Severnyy||||-
      RU|Akademicheskoe||||-
      KZ|Astana||Nur-Sultan;Akmola;Aqmola;Tselinograd|Астана;Нур-Султан|
      KZ|Almaty||Alma-Ata|Алматы;Алма-Ата|
      KZ|Aqtöbe|Aktobe|Aqtobe;Aktyubinsk|Актобе|
      KZ|Karagandy|Karaganda|Karagandy;Qaraghandy|Караганда|
      KZ|Oral|Uralsk|Oral|Уральск|
      KZ|Oskemen|Ust-Kamenogorsk|Oskemen;Öskemen|Усть-Каменогорск|
      KZ|Semey||Semipalatinsk|Семей;Семипалатинск|
      KZ|Shymkent||Chimkent|Шымкент|
      KZ|Taldyqorghan|Taldykorgan|Taldyqorghan|Талдыкорган|
      KZ|Zhezqazghan|Zhezkazgan|Zhezqazghan|Жезказган|
      KZ|Baykonyr|Baikonur|Baykonur;Baykonyr|Байконур|
      KZ|Aktau|||Актау|
      KZ|Atyrau|||Атырау|
      KZ|Kostanay||Kustanai|Костанай|
      KZ|Kyzylorda|||Кызылорда|
      KZ|Taraz|||Тараз|
      KZ|Pavlodar|||Павлодар|
      KZ|Petropavlovsk|||Петропавловск|
      KZ|Temirtau|||Темиртау|
      KZ|Ekibastuz|||Экибастуз|
      KZ|Kokshetau|||Кокшетау|
      KZ|Rudnyy|Rudny|Rudnyy|Рудный|
      BY|Minsk|||Минск|
      BY|Homyel’|Gomel|Homyel;Homiel|Гомель|
      BY|Hrodna|Grodno|Hrodna|Гродно|
      BY|Mahilyow|Mogilev|Mahilyow;Mahilyou|Могилёв|
      BY|Vitebsk||Viciebsk|Витебск|
      BY|Brest|||Брест|
      BY|Babruysk|Bobruisk|Babruysk|Бобруйск|
      BY|Baranavichy|Baranovichi|Baranavichy|Барановичи|
      BY|Horad Barysaw|Borisov|Barysaw|Борисов|
      BY|Maladzyechna|Molodechno|Maladzyechna|Молодечно|
      BY|Mazyr|Mozyr|Mazyr|Мозырь|
      BY|Navapolatsk|Novopolotsk|Navapolatsk|Новополоцк|
      BY|Salihorsk|Soligorsk|Salihorsk|Солигорск|
      BY|Orsha|||Орша|
      BY|Pinsk|||Пинск|
      BY|Novoye Medvezhino||||-
      BY|Malinovka||||-
      GE|Tbilisi||Tiflis|Тбилиси|
      GE|K'ut'aisi|Kutaisi||Кутаиси|
      GE|Batumi|||Батуми|
      GE|Sokhumi|Sukhumi|Sokhumi;Sukhum|Сухум;Сухуми|+
      AM|Yerevan||Erevan|Ереван|
      AM|Gyumri||Leninakan|Гюмри|
      AM|Vanadzor|||Ванадзор|
      AZ|Baku|||Баку|
      AZ|Ganja||Gyandzha|Гянджа|
      AZ|Sumqayıt|Sumgait|Sumqayit|Сумгаит|
      AZ|Lǝnkǝran|Lankaran|Lenkoran|Ленкорань|
      AZ|Xankǝndi|Khankendi|Stepanakert;Xankendi|Степанакерт;Ханкенди|+
      AZ|Shushi|Shusha|Shushi|Шуша|+
      AZ|Laçın|Lachin|Lacin|Лачин|+
      MD|Chişinău|Chisinau|Chișinău;Kishinev|Кишинёв|
      MD|Tiraspol|||Тирасполь|
      MD|Bender||Bendery|Бендеры|
      MD|Bălţi|Balti||Бельцы|
      UZ|Tashkent|||Ташкент|
      UZ|Bukhara|||Бухара|
      KG|Bishkek||Frunze|Бишкек|
      KG|Osh|||Ош|
      TJ|Dushanbe|||Душанбе|
      TM|Ashgabat||Ashkhabad|Ашхабад|
      CN|Beijing||Peking|Пекин|
      CN|Shanghai|||Шанхай|
      IN|Mumbai||Bombay|Мумбаи|
      IN|Kolkata||Calcutta|Калькутта|
      IN|Chennai||Madras|Ченнаи|
      IN|New Delhi|||Нью-Дели|
      IN|Delhi|||Дели|
      MM|Yangon||Rangoon|Янгон|
      VN|Ho Chi Minh City||Saigon|Хошимин|
      VN|Hanoi|||Ханой|
      US|New York City|New York|New York City;NYC|Нью-Йорк|
      US|Washington, D. C.|Washington|Washington, D.C.;Washington DC;Washington D.C.|Вашингтон|
      US|East New York||||-
      PA|Panamá|Panama City|||
      IL|Jerusalem|||Иерусалим|
      IL|Tel Aviv||Tel Aviv-Yafo|Тель-Авив|
      PS|Gaza||Gaza City|Газа|
      TR|Ankara|||Анкара|
      TR|İstanbul|Istanbul|Constantinople|Стамбул|
      AE|Abu Dhabi|||Абу-Даби|
      AE|Dubai|||Дубай|
      IR|Tehran||Teheran|Тегеран|
      SY|Damascus|||Дамаск|
      SY|Aleppo|||Алеппо;Халеб|
      KP|Pyongyang|||Пхеньян|
      PK|Islamabad|||Исламабад|
      NG|Abuja|||Абуджа|
      ZA|Pretoria|||Претория|
      AU|Canberra|||Канберра|
      CA|Ottawa|||Оттава|
      BR|Brasília|Brasilia|Brasília|Бразилиа|
      NZ|Wellington|||Веллингтон|
      CH|Bern||Berne|Берн|
      CH|Genève|Geneva|Genève;Geneve|Женева|+
      DE|München|Munich|München;Muenchen|Мюнхен|
      DE|Köln|Cologne|Köln|Кёльн|
      DE|Frankfurt am Main|Frankfurt|Frankfurt am Main|Франкфурт-на-Майне;Франкфурт|
      XK|Pristina||Prishtina|Приштина|
      """;

  static final Pattern RU_NAME = Pattern.compile("[А-ЯЁ][а-яё]+(?:[- ][А-ЯЁа-яё][а-яё]*)*");

  record Row(String id, String name, String ascii, List<String> alts, String cc, String feature, long population,
      String tz) {
  }

  record Curated(String canonical, List<String> aliases, List<String> ru, String flags) {
  }

  public static void main(String[] args) throws Exception {
    Map<String, Curated> curated = parseCurated();
    List<Row> rows = read(Path.of(args[0]));
    Map<String, Row> chosen = new TreeMap<>();
    for (Row r : rows) {
      Curated c = curated.get(r.cc + "|" + r.name);
      if (c != null && c.flags.contains("-")) {
        continue;
      }
      boolean keep = FEATURES.contains(r.feature)
          && (r.population >= MIN_POPULATION || r.feature.equals("PPLC") || (c != null && c.flags.contains("+")));
      if (!keep) {
        continue;
      }
      String key = r.cc + "\t" + canonical(r, c);
      Row old = chosen.get(key);
      if (old == null || rank(r) > rank(old)) {
        chosen.put(key, r);
      }
    }
    Map<String, String> exemplar = exemplarCities(chosen.values());
    StringBuilder out = new StringBuilder();
    for (Map.Entry<String, Row> e : chosen.entrySet()) {
      Row r = e.getValue();
      Curated c = curated.get(r.cc + "|" + r.name);
      String name = canonical(r, c);
      Set<String> aliases = new LinkedHashSet<>();
      for (String s : List.of(r.name, r.ascii)) {
        aliases.add(s.replace('’', '\''));
        aliases.add(stripApostrophes(s));
        if (EX_USSR.contains(r.cc)) {
          aliases.add(russianTranslitVariant(stripApostrophes(s)));
        }
      }
      if (c != null) {
        aliases.addAll(c.aliases);
      }
      aliases.remove(name);
      aliases.removeIf(String::isBlank);
      List<String> ru = new ArrayList<>();
      if (c != null && !c.ru.isEmpty()) {
        ru.addAll(c.ru);
      } else if (c == null || !c.flags.contains("!")) {
        String ex = exemplar.get(r.id);
        String guess = ex != null ? ex : guessRussian(r);
        if (guess != null) {
          ru.add(guess);
        }
      }
      out.append(name).append('\t').append(r.cc).append('\t').append(r.population).append('\t')
          .append(r.feature.equals("PPLC") ? 'C' : 'P').append('\t').append(String.join(";", aliases))
          .append('\t').append(String.join(";", ru)).append('\n');
    }
    System.out.print(out);
  }

  static long rank(Row r) {
    return (r.feature.equals("PPLC") ? 1L << 40 : 0) + r.population;
  }

  static Map<String, Curated> parseCurated() {
    Map<String, Curated> m = new HashMap<>();
    for (String line : CURATED.strip().split("\n")) {
      String[] f = line.strip().split("\\|", -1);
      if (f.length != 6) {
        throw new IllegalStateException("expected 6 fields, found " + f.length + ": " + line);
      }
      m.put(f[0] + "|" + f[1], new Curated(f[2], list(f[3]), list(f[4]), f[5]));
    }
    return m;
  }

  static List<String> list(String s) {
    return s.isEmpty() ? List.of() : List.of(s.split(";"));
  }

  static List<Row> read(Path file) throws IOException {
    List<Row> rows = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String[] f = line.split("\t", -1);
      if (f.length < 19) {
        continue;
      }
      long pop = f[14].isEmpty() ? 0 : Long.parseLong(f[14]);
      rows.add(new Row(f[0], f[1], f[2], f[3].isEmpty() ? List.of() : List.of(f[3].split(",")), f[8], f[7], pop,
          f[17]));
    }
    return rows;
  }

  static String canonical(Row r, Curated c) {
    if (c != null && !c.canonical.isEmpty()) {
      return c.canonical;
    }
    return EX_USSR.contains(r.cc) ? stripApostrophes(r.name) : r.name.replace('’', '\'');
  }

  /** {@code Luhans’k} -> {@code Luhansk}: apostrophes that transliterate soft signs or glottal stops. */
  static String stripApostrophes(String s) {
    return s.replace("’", "").replace("'", "").replace("‘", "").replace("ʼ", "");
  }

  /** {@code Groznyy} -> {@code Grozny}, {@code Nizhniy} -> {@code Nizhny}, {@code Orël} -> {@code Oryol}. */
  static String russianTranslitVariant(String s) {
    return s.replaceAll("yy\\b", "y").replaceAll("iy\\b", "y").replaceAll("yye\\b", "ye").replace("ë", "yo");
  }

  /** Russian exemplar city names of CLDR time zones, keyed by the GeoNames id of the city they name. */
  static Map<String, String> exemplarCities(Iterable<Row> rows) throws Exception {
    ResourceBundle ru = bundle("sun.util.resources.cldr.ext.TimeZoneNames_ru");
    ResourceBundle en = bundle("sun.util.resources.cldr.TimeZoneNames");
    Map<String, List<Row>> byZone = new HashMap<>();
    for (Row r : rows) {
      byZone.computeIfAbsent(r.tz, k -> new ArrayList<>()).add(r);
    }
    Map<String, String> out = new HashMap<>();
    for (String key : Collections.list(ru.getKeys())) {
      if (!key.startsWith("timezone.excity.")) {
        continue;
      }
      String zone = key.substring("timezone.excity.".length());
      String english = en.containsKey(key) ? en.getString(key)
          : zone.substring(zone.lastIndexOf('/') + 1).replace('_', ' ');
      String zoneCity = zone.substring(zone.lastIndexOf('/') + 1).replace('_', ' ');
      Row best = null;
      for (Row r : byZone.getOrDefault(zone, List.of())) {
        boolean named = r.name.equals(english) || r.ascii.equals(english) || r.name.equals(zoneCity)
            || r.ascii.equals(zoneCity) || r.alts.contains(english);
        if (named && (best == null || rank(r) > rank(best))) {
          best = r;
        }
      }
      String value = ru.getString(key);
      if (best != null && RU_NAME.matcher(value).matches()) {
        out.put(best.id, value);
      }
    }
    return out;
  }

  static ResourceBundle bundle(String name) throws Exception {
    return (ResourceBundle) Class.forName(name).getDeclaredConstructor().newInstance();
  }

  /** A Russian name among the Cyrillic alternate names, or null when none is likely enough. */
  static String guessRussian(Row r) {
    List<String> candidates = new ArrayList<>();
    for (String a : r.alts) {
      if (RU_NAME.matcher(a).matches() && !a.startsWith("Горад ") && !a.startsWith("Город ")
          && !a.endsWith(" ош") && !a.equals(a.toUpperCase(Locale.ROOT))) {
        candidates.add(a);
      }
    }
    if (candidates.isEmpty()) {
      return null;
    }
    List<String> latin = new ArrayList<>();
    for (String a : r.alts) {
      if (!a.isEmpty() && a.chars().allMatch(ch -> ch < 0x250)) {
        latin.add(latinKey(a));
      }
    }
    String ascii = latinKey(r.ascii);
    if (EX_USSR.contains(r.cc)) {
      String best = null;
      int bestScore = 0;
      for (String c : candidates) {
        // GeoNames' ASCII names of the former USSR are BGN/PCGN romanisations of the Russian name: an exact
        // match outweighs any number of near matches among the alternate names (which also hold Ukrainian and
        // Belarusian forms: Митишчи beside Мытищи).
        String t = latinKey(translit(c));
        int d = distance(t, ascii);
        // Ties (Благовещенск and Благовешченск both romanise to Blagoveshchensk) go to the shorter spelling.
        int score = strictKey(translit(c)).equals(strictKey(r.ascii)) ? 1000 - c.length() : d == 0 ? 100 : d <= 1 ? 2 : 0;
        for (String l : latin) {
          if (distance(t, l) <= 1) {
            score++;
          }
        }
        if (score > bestScore) {
          best = c;
          bestScore = score;
        }
      }
      return best;
    }
    if (candidates.size() != 1 || (r.population < MIN_GUESS_POPULATION && !r.feature.equals("PPLC"))) {
      return null;
    }
    String t = latinKey(translit(candidates.get(0)));
    return distance(t, ascii) * 2 <= Math.max(t.length(), ascii.length()) ? candidates.get(0) : null;
  }

  static String latinKey(String s) {
    String n = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    n = n.replaceAll("[^a-z]", "");
    return n.replace("ye", "e").replace("yo", "e").replace("iy", "y").replace("yy", "y").replace("w", "v");
  }

  static final String[] TRANSLIT = {"a", "b", "v", "g", "d", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p",
      "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"};

  /** BGN/PCGN romanisation of Russian, as GeoNames' ASCII names use it ({@code е} is {@code ye} after a vowel). */
  static String translit(String s) {
    StringBuilder b = new StringBuilder();
    char prev = ' ';
    for (char ch : s.toLowerCase(Locale.ROOT).toCharArray()) {
      boolean afterVowel = "аеёиоуыэюяьъ -".indexOf(prev) >= 0;
      if ((ch == 'е' || ch == 'ё') && afterVowel) {
        b.append("ye");
      } else if (ch == 'ё') {
        b.append("e");
      } else if (ch >= 'а' && ch <= 'я') {
        b.append(TRANSLIT[ch - 'а']);
      } else {
        b.append(ch);
      }
      prev = ch;
    }
    return b.toString();
  }

  /** Lower case letters, blanks and hyphens: {@code Ulan-Ude} equals {@code Улан-Удэ} romanised, not {@code Улан Уде}. */
  static String strictKey(String s) {
    String n = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    return n.replaceAll("[^a-z -]", "");
  }

  static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
