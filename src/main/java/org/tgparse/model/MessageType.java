package org.tgparse.model;

/** What a record is. Written in JSON in lower case ({@code message}, {@code service}, {@code unsupported}). */
public enum MessageType {
  /** A post or message with content. */
  MESSAGE,
  /** A service message: channel created, message pinned, members joined... ({@code action} says which). */
  SERVICE,
  /** A message the exporting client could not render (Telegram Desktop's {@code type: unsupported}). */
  UNSUPPORTED;

  /** @return the name used in JSON: {@code message}, {@code service} or {@code unsupported} */
  public String jsonName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
