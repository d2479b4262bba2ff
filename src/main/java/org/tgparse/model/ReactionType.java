package org.tgparse.model;

import java.util.HashMap;
import java.util.Map;

/**
 * The kind of a reaction to a message.
 *
 * <p>Each constant knows the name JSON and the archives use ({@link #jsonName()}). A name this version does
 * not know (a newer Telegram) maps to {@link #OTHER}, and the record keeps the name as written, so nothing
 * is lost.
 */
public enum ReactionType {
  /** A standard emoji reaction; see {@code Reaction.emoji()}. */
  EMOJI("emoji"),
  /** A custom emoji reaction; see {@code Reaction.documentId()}. */
  CUSTOM_EMOJI("custom_emoji"),
  /** A paid (star) reaction. */
  PAID("paid"),
  /** A reaction type this version does not know; the record carries the name as the archive wrote it. */
  OTHER(null);

  private static final Map<String, ReactionType> BY_NAME = new HashMap<>();

  static {
    for (ReactionType v : values()) {
      if (v.jsonName != null) {
        BY_NAME.put(v.jsonName, v);
      }
    }
  }

  private final String jsonName;

  ReactionType(String jsonName) {
    this.jsonName = jsonName;
  }

  /** @return the name used in JSON and by Telegram ({@code emoji}); null for {@link #OTHER} */
  public String jsonName() {
    return jsonName;
  }

  /**
   * @param name a reaction type name as an archive or JSON record writes it; not null
   * @return its constant, or {@link #OTHER} when this version does not know the name
   */
  public static ReactionType fromJsonName(String name) {
    return BY_NAME.getOrDefault(name, OTHER);
  }
}
