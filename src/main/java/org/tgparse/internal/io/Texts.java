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
   * @param text a message text
   * @return its first non-blank line, stripped, or null when the text is blank
   */
  public static String title(String text) {
    int start = 0;
    int n = text.length();
    while (start <= n) {
      int nl = text.indexOf('\n', start);
      int end = nl < 0 ? n : nl;
      String line = text.substring(start, end);
      if (!line.isBlank()) {
        return line.strip();
      }
      if (nl < 0) {
        break;
      }
      start = nl + 1;
    }
    return null;
  }
}
