package org.tgparse.extract;

import java.time.LocalDate;
import java.util.List;
import org.tgparse.model.DateMention;

/** Dates mentioned in English and Russian text. */
public final class DateExtractor {
  private DateExtractor() {
  }

  /**
   * @param text any text
   * @param reference the date year-less dates take their year from, or null
   * @return dates in order
   */
  public static List<DateMention> extract(String text, LocalDate reference) {
    return List.of();
  }

  /**
   * @param date a date mention
   * @return its day when it has day precision and a year, else null
   */
  public static LocalDate toLocalDate(DateMention date) {
    if (date.precision() != org.tgparse.model.DatePrecision.DAY || date.value().startsWith("--")) {
      return null;
    }
    return LocalDate.parse(date.value());
  }
}
