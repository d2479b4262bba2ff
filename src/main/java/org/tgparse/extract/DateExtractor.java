package org.tgparse.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.tgparse.model.DateMention;

/**
 * Calendar dates mentioned in English, Russian, Ukrainian, Chinese, Arabic and Persian text. Stateless and
 * thread-safe.
 *
 * <p>Offsets are UTF-16 code units into the text, half-open (Java {@link String} indices). Dates never overlap and
 * come in text order. Values are ISO: {@code yyyy} (precision YEAR), {@code yyyy-MM} (MONTH), {@code yyyy-MM-dd}
 * (DAY), or {@code --MM-dd} for a year-less day with nothing to take the year from.
 *
 * <h2>Forms read</h2>
 * <ul>
 *   <li>Month first (English): {@code March 20, 2023}, {@code Mar. 20}, {@code March 20th 2023},
 *       {@code Sunday, March, 6th 2016}, {@code August-10, 2012}, {@code August/10/2012}.</li>
 *   <li>Day first (English and Russian): {@code 20 March 2023}, {@code 6th of March}, {@code 20 марта 2023 г.},
 *       {@code 1 января}, {@code 24-го октября}, {@code 10-августа-2012}, {@code 10/августа/2012}.</li>
 *   <li>Month and year: {@code January 2022}, {@code August, 2012}, {@code в марте 2023 года} (the span is
 *       {@code марте 2023 года}), and month ranges {@code January–March 2023} (endValue {@code 2023-03}).</li>
 *   <li>Numeric: {@code 20.03.2023} (day.month.year, as Russian writes it), {@code 2023-03-20},
 *       {@code 2023/03/20}, {@code 20-3-2023}, and slash dates in the order the numbers allow ({@code 18/9/2022},
 *       {@code 8/18/2009}; when both could be the month, month first in Latin-script text and day first
 *       elsewhere); {@code 27.10} without a year when the month has two digits and no time word, version or unit
 *       is next to it (issue 13).</li>
 *   <li>Chinese: {@code 2023年11月16日}, {@code 2025 年 9 月}, {@code 2024 年}, {@code 11月16日}, and ranges with
 *       {@code 至} or {@code 到}. Arabic and Persian month names of the Gregorian calendar ({@code 16 يونيو 2024},
 *       {@code 10 تشرين الثاني 2024}, {@code دسامبر ۲۰۲۴}) with Arabic-Indic or Persian digits; Ukrainian months
 *       and year words ({@code у 1991 році}, {@code 2022-2023 рр.}). Years marked as Hijri ({@code 1375 AH},
 *       {@code 1445 هـ}) are no dates.</li>
 *   <li>Day ranges: {@code August 10 - 22, 2012}, {@code August 10 to 22, 2012}, {@code Aug 10 - Nov 12, 2013},
 *       {@code 10 - 22 августа 2012}, {@code с 10 по 22 августа 2012} (a {@code с}/{@code from} that opens a range
 *       closed by {@code по}/{@code до}/{@code to}/{@code until} belongs to it), {@code 10 августа - 12 сентября};
 *       value is the first day and endValue the last. A year written at one end applies to both.</li>
 *   <li>A weekday directly before a day belongs to it: {@code Monday, March 20}, {@code Четверг, 10 января}.</li>
 *   <li>Russian month names in every case form ({@code январь}, {@code января}, {@code январе}, {@code январю},
 *       {@code январём}) and abbreviations ({@code янв}, {@code фев.}, {@code сент.}), in any letter case. English
 *       month and weekday names must be capitalised ({@code May 9}, not {@code may 9}); abbreviations may carry a
 *       full stop ({@code Mar.}). A Russian year word after the year is part of the date: {@code г.}, {@code гг.},
 *       {@code год}, {@code года}, {@code году}, ..., also {@code 2022-м году}.</li>
 * </ul>
 *
 * <h2>Bare years</h2>
 * A four-digit number from 1000 to 2199, standing alone (no letter, digit, {@code $}, {@code #}, {@code /} or
 * decimal point glued to it, not followed by {@code %}), is a year when
 * <ol>
 *   <li>a Russian year word follows it: {@code 1944 году}, {@code 2023 г.}, {@code 2025–2026 гг.}; or</li>
 *   <li>{@code year} or {@code years} precedes it: {@code The year 2022 saw}; or</li>
 *   <li>a temporal preposition precedes it (English {@code in since until till before after during circa early mid
 *       late spring summer autumn fall winter}; Russian {@code в во с со до после к ко}), or it continues a list of
 *       years ({@code 2025 and 2026}, {@code 2014, 2015}, {@code 2014 и 2015}), or a weaker preposition precedes it
 *       ({@code of for to from by between through around than}; {@code по от на между за}) and it is not a round
 *       hundred ({@code of 2000} could be a count) &mdash; and in each of these cases the next word is not a
 *       lower-case noun: only punctuation, the end of the text, a capitalised word or a function word ({@code and},
 *       {@code the}, {@code was}, {@code и}, {@code по}, ...) may follow, so {@code in 1500 cases} and
 *       {@code до 2000 человек} are counts.</li>
 * </ol>
 * Two years joined by a dash under the same rule form a range: {@code 2025–2026 гг.} (value {@code 2025}, endValue
 * {@code 2026}). Any other four-digit number ({@code 1000 people}, {@code 2022} at the start of a line) is no date.
 *
 * <h2>Year-less days</h2>
 * A day without a year ({@code April 24}) takes its year from {@code reference}; when that is null, from the
 * nearest earlier date in the same text with a written year and a day. Of the reference's year and the years
 * either side, the one that puts the day nearest to the reference wins (Chrono's rule; ties keep the reference's
 * year), and {@link DateMention#yearInferred()} is true. With nothing to take the year from the value stays
 * year-less: {@code --04-24}.
 *
 * <h2>Not dates</h2>
 * Impossible days ({@code February 29, 2023}, {@code April 31}, {@code 32 августа}; a year-less 29 February only
 * when the year it gets is a leap year, or when there is no reference), times ({@code 12:30}), decimals
 * ({@code 9.4 percent}), document symbols ({@code A/RES/73/127}), counts ({@code 30 years}, {@code 5 Nuclear-Weapon
 * States}, {@code in 9 months}), money ({@code $5 billion}), list numbers ({@code 1. The root causes}), phone
 * numbers, two-digit years, bare month names ({@code in August}), relative words ({@code yesterday},
 * {@code завтра}) and days written as words ({@code May eighth}). A round hundred after a month or day that a
 * lower-case noun follows is a count, not the year: {@code In May 2000 people}, {@code On March 20, 1500 people}
 * (the latter still gives the year-less {@code March 20}).
 *
 * <p>The scan stops only at ASCII digits and looks a bounded distance around each digit run, so it is linear in
 * the length of the text.
 */
public final class DateExtractor {
  private DateExtractor() {
  }

  /**
   * Finds the dates in a text.
   *
   * @param text any text
   * @param reference the date year-less dates take their year from (the post's own date or its dateline's), or
   *     null to take it from the nearest earlier full date in the text, if any
   * @return the dates, in text order, without overlaps; empty when there are none
   * @throws NullPointerException if text is null
   */
  public static List<DateMention> extract(String text, LocalDate reference) {
    return extract(Objects.requireNonNull(text, "text").toCharArray(), reference);
  }

  /** {@link #extract} over the text's characters, which the caller made once for every extractor. */
  static List<DateMention> extract(char[] text, LocalDate reference) {
    int first = DateScanner.nextDigit(text, 0);
    if (first == text.length) {
      // Every date form has a digit.
      return List.of();
    }
    return List.copyOf(new DateScanner(text, reference).run(first));
  }

  /**
   * @param date a date mention
   * @return its day when it has day precision and a year, else null
   */
  public static LocalDate toLocalDate(DateMention date) {
    if (date.precision() != org.tgparse.model.DatePrecision.DAY || date.value().startsWith("--")) {
      return null;
    }
    return LocalDate.parse(date.value());
  }
}
