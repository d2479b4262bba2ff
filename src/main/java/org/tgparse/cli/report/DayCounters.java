package org.tgparse.cli.report;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Per-day counters of posts, forwards, views and reactions, keyed by epoch day. Memory: one small array per day
 * that has a post, so at most the archive's span in days (about 80 bytes a day: 300 KB for ten years).
 * Not thread-safe.
 */
final class DayCounters {
  /** Slots of a day's array. */
  static final int POSTS = 0;
  /** Posts that are forwards. */
  static final int FORWARDS = 1;
  /** Sum of the view counts of the posts that have one. */
  static final int VIEWS = 2;
  /** Posts with a view count. */
  static final int VIEWED = 3;
  /** Sum of the reaction counts. */
  static final int REACTIONS = 4;
  /** Posts with reactions counted. */
  static final int REACTED = 5;
  private static final int SLOTS = 6;

  private final TreeMap<Long, long[]> days = new TreeMap<>();

  /**
   * @param epochDay the day
   * @return its counters, to be added to; created on first use
   */
  long[] day(long epochDay) {
    return days.computeIfAbsent(epochDay, d -> new long[SLOTS]);
  }

  /** @return the days that have counters, in order; each array indexed by the slot constants */
  Map<Long, long[]> days() {
    return Collections.unmodifiableMap(days);
  }

  /**
   * @param slot a slot constant
   * @return the slot's sum over every day
   */
  long total(int slot) {
    long n = 0;
    for (long[] d : days.values()) {
      n += d[slot];
    }
    return n;
  }
}
