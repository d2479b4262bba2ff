package org.tgparse.model;

/**
 * A cashtag such as {@code $USD} or {@code $BTC@exchange}.
 *
 * @param text the cashtag as written, with its {@code $}
 * @param start UTF-16 offset of the {@code $}, inclusive
 * @param end UTF-16 offset just past the cashtag, exclusive
 * @param symbol the ticker without {@code $} and without the username
 * @param username the {@code @username} suffix without {@code @}, or null
 */
public record Cashtag(String text, int start, int end, String symbol, String username) implements Entity {
  /** Checks the span. */
  public Cashtag {
    Entity.checkSpan(text, start, end);
  }

  @Override
  public Kind kind() {
    return Kind.CASHTAG;
  }
}
