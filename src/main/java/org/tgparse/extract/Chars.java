package org.tgparse.extract;

/**
 * The few {@link String} operations the extractors need, on the {@code char[]} they scan.
 *
 * <p>The extractors read a text's characters from one array made once per text ({@link Extractor} makes it).
 * An array element is a single load with a range check the JIT hoists out of the loop, where
 * {@link String#charAt} is a Latin-1/UTF-16 branch, two index checks and a call chain the JIT inlines at every
 * call site: in the hottest methods that chain was more than half the inlined bytecode, which made their compiled
 * code large and slow to produce. Offsets are UTF-16 code units, half-open, as everywhere.
 */
final class Chars {
  private static final byte LETTER = 1;
  private static final byte UPPER = 2;
  private static final byte LOWER = 4;
  private static final byte DIGIT = 8;
  private static final byte WHITESPACE = 16;
  /**
   * The {@link Character} properties of every UTF-16 code unit (64 KiB, built once): one load and a mask where
   * {@code Character.isLetter(char)} is a range switch over its property tables, inlined at every call site.
   */
  private static final byte[] PROPERTIES = new byte[65536];

  static {
    for (int c = 0; c < 65536; c++) {
      char ch = (char) c;
      PROPERTIES[c] = (byte) ((Character.isLetter(ch) ? LETTER : 0) | (Character.isUpperCase(ch) ? UPPER : 0)
          | (Character.isLowerCase(ch) ? LOWER : 0) | (Character.isDigit(ch) ? DIGIT : 0)
          | (Character.isWhitespace(ch) ? WHITESPACE : 0));
    }
  }

  private Chars() {
  }

  /** @return {@link Character#isLetter(char)} */
  static boolean isLetter(char c) {
    return (PROPERTIES[c] & LETTER) != 0;
  }

  /** @return {@link Character#isUpperCase(char)} */
  static boolean isUpperCase(char c) {
    return (PROPERTIES[c] & UPPER) != 0;
  }

  /** @return {@link Character#isLowerCase(char)} */
  static boolean isLowerCase(char c) {
    return (PROPERTIES[c] & LOWER) != 0;
  }

  /** @return {@link Character#isDigit(char)} */
  static boolean isDigit(char c) {
    return (PROPERTIES[c] & DIGIT) != 0;
  }

  /** @return {@link Character#isWhitespace(char)} */
  static boolean isWhitespace(char c) {
    return (PROPERTIES[c] & WHITESPACE) != 0;
  }

  /** @return whether {@code text} has {@code prefix} at {@code at} ({@link String#startsWith(String, int)}) */
  static boolean startsWith(char[] text, int at, String prefix) {
    int n = prefix.length();
    if (at < 0 || at > text.length - n) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      if (text[at + i] != prefix.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /**
   * @return whether {@code text} has {@code other} at {@code at}, ignoring case as
   *     {@link String#regionMatches(boolean, int, String, int, int)} does (so {@code ſ} matches {@code s})
   */
  static boolean regionMatchesIgnoreCase(char[] text, int at, String other) {
    int n = other.length();
    if (at < 0 || at > text.length - n) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char a = text[at + i];
      char b = other.charAt(i);
      if (a != b) {
        char ua = Character.toUpperCase(a);
        char ub = Character.toUpperCase(b);
        if (ua != ub && Character.toLowerCase(ua) != Character.toLowerCase(ub)) {
          return false;
        }
      }
    }
    return true;
  }

  /** @return the first index of {@code c} at or after {@code from}, or -1 ({@link String#indexOf(int, int)}) */
  static int indexOf(char[] text, char c, int from) {
    for (int i = Math.max(from, 0); i < text.length; i++) {
      if (text[i] == c) {
        return i;
      }
    }
    return -1;
  }

  /** @return the last index of {@code c} at or before {@code from}, or -1 ({@link String#lastIndexOf(int, int)}) */
  static int lastIndexOf(char[] text, char c, int from) {
    for (int i = Math.min(from, text.length - 1); i >= 0; i--) {
      if (text[i] == c) {
        return i;
      }
    }
    return -1;
  }

  /** @return the characters {@code [start, end)} as a string ({@link String#substring(int, int)}) */
  static String string(char[] text, int start, int end) {
    return new String(text, start, end - start);
  }
}
