package org.tgparse.model;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A point in time as an archive gave it: either an exact instant, or a local wall-clock time whose zone the
 * archive did not record (old Telegram Desktop exports write the exporting PC's local time without an offset).
 * tgparse never invents a zone: a local time stays local unless the caller passes one.
 *
 * <p>In JSON an exact instant is written in UTC ({@code 2023-03-20T09:34:56Z}), a local time without zone
 * ({@code 2023-03-20T12:34:56}) and the message's {@code dateIsLocal} is then true.
 *
 * @param instant the exact instant, or null when only local time is known
 * @param local the local wall-clock time, or null when only the instant is known
 */
public record Timestamp(Instant instant, LocalDateTime local) {
  /** Requires exactly one of the two: a time is either exact or local, never both. */
  public Timestamp {
    if ((instant == null) == (local == null)) {
      throw new IllegalArgumentException("expected an instant or a local time, found "
          + (instant == null ? "neither" : "both"));
    }
  }

  /**
   * @param instant the exact instant
   * @return a timestamp with a known instant
   */
  public static Timestamp of(Instant instant) {
    return new Timestamp(Objects.requireNonNull(instant, "instant"), null);
  }

  /**
   * @param local wall-clock time of an unknown zone
   * @return a timestamp flagged as local
   */
  public static Timestamp ofLocal(LocalDateTime local) {
    return new Timestamp(null, Objects.requireNonNull(local, "local"));
  }

  /**
   * A local time in a zone the caller knows, or else flagged local.
   *
   * @param local wall-clock time
   * @param zone the zone it was recorded in, or null when unknown
   * @return an exact timestamp when {@code zone} is given, else a local one
   */
  public static Timestamp ofLocal(LocalDateTime local, ZoneId zone) {
    return zone == null ? ofLocal(local) : of(local.atZone(zone).toInstant());
  }

  /** @return true when only local wall-clock time is known */
  public boolean isLocal() {
    return instant == null;
  }

  /** @return the calendar date in UTC, or the local date when the zone is unknown */
  public java.time.LocalDate date() {
    return instant != null ? LocalDateTime.ofInstant(instant, ZoneOffset.UTC).toLocalDate() : local.toLocalDate();
  }

  /**
   * @return ISO-8601: an instant in UTC with {@code Z}, or a local date-time without offset; seconds are always
   *     written ({@code 2019-05-01T10:00:00}, not {@code 2019-05-01T10:00})
   */
  @Override
  public String toString() {
    return instant != null ? instant.toString()
        : local.format(java.time.format.DateTimeFormatter.ISO_LOCAL_DATE_TIME);
  }
}
