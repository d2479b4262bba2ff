package org.tgparse.model;

/**
 * One emoji sequence (UTS #51: a single emoji, with VS16, keycap, flag, tag sequence, skin-tone modifier or ZWJ
 * sequence), exactly as written.
 *
 * @param text the sequence as written
 * @param start UTF-16 offset, inclusive
 * @param end UTF-16 offset, exclusive
 * @param name the CLDR short name, such as {@code round pushpin}
 * @param lineStart true when only blanks precede it on its line (posts use emoji as line markers)
 * @param regionCode for a flag, its region code ({@code RU}, {@code UN}); otherwise null
 */
public record EmojiMarker(String text, int start, int end, String name, boolean lineStart, String regionCode)
    implements Entity {
  /** Checks the span. */
  public EmojiMarker {
    Entity.checkSpan(text, start, end);
  }

  @Override
  public Kind kind() {
    return Kind.EMOJI;
  }
}
