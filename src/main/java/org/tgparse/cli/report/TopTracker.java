package org.tgparse.cli.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * The most frequent strings of a stream in bounded memory, each with a companion object (a timeline, a display
 * name): the space-saving algorithm (Metwally, Agrawal and El Abbadi, 2005), as the summary's counter uses it.
 *
 * <p>At most {@link #capacity()} strings are tracked. While no more distinct strings than that were seen, every
 * count is exact. After that a newcomer takes the slot of the smallest count {@code min}, starts at
 * {@code min + 1}, and gets a fresh companion: with {@code n} additions in all, every string counted more than
 * {@code n / capacity} times is in the table, and no count is more than {@code n / capacity} above the true one.
 * A companion only saw the string's occurrences since it last entered the table. Additions cost O(log capacity).
 * Not thread-safe.
 *
 * @param <P> the companion type
 */
final class TopTracker<P> {
  private final int capacity;
  private final Supplier<P> companion;
  private final Map<String, Slot<P>> slots = new HashMap<>();
  /** By count, then by arrival: the oldest of the smallest goes first, and the order is stable. */
  private final TreeSet<Slot<P>> byCount = new TreeSet<>(
      Comparator.comparingLong((Slot<P> s) -> s.count).thenComparingLong(s -> s.arrival));
  private long arrivals;
  private boolean exact = true;

  /**
   * @param capacity the most strings tracked at once; at least 1
   * @param companion makes the companion of a string entering the table
   */
  TopTracker(int capacity, Supplier<P> companion) {
    if (capacity < 1) {
      throw new IllegalArgumentException("expected a capacity of at least 1, found " + capacity);
    }
    this.capacity = capacity;
    this.companion = companion;
  }

  /**
   * Counts one occurrence.
   *
   * @param key the string; not null
   * @return the string's companion, to be updated by the caller
   */
  P add(String key) {
    Slot<P> s = slots.get(key);
    if (s != null) {
      byCount.remove(s);
      s.count++;
      byCount.add(s);
      return s.companion;
    }
    if (slots.size() < capacity) {
      s = new Slot<>(key, 1, 0, arrivals++, companion.get());
    } else {
      exact = false;
      Slot<P> smallest = byCount.pollFirst();
      slots.remove(smallest.key);
      s = new Slot<>(key, smallest.count + 1, smallest.count, arrivals++, companion.get());
    }
    slots.put(key, s);
    byCount.add(s);
    return s.companion;
  }

  /**
   * @param k how many at most
   * @return the {@code k} highest counts, highest first; ties in order of first arrival
   */
  List<Entry<P>> top(int k) {
    List<Slot<P>> all = new ArrayList<>(slots.values());
    all.sort(Comparator.comparingLong((Slot<P> s) -> -s.count).thenComparingLong(s -> s.arrival));
    List<Entry<P>> out = new ArrayList<>(Math.min(k, all.size()));
    for (Slot<P> s : all.subList(0, Math.min(k, all.size()))) {
      out.add(new Entry<>(s.key, s.count, s.error, s.companion));
    }
    return out;
  }

  /** @return true while no string had to leave the table */
  boolean isExact() {
    return exact;
  }

  /** @return the most strings tracked at once */
  int capacity() {
    return capacity;
  }

  /**
   * A tracked string.
   *
   * @param key the string
   * @param count its count, at most {@code error} above the true one
   * @param error the most by which {@code count} may exceed the true count (0: exact)
   * @param companion its companion
   * @param <P> the companion type
   */
  record Entry<P>(String key, long count, long error, P companion) {
  }

  private static final class Slot<P> {
    final String key;
    long count;
    final long error;
    final long arrival;
    final P companion;

    Slot(String key, long count, long error, long arrival, P companion) {
      this.key = key;
      this.count = count;
      this.error = error;
      this.arrival = arrival;
      this.companion = companion;
    }
  }
}
