package org.tgparse.model;

import java.util.HashMap;
import java.util.Map;

/**
 * The type of an entity the archive itself marked in a text: Telegram's own names.
 *
 * <p>Each constant knows the name JSON and the archives use ({@link #jsonName()}). A name this version does
 * not know (a newer Telegram) maps to {@link #OTHER}, and the record keeps the name as written, so nothing
 * is lost.
 */
public enum TextEntityType {
  /** Bold text. */
  BOLD("bold"),
  /** Italic text. */
  ITALIC("italic"),
  /** Underlined text. */
  UNDERLINE("underline"),
  /** Struck-through text. */
  STRIKETHROUGH("strikethrough"),
  /** A spoiler. */
  SPOILER("spoiler"),
  /** Inline code. */
  CODE("code"),
  /** A code block; see {@code TextEntity.language()}. */
  PRE("pre"),
  /** A quotation; see {@code TextEntity.collapsed()}. */
  BLOCKQUOTE("blockquote"),
  /** Text linking elsewhere; see {@code TextEntity.href()}. */
  TEXT_LINK("text_link"),
  /** A URL written in the text. */
  LINK("link"),
  /** A hashtag. */
  HASHTAG("hashtag"),
  /** A cashtag. */
  CASHTAG("cashtag"),
  /** An {@code @username} mention. */
  MENTION("mention"),
  /** A mention by name; see {@code TextEntity.userId()}. */
  MENTION_NAME("mention_name"),
  /** An e-mail address. */
  EMAIL("email"),
  /** A phone number. */
  PHONE("phone"),
  /** A bot command. */
  BOT_COMMAND("bot_command"),
  /** A bank card number. */
  BANK_CARD("bank_card"),
  /** A custom emoji; see {@code TextEntity.documentId()}. */
  CUSTOM_EMOJI("custom_emoji"),
  /** An entity Telegram itself could not name (its {@code unknown} type). */
  UNKNOWN("unknown"),
  /** A text entity type this version does not know; the record carries the name as the archive wrote it. */
  OTHER(null);

  private static final Map<String, TextEntityType> BY_NAME = new HashMap<>();

  static {
    for (TextEntityType v : values()) {
      if (v.jsonName != null) {
        BY_NAME.put(v.jsonName, v);
      }
    }
  }

  private final String jsonName;

  TextEntityType(String jsonName) {
    this.jsonName = jsonName;
  }

  /** @return the name used in JSON and by Telegram ({@code bold}); null for {@link #OTHER} */
  public String jsonName() {
    return jsonName;
  }

  /**
   * @param name a text entity type name as an archive or JSON record writes it; not null
   * @return its constant, or {@link #OTHER} when this version does not know the name
   */
  public static TextEntityType fromJsonName(String name) {
    return BY_NAME.getOrDefault(name, OTHER);
  }
}
