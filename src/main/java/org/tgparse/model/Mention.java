package org.tgparse.model;

/**
 * A mention of a user or channel: {@code @username}, or a name linked to a user id (Telegram's
 * {@code mention_name}).
 *
 * @param text the mention as written
 * @param start UTF-16 offset, inclusive
 * @param end UTF-16 offset, exclusive
 * @param username the username without {@code @}, or null for a mention by name
 * @param userId the user id of a mention by name, or null
 */
public record Mention(String text, int start, int end, String username, Long userId) implements Entity {
  /** Checks the span. */
  public Mention {
    Entity.checkSpan(text, start, end);
  }

  @Override
  public Kind kind() {
    return Kind.MENTION;
  }
}
