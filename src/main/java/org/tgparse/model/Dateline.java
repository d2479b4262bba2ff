package org.tgparse.model;

/**
 * A news dateline: the place and date a post was written, such as {@code 📍 Moscow, March 20, 2023},
 * {@code (New York, July 16, 2024)} or {@code МОСКВА, 20 марта. /ТАСС/}.
 *
 * @param text the dateline as written
 * @param start UTF-16 offset into the message text, inclusive
 * @param end UTF-16 offset, exclusive
 * @param place the place (kind {@link Place.PlaceKind#DATELINE})
 * @param date the date, or null when the dateline names only a place
 */
public record Dateline(String text, int start, int end, Place place, DateMention date) {
  /** Checks the span. */
  public Dateline {
    Entity.checkSpan(text, start, end);
  }
}
