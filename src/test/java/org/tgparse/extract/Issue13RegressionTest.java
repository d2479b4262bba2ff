package org.tgparse.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tgparse.model.DateMention;
import org.tgparse.model.Entity;
import org.tgparse.model.Hashtag;
import org.tgparse.model.Message;
import org.tgparse.model.Place;
import org.tgparse.model.SourceRef;
import org.tgparse.model.TextEntity;

/**
 * The error classes of issue 13, each case named after what broke on real channel text. The evaluation corpus
 * ({@code eval/}) measures them; these pin them.
 */
class Issue13RegressionTest {
  private static final Extractor X = Extractor.standard();

  /** Places other than flags, as {@code text=code}. */
  private static List<String> places(String text) {
    return X.extract(text).places().stream().filter(p -> p.placeKind() != Place.PlaceKind.FLAG)
        .map(p -> p.text() + "=" + p.countryCode()).collect(Collectors.toList());
  }

  /** Dates as {@code text=value} or {@code text=value/endValue}. */
  private static List<String> dates(String text) {
    return X.extract(text).dates().stream()
        .map(d -> d.text() + "=" + d.value() + (d.endValue() == null ? "" : "/" + d.endValue()))
        .collect(Collectors.toList());
  }

  @Nested
  class NothingInsideUrlsMentionsHashtagsOrCode {
    @Test
    void enUsInALinkPathIsNoUnitedStates() {
      assertThat(places("📄 https://download.microsoft.com/en-US/2021/Jul/29/report.pdf")).isEmpty();
    }

    @Test
    void blackHatAsiaInALinkIsNoAsia() {
      assertThat(places("Slides: https://i.blackhat.com/BlackHat-Asia-20/Slides.pdf")).isEmpty();
    }

    @Test
    void datesInALinkPathOrFileNameAreNoDates() {
      assertThat(dates("https://download.microsoft.com/en-US/2021/Jul/29/report-April-2021.pdf")).isEmpty();
      assertThat(dates("see https://example.com/news/Aug/10 for more")).isEmpty();
    }

    @Test
    void datesInInlineCodeAreNoDates() {
      assertThat(dates("use `time.Parse(\"2006-01-02\", s)` and `--since 2023-01-01`")).isEmpty();
      assertThat(dates("```\nSELECT * WHERE ts > '2024-01-01'\n```")).isEmpty();
    }

    @Test
    void placesInAMentionOrHashtagAreNoPlaces() {
      assertThat(places("Follow @Moscow_news and #Paris2024")).isEmpty();
    }
  }

  @Nested
  class TelegramsOwnEntities {
    private Message message(String text, List<TextEntity> entities, List<Hashtag> hashtags) {
      return Message.builder().text(text).source(new SourceRef("test", 1, 1)).entities(entities)
          .hashtagEntities(hashtags).build();
    }

    @Test
    void aHashtagInInlineCodeIsNoHashtag() {
      String text = "Project #1_开源项目 list";
      int s = text.indexOf('#');
      Message m = message(text, List.of(TextEntity.of("#1_开源项目", s, s + 8, "code")), List.of());
      Message out = X.enrich(m, true);
      assertThat(out.hashtagEntities()).isEmpty();
    }

    @Test
    void anAdblockRuleInAPreBlockIsNoLink() {
      String text = "Filter:\nwww.youtube.com##+js(nano-stb)\nEnd";
      int s = text.indexOf("www");
      int e = text.indexOf("\nEnd");
      Message m = message(text, List.of(TextEntity.of(text.substring(s, e), s, e, "pre")), List.of());
      assertThat(X.enrich(m, true).links()).isEmpty();
    }

    @Test
    void aPythonDecoratorIsNoMentionWhereTelegramMarkedNone() {
      Message m = message("@cuda.jit\ndef kernel(): pass", List.of(), List.of());
      assertThat(X.enrich(m, true).mentions()).isEmpty();
      // Plain text has no such list: there the extractor finds what Telegram would.
      assertThat(X.enrich(m, false).mentions()).extracting(Entity::text).containsExactly("@cuda");
    }

    @Test
    void theExportsHashtagsStayAndDatesAndPlacesAreFoundOutsideCode() {
      String text = "#news In Moscow on 20 March 2023: `2024-01-01`";
      int c = text.indexOf('`');
      Message m = message(text, List.of(TextEntity.of(text.substring(c), c, text.length(), "code")),
          List.of(new Hashtag("#news", 0, 5, "news", null)));
      Message out = X.enrich(m, true);
      assertThat(out.hashtagEntities()).extracting(Entity::text).containsExactly("#news");
      assertThat(out.dates()).extracting(DateMention::value).containsExactly("2023-03-20");
      assertThat(out.places()).extracting(Place::name).containsExactly("Moscow");
    }

    @Test
    void extractAroundLeavesTheFourKindsEmpty() {
      Entities e = X.extractAround("#tag @user https://x.org in Paris", null, List.of());
      assertThat(e.hashtags()).isEmpty();
      assertThat(e.mentions()).isEmpty();
      assertThat(e.links()).isEmpty();
      assertThat(e.places()).extracting(Place::name).containsExactly("Paris");
    }

    @Test
    void theDesktopFormatsCarryTelegramsEntities() {
      assertThat(Extractor.carriesTelegramEntities("desktop-json")).isTrue();
      assertThat(Extractor.carriesTelegramEntities("desktop-html")).isTrue();
      assertThat(Extractor.carriesTelegramEntities("text")).isFalse();
      assertThat(Extractor.carriesTelegramEntities("tme")).isFalse();
    }
  }

  @Nested
  class CapitalsAndShouting {
    @Test
    void joinUsIsNoUnitedStates() {
      assertThat(places("🚀 JOIN US @cryptowhales_official 🚀")).isEmpty();
      assertThat(places("Sanctions by the US and the UK")).containsExactly("US=US", "UK=GB");
    }

    @Test
    void otaIsNoOta() {
      assertThat(places("OTA UPDATE 📲 Pixel devices")).isEmpty();
    }

    @Test
    void mauIsNoMau() {
      assertThat(places("30M MAU on Solana apps")).isEmpty();
    }

    @Test
    void gujratInShoutingTextIsNoPlaceInPakistan() {
      assertThat(places("GUJRAT BOARD RESULT 2024 DECLARED")).isEmpty();
    }

    @Test
    void aCapitalInADatelineStays() {
      assertThat(places("GENEVA, 12 March (Reuters) - Talks resumed.")).containsExactly("GENEVA=CH");
    }
  }

  @Nested
  class CommonWordsAndNames {
    @Test
    void portlandSlagCementIsNoPlace() {
      assertThat(places("🏗 Portland slag cement, 50 kg bags")).isEmpty();
    }

    @Test
    void suratAlArafIsNoSurat() {
      assertThat(places("We continue with Sūrat al-Aʿrāf, verses 54-56")).isEmpty();
    }

    @Test
    void azZubayrThePersonIsNoTownInIraq() {
      assertThat(places("Sheikh Abdullah Az-Zubayr will answer questions")).isEmpty();
      assertThat(places("Az-Zubayr ibn al-Awwam was a companion")).isEmpty();
      assertThat(places("الزبير بن العوام رضي الله عنه")).isEmpty();
    }

    @Test
    void samoeIsNoSamoa() {
      assertThat(places("Самое главное — не опоздать.")).isEmpty();
    }

    @Test
    void rovnoMesyatsNazadIsNoRivne() {
      assertThat(places("Ровно месяц назад мы переехали.")).isEmpty();
    }

    @Test
    void reshtaIsNoRasht() {
      assertThat(places("Решта — у коментарях 👇")).isEmpty();
      assertThat(places("Решта новин — завтра.")).isEmpty();
    }

    @Test
    void salvadorDaliIsNoElSalvador() {
      assertThat(places("виставка графіки Сальвадора Далі")).isEmpty();
      assertThat(places("«Сальвадор Дали. Сны и реальность»")).isEmpty();
    }

    @Test
    void anAmbiguousNameTakesACue() {
      assertThat(places("أذان المغرب في القاهرة 6:04 مساءً")).containsExactly("القاهرة=EG");
      assertThat(places("عاد اللاعب إلى المغرب أمس")).containsExactly("المغرب=MA");
      assertThat(places("قصف على دمشق وحمص")).containsExactly("دمشق=SY", "حمص=SY");
      assertThat(places("حمص بطحينة")).isEmpty();
    }

    @Test
    void clubsTitlesAndOrganisationsAreNoPlaces() {
      assertThat(places("FULL TIME: Reading 2-1 Portsmouth")).isEmpty();
      assertThat(places("«Краснодар» — «Зенит» 2:1")).isEmpty();
      assertThat(places("The Bank of England held rates")).isEmpty();
      assertThat(places("Singapore Airlines shares fell")).isEmpty();
      assertThat(places("北京大学2024年本科招生简章发布")).isEmpty();
      assertThat(places("🎓 اطلاعیه دانشگاه تهران")).isEmpty();
      assertThat(places("تخفیف ویژه ایران\u200cخودرو")).isEmpty();
    }
  }

  @Nested
  class PinLines {
    @Test
    void aPinHeadingIsNoDateline() {
      for (String text : List.of("📍 RAMAḌĀN REMINDERS :", "📍UPPSC AE ADMIT CARD OUT", "Brunch\n📍 The Pool Marbella")) {
        Entities e = X.extract(text);
        assertThat(e.dateline()).as(text).isNull();
        assertThat(e.places()).as(text).noneMatch(p -> p.placeKind() == Place.PlaceKind.DATELINE);
      }
    }

    @Test
    void aPinLineWithADateIsADateline() {
      Entities e = X.extract("📍 Moscow, March 20, 2023\nText");
      assertThat(e.dateline().place().name()).isEqualTo("Moscow");
    }
  }

  @Nested
  class DateForms {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "国家统计局2023年11月16日发布|2023年11月16日=2023-11-16",
        "本频道将于 2025 年 9 月 起停止更新|2025 年 9 月=2025-09",
        "2024 年，我们共发布了|2024 年=2024",
        "华为将于11月26日在上海|11月26日=--11-26",
        "定于2025年10月1日至2日举行|2025年10月1日至2日=2025-10-01/2025-10-02",
        "报告显示，2022年至2023年|2022年至2023年=2022/2023",
        "He played from 1986 - 2022.|1986 - 2022=1986/2022",
        "Revenue 2022-2023 grew|2022-2023=2022/2023",
        "в 2020-21 гг. смертность|2020-21 гг.=2020/2021",
        "в 2028-29 году|2028-29 году=2028/2029",
        "Сезон 2024/25 продолжается|2024/25=2024/2025",
        "Ремонт продлится до 27.10 у Львові|27.10=--10-27",
        "з 6.06 вона стане|6.06=--06-06",
        "Exam date: 18/9/2022|18/9/2022=2022-09-18",
        "Posted on 8/18/2009 by admin|8/18/2009=2009-08-18",
        "Работает в 2007 году|2007 году=2007",
        "фотографии из 2002 — боже|2002=2002",
        "his first novel (1987).|1987=1987",
        "28-е августа — день|28-е августа=--08-28",
        "з 2022 року|2022 року=2022",
        "у 1991 році|1991 році=1991",
        "2022-2023 рр. скоротився|2022-2023 рр.=2022/2023",
        "з 15 травня по 25 червня|з 15 травня по 25 червня=--05-15/--06-25",
        "در ۱۵ اگست ۲۰۲۱ سقوط|۱۵ اگست ۲۰۲۱=2021-08-15",
        "دسامبر ۲۰۲۴|دسامبر ۲۰۲۴=2024-12",
        "في 7 أكتوبر 2023|7 أكتوبر 2023=2023-10-07",
        "في 10 تشرين الثاني 2024|10 تشرين الثاني 2024=2024-11-10",
        "حزيران 2017|حزيران 2017=2017-06",
        "٢٠ مارس ٢٠٢٣|٢٠ مارس ٢٠٢٣=2023-03-20",
        "الاثنين 11 مارس 2024م|الاثنين 11 مارس 2024م=2024-03-11",
        "بين 2018 و2023؟|2018=2018"})
    void isRead(String text, String expected) {
      assertThat(dates(text)).first().isEqualTo(expected);
    }

    @Test
    void firstAndSecondNovemberIsOneRange() {
      assertThat(dates("held on 1st & 2nd November, 2022 at"))
          .containsExactly("1st & 2nd November, 2022=2022-11-01/2022-11-02");
    }

    @Test
    void aHijriYearIsNoGregorianYear() {
      assertThat(dates("The mosque was built in 1375 AH.")).isEmpty();
      assertThat(dates("الجمعة 12 رجب 1445 هـ")).isEmpty();
      assertThat(dates("Рамадан 1445 г. х. начнётся")).isEmpty();
      assertThat(dates("در سال ۱۴۰۲ تورم")).isEmpty();
      assertThat(dates("۱۴۰۲/۰۷/۱۵")).isEmpty();
    }

    @Test
    void timesVersionsAndSizesAreNoDayAndMonth() {
      assertThat(dates("Сегодня в 12.05 эфир")).isEmpty();
      assertThat(dates("Python 3.12 support")).isEmpty();
      assertThat(dates("Ubuntu 24.04 LTS")).isEmpty();
      assertThat(dates("Оновлення важить 1.12 ГБ")).isEmpty();
      assertThat(dates("pip install tgkit==2.1.2023")).isEmpty();
    }
  }

  @Nested
  class PlaceNames {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Мы живём в Марбейе|Марбейе=ES",
        "Відпочинок у Марбельї|Марбельї=ES",
        "Повітряна тривога у Києві|Києві=UA",
        "Новини з Харкова|Харкова=UA",
        "біля Авдіївки|Авдіївки=UA",
        "Pilgrims arrive in Makkah|Makkah=SA",
        "法国总统访问|法国=FR",
        "عاد إلى بيروت|بيروت=LB",
        "بحث الوزير بدمشق|دمشق=SY",
        "سفر به تهران|تهران=IR"})
    void isFound(String text, String expected) {
      assertThat(places(text)).containsExactly(expected);
    }

    @Test
    void aChineseDemonymIsNoPlace() {
      assertThat(places("中国人喜欢喝茶")).isEmpty();
    }
  }
}
