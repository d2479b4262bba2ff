package org.tgparse.model;

/**
 * An entity as the format itself marked it (Telegram's {@code text_entities}, or the markup of an HTML export):
 * formatting such as bold or spoiler, and the semantic kinds Telegram knows (hashtag, mention, link, ...).
 *
 * @param text the entity's text
 * @param start UTF-16 offset into the message text, inclusive
 * @param end UTF-16 offset, exclusive
 * @param type the type ({@link TextEntityType}: Telegram's {@code bold}, {@code italic}, ..., {@code custom_emoji},
 *     {@code unknown}); {@link TextEntityType#OTHER} for a type this version does not know; never null
 * @param otherType the type's name as the archive wrote it when {@code type} is {@link TextEntityType#OTHER},
 *     else null
 * @param href the target of a {@code text_link} (or of an HTML link), else null
 * @param language the language of a {@code pre} block (may be empty), else null
 * @param userId the user of a {@code mention_name}, else null
 * @param documentId the custom emoji's document (a sticker path in exports), else null
 * @param collapsed for a {@code blockquote}, whether it was collapsed; else null
 */
public record TextEntity(String text, int start, int end, TextEntityType type, String otherType, String href,
    String language, Long userId, String documentId, Boolean collapsed) implements Entity {
  /** Checks the span and the type; {@code otherType} is kept only for {@link TextEntityType#OTHER}. */
  public TextEntity {
    Entity.checkSpan(text, start, end);
    java.util.Objects.requireNonNull(type, "type");
    if (type == TextEntityType.OTHER) {
      java.util.Objects.requireNonNull(otherType, "otherType (required for OTHER)");
      // A name this version knows is that constant, so that equal JSON means equal records.
      if (TextEntityType.fromJsonName(otherType) != TextEntityType.OTHER) {
        type = TextEntityType.fromJsonName(otherType);
        otherType = null;
      }
    } else {
      otherType = null;
    }
  }

  /**
   * An entity from its type's name as an archive writes it.
   *
   * @param text the entity's text
   * @param start inclusive UTF-16 offset
   * @param end exclusive UTF-16 offset
   * @param typeName Telegram's type name ({@code bold}, {@code text_link}, ...); an unknown name is kept as
   *     {@link TextEntityType#OTHER} with the name in {@link #otherType()}
   * @param href the target of a {@code text_link}, else null
   * @param language the language of a {@code pre} block, else null
   * @param userId the user of a {@code mention_name}, else null
   * @param documentId the custom emoji's document, else null
   * @param collapsed for a {@code blockquote}, whether it was collapsed; else null
   */
  public TextEntity(String text, int start, int end, String typeName, String href, String language, Long userId,
      String documentId, Boolean collapsed) {
    this(text, start, end, TextEntityType.fromJsonName(java.util.Objects.requireNonNull(typeName, "typeName")),
        typeName, href, language, userId, documentId, collapsed);
  }

  /** @return the type's name as JSON writes it: Telegram's name, or the archive's own for {@code OTHER} */
  public String typeName() {
    return type == TextEntityType.OTHER ? otherType : type.jsonName();
  }

  /**
   * An entity with only a type.
   *
   * @param text the entity's text
   * @param start inclusive UTF-16 offset
   * @param end exclusive UTF-16 offset
   * @param typeName Telegram's type name
   * @return the entity
   */
  public static TextEntity of(String text, int start, int end, String typeName) {
    return new TextEntity(text, start, end, typeName, null, null, null, null, null);
  }

  /**
   * An entity with only a type.
   *
   * @param text the entity's text
   * @param start inclusive UTF-16 offset
   * @param end exclusive UTF-16 offset
   * @param type the type, not {@link TextEntityType#OTHER}
   * @return the entity
   */
  public static TextEntity of(String text, int start, int end, TextEntityType type) {
    return new TextEntity(text, start, end, type, null, null, null, null, null, null);
  }

  @Override
  public Kind kind() {
    return Kind.TEXT_ENTITY;
  }
}
