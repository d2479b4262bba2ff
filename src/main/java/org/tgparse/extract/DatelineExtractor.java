package org.tgparse.extract;

import java.time.LocalDate;
import org.tgparse.model.Dateline;

/** News datelines: {@code 📍 Moscow, March 20, 2023}, {@code (Astana, November 7, 2024)}, {@code МОСКВА, 20 марта. /ТАСС/}. */
public final class DatelineExtractor {
  private DatelineExtractor() {
  }

  /**
   * @param text any text
   * @param reference the date a year-less dateline takes its year from, or null
   * @return the dateline, or null
   */
  public static Dateline extract(String text, LocalDate reference) {
    return null;
  }
}
