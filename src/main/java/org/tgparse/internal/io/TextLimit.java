package org.tgparse.internal.io;

import java.util.Locale;

/**
 * Applies {@link org.tgparse.read.Limits#maxTextLength()} to a message text: one place cuts, and one place words
 * the issue, for every reader. The limit counts UTF-16 code units, as documented; the cut falls at the last whole
 * code point within it, so that a surrogate pair is never split (an emoji of two code units under a limit of one
 * keeps nothing), and the issue gives the text's real length and the length kept.
 */
public final class TextLimit {
  private TextLimit() {
  }

  /**
   * @param text a message text, possibly already cut while it was read
   * @param originalLength the text's length before any cut, in UTF-16 code units
   * @param max the limit
   * @param file the input's name
   * @param line the message's line, or 0
   * @param issues where the cut is reported
   * @return {@code text} when the original was within the limit, else its longest whole-code-point prefix within it
   */
  public static String apply(String text, long originalLength, int max, String file, long line, IssueSink issues) {
    if (originalLength <= max && text.length() <= max) {
      return text;
    }
    String kept = text.substring(0, Texts.cutPoint(text, max));
    issues.warn(file, line, 0, message(Math.max(originalLength, text.length()), kept.length(), max));
    return kept;
  }

  /**
   * @param originalLength the text's length in UTF-16 code units
   * @param kept the code units kept
   * @param max the limit
   * @return the issue's wording
   */
  public static String message(long originalLength, int kept, int max) {
    return String.format(Locale.ROOT, "message text of %d UTF-16 code units was cut to %d%s (limit maxTextLength,"
        + " option --max-text-length)", originalLength, kept,
        kept < max ? String.format(Locale.ROOT, ", not %d, to keep whole characters", max) : "");
  }
}
