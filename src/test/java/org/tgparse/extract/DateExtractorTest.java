package org.tgparse.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.tgparse.model.DateMention;
import org.tgparse.model.DatePrecision;

class DateExtractorTest {
  private static final LocalDate REF = LocalDate.of(2023, 4, 24);

  /** Each date as {@code text=value}, {@code ..endValue} for a range, {@code ~} when the year was inferred. */
  static List<String> dates(String text, LocalDate reference) {
    List<DateMention> found = DateExtractor.extract(text, reference);
    List<String> out = new ArrayList<>();
    for (DateMention d : found) {
      assertThat(text.substring(d.start(), d.end())).isEqualTo(d.text());
      out.add(d.text() + "=" + d.value() + (d.endValue() == null ? "" : ".." + d.endValue())
          + (d.yearInferred() ? "~" : ""));
    }
    return out;
  }

  static List<String> dates(String text) {
    return dates(text, null);
  }

  static DateMention only(String text, LocalDate reference) {
    List<DateMention> found = DateExtractor.extract(text, reference);
    assertThat(found).as("dates in %s", text).hasSize(1);
    return found.get(0);
  }

  @Nested
  class MonthFirst {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "📍 Moscow, March 20, 2023|March 20, 2023=2023-03-20",
        "On January 1, 2023, Russia assumed|January 1, 2023=2023-01-01",
        "approved on March 31, 2023.|March 31, 2023=2023-03-31",
        "(New York, July 16, 2024)|July 16, 2024=2024-07-16",
        "Mar. 20, 2023|Mar. 20, 2023=2023-03-20",
        "Nov 12, 2011|Nov 12, 2011=2011-11-12",
        "Sept. 1 2022|Sept. 1 2022=2022-09-01",
        "MARCH 20, 2023|MARCH 20, 2023=2023-03-20",
        "March 20th, 2023|March 20th, 2023=2023-03-20",
        "August 1st 2012|August 1st 2012=2012-08-01",
        "August-10, 2012|August-10, 2012=2012-08-10",
        "August/10/2012|August/10/2012=2012-08-10",
        "August 10,2012|August 10,2012=2012-08-10",
        "Sunday, March, 6th 2016|Sunday, March, 6th 2016=2016-03-06"})
    void withYear(String text, String expected) {
      assertThat(dates(text)).containsExactly(expected);
      assertThat(only(text, null).precision()).isEqualTo(DatePrecision.DAY);
      assertThat(only(text, null).yearInferred()).isFalse();
    }

    @Test
    void englishMonthNamesMustBeCapitalised() {
      assertThat(dates("it may 20 percent")).isEmpty();
      assertThat(dates("the long march 20 km away")).isEmpty();
      assertThat(dates("May 9 is Victory Day", REF)).containsExactly("May 9=2023-05-09~");
    }

    @Test
    void aCommaAfterTheMonthNeedsAnOrdinalOrAYear() {
      assertThat(dates("In March, 6 people were hurt.")).isEmpty();
      assertThat(dates("March, 6th 2016")).containsExactly("March, 6th 2016=2016-03-06");
      assertThat(dates("March, 6, 2016")).containsExactly("March, 6, 2016=2016-03-06");
    }

    @Test
    void aFullStopOnlyAfterAnAbbreviation() {
      assertThat(dates("He left in March. 20 people stayed.")).isEmpty();
      assertThat(dates("Mar. 20", REF)).containsExactly("Mar. 20=2023-03-20~");
    }

    @Test
    void notADayWhenATimeDecimalOrPercentFollows() {
      assertThat(dates("March 12:30")).isEmpty();
      assertThat(dates("March 5.5 percent")).isEmpty();
      assertThat(dates("March 5% growth")).isEmpty();
      assertThat(dates("March 5G network")).isEmpty();
    }
  }

  @Nested
  class DayFirst {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "20 March 2023|20 March 2023=2023-03-20",
        "20 Mar. 2023|20 Mar. 2023=2023-03-20",
        "the 20th of March 2023|20th of March 2023=2023-03-20",
        "20 марта 2023 г.|20 марта 2023 г.=2023-03-20",
        "20 марта 2023г.|20 марта 2023г.=2023-03-20",
        "20 марта 2023 года в Москве|20 марта 2023 года=2023-03-20",
        "МОСКВА, 20 МАРТА 2023 ГОДА.|20 МАРТА 2023 ГОДА=2023-03-20",
        "10-августа-2012|10-августа-2012=2012-08-10",
        "10/августа/2012|10/августа/2012=2012-08-10",
        "24-го октября 2017|24-го октября 2017=2017-10-24",
        "3 фев. 2021|3 фев. 2021=2021-02-03",
        "3 сент. 2021|3 сент. 2021=2021-09-03"})
    void withYear(String text, String expected) {
      assertThat(dates(text)).containsExactly(expected);
    }

    @Test
    void everyRussianCaseFormOfEveryMonth() {
      String[][] forms = {
          {"январь", "января", "январе", "январю", "январём", "январем", "янв"},
          {"февраль", "февраля", "феврале", "февралю", "февралём", "февралем", "фев", "февр"},
          {"март", "марта", "марте", "марту", "мартом", "мар"},
          {"апрель", "апреля", "апреле", "апрелю", "апрелем", "апр"},
          {"май", "мая", "мае", "маю", "маем"},
          {"июнь", "июня", "июне", "июню", "июнем", "июн"},
          {"июль", "июля", "июле", "июлю", "июлем", "июл"},
          {"август", "августа", "августе", "августу", "августом", "авг"},
          {"сентябрь", "сентября", "сентябре", "сентябрю", "сентябрём", "сентябрем", "сен", "сент"},
          {"октябрь", "октября", "октябре", "октябрю", "октябрём", "октябрем", "окт"},
          {"ноябрь", "ноября", "ноябре", "ноябрю", "ноябрём", "ноябрем", "ноя", "нояб"},
          {"декабрь", "декабря", "декабре", "декабрю", "декабрём", "декабрем", "дек"}};
      for (int m = 1; m <= 12; m++) {
        String mm = (m < 10 ? "0" : "") + m;
        for (String form : forms[m - 1]) {
          assertThat(dates("5 " + form + " 2023")).as(form).containsExactly("5 " + form + " 2023=2023-" + mm + "-05");
          String capital = Character.toUpperCase(form.charAt(0)) + form.substring(1);
          assertThat(dates("в " + capital + " 2021 года")).as(capital)
              .containsExactly(capital + " 2021 года=2021-" + mm);
        }
      }
      assertThat(dates("5 январ 2023")).as("truncated month").isEmpty();
      assertThat(dates("5 январями 2023")).as("not a month form").isEmpty();
    }

    @Test
    void yearLessRussianDay() {
      assertThat(dates("1 января", REF)).containsExactly("1 января=2023-01-01~");
      assertThat(dates("1 января")).containsExactly("1 января=--01-01");
    }

    @Test
    void numbersBeforeOtherWordsAreNoDays() {
      assertThat(dates("5 Nuclear-Weapon States")).isEmpty();
      assertThat(dates("30 years")).isEmpty();
      assertThat(dates("in 9 months")).isEmpty();
      assertThat(dates("Article 51 of the UN Charter")).isEmpty();
      assertThat(dates("20 may be more")).isEmpty();
      assertThat(dates("5 марток")).isEmpty();
    }
  }

  @Nested
  class MonthAndYear {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "was adopted in January 2022.|January 2022=2022-01",
        "(July 2017)|July 2017=2017-07",
        "in August, 2012, probably|August, 2012=2012-08",
        "в марте 2023 года|марте 2023 года=2023-03",
        "с мая 2020 года|мая 2020 года=2020-05",
        "Dec. 2021|Dec. 2021=2021-12",
        "January–March 2023|January–March 2023=2023-01..2023-03",
        "в январе-марте 2023 года|январе-марте 2023 года=2023-01..2023-03"})
    void read(String text, String expected) {
      assertThat(dates(text)).containsExactly(expected);
      assertThat(DateExtractor.extract(text, null).get(0).precision()).isEqualTo(DatePrecision.MONTH);
    }

    @Test
    void aRoundHundredBeforeANounIsACount() {
      assertThat(dates("In May 2000 people marched")).isEmpty();
      assertThat(dates("в мае 2000 человек вышли")).isEmpty();
      assertThat(dates("In May 2000 the")).containsExactly("May 2000=2000-05");
      assertThat(dates("в мае 2000 года")).containsExactly("мае 2000 года=2000-05");
      assertThat(dates("In May 2001 people")).containsExactly("May 2001=2001-05");
      assertThat(dates("On March 20, 1500 people gathered", REF)).containsExactly("March 20=2023-03-20~");
      assertThat(dates("On March 20, 2000, people gathered")).containsExactly("March 20, 2000=2000-03-20");
    }

    @Test
    void notAfterAnImpossibleDay() {
      assertThat(dates("32 августа 2014")).isEmpty();
      assertThat(dates("August 32, 2014")).isEmpty();
      assertThat(dates("0 March 2014")).isEmpty();
    }

    @Test
    void aBackwardMonthRangeIsJustTheMonth() {
      assertThat(dates("March–January 2023")).containsExactly("January 2023=2023-01");
    }
  }

  @Nested
  class Numeric {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "20.03.2023|20.03.2023=2023-03-20",
        "1.3.2023 г.|1.3.2023 г.=2023-03-01",
        "2023-03-20|2023-03-20=2023-03-20",
        "(2023-03-20T10:00)|2023-03-20=2023-03-20",
        "на 10.08.2012.|10.08.2012=2012-08-10",
        // Issue 13: slash dates are read, in the order the numbers allow (20 is no month).
        "03/20/2023|03/20/2023=2023-03-20"})
    void read(String text, String expected) {
      assertThat(dates(text)).containsExactly(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"31.02.2023", "20.13.2023", "2023-02-30", "2023-13-01", "v20.03.2023", "1.20.03.2023",
        "20.03.2023.1", "20.03.20231", "20.03.23", "2023-03-201", "20.03.0999", "+7 (495) 244-16-06",
        "8-800-2022-03-20", "1.2.3.4.2020"})
    void notDates(String text) {
      assertThat(dates(text)).isEmpty();
    }
  }

  @Nested
  class BareYears {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Main Foreign Policy Outcomes of 2022⚡️|2022=2022",
        "#OnThisDay in 1944, Minsk was liberated|1944=1944",
        "In 2022, three of the 11 listed barriers|2022=2022",
        "as compared to 2021:|2021=2021",
        "The year 2022 saw history-making events|2022=2022",
        "our country in 2015.|2015=2015",
        "since 1991 the|1991=1991",
        "(in 2000)|2000=2000",
        "в 1944 году|1944 году=1944",
        "в 2022 г. Москва|2022 г.=2022",
        "в 2022-м году|2022-м году=2022",
        "2023 год стал|2023 год=2023",
        "к 2030 году|2030 году=2030",
        "2025–2026 гг.|2025–2026 гг.=2025..2026",
        "в 2014-2016 годах|2014-2016 годах=2014..2016",
        "in 2014 – 2016, when|2014 – 2016=2014..2016",
        "by 2030 Russia|2030=2030",
        "in 2022 the GDP grew|2022=2022"})
    void read(String text, String expected) {
      assertThat(dates(text)).containsExactly(expected);
      assertThat(DateExtractor.extract(text, null).get(0).precision()).isEqualTo(DatePrecision.YEAR);
    }

    @Test
    void listsOfYears() {
      assertThat(dates("Cooperation for 2025 and 2026 that we will sign"))
          .containsExactly("2025=2025", "2026=2026");
      assertThat(dates("in 2014, 2015 and 2016")).containsExactly("2014=2014", "2015=2015", "2016=2016");
      assertThat(dates("в 2014 и 2015 годах")).containsExactly("2014=2014", "2015 годах=2015");
      assertThat(dates("from 2014 to 2022.")).containsExactly("2014=2014", "2022=2022");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "1000 people", "2022 was a year", "for 1000 people", "of 2000 participants", "in 1500 cases",
        "до 2000 человек", "в 1500 км", "between 1000 and 2000 people", "by 1500 tonnes", "to 2000.",
        "in 2022% of", "in 2022.5", "in 2,022", "in 2022nd place", "the 1990s", "in 999", "in 2200", "in 12000",
        "№ 2022", "#2022", "$2022", "in A-2022", "in 2022/24", "code 2022", "2022", "in 2022:30", "in\n2022",
        "in 2014-16", "in 1990-е годы"})
    void notYears(String text) {
      assertThat(dates(text)).isEmpty();
    }

    @Test
    void aListNeedsItsFirstYear() {
      assertThat(dates("for 1000 and 2000 people")).isEmpty();
      assertThat(dates("2015 and 2016")).isEmpty();
    }
  }

  @Nested
  class Ranges {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "August 10 - 22, 2012|August 10 - 22, 2012=2012-08-10..2012-08-22",
        "August 10–22, 2012|August 10–22, 2012=2012-08-10..2012-08-22",
        "August 10 to 22, 2012|August 10 to 22, 2012=2012-08-10..2012-08-22",
        "Aug 10 - Nov 12, 2013|Aug 10 - Nov 12, 2013=2013-08-10..2013-11-12",
        "Dec 20 - Jan 5, 2013|Dec 20 - Jan 5, 2013=2012-12-20..2013-01-05",
        "10 - 22 августа 2012|10 - 22 августа 2012=2012-08-10..2012-08-22",
        "с 10 по 22 августа 2012|с 10 по 22 августа 2012=2012-08-10..2012-08-22",
        "from 10 to 22 August 2012|from 10 to 22 August 2012=2012-08-10..2012-08-22",
        "10 августа - 12 сентября 2013|10 августа - 12 сентября 2013=2013-08-10..2013-09-12",
        "с 10 августа по 12 сентября 2013 г.|с 10 августа по 12 сентября 2013 г.=2013-08-10..2013-09-12",
        "22-23 фев 2016|22-23 фев 2016=2016-02-22..2016-02-23"})
    void read(String text, String expected) {
      assertThat(dates(text)).containsExactly(expected);
    }

    @Test
    void yearLessRangeTakesTheReferenceYear() {
      assertThat(dates("August 10 - November 12", LocalDate.of(2012, 8, 10)))
          .containsExactly("August 10 - November 12=2012-08-10..2012-11-12~");
      assertThat(dates("December 28 - January 3", LocalDate.of(2023, 12, 1)))
          .containsExactly("December 28 - January 3=2023-12-28..2024-01-03~");
      assertThat(dates("10 августа - 12 сентября")).containsExactly("10 августа - 12 сентября=--08-10..--09-12");
    }

    @Test
    void aBackwardOrImpossibleRangeIsNoRange() {
      assertThat(dates("August 22 - 10, 2012", LocalDate.of(2012, 8, 1))).containsExactly("August 22=2012-08-22~");
      assertThat(dates("August 10 - 32, 2012", LocalDate.of(2012, 8, 1))).containsExactly("August 10=2012-08-10~");
      assertThat(dates("22 - 10 августа 2012")).isEmpty();
    }

    @Test
    void sinceAloneIsNotPartOfTheDate() {
      assertThat(dates("с 10 августа 2012 года")).containsExactly("10 августа 2012 года=2012-08-10");
      assertThat(dates("from August 10, 2012")).containsExactly("August 10, 2012=2012-08-10");
    }
  }

  @Nested
  class Weekdays {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Monday, March 20, 2023|Monday, March 20, 2023=2023-03-20",
        "on Tuesday, January 10|Tuesday, January 10=2024-01-10~",
        "Sun, Mar. 6, 2016|Sun, Mar. 6, 2016=2016-03-06",
        "Monday 20 March 2023|Monday 20 March 2023=2023-03-20",
        "Дедлайн Четверг, 10 января|Четверг, 10 января=2024-01-10~",
        "в среду, 5 апреля 2023 г.|среду, 5 апреля 2023 г.=2023-04-05"})
    void belongToTheDate(String text, String expected) {
      assertThat(dates(text, LocalDate.of(2023, 8, 10))).containsExactly(expected);
    }

    @Test
    void lowerCaseEnglishWeekdayOrOtherWordsStayOut() {
      assertThat(dates("the sun, March 20, 2023")).containsExactly("March 20, 2023=2023-03-20");
      assertThat(dates("Moscow, March 20, 2023")).containsExactly("March 20, 2023=2023-03-20");
    }
  }

  @Nested
  class YearInference {
    @Test
    void fromTheReference() {
      DateMention d = only("Today, on April 24, FM Sergey Lavrov", REF);
      assertThat(d.value()).isEqualTo("2023-04-24");
      assertThat(d.yearInferred()).isTrue();
      assertThat(d.precision()).isEqualTo(DatePrecision.DAY);
    }

    @Test
    void closestYearToTheReference() {
      assertThat(dates("January 3", LocalDate.of(2023, 12, 30))).containsExactly("January 3=2024-01-03~");
      assertThat(dates("December 30", LocalDate.of(2024, 1, 2))).containsExactly("December 30=2023-12-30~");
      assertThat(dates("The Deadline is Tuesday, January 10", LocalDate.of(2012, 8, 10)))
          .containsExactly("Tuesday, January 10=2013-01-10~");
      assertThat(dates("January 1st", LocalDate.of(2016, 2, 15))).containsExactly("January 1st=2016-01-01~");
      assertThat(dates("June 1", LocalDate.of(2023, 6, 1))).containsExactly("June 1=2023-06-01~");
    }

    @Test
    void fromTheNearestEarlierFullDateWithoutReference() {
      assertThat(dates("(Astana, November 7, 2024) ... scheduled for November 27."))
          .containsExactly("November 7, 2024=2024-11-07", "November 27=2024-11-27~");
      assertThat(dates("December 12, 2018 ... March 31, 2023 ... on April 24, FM"))
          .containsExactly("December 12, 2018=2018-12-12", "March 31, 2023=2023-03-31", "April 24=2023-04-24~");
      assertThat(dates("On December 28, 2023 ... on January 2"))
          .containsExactly("December 28, 2023=2023-12-28", "January 2=2024-01-02~");
    }

    @Test
    void theReferenceWinsOverEarlierDates() {
      assertThat(dates("March 31, 2020 ... on April 24", REF))
          .containsExactly("March 31, 2020=2020-03-31", "April 24=2023-04-24~");
    }

    @Test
    void monthsAndYearsAreNoFullDates() {
      assertThat(dates("In January 2022 and in 2021 ... on April 24"))
          .containsExactly("January 2022=2022-01", "2021=2021", "April 24=--04-24");
    }

    @Test
    void yearLessWithoutAnyReference() {
      DateMention d = only("scheduled for November 27.", null);
      assertThat(d.value()).isEqualTo("--11-27");
      assertThat(d.yearInferred()).isFalse();
      assertThat(d.precision()).isEqualTo(DatePrecision.DAY);
      assertThat(DateExtractor.toLocalDate(d)).isNull();
    }

    @Test
    void leapDay() {
      assertThat(dates("February 29")).containsExactly("February 29=--02-29");
      assertThat(dates("February 29", LocalDate.of(2024, 5, 1))).containsExactly("February 29=2024-02-29~");
      // The closest year is chosen first, then checked, as Chrono does.
      assertThat(dates("February 29", LocalDate.of(2014, 8, 10))).isEmpty();
      assertThat(dates("29 февраля", LocalDate.of(2013, 8, 10))).isEmpty();
      assertThat(dates("February 29, 2024")).containsExactly("February 29, 2024=2024-02-29");
    }
  }

  @Nested
  class ImpossibleDates {
    @ParameterizedTest
    @ValueSource(strings = {"February 29, 2023", "April 31", "April 31, 2023", "31 апреля", "32 августа",
        "August 32", "0 марта", "March 0", "February 30", "29 февраля 2014", "August 32, 2014", "June 31 2021"})
    void areNoDates(String text) {
      assertThat(dates(text)).isEmpty();
      assertThat(dates(text, REF)).isEmpty();
    }
  }

  @Nested
  class NotDates {
    @ParameterizedTest
    @ValueSource(strings = {"grew by 9.4 percent", "reached 11.5 trillion roubles", "resolution A/RES/73/127",
        "the 5 Nuclear-Weapon States", "30 years of attempts", "almost 187 million tonnes", "at 12:30",
        "at 12:30 on", "call +7 495 244-16-06", "1. The root causes", "2. The restoration", "XX Inter-Regional",
        "Article 51 of the UN Charter", "over 75 percent", "5.3 percent in 9 months", "about $5 billion",
        "In the past eight years", "Last year set a record", "#Eurasia4You", "World War II", "12.5 percent",
        "in 2022", "May eighth, 2010", "She is leaving in August.", "завтра", "в прошлом году"})
    void stayOut(String text) {
      if (text.equals("in 2022")) {
        // Control: the same context with a year is a date.
        assertThat(dates(text)).containsExactly("2022=2022");
        return;
      }
      assertThat(dates(text)).isEmpty();
      assertThat(dates(text, REF)).isEmpty();
    }
  }

  @Nested
  class Offsets {
    @Test
    void utf16UnitsHalfOpen() {
      String text = "🇷🇺🇦🇲 📍 Moscow, March 20, 2023";
      DateMention d = only(text, null);
      assertThat(d.start()).isEqualTo(text.indexOf("March"));
      assertThat(d.end()).isEqualTo(text.length());
      assertThat(d.text()).isEqualTo("March 20, 2023");
    }

    @Test
    void textOrderWithoutOverlaps() {
      String text = "On January 1, 2023 (in 2022) и 20.03.2023, 2023-03-20, Monday, April 3 — в 1944 году.";
      List<DateMention> found = DateExtractor.extract(text, null);
      assertThat(found.stream().map(DateMention::text).collect(Collectors.toList())).containsExactly(
          "January 1, 2023", "2022", "20.03.2023", "2023-03-20", "Monday, April 3", "1944 году");
      for (int i = 1; i < found.size(); i++) {
        assertThat(found.get(i).start()).isGreaterThanOrEqualTo(found.get(i - 1).end());
      }
      assertThat(found.get(4).value()).isEqualTo("2023-04-03");
    }

    @Test
    void noDigitsNoDates() {
      assertThat(DateExtractor.extract("", null)).isEmpty();
      assertThat(DateExtractor.extract("March April May", REF)).isEmpty();
      assertThatThrownBy(() -> DateExtractor.extract((String) null, REF)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void toLocalDate() {
      assertThat(DateExtractor.toLocalDate(only("March 20, 2023", null))).isEqualTo(LocalDate.of(2023, 3, 20));
      assertThat(DateExtractor.toLocalDate(only("January 2022", null))).isNull();
      assertThat(DateExtractor.toLocalDate(only("in 1944", null))).isNull();
    }
  }

  @Nested
  class Invariants {
    private final String[] tokens = {"March", "Mar.", "May", "may", "марта", "мае", "фев.", "Monday", "Четверг",
        "in", "of", "for", "в", "с", "по", "до", "and", "to", "year", "году", "г.", "гг.", "-", "–", "/", ".", ",",
        ":", " ", " ", " ", "  ", "\n", "5", "20", "31", "29", "32", "03", "1944", "2022", "2023", "2024", "1000",
        "12.5", "2023-03-20", "20.03.2023", "th", "го", "-го", "$", "#", "%", "people", "the", "T10", "🇷🇺", "x"};

    @Test
    void randomTokenSoup() {
      java.util.Random random = new java.util.Random(20240229L);
      for (int round = 0; round < 20_000; round++) {
        StringBuilder sb = new StringBuilder();
        int count = 1 + random.nextInt(12);
        for (int i = 0; i < count; i++) {
          sb.append(tokens[random.nextInt(tokens.length)]);
        }
        String text = sb.toString();
        LocalDate ref = random.nextBoolean() ? null : LocalDate.of(2000 + random.nextInt(30), 1, 1)
            .plusDays(random.nextInt(366));
        check(text, DateExtractor.extract(text, ref));
      }
    }

    private void check(String text, List<DateMention> found) {
      int last = 0;
      for (DateMention d : found) {
        assertThat(d.start()).as(text).isGreaterThanOrEqualTo(last).isLessThan(d.end());
        assertThat(text.substring(d.start(), d.end())).isEqualTo(d.text());
        last = d.end();
        String pattern = switch (d.precision()) {
          case YEAR -> "\\d{4}";
          case MONTH -> "\\d{4}-\\d{2}";
          case DAY -> "(\\d{4}|-)-\\d{2}-\\d{2}";
        };
        assertThat(d.value()).as(text).matches(pattern);
        if (d.endValue() != null) {
          assertThat(d.endValue()).as(text).matches(pattern);
          if (!d.value().startsWith("--")) {
            assertThat(d.endValue().compareTo(d.value())).as(text).isPositive();
          }
        }
        if (d.precision() == DatePrecision.DAY && !d.value().startsWith("--")) {
          assertThat(DateExtractor.toLocalDate(d)).isNotNull();
        }
        if (d.yearInferred()) {
          assertThat(d.precision()).isEqualTo(DatePrecision.DAY);
          assertThat(d.value()).doesNotStartWith("--");
        }
      }
    }
  }

  @Nested
  class Linear {
    private String repeat(String unit, int size) {
      StringBuilder sb = new StringBuilder(size + unit.length());
      while (sb.length() < size) {
        sb.append(unit);
      }
      return sb.toString();
    }

    @Test
    void aMegabyteOfDigitsAndDots() {
      int mb = 1 << 20;
      assertThat(DateExtractor.extract(repeat("1234567890", mb), null)).isEmpty();
      assertThat(DateExtractor.extract(repeat("1.", mb), null)).isEmpty();
      assertThat(DateExtractor.extract(repeat("12.", mb), null)).isEmpty();
      assertThat(DateExtractor.extract(repeat("1.1.", mb), null)).isEmpty();
      assertThat(DateExtractor.extract(repeat("31.12.", mb), null)).isEmpty();
      assertThat(DateExtractor.extract(repeat("2023.", mb), null)).isEmpty();
      assertThat(DateExtractor.extract(repeat("2023-", mb), null)).isEmpty();
      assertThat(DateExtractor.extract(repeat("20.03.2023.", mb), null)).isEmpty();
      assertThat(DateExtractor.extract(repeat(" ", mb) + "5 марта", null)).hasSize(1);
      assertThat(DateExtractor.extract("5" + repeat(" ", mb) + "марта", null)).isEmpty();
    }

    @Test
    void aMegabyteOfDates() {
      int mb = 1 << 20;
      String unit = "20.03.2023 ";
      String text = repeat(unit, mb);
      assertThat(DateExtractor.extract(text, null)).hasSize(text.length() / unit.length());
      String years = "in 2022, " + repeat("2022, ", mb);
      assertThat(DateExtractor.extract(years, null)).hasSize(1 + (years.length() - 9) / 6);
      String words = repeat("March 5 ", mb);
      assertThat(DateExtractor.extract(words, null)).hasSize(words.length() / 8);
    }
  }
}
