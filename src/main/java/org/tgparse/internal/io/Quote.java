package org.tgparse.internal.io;

import java.util.Locale;

/**
 * Quotes a value from the input in an issue or error message. Every message that quotes a value goes through
 * here, so that a hostile value (a 10 MB attribute, a key of 50,000 characters) gives a line of bounded length on
 * standard error: at most {@value #MAX} characters of the value are shown, with its full length, and line breaks
 * are shown as escapes so that one issue stays one line.
 */
public final class Quote {
  /** The most characters of a value shown. */
  public static final int MAX = 80;

  private Quote() {
  }

  /**
   * @param value a value from the input, or null
   * @return the value in double quotes, shortened (see {@link #abbreviated}); {@code null} for null
   */
  public static String quoted(String value) {
    return value == null ? "null" : "\"" + abbreviated(value) + "\"";
  }

  /**
   * @param value a value from the input
   * @return the value with line breaks escaped and, when longer than {@value #MAX} characters, its first
   *     characters (whole code points) followed by {@code ... (N characters)}
   */
  public static String abbreviated(String value) {
    String shown = value;
    String rest = "";
    if (value.length() > MAX) {
      shown = value.substring(0, Texts.cutPoint(value, MAX - 3));
      rest = String.format(Locale.ROOT, "... (%d characters)", value.length());
    }
    if (shown.indexOf('\n') >= 0 || shown.indexOf('\r') >= 0) {
      shown = shown.replace("\r", "\\r").replace("\n", "\\n");
    }
    return shown + rest;
  }
}
