package org.tgparse.model;

import java.util.Objects;

/**
 * A reaction with its count.
 *
 * @param type {@link ReactionType#EMOJI}, {@link ReactionType#CUSTOM_EMOJI} or {@link ReactionType#PAID};
 *     {@link ReactionType#OTHER} for a kind this version does not know; never null
 * @param otherType the type's name as the archive wrote it when {@code type} is {@link ReactionType#OTHER}, else null
 * @param emoji the emoji of an emoji reaction (or the fallback of a custom one), else null
 * @param documentId the custom emoji's document, else null
 * @param count how many reacted, or null when the archive did not say
 */
public record Reaction(ReactionType type, String otherType, String emoji, String documentId, Long count) {
  /** Checks the type; {@code otherType} is kept only for {@link ReactionType#OTHER}. */
  public Reaction {
    Objects.requireNonNull(type, "type");
    if (type == ReactionType.OTHER) {
      Objects.requireNonNull(otherType, "otherType (required for OTHER)");
      // A name this version knows is that constant, so that equal JSON means equal records.
      if (ReactionType.fromJsonName(otherType) != ReactionType.OTHER) {
        type = ReactionType.fromJsonName(otherType);
        otherType = null;
      }
    } else {
      otherType = null;
    }
  }

  /**
   * A reaction from its type's name as an archive writes it.
   *
   * @param typeName {@code emoji}, {@code custom_emoji}, {@code paid}; an unknown name is kept as
   *     {@link ReactionType#OTHER} with the name in {@link #otherType()}
   * @param emoji the emoji, or null
   * @param documentId the custom emoji's document, or null
   * @param count how many reacted, or null
   */
  public Reaction(String typeName, String emoji, String documentId, Long count) {
    this(ReactionType.fromJsonName(Objects.requireNonNull(typeName, "typeName")), typeName, emoji, documentId, count);
  }

  /** @return the type's name as JSON writes it: the known name, or the archive's own for {@code OTHER} */
  public String typeName() {
    return type == ReactionType.OTHER ? otherType : type.jsonName();
  }
}
