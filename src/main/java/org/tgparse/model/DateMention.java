package org.tgparse.model;

/**
 * A calendar date mentioned in the text.
 *
 * @param text the date as written
 * @param start UTF-16 offset, inclusive
 * @param end UTF-16 offset, exclusive
 * @param value ISO form: {@code yyyy}, {@code yyyy-MM} or {@code yyyy-MM-dd}; {@code --MM-dd} for a year-less day
 *     with no reference date to take the year from
 * @param precision how much of the date the text gave
 * @param yearInferred true when the year was not written but taken from a reference date
 * @param endValue for a range, the ISO value of its end at the same precision ({@code August 10 - 22, 2012}:
 *     {@code 2012-08-22}; {@code January–March 2023}: {@code 2023-03}; {@code 2025–2026 гг.}: {@code 2026});
 *     otherwise null
 */
public record DateMention(String text, int start, int end, String value, DatePrecision precision,
    boolean yearInferred, String endValue) implements Entity {
  /** Checks the span and the value. */
  public DateMention {
    Entity.checkSpan(text, start, end);
    if (value == null || precision == null) {
      throw new NullPointerException("value and precision are required");
    }
  }

  @Override
  public Kind kind() {
    return Kind.DATE;
  }
}
