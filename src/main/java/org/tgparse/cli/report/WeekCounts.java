package org.tgparse.cli.report;

import java.util.Arrays;

/**
 * Counts by week, sparse: the weeks that have a count, in two growing arrays kept in order. Posts arrive mostly
 * in date order, so an addition is nearly always to the last week or a new one after it (a binary search
 * otherwise). Memory: 12 bytes per week that has a count, at most the archive's span in weeks.
 *
 * <p>A week is numbered by the epoch day of its Monday divided by 7 ({@link #weekOf(long)}). Not thread-safe.
 */
final class WeekCounts {
  private int[] weeks = new int[4];
  private long[] counts = new long[4];
  private int size;

  /**
   * @param epochDay a day, as {@link java.time.LocalDate#toEpochDay()}
   * @return its week's number: 1970-01-01 was a Thursday, so weeks start 3 days later (Mondays)
   */
  static int weekOf(long epochDay) {
    return (int) Math.floorDiv(epochDay - 4, 7);
  }

  /**
   * @param week a week number
   * @return the epoch day of its Monday
   */
  static long mondayOf(int week) {
    return week * 7L + 4;
  }

  /**
   * Adds to a week.
   *
   * @param week the week
   * @param n how much
   */
  void add(int week, long n) {
    if (size > 0 && weeks[size - 1] == week) {
      counts[size - 1] += n;
      return;
    }
    int i = size > 0 && weeks[size - 1] < week ? -size - 1 : Arrays.binarySearch(weeks, 0, size, week);
    if (i >= 0) {
      counts[i] += n;
      return;
    }
    int at = -i - 1;
    if (size == weeks.length) {
      weeks = Arrays.copyOf(weeks, size * 2);
      counts = Arrays.copyOf(counts, size * 2);
    }
    System.arraycopy(weeks, at, weeks, at + 1, size - at);
    System.arraycopy(counts, at, counts, at + 1, size - at);
    weeks[at] = week;
    counts[at] = n;
    size++;
  }

  /** @return how many weeks have a count */
  int size() {
    return size;
  }

  /**
   * @param i index, 0 to {@link #size()} exclusive, in week order
   * @return the week at {@code i}
   */
  int week(int i) {
    return weeks[i];
  }

  /**
   * @param i index, 0 to {@link #size()} exclusive, in week order
   * @return the count of the week at {@code i}
   */
  long count(int i) {
    return counts[i];
  }
}
