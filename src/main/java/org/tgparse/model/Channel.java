package org.tgparse.model;

/**
 * The chat or channel a message belongs to, as far as the archive says.
 *
 * @param name display name (title), or null
 * @param type Telegram's chat type ({@code public_channel}, {@code private_group}, ...), or null
 * @param id the chat id as the archive wrote it, or null
 * @param username the public username without {@code @} (t.me pages), or null
 * @param description the channel description (t.me pages), or null
 * @param subscribers the subscriber count (t.me pages), or null
 */
public record Channel(String name, String type, String id, String username, String description, Long subscribers) {
  /**
   * @param name display name
   * @param type chat type, or null
   * @param id chat id, or null
   * @return a channel with only these fields
   */
  public static Channel of(String name, String type, String id) {
    return new Channel(name, type, id, null, null, null);
  }
}
