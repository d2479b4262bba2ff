package org.tgparse.internal.desktophtml;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Reads the day of a day separator, {@code <div class="message service" id="message-1">...20 March 2023</div>}
 * ({@code docs/formats.md}): Telegram Desktop writes it in English, {@code D Month YYYY}, as the
 * exporting PC's local day.
 */
final class DaySeparators {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

  private DaySeparators() {
  }

  /**
   * @param text the separator's text
   * @return its day, or null when it is not {@code D Month YYYY}
   */
  static LocalDate day(String text) {
    String s = text.strip();
    if (s.isEmpty() || s.length() > 30) {
      return null;
    }
    try {
      return LocalDate.parse(s, DAY);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
