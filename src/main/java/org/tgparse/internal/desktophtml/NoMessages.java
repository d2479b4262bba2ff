package org.tgparse.internal.desktophtml;

import org.tgparse.internal.io.IssueSink;

/**
 * Says why a Desktop HTML page gave no record, so that an input is never read into nothing without a word (in
 * strict mode the issue is the error).
 */
final class NoMessages {
  private NoMessages() {
  }

  /**
   * @param file the page's name
   * @param messageDivs how many message divs it held (day separators and notes included)
   * @param issues where the issue goes
   */
  static void report(String file, int messageDivs, IssueSink issues) {
    if (messageDivs == 0) {
      issues.warn(file, 0, 0, "no messages: expected Telegram Desktop's HTML export (div class=\"message ...\"),"
          + " found none; if this is another kind of file, let the format be detected (drop --format) or name"
          + " its format");
    } else {
      issues.warn(file, 0, 0, "no messages: the page holds only day separators and notes (an empty chat?)");
    }
  }
}
