package org.tgparse.eval;

/**
 * One mark of the evaluation corpus ({@code eval/ANNOTATION.md}), with offsets into the post's plain text.
 *
 * @param kind what the mark says
 * @param start UTF-16 offset into the post's text, inclusive
 * @param end UTF-16 offset, exclusive
 * @param text the marked text
 * @param value the country code ({@code -} for none) of a place, the value of a date ({@code 2023-03-20},
 *     {@code 2022/2023}), null for a neutral span
 */
public record GoldSpan(Kind kind, int start, int end, String text, String value) {
  /** What a mark is. */
  public enum Kind { PLACE, DATE, NEUTRAL }

  /** @return a date's start value ({@code 2022} of {@code 2022/2023}); the value itself for other kinds */
  public String startValue() {
    int slash = value == null ? -1 : value.indexOf('/');
    return slash < 0 ? value : value.substring(0, slash);
  }
}
