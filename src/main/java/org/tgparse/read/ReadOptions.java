package org.tgparse.read;

import java.time.ZoneId;
import java.util.Objects;

/**
 * How to read an input. Immutable; start from {@link #defaults()} and change with the {@code withX} methods.
 *
 * @param format the input format, or {@link Format#AUTO} to detect it by content
 * @param extractEntities whether to run the entity extractors (hashtags, mentions, links, emoji, dates, places)
 * @param zone the zone in which local times without offset were recorded (old Telegram Desktop exports), or null
 *     to keep them flagged as local
 * @param strict whether the first {@link ParseIssue} is thrown as a {@link TgparseException}
 * @param limits size limits
 */
public record ReadOptions(Format format, boolean extractEntities, ZoneId zone, boolean strict, Limits limits) {

  /** Checks the fields. */
  public ReadOptions {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(limits, "limits");
  }

  /** @return auto-detection, entities on, no zone, lenient, default limits */
  public static ReadOptions defaults() {
    return new ReadOptions(Format.AUTO, true, null, false, Limits.DEFAULTS);
  }

  /** @param v the format @return a copy with it */
  public ReadOptions withFormat(Format v) {
    return new ReadOptions(v, extractEntities, zone, strict, limits);
  }

  /** @param v whether to extract entities @return a copy with it */
  public ReadOptions withExtractEntities(boolean v) {
    return new ReadOptions(format, v, zone, strict, limits);
  }

  /** @param v the zone of local times, or null @return a copy with it */
  public ReadOptions withZone(ZoneId v) {
    return new ReadOptions(format, extractEntities, v, strict, limits);
  }

  /** @param v strict or lenient @return a copy with it */
  public ReadOptions withStrict(boolean v) {
    return new ReadOptions(format, extractEntities, zone, v, limits);
  }

  /** @param v the limits @return a copy with them */
  public ReadOptions withLimits(Limits v) {
    return new ReadOptions(format, extractEntities, zone, strict, v);
  }
}
