package org.tgparse.internal.text;

import java.util.List;
import org.tgparse.internal.io.Lines;

/**
 * Collapses the repeated body of a plain-text copy. The copy writes the headline once, then the rest of the text
 * twice in a row: {@code H A A}. Only that real repetition is collapsed; a post without it keeps every line, and
 * so does a line that occurs twice on purpose.
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
   * @param copyLines lines in the dropped copy
   */
  record Result(List<String> lines, boolean collapsed, boolean truncatedCopy, int keptLines, int copyLines) {
  }

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
      return new Result(lines.subList(0, 1 + half), true, false, half, half);
    }
    // A A with the headline inside the repeated part; at least two lines, so that a single line written twice
    // on purpose is kept.
    if (n >= 4 && n % 2 == 0 && halvesEqual(lines, 0, n)) {
      return new Result(lines.subList(0, n / 2), true, false, n / 2, n / 2);
    }
    if (atEndOfInput && n >= 4) {
      // H A A' where the copy A' was cut off with the file: A' is a proper prefix of A, at least two lines and
      // at least half of A, so that a short accidental match is not taken for a copy.
      int rest = n - 1;
      for (int k = (rest + 2) / 2; k < rest; k++) {
        int copy = rest - k;
        if (copy < 2 || copy * 2 < k) {
          break;
        }
        if (rangeEquals(lines, 1, 1 + k, copy)) {
          return new Result(lines.subList(0, 1 + k), true, true, k, copy);
        }
      }
    }
    return new Result(lines, false, false, n, 0);
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
