package org.tgparse.read;

/**
 * Limits that keep hostile or broken input from exhausting memory or time, in the manner of Jackson's
 * {@code StreamReadConstraints}. Exceeding one is reported as an issue (or an error in strict mode) whose message
 * names the limit and the option that changes it.
 *
 * @param maxTextLength longest message text in UTF-16 code units; longer text is cut (option
 *     {@code --max-text-length})
 * @param maxLineLength longest input line in UTF-16 code units; longer lines are cut (option
 *     {@code --max-line-length})
 * @param maxNestingDepth deepest JSON nesting accepted (option {@code --max-nesting-depth})
 * @param maxHtmlDepth deepest HTML element nesting accepted (option {@code --max-html-depth})
 * @param maxEntitiesPerMessage most entities of one kind kept per message (option {@code --max-entities})
 */
public record Limits(int maxTextLength, int maxLineLength, int maxNestingDepth, int maxHtmlDepth,
    int maxEntitiesPerMessage) {

  /** The defaults: 4 Mi code units of text, 1 Mi per line, JSON depth 100, HTML depth 512, 10,000 entities. */
  public static final Limits DEFAULTS = new Limits(4 * 1024 * 1024, 1024 * 1024, 100, 512, 10_000);

  /** Checks that every limit is positive. */
  public Limits {
    if (maxTextLength <= 0 || maxLineLength <= 0 || maxNestingDepth <= 0 || maxHtmlDepth <= 0
        || maxEntitiesPerMessage <= 0) {
      throw new IllegalArgumentException("every limit must be positive");
    }
  }

  /** @param v new value @return a copy with that value */
  public Limits withMaxTextLength(int v) {
    return new Limits(v, maxLineLength, maxNestingDepth, maxHtmlDepth, maxEntitiesPerMessage);
  }

  /** @param v new value @return a copy with that value */
  public Limits withMaxLineLength(int v) {
    return new Limits(maxTextLength, v, maxNestingDepth, maxHtmlDepth, maxEntitiesPerMessage);
  }

  /** @param v new value @return a copy with that value */
  public Limits withMaxNestingDepth(int v) {
    return new Limits(maxTextLength, maxLineLength, v, maxHtmlDepth, maxEntitiesPerMessage);
  }

  /** @param v new value @return a copy with that value */
  public Limits withMaxHtmlDepth(int v) {
    return new Limits(maxTextLength, maxLineLength, maxNestingDepth, v, maxEntitiesPerMessage);
  }

  /** @param v new value @return a copy with that value */
  public Limits withMaxEntitiesPerMessage(int v) {
    return new Limits(maxTextLength, maxLineLength, maxNestingDepth, maxHtmlDepth, v);
  }
}
