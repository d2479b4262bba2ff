package org.tgparse.model;

/**
 * An entity as the format itself marked it (Telegram's {@code text_entities}, or the markup of an HTML export):
 * formatting such as bold or spoiler, and the semantic kinds Telegram knows (hashtag, mention, link, ...).
 *
 * @param text the entity's text
 * @param start UTF-16 offset into the message text, inclusive
 * @param end UTF-16 offset, exclusive
 * @param type Telegram's type name: {@code bold}, {@code italic}, {@code underline}, {@code strikethrough},
 *     {@code spoiler}, {@code code}, {@code pre}, {@code blockquote}, {@code text_link}, {@code link},
 *     {@code hashtag}, {@code cashtag}, {@code mention}, {@code mention_name}, {@code email}, {@code phone},
 *     {@code bot_command}, {@code bank_card}, {@code custom_emoji}, {@code unknown}, ...
 * @param href the target of a {@code text_link} (or of an HTML link), else null
 * @param language the language of a {@code pre} block (may be empty), else null
 * @param userId the user of a {@code mention_name}, else null
 * @param documentId the custom emoji's document (a sticker path in exports), else null
 * @param collapsed for a {@code blockquote}, whether it was collapsed; else null
 */
public record TextEntity(String text, int start, int end, String type, String href, String language, Long userId,
    String documentId, Boolean collapsed) implements Entity {
  /** Checks the span and the type. */
  public TextEntity {
    Entity.checkSpan(text, start, end);
    if (type == null) {
      throw new NullPointerException("type");
    }
  }

  /**
   * An entity with only a type.
   *
   * @param text the entity's text
   * @param start inclusive UTF-16 offset
   * @param end exclusive UTF-16 offset
   * @param type Telegram's type name
   * @return the entity
   */
  public static TextEntity of(String text, int start, int end, String type) {
    return new TextEntity(text, start, end, type, null, null, null, null, null);
  }

  @Override
  public Kind kind() {
    return Kind.TEXT_ENTITY;
  }
}
