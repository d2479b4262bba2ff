package org.tgparse.model;

/**
 * An entity found in a message's text: a hashtag, mention, link, date, place, emoji marker and so on.
 *
 * <p>Offsets are UTF-16 code units into the message's {@code text} (Java {@link String} indices, Telegram's own
 * convention), half-open: {@code text.substring(start(), end())} equals {@link #text()}.
 */
public sealed interface Entity
    permits Hashtag, Cashtag, Mention, Link, EmojiMarker, DateMention, Place, TextEntity {

  /** The kinds of entity, for callers that switch on them (Java 17 has no pattern-matching switch). */
  enum Kind { HASHTAG, CASHTAG, MENTION, LINK, EMOJI, DATE, PLACE, TEXT_ENTITY }

  /** @return which kind of entity this is */
  Kind kind();

  /** @return the entity exactly as written in the text */
  String text();

  /** @return the first UTF-16 code unit of the entity in the message text, inclusive */
  int start();

  /** @return the UTF-16 offset just past the entity in the message text, exclusive */
  int end();

  /**
   * Checks offsets shared by every entity record.
   *
   * @param text the entity text
   * @param start inclusive start offset
   * @param end exclusive end offset
   */
  static void checkSpan(String text, int start, int end) {
    if (text == null) {
      throw new NullPointerException("text");
    }
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("expected 0 <= start <= end, found start=" + start + ", end=" + end);
    }
  }
}
