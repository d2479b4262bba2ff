package org.tgparse.model;

/**
 * A media attachment, or a placeholder line that says one was there.
 *
 * @param kind what the media is ({@link MediaKind}); {@link MediaKind#OTHER} for a kind this version does not
 *     know; never null
 * @param otherKind the kind's name as the archive wrote it when {@code kind} is {@link MediaKind#OTHER}, else null
 * @param label the human-readable label as the archive wrote it ({@code Media is too big},
 *     {@code (File not included. Change data exporting settings to download.)}), or null
 * @param file the relative path or URL of the file, or null
 * @param fileName the original file name, or null
 * @param mimeType the MIME type, or null
 * @param fileSize size in bytes, or null
 * @param durationSeconds duration in seconds, or null
 * @param width width in pixels, or null
 * @param height height in pixels, or null
 * @param title title (audio, venue, game, document), or null
 * @param performer performer of an audio file, or null
 * @param emoji the emoji of a sticker, or null
 * @param poll the poll, or null
 * @param contact the contact, or null
 * @param latitude latitude in degrees of a location, or null
 * @param longitude longitude in degrees of a location, or null
 */
public record Media(MediaKind kind, String otherKind, String label, String file, String fileName, String mimeType, Long fileSize,
    Long durationSeconds, Integer width, Integer height, String title, String performer, String emoji, Poll poll,
    Contact contact, Double latitude, Double longitude) {

  /** Requires a kind; {@code otherKind} is kept only for {@link MediaKind#OTHER}. */
  public Media {
    java.util.Objects.requireNonNull(kind, "kind");
    if (kind == MediaKind.OTHER) {
      java.util.Objects.requireNonNull(otherKind, "otherKind (required for OTHER)");
      // A name this version knows is that constant, so that equal JSON means equal records.
      if (MediaKind.fromJsonName(otherKind) != MediaKind.OTHER) {
        kind = MediaKind.fromJsonName(otherKind);
        otherKind = null;
      }
    } else {
      otherKind = null;
    }
  }

  /** @return the kind's name as JSON writes it: the known name, or the archive's own for {@code OTHER} */
  public String kindName() {
    return kind == MediaKind.OTHER ? otherKind : kind.jsonName();
  }

  /**
   * @param label the placeholder line as written
   * @return a placeholder
   */
  public static Media placeholder(String label) {
    return builder(MediaKind.PLACEHOLDER).label(label).build();
  }

  /**
   * @param kindName the media kind's name as an archive writes it ({@code photo}, ...); an unknown name is kept as
   *     {@link MediaKind#OTHER} with the name in {@link #otherKind()}
   * @return a builder for media of that kind
   */
  public static Builder builder(String kindName) {
    java.util.Objects.requireNonNull(kindName, "kindName");
    return new Builder(MediaKind.fromJsonName(kindName), kindName);
  }

  /**
   * @param kind the media kind, not {@link MediaKind#OTHER}
   * @return a builder for media of that kind
   */
  public static Builder builder(MediaKind kind) {
    return new Builder(kind, null);
  }

  /** Builds {@link Media}; not thread-safe. */
  public static final class Builder {
    private final MediaKind kind;
    private final String otherKind;
    private String label;
    private String file;
    private String fileName;
    private String mimeType;
    private Long fileSize;
    private Long durationSeconds;
    private Integer width;
    private Integer height;
    private String title;
    private String performer;
    private String emoji;
    private Poll poll;
    private Contact contact;
    private Double latitude;
    private Double longitude;

    private Builder(MediaKind kind, String otherKind) {
      this.kind = kind;
      this.otherKind = otherKind;
    }

    /** @param v label @return this */
    public Builder label(String v) { this.label = v; return this; }
    /** @param v file @return this */
    public Builder file(String v) { this.file = v; return this; }
    /** @param v file name @return this */
    public Builder fileName(String v) { this.fileName = v; return this; }
    /** @param v MIME type @return this */
    public Builder mimeType(String v) { this.mimeType = v; return this; }
    /** @param v size in bytes @return this */
    public Builder fileSize(Long v) { this.fileSize = v; return this; }
    /** @param v seconds @return this */
    public Builder durationSeconds(Long v) { this.durationSeconds = v; return this; }
    /** @param v pixels @return this */
    public Builder width(Integer v) { this.width = v; return this; }
    /** @param v pixels @return this */
    public Builder height(Integer v) { this.height = v; return this; }
    /** @param v title @return this */
    public Builder title(String v) { this.title = v; return this; }
    /** @param v performer @return this */
    public Builder performer(String v) { this.performer = v; return this; }
    /** @param v sticker emoji @return this */
    public Builder emoji(String v) { this.emoji = v; return this; }
    /** @param v poll @return this */
    public Builder poll(Poll v) { this.poll = v; return this; }
    /** @param v contact @return this */
    public Builder contact(Contact v) { this.contact = v; return this; }
    /** @param v degrees @return this */
    public Builder latitude(Double v) { this.latitude = v; return this; }
    /** @param v degrees @return this */
    public Builder longitude(Double v) { this.longitude = v; return this; }

    /** @return the media */
    public Media build() {
      return new Media(kind, otherKind, label, file, fileName, mimeType, fileSize, durationSeconds, width, height, title,
          performer, emoji, poll, contact, latitude, longitude);
    }
  }
}
