package org.tgparse.internal.text;

import java.util.List;
import org.tgparse.internal.io.Lines;

/**
 * Collapses the repeated body of a plain-text copy. The copy writes the headline once, then the rest of the text
 * twice in a row: {@code H A A}. Only that real repetition is collapsed; a post without it keeps every line, and
 * so does a line that occurs twice on purpose. A part of two lines or more repeated three times or more
 * ({@code H A A A}, a copy pasted twice) is collapsed to one copy too, and said.
 *
 * <p>Lines are compared with trailing blanks and no-break spaces ignored; the first copy's spelling is kept.
 */
public final class BodyCollapser {
  private BodyCollapser() {
  }

  /**
   * @param lines the kept lines
   * @param collapsed whether a repetition was dropped
   * @param truncatedCopy whether the second copy was cut short (only accepted at the end of the input)
   * @param keptLines lines in the kept copy of the repeated part
   * @param copyLines lines in the dropped copies
   * @param copies how many copies of the repeated part there were, the kept one and a cut-short last one
   *     included (2 for the usual {@code H A A}; 1 when nothing was collapsed)
   */
  record Result(List<String> lines, boolean collapsed, boolean truncatedCopy, int keptLines, int copyLines,
      int copies) {
  }

  /** A body repeated more than twice is collapsed only when the repeated part has at least this many lines. */
  private static final int MIN_PERIOD_OF_MANY_COPIES = 2;

  /**
   * @param lines the post's text lines, blank edges trimmed
   * @param atEndOfInput whether the post is the last of its input, where a cut-short second copy is accepted
   * @return the lines to keep
   */
  static Result collapse(List<String> lines, boolean atEndOfInput) {
    int n = lines.size();
    // H A A: headline, then the rest twice.
    if (n >= 3 && (n - 1) % 2 == 0 && halvesEqual(lines, 1, n)) {
      int half = (n - 1) / 2;
      return new Result(lines.subList(0, 1 + half), true, false, half, half, 2);
    }
    // A A with the headline inside the repeated part; at least two lines, so that a single line written twice
    // on purpose is kept.
    if (n >= 4 && n % 2 == 0 && halvesEqual(lines, 0, n)) {
      return new Result(lines.subList(0, n / 2), true, false, n / 2, n / 2, 2);
    }
    if (n < 4) {
      return new Result(lines, false, false, n, 0, 1);
    }
    // Both rules below ask which prefixes of the part after the headline are also its suffixes: the border
    // array of Knuth, Morris and Pratt answers in time linear in the lines (a post of two million blank lines
    // must not take their square in comparisons, as a search of every split did).
    int[] border = borders(lines);
    Result many = manyCopies(lines, border, atEndOfInput);
    if (many != null) {
      return many;
    }
    if (atEndOfInput) {
      // H A A' where the copy A' was cut off with the file: A' is a proper prefix of A, at least two lines and
      // at least half of A, so that a short accidental match is not taken for a copy. A' is a border of the
      // lines after H; the longest one that leaves A at least half of them is the one taken.
      int rest = n - 1;
      int longest = rest - (rest + 2) / 2;
      int copy = border[rest - 1];
      while (copy > longest) {
        copy = border[copy - 1];
      }
      int k = rest - copy;
      if (copy >= 2 && copy * 2 >= k) {
        return new Result(lines.subList(0, 1 + k), true, true, k, copy, 2);
      }
    }
    return new Result(lines, false, false, n, 0, 1);
  }

  /**
   * {@code H A A A ...}: the part after the headline repeated three times or more (a copy pasted twice), the last
   * copy possibly cut short by the end of the input. Found with the smallest period of the lines after the
   * headline: their count less their longest border.
   *
   * @return the collapsed result, or null when the lines are not three copies or more of one part
   */
  private static Result manyCopies(List<String> lines, int[] border, boolean atEndOfInput) {
    int m = lines.size() - 1;
    if (m < 3 * MIN_PERIOD_OF_MANY_COPIES) {
      return null;
    }
    int period = m - border[m - 1];
    int rest = m % period;
    if (period < MIN_PERIOD_OF_MANY_COPIES || m < 3 * period || (rest != 0 && !atEndOfInput)) {
      return null;
    }
    int copies = m / period + (rest == 0 ? 0 : 1);
    return new Result(lines.subList(0, 1 + period), true, rest != 0, period, m - period, copies);
  }

  /**
   * @param lines a post's lines; the headline, {@code lines[0]}, is left out
   * @return for each {@code i}, the length of the longest proper prefix of {@code lines[1..i+1]} that is also its
   *     suffix (the prefix function of Knuth, Morris and Pratt), lines compared with {@link #sameLine}
   */
  private static int[] borders(List<String> lines) {
    int m = lines.size() - 1;
    int[] border = new int[m];
    for (int i = 1; i < m; i++) {
      String line = lines.get(1 + i);
      int k = border[i - 1];
      while (k > 0 && !sameLine(line, lines.get(1 + k))) {
        k = border[k - 1];
      }
      border[i] = sameLine(line, lines.get(1 + k)) ? k + 1 : k;
    }
    return border;
  }

  private static boolean halvesEqual(List<String> lines, int from, int to) {
    int half = (to - from) / 2;
    return rangeEquals(lines, from, from + half, half);
  }

  private static boolean rangeEquals(List<String> lines, int a, int b, int count) {
    for (int i = 0; i < count; i++) {
      if (!sameLine(lines.get(a + i), lines.get(b + i))) {
        return false;
      }
    }
    return true;
  }

  /** Equal once trailing blanks and no-break spaces are ignored. */
  public static boolean sameLine(String x, String y) {
    if (x.equals(y)) {
      return true; // the usual case for a real repetition; String.equals is vectorised (profiled)
    }
    int ex = trimmedEnd(x);
    int ey = trimmedEnd(y);
    return ex == ey && x.regionMatches(0, y, 0, ex);
  }

  private static int trimmedEnd(String s) {
    int e = s.length();
    while (e > 0) {
      char c = s.charAt(e - 1);
      if (c == ' ' || c == '\t' || c == '\u00A0' || c == '\u202F' || c == '\u2007') {
        e--;
      } else {
        break;
      }
    }
    return e;
  }
}
