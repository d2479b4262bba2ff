package org.tgparse.internal.io;

/** Small text helpers shared by the readers. */
public final class Texts {
  private Texts() {
  }

  /**
   * Where to cut a text to at most {@code max} UTF-16 code units without splitting a surrogate pair.
   *
   * @param s the text
   * @param max the most code units to keep, at least 1
   * @return {@code max}, or {@code max - 1} when {@code max} falls inside a surrogate pair; {@code s.length()} when
   *     it is short enough
   */
  public static int cutPoint(CharSequence s, int max) {
    if (s.length() <= max) {
      return s.length();
    }
    if (max > 0 && Character.isHighSurrogate(s.charAt(max - 1)) && Character.isLowSurrogate(s.charAt(max))) {
      return max - 1;
    }
    return max;
  }

  /**
   * The title rule every reader shares: the first line that holds anything but white space, with the white space
   * at both ends stripped. White space is Unicode's: {@link Character#isWhitespace} and the space separators
   * ({@link Character#isSpaceChar}), so that the no-break spaces U+00A0 and U+202F, which {@link String#strip()}
   * keeps, go too (Telegram Desktop's HTML export leaves a trailing U+00A0 after some texts).
   *
   * @param text a message text
   * @return its first non-blank line, stripped, or null when the text is blank
   */
  public static String title(String text) {
    int n = text.length();
    int lineStart = 0;
    while (lineStart < n) {
      int nl = text.indexOf('\n', lineStart);
      int lineEnd = nl < 0 ? n : nl;
      int s = lineStart;
      while (s < lineEnd && isSpace(text.charAt(s))) {
        s++;
      }
      if (s < lineEnd) {
        int e = lineEnd;
        while (e > s && isSpace(text.charAt(e - 1))) {
          e--;
        }
        return text.substring(s, e);
      }
      lineStart = lineEnd + 1;
    }
    return null;
  }

  /**
   * @param c a UTF-16 unit
   * @return whether it is white space in the sense of {@link #title}: Java's white space or a Unicode space
   *     separator (all of these are in the Basic Multilingual Plane, so one unit is enough)
   */
  public static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }
}
