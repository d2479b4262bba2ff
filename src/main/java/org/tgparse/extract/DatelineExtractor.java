package org.tgparse.extract;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.tgparse.model.DateMention;
import org.tgparse.model.DatePrecision;
import org.tgparse.model.Dateline;
import org.tgparse.model.Place;

/**
 * News datelines: where and when a post was written. Three forms are recognised, the first one in the text wins:
 * <ol>
 *   <li>a line that starts with the pin emoji: {@code 📍 Moscow, March 20, 2023}; a pin line without a date
 *       ({@code 📍 RAMADAN REMINDERS :}, {@code 📍 The Pool Marbella}) is a heading, not a dateline;
 *   <li>a line that starts with a place the gazetteer knows, a comma and a date: {@code Moscow, 20 March 2023},
 *       {@code МОСКВА, 20 марта. /ТАСС/} (an agency tag such as {@code /ТАСС/} right after the date belongs to
 *       the dateline);
 *   <li>a place and a date in parentheses at the end of a line: {@code (New York, July 16, 2024)},
 *       {@code (Astana, November 7, 2024)}.
 * </ol>
 * In the first and third form the place may be one the gazetteer does not know ({@code (Novo-Ogaryovo, May 5,
 * 2024)}): its name is then the text as written and it has no country code. The date is what
 * {@link DateExtractor} finds right after the comma, with day or month precision; a year-less date takes its year
 * from {@code reference}. The dateline's text and offsets cover the place and the date (not the emoji and not
 * the parentheses). Stateless and thread-safe.
 *
 * <p>Offsets are UTF-16 code units into the text, half-open.
 */
public final class DatelineExtractor {
  /** The longest place name a dateline may have, in UTF-16 units. */
  private static final int MAX_PLACE = 60;
  /**
   * How much of a line after the comma the date parser sees, in UTF-16 units: more than the longest dateline date
   * ({@code 20 сентября 2023 года}, {@code September 20 - 22, 2023}), so that a long line costs no more.
   */
  private static final int MAX_DATE = 48;
  /** U+1F4CD ROUND PUSHPIN as UTF-16. */
  private static final String PIN = "\uD83D\uDCCD";

  private DatelineExtractor() {
  }

  /**
   * Finds the dateline of a text.
   *
   * @param text any text
   * @param reference the date a year-less dateline takes its year from, or null
   * @return the first dateline, or null when the text has none
   */
  public static Dateline extract(String text, LocalDate reference) {
    return extract(Objects.requireNonNull(text, "text").toCharArray(), reference);
  }

  /** {@link #extract} over the text's characters, which the caller made once for every extractor. */
  static Dateline extract(char[] text, LocalDate reference) {
    int n = text.length;
    int lineStart = 0;
    while (lineStart < n) {
      int lineEnd = Chars.indexOf(text, '\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = n;
      }
      Dateline d = inLine(text, lineStart, lineEnd, reference);
      if (d != null) {
        return d;
      }
      lineStart = lineEnd + 1;
    }
    return null;
  }

  private static Dateline inLine(char[] text, int ls, int le, LocalDate reference) {
    int end = le;
    while (end > ls && Chars.isWhitespace(text[end - 1])) {
      end--;
    }
    int p = skipBlanks(text, ls, end);
    if (p >= end) {
      return null;
    }
    if (Chars.startsWith(text, p, PIN)) {
      int q = p + PIN.length();
      if (q < end && text[q] == '\uFE0F') {
        q++;
      }
      q = skipBlanks(text, q, end);
      // A dateline is a place and a date: "📍 RAMADAN REMINDERS :" or "📍 The Pool Marbella" is a heading.
      Dateline d = placeAndDate(text, q, end, reference, true, false);
      if (d != null) {
        return d;
      }
    } else if (Gazetteer.isUpper(text[p])) {
      Dateline d = placeAndDate(text, p, end, reference, false, false);
      if (d != null) {
        return d;
      }
    }
    if (text[end - 1] == ')') {
      int open = Chars.lastIndexOf(text, '(', end - 1);
      if (open >= ls && end - open <= MAX_PLACE + 40) {
        return placeAndDate(text, open + 1, end - 1, reference, true, true);
      }
    }
    return null;
  }

  /**
   * {@code Place, Date} starting at {@code from}.
   *
   * @param unknownPlaceOk whether a place the gazetteer does not know may stand (after a pin, in parentheses)
   * @param dateToEnd whether the date must end at {@code to} (in parentheses)
   */
  private static Dateline placeAndDate(char[] text, int from, int to, LocalDate reference, boolean unknownPlaceOk,
      boolean dateToEnd) {
    if (from >= to || !Gazetteer.isUpper(text[from])) {
      return null;
    }
    if (!unknownPlaceOk && !mayStartKnownPlace(text, from, to)) {
      return null;
    }
    return placeAndDateAfterCheck(text, from, to, reference, unknownPlaceOk, dateToEnd);
  }

  /**
   * Whether a gazetteer name may start with the word at {@code from}: most lines start with a capitalised word
   * that starts no name ({@code The}, {@code In}), and {@link #place} would reject them after the comma search.
   * The word's letters end before any comma, so this is the first word {@link #place} would look up.
   */
  private static boolean mayStartKnownPlace(char[] text, int from, int to) {
    int wordEnd = from;
    while (wordEnd < to && Gazetteer.isLetter(text[wordEnd])) {
      wordEnd++;
    }
    return Gazetteer.standard().candidates(text, from, wordEnd) != null;
  }

  /** {@link #placeAndDate} once the cheap tests passed; apart, so that the JIT keeps both methods small. */
  private static Dateline placeAndDateAfterCheck(char[] text, int from, int to, LocalDate reference,
      boolean unknownPlaceOk, boolean dateToEnd) {
    // The comma after the place: stop early at a character no place name has, as most lines are sentences.
    int comma = -1;
    for (int i = from; i < to && i - from <= MAX_PLACE; i++) {
      char c = text[i];
      if (c == ',') {
        comma = i;
        break;
      }
      if (!Gazetteer.isLetter(c) && c != ' ' && c != '-' && c != '.' && c != '\'' && c != '’' && c != '\u00A0') {
        break;
      }
    }
    if (comma < 0) {
      return null;
    }
    int placeEnd = comma;
    while (placeEnd > from && Chars.isWhitespace(text[placeEnd - 1])) {
      placeEnd--;
    }
    Place place = place(text, from, placeEnd, unknownPlaceOk);
    if (place == null) {
      return null;
    }
    int dateStart = skipBlanks(text, comma + 1, to);
    // A date starts with a day or a capitalised month name: a cheap test before the date parser runs.
    if (dateStart >= to || !(Chars.isDigit(text[dateStart]) || Gazetteer.isUpper(text[dateStart]))) {
      return null;
    }
    DateMention date = dateAt(text, dateStart, dateToEnd ? to : Math.min(to, dateStart + MAX_DATE), reference);
    if (date == null || (dateToEnd && date.end() != to)) {
      return null;
    }
    int end = agencyTagEnd(text, date.end(), to);
    return new Dateline(Chars.string(text, from, end), from, end, place, date);
  }

  /**
   * The place of a dateline: a gazetteer name covering exactly {@code [from, to)}, else (when allowed) any
   * capitalised words without digits.
   */
  private static Place place(char[] text, int from, int to, boolean unknownOk) {
    if (from >= to || !Gazetteer.isUpper(text[from])) {
      return null;
    }
    Gazetteer g = Gazetteer.standard();
    // Only the place's own characters: a name that runs past it cannot match "exactly to" anyway.
    int wordEnd = from;
    while (wordEnd < to && Gazetteer.isLetter(text[wordEnd])) {
      wordEnd++;
    }
    Gazetteer.Entry[] candidates = g.candidates(text, from, wordEnd);
    if (candidates != null) {
      for (Gazetteer.Entry e : candidates) {
        if (e.target.type() != Gazetteer.Type.BLOCK && Gazetteer.match(e, text, to, from) == to) {
          return new Place(Chars.string(text, from, to), from, to, e.target.name(), Place.PlaceKind.DATELINE,
              e.target.countryCode(), null, null);
        }
      }
    }
    if (!unknownOk || !looksLikePlace(text, from, to)) {
      return null;
    }
    String written = Chars.string(text, from, to);
    return new Place(written, from, to, written, Place.PlaceKind.DATELINE, null, null, null);
  }

  /**
   * One to five words, each capitalised or a short lower-case joiner ({@code on}, {@code de}, {@code na}),
   * separated by blanks, hyphens or apostrophes, with no digit and no sentence punctuation.
   */
  static boolean looksLikePlace(char[] text, int from, int to) {
    int words = 0;
    int i = from;
    while (i < to) {
      char c = text[i];
      if (!Gazetteer.isLetter(c)) {
        if (c != ' ' && c != '-' && c != '\'' && c != '’' && c != '.' && c != '\u00A0') {
          return false;
        }
        i++;
        continue;
      }
      int s = i;
      while (i < to && Gazetteer.isLetter(text[i])) {
        i++;
      }
      if (!Gazetteer.isUpper(c) && i - s > 3) {
        return false;
      }
      words++;
    }
    return words >= 1 && words <= 5;
  }

  /** The date DateExtractor finds starting exactly at {@code from}, with offsets into {@code text}. */
  private static DateMention dateAt(char[] text, int from, int to, LocalDate reference) {
    List<DateMention> dates = DateExtractor.extract(Arrays.copyOfRange(text, from, to), reference);
    if (dates.isEmpty()) {
      return null;
    }
    DateMention d = dates.get(0);
    if (d.start() != 0 || d.precision() == DatePrecision.YEAR) {
      return null;
    }
    return new DateMention(d.text(), d.start() + from, d.end() + from, d.value(), d.precision(), d.yearInferred(),
        d.endValue());
  }

  /** {@code 20 марта. /ТАСС/}: the end of an agency tag right after the date, or {@code dateEnd}. */
  private static int agencyTagEnd(char[] text, int dateEnd, int to) {
    int i = dateEnd;
    if (i < to && text[i] == '.') {
      i++;
    }
    i = skipBlanks(text, i, to);
    if (i >= to || text[i] != '/') {
      return dateEnd;
    }
    int close = Chars.indexOf(text, '/', i + 1);
    if (close < 0 || close >= to || close - i > 25 || close == i + 1) {
      return dateEnd;
    }
    for (int k = i + 1; k < close; k++) {
      char c = text[k];
      if (!Gazetteer.isUpper(c) && c != ' ' && c != '-' && !(Gazetteer.isLetter(c) && k > i + 1)) {
        return dateEnd;
      }
    }
    return close + 1;
  }

  private static int skipBlanks(char[] text, int i, int to) {
    while (i < to && (text[i] == ' ' || text[i] == '\t' || text[i] == '\u00A0')) {
      i++;
    }
    return i;
  }
}
