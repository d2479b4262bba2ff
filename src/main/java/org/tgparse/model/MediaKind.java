package org.tgparse.model;

import java.util.HashMap;
import java.util.Map;

/**
 * What a media attachment is. Closed for this version, open for the next: see {@link #OTHER}.
 *
 * <p>Each constant knows the name JSON and the archives use ({@link #jsonName()}). A name this version does
 * not know (a newer Telegram) maps to {@link #OTHER}, and the record keeps the name as written, so nothing
 * is lost.
 */
public enum MediaKind {
  /** A line such as {@code Media is too big} standing for media that was not copied (plain-text export). */
  PLACEHOLDER("placeholder"),
  /** A photo. */
  PHOTO("photo"),
  /** A video file. */
  VIDEO("video"),
  /** A round video message. */
  VIDEO_MESSAGE("video_message"),
  /** A voice message. */
  VOICE_MESSAGE("voice_message"),
  /** A music or audio file. */
  AUDIO_FILE("audio_file"),
  /** A GIF-like animation. */
  ANIMATION("animation"),
  /** A sticker. */
  STICKER("sticker"),
  /** Any other file. */
  FILE("file"),
  /** A group of media sent together (t.me pages). */
  ALBUM("album"),
  /** A poll; see {@code Media.poll()}. */
  POLL("poll"),
  /** A point on a map. */
  LOCATION("location"),
  /** A live location. */
  LIVE_LOCATION("live_location"),
  /** A named place with an address. */
  VENUE("venue"),
  /** A shared contact; see {@code Media.contact()}. */
  CONTACT("contact"),
  /** A game. */
  GAME("game"),
  /** An invoice. */
  INVOICE("invoice"),
  /** A checklist. */
  TODO_LIST("todo_list"),
  /** A giveaway. */
  GIVEAWAY("giveaway"),
  /** A phone call (HTML exports). */
  CALL("call"),
  /** Media the exporting client could not render. */
  UNSUPPORTED("unsupported"),
  /** A media kind this version does not know; the record carries the name as the archive wrote it. */
  OTHER(null);

  private static final Map<String, MediaKind> BY_NAME = new HashMap<>();

  static {
    for (MediaKind v : values()) {
      if (v.jsonName != null) {
        BY_NAME.put(v.jsonName, v);
      }
    }
  }

  private final String jsonName;

  MediaKind(String jsonName) {
    this.jsonName = jsonName;
  }

  /** @return the name used in JSON and by Telegram ({@code placeholder}); null for {@link #OTHER} */
  public String jsonName() {
    return jsonName;
  }

  /**
   * @param name a media kind name as an archive or JSON record writes it; not null
   * @return its constant, or {@link #OTHER} when this version does not know the name
   */
  public static MediaKind fromJsonName(String name) {
    return BY_NAME.getOrDefault(name, OTHER);
  }
}
