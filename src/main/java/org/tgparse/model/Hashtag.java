package org.tgparse.model;

/**
 * A hashtag such as {@code #CSTO} or {@code #tag@channel}, found by Telegram's own rules.
 *
 * @param text the hashtag as written, with its {@code #} (and {@code @username} when present)
 * @param start UTF-16 offset of the {@code #}, inclusive
 * @param end UTF-16 offset just past the tag, exclusive
 * @param tag the tag without {@code #} and without the username
 * @param username the {@code @username} suffix without {@code @}, or null
 */
public record Hashtag(String text, int start, int end, String tag, String username) implements Entity {
  /** Checks the span. */
  public Hashtag {
    Entity.checkSpan(text, start, end);
  }

  @Override
  public Kind kind() {
    return Kind.HASHTAG;
  }
}
