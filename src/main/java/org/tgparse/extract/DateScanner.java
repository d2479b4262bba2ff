package org.tgparse.extract;

import static org.tgparse.extract.DateWords.ABBR;
import static org.tgparse.extract.DateWords.CONJ;
import static org.tgparse.extract.DateWords.CONNECTOR;
import static org.tgparse.extract.DateWords.DECISIVE;
import static org.tgparse.extract.DateWords.EN;
import static org.tgparse.extract.DateWords.FOLLOW;
import static org.tgparse.extract.DateWords.FROM;
import static org.tgparse.extract.DateWords.HIJRI;
import static org.tgparse.extract.DateWords.MAX_WORD;
import static org.tgparse.extract.DateWords.MONTH;
import static org.tgparse.extract.DateWords.OF;
import static org.tgparse.extract.DateWords.ORDINAL_ENDING;
import static org.tgparse.extract.DateWords.PAIR;
import static org.tgparse.extract.DateWords.PAIR_FIRST;
import static org.tgparse.extract.DateWords.PAIR_SECOND;
import static org.tgparse.extract.DateWords.STRONG;
import static org.tgparse.extract.DateWords.WEAK;
import static org.tgparse.extract.DateWords.WEEKDAY;
import static org.tgparse.extract.DateWords.AND;
import static org.tgparse.extract.DateWords.YEAR_SUFFIX;

import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import org.tgparse.model.DateMention;
import org.tgparse.model.DatePrecision;

/**
 * One pass of {@link DateExtractor} over one text. Every date form contains a digit, so the scan stops only at runs
 * of ASCII digits and looks a bounded number of characters around each: a month name before it ({@code March 20}),
 * after it ({@code 20 марта}), dots or dashes ({@code 20.03.2023}, {@code 2023-03-20}) or a context word
 * ({@code in 1944}). Every look-around is limited to a few spaces and one word of at most {@link DateWords#MAX_WORD}
 * letters, and the scan never moves back behind the end of the last date, so the whole pass is linear.
 *
 * <p>Not thread-safe; {@link DateExtractor} makes one per call.
 */
final class DateScanner {
  static final int MIN_YEAR = 1000;
  static final int MAX_YEAR = 2199;
  /**
   * The earliest year of an all-numeric date ({@code 20.03.2023}, {@code 2023/03/20}): older ones are rather dates
   * of the Islamic calendars ({@code ۱۴۰۲/۰۷/۱۵}) than Gregorian dates a post would write in digits.
   */
  static final int MIN_NUMERIC_YEAR = 1700;

  /** Spaces skipped between the parts of a date, at most. */
  private static final int MAX_SPACES = 3;

  private static final int SEP_SPACE = 1;
  private static final int SEP_COMMA = 2;
  private static final int SEP_DOT = 3;
  private static final int SEP_JOIN = 4;

  /** The text scanned: the caller's, or a copy with Arabic-Indic and Persian digits as ASCII digits. */
  private char[] t;
  /** The caller's text, which the dates' own text is cut from. */
  private final char[] original;
  private final int n;
  private final LocalDate reference;
  private final List<DateMention> out = new ArrayList<>(4);

  /** The last date in the text with a written year and a day, for year-less dates when there is no reference. */
  private int lastFullYear;
  private int lastFullMonth;
  private int lastFullDay;
  /** End of the last date found: look-behind never crosses it, so dates never overlap. */
  private int lastEnd;
  /** End of the last bare year accepted, for lists such as {@code 2025 and 2026}; -1 before the first. */
  private int lastYearEnd = -1;

  // Results of the small parsers below (they return a boolean and leave their findings here).
  private int monthStart;
  private int monthEnd;
  private int monthCode;
  private int monthSep;
  private int yearValue;
  private int yearEnd;
  private boolean connectorWord;
  /** The last {@link #connector} was {@code &} or {@code and}: it joins two days of one month only. */
  private boolean connectorAnd;
  private int wordCode;
  private int cachedFrom = -1;
  private int cachedTo = -1;
  private int cachedCode;

  DateScanner(char[] text, LocalDate reference) {
    this.t = text;
    this.original = text;
    this.n = text.length;
    this.reference = reference;
  }

  /**
   * @param from index of the first digit of the text
   * @return the dates, in text order
   */
  List<DateMention> run(int from) {
    int i = from;
    while ((i = nextDigit(t, i)) < n) {
      if (t[i] > '9') {
        // The first Arabic-Indic or Persian digit: from here on the scan reads a copy with ASCII digits, one char
        // for one, so that every offset stays the caller's.
        t = asciiDigits(t);
      }
      i = at(i);
    }
    return out;
  }

  /** The text with Arabic-Indic (U+0660-0669) and Persian (U+06F0-06F9) digits replaced by ASCII digits. */
  private static char[] asciiDigits(char[] text) {
    char[] c = text.clone();
    for (int i = 0; i < c.length; i++) {
      if (c[i] >= '\u0660' && c[i] <= '\u0669') {
        c[i] = (char) ('0' + c[i] - '\u0660');
      } else if (c[i] >= '\u06F0' && c[i] <= '\u06F9') {
        c[i] = (char) ('0' + c[i] - '\u06F0');
      }
    }
    return c;
  }

  /**
   * The index of the first ASCII digit at or after {@code from}, or the text's length. Kept small and static so
   * that the JIT compiles it to a tight loop over the text: this loop is where nearly all the time goes.
   */
  static int nextDigit(char[] text, int from) {
    int n = text.length;
    for (int i = from; i < n; i++) {
      char c = text[i];
      if (c < '\u0660') {
        // One subtraction and one comparison, as for ASCII digits alone before: most text is below U+0660.
        if ((char) (c - '0') <= 9) {
          return i;
        }
      } else if (c <= '\u06F9' && (c <= '\u0669' || c >= '\u06F0')) {
        // Arabic-Indic and Persian digits.
        return i;
      }
    }
    return n;
  }

  /** Tries every form that can involve the digit run starting at {@code s}; returns where to go on. */
  private int at(int s) {
    int e = digitsEnd(s);
    int len = e - s;
    int r = e < n && t[e] > '\u3000' || e + 1 < n && t[e + 1] > '\u3000' ? chinese(s, e) : -1;
    if (r >= 0) {
      return Math.max(r, e);
    }
    for (Form f : len == 4 ? YEAR_FORMS : len <= 2 ? DAY_FORMS : NO_FORMS) {
      r = f.at(this, s, e);
      if (r >= 0) {
        break;
      }
    }
    return Math.max(r, e);
  }

  /** One date form tried at the digit run {@code [s, e)}: -1 when it does not apply, else where to resume. */
  @FunctionalInterface
  private interface Form {
    int at(DateScanner scanner, int s, int e);
  }

  // The forms are called through Form on purpose: a call site that sees several classes is not inlined by the
  // JIT, so each form is compiled once, on its own, and the digit loop (and the dateline, which runs the scanner)
  // stays a small compiled method instead of carrying a copy of every form (docs/performance.md has the figures).
  /** The forms of a four-digit run, in the order tried. */
  private static final Form[] YEAR_FORMS = {DateScanner::iso, DateScanner::ymd, DateScanner::monthYear,
      DateScanner::bareYear};
  /** The forms of a one- or two-digit run, in the order tried. */
  private static final Form[] DAY_FORMS = {DateScanner::numeric, DateScanner::monthFirst, DateScanner::dayFirst};
  private static final Form[] NO_FORMS = {};

  // ---------------------------------------------------------------------------------------------------------
  // The forms. Each returns -1 when it does not apply, else the index to resume at (past whatever it read, even
  // when the date turned out impossible, so that "32 августа 2014" does not come back as "августа 2014").

  /** {@code 2023-03-20}. */
  private int iso(int s, int e) {
    if (e + 6 > n || t[e] != '-' || !digit(e + 1) || !digit(e + 2) || t[e + 3] != '-'
        || !digit(e + 4) || !digit(e + 5)) {
      return -1;
    }
    int end = e + 6;
    boolean time = end + 1 < n && t[end] == 'T' && digit(end + 1);
    if (!prefixOk(s) || !time && !boundaryAfter(end)) {
      return digitsEnd(end);
    }
    single(s, end, value(s, e), value(e + 1, e + 3), value(e + 4, e + 6));
    return end;
  }

  /**
   * Day and month in digits: {@code 20.03.2023}, {@code 1.3.2023 г.}, {@code 20-3-2023}, {@code 18/9/2022}; with a
   * slash the order follows the numbers ({@code 8/18/2009} is month first) and, when both could be a month, the
   * text's script (month first in Latin-script text, as the US writes it, else day first); {@code 27.10} without a
   * year when the month has two digits and no number or unit word follows ({@code 27.10 у Львові}, but not
   * {@code 1.05 million}).
   */
  private int numeric(int s, int e) {
    if (e >= n) {
      return -1;
    }
    char sep = t[e];
    if (sep != '.' && sep != '/' && !(sep == '-' && e - s <= 2)) {
      return -1;
    }
    int ms = e + 1;
    int me = digitsEnd(ms);
    if (me - ms < 1 || me - ms > 2) {
      return -1;
    }
    if (me >= n || t[me] != sep) {
      return sep == '.' ? dayDotMonth(s, e, ms, me) : -1;
    }
    int ys = me + 1;
    int ye = digitsEnd(ys);
    if (ye - ys != 4) {
      // "до 15.09." ends a sentence.
      return sep == '.' && ye == ys ? dayDotMonth(s, e, ms, me) : -1;
    }
    int end = yearEnd(ye);
    int y = value(ys, ye);
    if (end < 0 || !prefixOk(s) || y < MIN_NUMERIC_YEAR || y > MAX_YEAR || hijriAfter(ye)) {
      return ye;
    }
    int a = value(s, e);
    int b = value(ms, me);
    boolean monthFirst = sep == '/' && (b > 12 || a <= 12 && latinScript());
    single(s, end, y, monthFirst ? a : b, monthFirst ? b : a);
    return end;
  }

  /** {@code 27.10}, {@code с 6.06}: see {@link #numeric}. */
  private int dayDotMonth(int s, int e, int ms, int me) {
    int dd = value(s, e);
    int mm = value(ms, me);
    if (mm < 1 || mm > 12 || dd < 1 || dd > 31 || me - ms != 2 || !prefixOk(s) || !boundaryAfter(me) || me < n && t[me] == '.' && me + 1 < n
        && isLetter(t[me + 1])) {
      return -1;
    }
    // "в 12.05" is a time, "Python 3.12" and "Ubuntu 24.04" versions: no day after a time preposition or a Latin
    // word.
    int ws = wordBefore(s, false);
    if (ws >= 0 && ((wordCode & DateWords.TIME) != 0 || t[ws] < 128 && (wordCode & WEEKDAY) == 0)) {
      return -1;
    }
    int d = value(s, e);
    int m = value(ms, me);
    if (m < 1 || m > 12 || d < 1 || d > 31 || quantityAfter(me)) {
      return -1;
    }
    single(s, me, 0, m, d);
    return me;
  }

  /** True when a unit follows a number: {@code 1.05 million}, {@code 12.10 грн}, {@code 3.10 %}. */
  private boolean quantityAfter(int p) {
    int q = skipSpaces(p);
    if (q >= n) {
      return false;
    }
    char c = t[q];
    if (c == '%' || c == '$' || c == '€' || c == '£' || c == '₴' || c == '₽' || c == '×' || c == '*') {
      return true;
    }
    int we = isLetter(c) ? wordEnd(q) : -1;
    return we > 0 && (lookup(q, we) & DateWords.UNIT) != 0;
  }

  /** True when the text is written in Latin script: its first letters are all Latin (the US writes month first). */
  private boolean latinScript() {
    int letters = 0;
    for (int i = 0; i < n && letters < 200; i++) {
      char c = t[i];
      if (Chars.isLetter(c)) {
        if (c > '\u024F') {
          return false;
        }
        letters++;
      }
    }
    return true;
  }

  /** {@code 2023/03/20}, {@code 2024/3/5}, {@code 2024.05.20}: year, month and day. */
  private int ymd(int s, int e) {
    if (e + 4 > n || t[e] != '/' && t[e] != '.') {
      return -1;
    }
    char sep = t[e];
    int ms = e + 1;
    int me = digitsEnd(ms);
    if (me - ms < 1 || me - ms > 2 || me >= n || t[me] != sep) {
      return -1;
    }
    int ds = me + 1;
    int de = digitsEnd(ds);
    if (de - ds < 1 || de - ds > 2 || sep == '.' && (me - ms != 2 || de - ds != 2)) {
      return -1;
    }
    int y = value(s, e);
    if (!prefixOk(s) || !boundaryAfter(de) || y < MIN_NUMERIC_YEAR || y > MAX_YEAR) {
      return de;
    }
    single(s, de, y, value(ms, me), value(ds, de));
    return de;
  }

  /**
   * Chinese dates: {@code 2023年11月16日}, {@code 2025 年 9 月}, {@code 2024年}, {@code 11月16日}, and ranges
   * {@code 2022年至2023年}, {@code 6月4日至7日}, {@code 2025年10月1日至2日}, {@code 12月1日至12月3日}. A month
   * without a day or year ({@code 3月}) is no date, as elsewhere.
   */
  private int chinese(int s, int e) {
    int q = oneSpace(e);
    if (q >= n || t[q] != '年' && t[q] != '月' || !chinesePrefixOk(s)) {
      return -1;
    }
    int y = 0;
    int m = 0;
    int d = 0;
    int end;
    if (t[q] == '年') {
      if (e - s != 4) {
        return -1;
      }
      y = value(s, e);
      end = q + 1;
      if (y < MIN_YEAR || y > MAX_YEAR) {
        return end;
      }
      int ms = oneSpace(end);
      int me = digitsEnd(ms);
      int mq = oneSpace(me);
      if (me - ms >= 1 && me - ms <= 2 && mq < n && t[mq] == '月') {
        m = value(ms, me);
        end = mq + 1;
        int de = chineseDay(end);
        if (de > 0) {
          d = chineseDayValue;
          end = de;
        }
      }
    } else {
      if (e - s > 2) {
        return -1;
      }
      m = value(s, e);
      int de = chineseDay(q + 1);
      if (de < 0) {
        return -1;
      }
      d = chineseDayValue;
      end = de;
    }
    if (m > 12 || d > 31) {
      return end;
    }
    // A range: 至 or 到 ("to"), or a dash, then a year, a month and day, or a day.
    int r = oneSpace(end);
    if (r < n && (t[r] == '至' || t[r] == '到' || isDash(t[r]) || t[r] == '～')) {
      int a = oneSpace(r + 1);
      int ae = digitsEnd(a);
      int aq = oneSpace(ae);
      if (ae > a && aq < n) {
        char unit = t[aq];
        if (unit == '年' && m == 0 && ae - a == 4) {
          int y2 = value(a, ae);
          if (y2 > y && y2 <= MAX_YEAR) {
            emit(s, aq + 1, Integer.toString(y), DatePrecision.YEAR, false, Integer.toString(y2));
            return aq + 1;
          }
        } else if (unit == '月' && d != 0 && ae - a <= 2) {
          int de = chineseDay(aq + 1);
          if (de > 0 && range(s, de, y, m, d, y, value(a, ae), chineseDayValue)) {
            return de;
          }
        } else if ((unit == '日' || unit == '号' || unit == '號') && d != 0 && ae - a <= 2) {
          if (range(s, aq + 1, y, m, d, y, m, value(a, ae))) {
            return aq + 1;
          }
        }
      }
    }
    if (d != 0) {
      single(s, end, y, m, d);
    } else if (m != 0) {
      if (m >= 1) {
        emit(s, end, yearMonth(y, m), DatePrecision.MONTH, false, null);
      }
    } else {
      emit(s, end, Integer.toString(y), DatePrecision.YEAR, false, null);
      lastYearEnd = end;
    }
    return end;
  }

  private int chineseDayValue;

  /** The end of {@code 16日} (or {@code 号}) at {@code p}, one space allowed around the number; sets the value. */
  private int chineseDay(int p) {
    int ds = oneSpace(p);
    int de = digitsEnd(ds);
    int dq = oneSpace(de);
    if (de - ds < 1 || de - ds > 2 || dq >= n) {
      return -1;
    }
    char c = t[dq];
    if (c != '日' && c != '号' && c != '號') {
      return -1;
    }
    chineseDayValue = value(ds, de);
    return dq + 1;
  }

  /** Before a Chinese date: anything but a digit, a Latin letter or a decimal point ({@code v2.2024年} is none). */
  private boolean chinesePrefixOk(int s) {
    if (s == 0) {
      return true;
    }
    char c = t[s - 1];
    return !(c >= '0' && c <= '9' || c < 128 && isLetter(c) || c == '.' || c == '/' || c == '$' || c == '#');
  }

  /** Past one blank at {@code p}, if there is one. */
  private int oneSpace(int p) {
    return p < n && isSpace(t[p]) ? p + 1 : p;
  }

  /** English month first: {@code March 20, 2023}, {@code Sun, Mar. 6, 2016}, {@code August 10 - 22, 2012}. */
  private int monthFirst(int s, int e) {
    if (!monthBefore(s) || (monthCode & EN) == 0) {
      return -1;
    }
    int ms = monthStart;
    int m = monthCode & MONTH;
    int sep = monthSep;
    int p = ordinalEnd(e);
    boolean ordinal = p > e;
    if (!dayEndOk(p)) {
      return -1;
    }
    int d = value(s, e);
    int end = p;
    int y = 0;
    if (yearAfter(p)) {
      y = yearValue;
      end = yearEnd;
    }
    if (sep == SEP_COMMA && !ordinal && y == 0) {
      // "In March, 6 people ..." is no date; "March, 6th 2016" is.
      return -1;
    }
    if (d < 1 || d > 31) {
      return end;
    }
    int start = weekdayBefore(ms);
    // A range: "August 10 - 22, 2012", "Aug 10 - Nov 12, 2013".
    int q = connector(end);
    if (q >= 0) {
      boolean word = connectorWord;
      int m2 = 0;
      int ds = -1;
      int qe = digitsEnd(q);
      if (qe - q >= 1 && qe - q <= 2) {
        m2 = m;
        ds = q;
      } else if (q < n && isLetter(t[q])) {
        int we = wordEnd(q);
        int code = we < 0 ? 0 : lookup(q, we);
        if ((code & MONTH) != 0 && (code & EN) != 0 && Chars.isUpperCase(t[q]) && !connectorAnd) {
          int r = we;
          if ((code & ABBR) != 0 && r < n && t[r] == '.') {
            r++;
          }
          int ss = skipSpaces(r);
          if (ss == r && r < n && (t[r] == '-' || t[r] == '/')) {
            ss = r + 1;
          }
          int se = digitsEnd(ss);
          if (ss > r && se - ss >= 1 && se - ss <= 2) {
            m2 = code & MONTH;
            ds = ss;
          }
        }
      }
      if (ds >= 0) {
        int de = digitsEnd(ds);
        int p2 = ordinalEnd(de);
        if (dayEndOk(p2)) {
          int end2 = p2;
          int y2 = 0;
          if (yearAfter(p2)) {
            y2 = yearValue;
            end2 = yearEnd;
          }
          int rs = word && fromBefore(start) >= 0 ? fromBefore(start) : start;
          if (range(rs, end2, y, m, d, y2, m2, value(ds, de))) {
            return end2;
          }
        }
      }
    }
    single(start, end, y, m, d);
    return end;
  }

  /** Day first: {@code 20 March 2023}, {@code 20 марта 2023 г.}, {@code 10 - 22 августа}, {@code 10 августа - 12 сентября}. */
  private int dayFirst(int s, int e) {
    if (!prefixOk(s)) {
      return -1;
    }
    int d1 = value(s, e);
    int p = ordinalEnd(e);
    // "10 - 22 августа", "с 10 по 22 августа": a second day, then the month.
    int d2 = 0;
    boolean word = false;
    int q = connector(p);
    if (q >= 0) {
      word = connectorWord;
      int qe = digitsEnd(q);
      if (qe - q >= 1 && qe - q <= 2 && monthAfter(ordinalEnd(qe))) {
        d2 = value(q, qe);
      }
    }
    if (d2 == 0 && !monthAfter(p)) {
      return -1;
    }
    int m = monthCode & MONTH;
    int end = monthEnd;
    int y = 0;
    if (yearAfter(end)) {
      y = yearValue;
      end = yearEnd;
    }
    if (d2 != 0) {
      int from = word ? fromBefore(s) : -1;
      int start = from >= 0 ? from : weekdayBefore(s);
      if (d1 >= 1 && d1 <= 31) {
        range(start, end, y, m, d1, y, m, d2);
      }
      return end;
    }
    if (d1 < 1 || d1 > 31) {
      return end;
    }
    // "10 августа - 12 сентября 2013".
    int q2 = connector(end);
    if (q2 >= 0 && !connectorAnd) {
      boolean word2 = connectorWord;
      int qe = digitsEnd(q2);
      if (qe - q2 >= 1 && qe - q2 <= 2 && monthAfter(ordinalEnd(qe))) {
        int m2 = monthCode & MONTH;
        int end2 = monthEnd;
        int y2 = 0;
        if (yearAfter(end2)) {
          y2 = yearValue;
          end2 = yearEnd;
        }
        int from = word2 ? fromBefore(s) : -1;
        int start = from >= 0 ? from : weekdayBefore(s);
        if (range(start, end2, y, m, d1, y2, m2, value(q2, qe))) {
          return end2;
        }
      }
    }
    single(weekdayBefore(s), end, y, m, d1);
    return end;
  }

  /** Month and year: {@code January 2022}, {@code в марте 2023 года}, {@code January–March 2023}. */
  private int monthYear(int s, int e) {
    int y = value(s, e);
    if (y < MIN_YEAR || y > MAX_YEAR || !monthBefore(s) || numberBefore(monthStart)) {
      return -1;
    }
    int end = yearEnd(e);
    if (end < 0 || roundCount(y, e, end)) {
      return -1;
    }
    int m = monthCode & MONTH;
    int start = monthStart;
    int m1 = m;
    String endValue = null;
    // "January–March 2023", "в январе-марте 2023 года": the year belongs to both months.
    int q = monthStart;
    if (q > lastEnd && isSpace(t[q - 1])) {
      q--;
    }
    if (q > lastEnd && isDash(t[q - 1])) {
      q--;
      if (q > lastEnd && isSpace(t[q - 1])) {
        q--;
      }
      int ws = wordStartBefore(q);
      if (ws >= 0) {
        int code = lookup(ws, q);
        int first = code & MONTH;
        if (first != 0 && first < m && (code & EN) == (monthCode & EN)
            && ((code & EN) == 0 || Chars.isUpperCase(t[ws])) && !numberBefore(ws)) {
          m1 = first;
          start = ws;
          endValue = yearMonth(y, m);
        }
      }
    }
    emit(start, end, yearMonth(y, m1), DatePrecision.MONTH, false, endValue);
    return end;
  }

  /**
   * A bare year ({@code in 1944}, {@code в 1944 году}, {@code Outcomes of 2022}) or a year range
   * ({@code 2025–2026 гг.}); the rule is spelled out on {@link DateExtractor}.
   */
  private int bareYear(int s, int e) {
    int y = value(s, e);
    if (y < MIN_YEAR || y > MAX_YEAR) {
      return -1;
    }
    if (!prefixOk(s)) {
      return e;
    }
    int end = e;
    int y2 = 0;
    boolean shortEnd = false;
    int q = e < n && isSpace(t[e]) ? e + 1 : e;
    if (q < n && (isDash(t[q]) || q == e && t[q] == '/')) {
      boolean slash = t[q] == '/';
      q++;
      if (q < n && isSpace(t[q]) && !slash) {
        q++;
      }
      int qe = digitsEnd(q);
      if (qe - q == 4) {
        int v = value(q, qe);
        if (v <= y || v > MAX_YEAR || v - y > 100 || slash && v != y + 1) {
          return qe;
        }
        y2 = v;
        end = qe;
      } else if (qe - q == 2 && boundaryAfter(qe)) {
        // "2020-21 гг.", "2028-29 году", "2024/25": the end's century is the start's; read with a year word
        // after it, or when the end is the next year (a season, a school or fiscal year).
        int v = y / 100 * 100 + value(q, qe);
        if (v > y && (v == y + 1 || yearSuffix(qe) > qe && !slash)) {
          y2 = v;
          end = qe;
          shortEnd = v != y + 1;
        }
      }
    }
    if (y2 == 0 && end + 2 < n && isDash(t[end]) && isLetter(t[end + 1])) {
      // "с 2025-го,": an ordinal ending without the year word is part of the year.
      int we = wordEnd(end + 1);
      if (we > 0 && (lookup(end + 1, we) & ORDINAL_ENDING) != 0 && yearSuffix(end) == end && !letterAt(we)) {
        int context = contextBefore(s);
        if ((context & (STRONG | DECISIVE)) != 0) {
          emit(s, we, Integer.toString(y), DatePrecision.YEAR, false, null);
          lastYearEnd = we;
          return we;
        }
      }
    }
    int after = yearSuffix(end);
    if (after > end && hijriAfter(after < n && t[after] == '.' ? after + 1 : after)) {
      // "1445 г. х.": the year word, then the Hijri mark.
      return after;
    }
    if (after == end) {
      if (shortEnd || !boundaryAfter(end)) {
        return end;
      }
      int context = contextBefore(s);
      boolean ok;
      if ((context & DECISIVE) != 0 || parenthesised(s, end) || y2 == y + 1) {
        // "2024/2025", "2022-2023", "2020-21": a season, a school or fiscal year needs nothing more.
        ok = true;
      } else if (y2 != 0) {
        // "1986 - 2022": two years that make a period need no preposition.
        ok = (y % 100 != 0 || y2 % 100 != 0) && followOk(end);
      } else {
        boolean strong = (context & STRONG) != 0 || chainBefore(s);
        boolean weak = (context & WEAK) != 0 && y % 100 != 0;
        ok = (strong || weak) && followOk(end);
      }
      if (ok && y >= 1300 && y < 1500 && arabicScriptBefore(s)) {
        // 1300-1499 next to Arabic script is rather a year of the solar or lunar Hijri calendar (۱۴۰۲, 1445),
        // unless a Gregorian mark follows it (۱۲۴۴ میلادی), which yearSuffix took above.
        ok = false;
      }
      if (!ok || hijriAfter(end)) {
        return end;
      }
    }
    emit(s, after, Integer.toString(y), DatePrecision.YEAR, false, y2 == 0 ? null : Integer.toString(y2));
    lastYearEnd = after;
    return after;
  }

  /** {@code (1987)}, {@code (1936 – 2022)}: a year or period alone in parentheses. */
  private boolean parenthesised(int s, int end) {
    return s > 0 && end < n && (t[s - 1] == '(' || t[s - 1] == '（')
        && (t[end] == ')' || t[end] == '）');
  }

  /** True when Arabic-script letters stand in the 24 characters before {@code s}. */
  private boolean arabicScriptBefore(int s) {
    for (int i = Math.max(0, s - 24); i < s; i++) {
      char c = t[i];
      if (c >= '\u0620' && c <= '\u06FF' && Chars.isLetter(c)) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when a mark of the Islamic calendars follows a year ending at {@code p}: {@code 1445 هـ},
   * {@code 1375 AH}, {@code ۱۴۰۲ ش}, also glued to it ({@code 1445هـ}).
   */
  private boolean hijriAfter(int p) {
    int q = p < n && isSpace(t[p]) ? p + 1 : p;
    if (q >= n || !isLetter(t[q])) {
      return false;
    }
    int we = wordEnd(q);
    if (we < 0) {
      return false;
    }
    int code = lookup(q, we);
    if ((code & HIJRI) == 0) {
      return false;
    }
    // "AH" and "H" only in capitals: "1375 h" is no calendar.
    return t[q] > 127 || Chars.isUpperCase(t[q]);
  }

  // ---------------------------------------------------------------------------------------------------------
  // Emitting, with the year rules.

  /** One day; a missing year (0) comes from the reference date. */
  private void single(int start, int end, int y, int m, int d) {
    if (m < 1 || m > 12 || d < 1) {
      return;
    }
    if (y != 0) {
      if (valid(y, m, d)) {
        emit(start, end, isoDay(y, m, d), DatePrecision.DAY, false, null);
        setLastFull(y, m, d);
      }
      return;
    }
    LocalDate ref = reference();
    if (ref != null) {
      int yy = closestYear(ref, m, d);
      if (valid(yy, m, d)) {
        emit(start, end, isoDay(yy, m, d), DatePrecision.DAY, true, null);
      }
    } else if (d <= Month.of(m).maxLength()) {
      emit(start, end, monthDay(m, d), DatePrecision.DAY, false, null);
    }
  }

  /**
   * A day range. A year written on one end applies to both; with none, the start takes the year closest to the
   * reference and the end follows it. Returns false (emitting nothing) when the range is impossible or runs
   * backwards, so that the caller can fall back to the first day alone.
   */
  private boolean range(int start, int end, int y1, int m1, int d1, int y2, int m2, int d2) {
    if (d2 < 1 || d2 > 31) {
      return false;
    }
    boolean forward = m2 > m1 || m2 == m1 && d2 > d1;
    if (m1 == m2 && !forward) {
      return false;
    }
    boolean inferred = false;
    if (y1 == 0 && y2 != 0) {
      y1 = forward ? y2 : y2 - 1;
    } else if (y2 == 0 && y1 != 0) {
      y2 = forward ? y1 : y1 + 1;
    } else if (y1 == 0) {
      LocalDate ref = reference();
      if (ref == null) {
        if (d1 > Month.of(m1).maxLength() || d2 > Month.of(m2).maxLength()) {
          return false;
        }
        emit(start, end, monthDay(m1, d1), DatePrecision.DAY, false, monthDay(m2, d2));
        return true;
      }
      y1 = closestYear(ref, m1, d1);
      y2 = forward ? y1 : y1 + 1;
      inferred = true;
    }
    if (!valid(y1, m1, d1) || !valid(y2, m2, d2)) {
      return false;
    }
    LocalDate from = LocalDate.of(y1, m1, d1);
    LocalDate to = LocalDate.of(y2, m2, d2);
    if (!to.isAfter(from)) {
      return false;
    }
    emit(start, end, isoDay(y1, m1, d1), DatePrecision.DAY, inferred, isoDay(y2, m2, d2));
    if (!inferred) {
      setLastFull(y2, m2, d2);
    }
    return true;
  }

  private void emit(int start, int end, String value, DatePrecision precision, boolean inferred, String endValue) {
    out.add(new DateMention(Chars.string(original, start, end), start, end, value, precision, inferred, endValue));
    lastEnd = end;
  }

  /** {@link DateWords#lookup}, remembering the last word: the forms often ask about the same word twice. */
  private int lookup(int from, int to) {
    if (from != cachedFrom || to != cachedTo) {
      cachedFrom = from;
      cachedTo = to;
      cachedCode = DateWords.lookup(t, from, to);
    }
    return cachedCode;
  }

  /** Kept as numbers: a LocalDate is made only when a year-less date needs it (see {@link #reference}). */
  private void setLastFull(int y, int m, int d) {
    lastFullYear = y;
    lastFullMonth = m;
    lastFullDay = d;
  }

  private LocalDate reference() {
    if (reference != null || lastFullYear == 0) {
      return reference;
    }
    return LocalDate.of(lastFullYear, lastFullMonth, lastFullDay);
  }

  /**
   * The year, among the reference's year and the years either side, that puts the month and day nearest to the
   * reference date; ties go to the reference's own year. This is Chrono's {@code findYearClosestToRef}: the day is
   * placed by rolling over (29 February of a common year counts as 1 March), and only then checked.
   */
  static int closestYear(LocalDate ref, int m, int d) {
    int y = ref.getYear();
    long r = ref.toEpochDay();
    long same = Math.abs(rolled(y, m, d) - r);
    if (Math.abs(rolled(y + 1, m, d) - r) < same) {
      return y + 1;
    }
    if (Math.abs(rolled(y - 1, m, d) - r) < same) {
      return y - 1;
    }
    return y;
  }

  private static long rolled(int y, int m, int d) {
    return LocalDate.of(y, m, 1).toEpochDay() + d - 1;
  }

  private static boolean valid(int y, int m, int d) {
    return y >= MIN_YEAR && y <= MAX_YEAR && m >= 1 && m <= 12 && d >= 1
        && d <= Month.of(m).length(Year.isLeap(y));
  }

  // ---------------------------------------------------------------------------------------------------------
  // Look-around helpers: each reads at most a few spaces and one word.

  /**
   * An English or Russian month name just before {@code pos}, separated by spaces, a comma, a full stop (after an
   * abbreviation: {@code Mar. 20}), a hyphen or a slash. Fills monthStart/monthEnd/monthCode/monthSep.
   */
  private boolean monthBefore(int pos) {
    int q = pos;
    if (q <= lastEnd) {
      return false;
    }
    char c = t[q - 1];
    int sep;
    if (isSpace(c)) {
      int k = 0;
      while (q > lastEnd && k < MAX_SPACES && isSpace(t[q - 1])) {
        q--;
        k++;
      }
      if (q > lastEnd && t[q - 1] == ',') {
        q--;
        sep = SEP_COMMA;
      } else if (q > lastEnd && t[q - 1] == '.') {
        q--;
        sep = SEP_DOT;
      } else {
        sep = SEP_SPACE;
      }
    } else if (c == ',') {
      q--;
      sep = SEP_COMMA;
    } else if (c == '-' || c == '/') {
      q--;
      sep = SEP_JOIN;
    } else {
      return false;
    }
    int ws = wordStartBefore(q);
    if (ws < 0) {
      return false;
    }
    int code = lookup(ws, q);
    if ((code & (PAIR_FIRST | PAIR_SECOND)) != 0) {
      // "تشرين الثاني 2024": the word before the second is the first of the month's name.
      int p = ws;
      while (p > lastEnd && ws - p < MAX_SPACES && isSpace(t[p - 1])) {
        p--;
      }
      int ws2 = p < ws ? wordStartBefore(p) : -1;
      int first = ws2 < 0 ? 0 : lookup(ws2, p);
      if ((first & PAIR) == 0) {
        return false;
      }
      code = pairMonth(first, code);
      ws = ws2;
    }
    if ((code & MONTH) == 0 || (code & EN) != 0 && !Chars.isUpperCase(t[ws])
        || sep == SEP_DOT && (code & ABBR) == 0) {
      return false;
    }
    monthStart = ws;
    monthEnd = q;
    monthCode = code;
    monthSep = sep;
    return true;
  }

  /**
   * A month name after a day ending at {@code p}: separated by spaces, {@code of}, a hyphen or a slash. Fills
   * monthStart, monthEnd (past an abbreviation's full stop) and monthCode.
   */
  private boolean monthAfter(int p) {
    if (p >= n) {
      return false;
    }
    int q = p;
    char c = t[q];
    if (isSpace(c)) {
      q = skipSpaces(q);
      if (q < n && (t[q] == 'o' || t[q] == 'O')) {
        int we = wordEnd(q);
        if (we > 0 && (lookup(q, we) & OF) != 0) {
          int r = skipSpaces(we);
          if (r == we) {
            return false;
          }
          q = r;
        }
      }
    } else if (c == '-' || c == '/') {
      q++;
    } else {
      return false;
    }
    if (q >= n || !isLetter(t[q])) {
      return false;
    }
    int we = wordEnd(q);
    if (we < 0) {
      return false;
    }
    int code = lookup(q, we);
    if ((code & PAIR) != 0) {
      // "10 تشرين الثاني": the month is told by the second word.
      int r = skipSpaces(we);
      int we2 = r > we && r < n && isLetter(t[r]) ? wordEnd(r) : -1;
      int second = we2 < 0 ? 0 : lookup(r, we2);
      if ((second & (PAIR_FIRST | PAIR_SECOND)) == 0) {
        return false;
      }
      code = pairMonth(code, second);
      we = we2;
    }
    if ((code & MONTH) == 0 || (code & EN) != 0 && !Chars.isUpperCase(t[q])) {
      return false;
    }
    monthStart = q;
    monthCode = code;
    monthEnd = (code & ABBR) != 0 && we < n && t[we] == '.' ? we + 1 : we;
    return true;
  }

  /**
   * A four-digit year after a day or month ending at {@code p}: {@code , 2023}, {@code  2023}, {@code -2012},
   * {@code /2012}, with a Russian year word if one follows. Fills yearValue and yearEnd.
   */
  private boolean yearAfter(int p) {
    if (p >= n) {
      return false;
    }
    int q = p;
    char c = t[q];
    if (c == ',') {
      q = skipSpaces(q + 1);
    } else if (isSpace(c)) {
      q = skipSpaces(q);
    } else if (c == '-' || c == '/') {
      q++;
    } else {
      return false;
    }
    int ye = digitsEnd(q);
    if (ye - q != 4) {
      return false;
    }
    int y = value(q, ye);
    int end = yearEnd(ye);
    if (y < MIN_YEAR || y > MAX_YEAR || end < 0 || roundCount(y, ye, end)) {
      return false;
    }
    yearValue = y;
    yearEnd = end;
    return true;
  }

  /**
   * True when a round hundred after a date is rather a count: {@code On March 20, 1500 people},
   * {@code In May 2000 people}. No year word follows it and a lower-case noun does.
   */
  private boolean roundCount(int y, int ye, int end) {
    return y % 100 == 0 && end == ye && !followOk(ye);
  }

  /** Past a Russian year word after a year ending at {@code ye}, or {@code ye} at a clean boundary, else -1. */
  private int yearEnd(int ye) {
    int se = yearSuffix(ye);
    if (se > ye) {
      return se;
    }
    return boundaryAfter(ye) ? ye : -1;
  }

  /**
   * Past a Russian year word ({@code г.}, {@code гг.}, {@code года}, {@code году}, ..., also after an ordinal
   * ending: {@code 2022-м году}) that follows a year ending at {@code p}; {@code p} when there is none.
   */
  private int yearSuffix(int p) {
    int q = p;
    if (q + 1 < n && isDash(t[q]) && isLetter(t[q + 1])) {
      int we = wordEnd(q + 1);
      if (we < 0 || (lookup(q + 1, we) & ORDINAL_ENDING) == 0) {
        return p;
      }
      int r = yearWord(we);
      return r > we ? r : p;
    }
    int r = yearWord(q);
    return r > q ? r : p;
  }

  private int yearWord(int p) {
    int q = p < n && isSpace(t[p]) ? p + 1 : p;
    if (q >= n || !isLetter(t[q])) {
      return p;
    }
    int we = wordEnd(q);
    int code = we < 0 ? 0 : lookup(q, we);
    if ((code & YEAR_SUFFIX) == 0 || q > p && we == q + 1 && t[q] == '\u0645') {
      // Arabic م ("of the Christian era") only glued to the year: "1500 م" may be metres.
      return p;
    }
    return (code & ABBR) != 0 && we < n && t[we] == '.' ? we + 1 : we;
  }

  /**
   * A range connector after {@code p}: a dash (spaces around it optional) or a word such as {@code to} or
   * {@code по} between spaces. Returns the index after it and sets connectorWord, or -1.
   */
  private int connector(int p) {
    int q = skipSpaces(p);
    if (q >= n) {
      return -1;
    }
    char c = t[q];
    if (isDash(c) || c == '&') {
      connectorWord = false;
      connectorAnd = c == '&';
      return skipSpaces(q + 1);
    }
    if (q == p || !isLetter(c)) {
      return -1;
    }
    int we = wordEnd(q);
    if (we < 0 || (lookup(q, we) & (CONNECTOR | AND)) == 0) {
      return -1;
    }
    int r = skipSpaces(we);
    if (r == we && !(c == '\u0648' && we < n && digit(we))) {
      // Only Arabic و is written joined to the number after it.
      return -1;
    }
    connectorWord = (lookup(q, we) & CONNECTOR) != 0;
    connectorAnd = !connectorWord;
    return r;
  }

  /** Start of a weekday name that directly precedes a date starting at {@code pos} ({@code Monday, }), else pos. */
  private int weekdayBefore(int pos) {
    int ws = wordBefore(pos, true);
    if (ws < 0 || (wordCode & WEEKDAY) == 0 || (wordCode & EN) != 0 && !Chars.isUpperCase(t[ws])) {
      return pos;
    }
    return ws;
  }

  /** Start of {@code с}/{@code from} just before a range starting at {@code pos}, else -1. */
  private int fromBefore(int pos) {
    int ws = wordBefore(pos, false);
    return ws >= 0 && (wordCode & FROM) != 0 ? ws : -1;
  }

  /** The flags of the word just before a bare year ({@code in}, {@code of}, {@code в}, {@code year}), else 0. */
  private int contextBefore(int pos) {
    return wordBefore(pos, false) >= 0 ? wordCode : 0;
  }

  /**
   * The word before {@code pos}, separated from it by 1-3 spaces (and, with {@code comma}, a comma or full stop
   * right after the word). Returns its start and sets wordCode, or -1.
   */
  private int wordBefore(int pos, boolean comma) {
    int q = pos;
    int k = 0;
    while (q > lastEnd && k < MAX_SPACES && isSpace(t[q - 1])) {
      q--;
      k++;
    }
    if (k == 0) {
      return -1;
    }
    if (comma && q > lastEnd && (t[q - 1] == ',' || t[q - 1] == '.')) {
      q--;
    }
    int ws = wordStartBefore(q);
    if (ws < 0) {
      return -1;
    }
    wordCode = lookup(ws, q);
    return ws;
  }

  /** Start of the whole word of letters ending at {@code end}, not before lastEnd, or -1. */
  private int wordStartBefore(int end) {
    int ws = end;
    while (ws > lastEnd && end - ws <= MAX_WORD && isLetter(t[ws - 1])) {
      ws--;
    }
    if (ws == end || end - ws > MAX_WORD || ws > 0 && isLetter(t[ws - 1])) {
      return -1;
    }
    return ws;
  }

  /** End of the word of letters starting at {@code q}, or -1 when it is longer than any known word. */
  private int wordEnd(int q) {
    int we = q;
    while (we < n && isLetter(t[we])) {
      if (we - q >= MAX_WORD) {
        return -1;
      }
      we++;
    }
    return we;
  }

  /**
   * The month of a Levantine name of two words: {@code تشرين الأول} October, {@code تشرين الثاني} November,
   * {@code كانون الأول} December, {@code كانون الثاني} January.
   */
  private static int pairMonth(int first, int second) {
    int m = first & MONTH;
    if ((second & PAIR_SECOND) != 0) {
      m = m % 12 + 1;
    }
    return (first & ~(MONTH | PAIR)) | m;
  }

  /** True when a number (a day) stands just before {@code pos}: {@code 32 августа 2014} is no month and year. */
  private boolean numberBefore(int pos) {
    int q = pos;
    int k = 0;
    while (q > 0 && k < MAX_SPACES && isSpace(t[q - 1])) {
      q--;
      k++;
    }
    if (k == 0 && q > 0 && (t[q - 1] == '-' || t[q - 1] == '/')) {
      q--;
    }
    return q > 0 && digit(q - 1);
  }

  /**
   * True when the bare year starting at {@code s} continues a list of years: {@code 2025 and 2026},
   * {@code 2014, 2015}, {@code 2014 и 2015}.
   */
  private boolean chainBefore(int s) {
    if (lastYearEnd < 0 || s <= lastYearEnd || s - lastYearEnd > 12) {
      return false;
    }
    int q = skipSpaces(lastYearEnd);
    boolean joined = false;
    if (q < s && (t[q] == ',' || t[q] == '\u060C')) {
      q = skipSpaces(q + 1);
      joined = true;
    }
    if (q < s && t[q] == '&') {
      q = skipSpaces(q + 1);
      joined = true;
    } else if (q < s && isLetter(t[q])) {
      int we = wordEnd(q);
      if (we < 0 || (lookup(q, we) & CONJ) == 0) {
        return false;
      }
      q = skipSpaces(we);
      joined = true;
    }
    return joined && q == s;
  }

  /**
   * After a bare year: punctuation, the end, a capitalised word or one of the function words that may follow a
   * year. A lower-case noun means a count: {@code in 1500 cases}.
   */
  private boolean followOk(int end) {
    int q = skipSpaces(end);
    if (q >= n || !Chars.isLowerCase(t[q])) {
      return true;
    }
    int we = wordEnd(q);
    return we > 0 && (lookup(q, we) & (FOLLOW | YEAR_SUFFIX)) != 0;
  }

  /** After the digits of a day: no further digits of a time, decimal or percentage ({@code 12:30}, {@code 5.3}). */
  private boolean dayEndOk(int p) {
    if (p >= n) {
      return true;
    }
    char c = t[p];
    if (isLetter(c) || c == '%' || c == '\u2030') {
      return false;
    }
    return !((c == ':' || c == '.') && p + 1 < n && digit(p + 1));
  }

  /** An ordinal ending right after a day: {@code 6th}, {@code 1st}, {@code 24го}, {@code 24-го}. */
  private int ordinalEnd(int p) {
    if (p + 1 >= n) {
      return p;
    }
    char a = DateWords.lower(t[p]);
    char b = DateWords.lower(t[p + 1]);
    boolean english = a == 's' && b == 't' || a == 'n' && b == 'd' || a == 'r' && b == 'd' || a == 't' && b == 'h';
    if ((english || a == 'г' && b == 'о') && !letterAt(p + 2)) {
      return p + 2;
    }
    if (a == '-' && b == 'г' && p + 2 < n && DateWords.lower(t[p + 2]) == 'о' && !letterAt(p + 3)) {
      return p + 3;
    }
    if (a == '-' && b == 'е' && !letterAt(p + 2)) {
      // "28-е августа"
      return p + 2;
    }
    return p;
  }

  /**
   * What may stand before a number that starts a date: not a letter or digit ({@code A4}, {@code #Eurasia4You}),
   * not a currency or number sign ({@code $5}, {@code №2022}, {@code +7}), not a slash ({@code A/RES/73/127}), and
   * not a dot, comma, colon or dash right after a digit or letter ({@code 9.4}, {@code 12:30}, {@code 244-16-06}).
   */
  private boolean prefixOk(int s) {
    if (s == 0) {
      return true;
    }
    char c = t[s - 1];
    if (c == '\u0648' && (s == 1 || !isLetter(t[s - 2]))) {
      // Arabic و ("and") is written joined to the next word: "بين 2018 و2023".
      return true;
    }
    if (isLetter(c) && c < '\u3000' || digit(s - 1) || c == '$' || c == '€' || c == '£' || c == '₽' || c == '¥' || c == '#'
        || c == '№' || c == '+' || c == '/' || c == '\\' || c == '_' || c == '@' || c == '=') {
      return false;
    }
    if ((c == '.' || c == ',' || c == ':' || isDash(c)) && s >= 2) {
      char b = t[s - 2];
      return !(isLetter(b) || b >= '0' && b <= '9');
    }
    return true;
  }

  /**
   * What may follow the last digit of a date: not a letter or digit, not {@code %}, not a dash and a letter
   * ({@code 1990-е}), not a dot, comma, colon, slash or dash and a digit ({@code 2022.5}, {@code 2022/23}).
   */
  private boolean boundaryAfter(int p) {
    if (p >= n) {
      return true;
    }
    char c = t[p];
    if (isLetter(c) && c < '\u3000' || c >= '0' && c <= '9' || c == '%' || c == '\u2030') {
      // Chinese and Japanese write no blank between a number and the next word: "2023-11-16起".
      return false;
    }
    if (isDash(c) && p + 1 < n && isLetter(t[p + 1])) {
      // "1990-е годы" is a decade; "2022-м году" was taken by yearSuffix before this is asked.
      return false;
    }
    return !((c == '.' || c == ',' || c == ':' || c == '/' || isDash(c)) && p + 1 < n && digit(p + 1));
  }

  private int skipSpaces(int p) {
    int q = p;
    int k = 0;
    while (q < n && k < MAX_SPACES && isSpace(t[q])) {
      q++;
      k++;
    }
    return q;
  }

  private int digitsEnd(int p) {
    int q = p;
    while (q < n && digit(q)) {
      q++;
    }
    return q;
  }

  private int value(int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      v = v * 10 + (t[i] - '0');
    }
    return v;
  }

  private boolean digit(int i) {
    char c = t[i];
    return c >= '0' && c <= '9';
  }

  private boolean letterAt(int i) {
    return i < n && isLetter(t[i]);
  }

  static boolean isLetter(char c) {
    if (c < 128) {
      return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
    }
    return Chars.isLetter(c);
  }

  /** Spaces inside one date: ASCII space, no-break and thin spaces; never a line break. */
  static boolean isSpace(char c) {
    return c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\u2009' || c == '\u2007';
  }

  /** Hyphen-minus, the Unicode hyphens and dashes, and the minus sign. */
  static boolean isDash(char c) {
    return c == '-' || c >= '\u2010' && c <= '\u2014' || c == '\u2212';
  }

  // ---------------------------------------------------------------------------------------------------------
  // ISO values without String.format.

  // The values are written digit by digit into a char array: StringBuilder, Integer.toString and string
  // concatenation inlined into every form that emits a date made those forms several times larger for the JIT.

  private static String isoDay(int y, int m, int d) {
    if (!fourDigits(y) || !twoDigits(m) || !twoDigits(d)) {
      return y + "-" + two(m) + "-" + two(d);
    }
    char[] c = new char[10];
    putYear(c, y);
    c[4] = '-';
    putTwo(c, 5, m);
    c[7] = '-';
    putTwo(c, 8, d);
    return new String(c);
  }

  private static String yearMonth(int y, int m) {
    if (!fourDigits(y) || !twoDigits(m)) {
      return y + "-" + two(m);
    }
    char[] c = new char[7];
    putYear(c, y);
    c[4] = '-';
    putTwo(c, 5, m);
    return new String(c);
  }

  private static String monthDay(int m, int d) {
    if (!twoDigits(m) || !twoDigits(d)) {
      return "--" + two(m) + "-" + two(d);
    }
    char[] c = {'-', '-', 0, 0, '-', 0, 0};
    putTwo(c, 2, m);
    putTwo(c, 5, d);
    return new String(c);
  }

  private static boolean fourDigits(int y) {
    return y >= 1000 && y <= 9999;
  }

  private static boolean twoDigits(int v) {
    return v >= 0 && v <= 99;
  }

  private static void putYear(char[] c, int y) {
    c[0] = (char) ('0' + y / 1000);
    c[1] = (char) ('0' + y / 100 % 10);
    c[2] = (char) ('0' + y / 10 % 10);
    c[3] = (char) ('0' + y % 10);
  }

  private static void putTwo(char[] c, int at, int v) {
    c[at] = (char) ('0' + v / 10);
    c[at + 1] = (char) ('0' + v % 10);
  }

  private static String two(int v) {
    return v < 10 ? "0" + v : Integer.toString(v);
  }
}
