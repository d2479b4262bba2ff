package org.tgparse.eval;

/**
 * One place or date an extractor found in a corpus post.
 *
 * @param kind {@link GoldSpan.Kind#PLACE} or {@link GoldSpan.Kind#DATE}
 * @param start UTF-16 offset into the post's text, inclusive
 * @param end UTF-16 offset, exclusive
 * @param value a place's country code (null when it has none or the extractor gives none), a date's start value
 *     ({@code yyyy}, {@code yyyy-MM}, {@code yyyy-MM-dd} or {@code --MM-dd})
 * @param endValue the end of a date range, or null
 */
public record Finding(GoldSpan.Kind kind, int start, int end, String value, String endValue) {
  /** A finding that is no range. */
  public Finding(GoldSpan.Kind kind, int start, int end, String value) {
    this(kind, start, end, value, null);
  }
}
