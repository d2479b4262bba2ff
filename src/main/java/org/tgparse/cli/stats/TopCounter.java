package org.tgparse.cli.stats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The most frequent strings of a stream in bounded memory: the space-saving algorithm (Metwally, Agrawal and El
 * Abbadi, "Efficient computation of frequent and top-k elements in data streams", 2005).
 *
 * <p>At most {@link #capacity()} strings are counted. While no more distinct strings than that have been seen, every
 * count is exact ({@link #isExact()}). After that a new string takes the place of the one with the smallest count
 * {@code min} and starts at {@code min + 1}. The bound that follows: with {@code n} additions in all, every string
 * whose true count exceeds {@code n / capacity} is in the table, and every count given is at most
 * {@code n / capacity} above the true one (never below). {@link Counted#error()} is that overestimate's bound for
 * each string. Additions cost O(log capacity). Not thread-safe.
 */
public final class TopCounter {
  /** Strings counted by default: a thousand, so that a top ten is exact unless the stream is very long-tailed. */
  public static final int DEFAULT_CAPACITY = 1000;

  private final int capacity;
  private final Map<String, Slot> slots = new HashMap<>();
  /** The slots by count, then by arrival (so that the order is stable and the oldest smallest goes first). */
  private final TreeSet<Slot> byCount = new TreeSet<>(
      Comparator.comparingLong((Slot s) -> s.count).thenComparingLong(s -> s.arrival));
  private long arrivals;
  private long total;
  private boolean exact = true;

  /** A counter of {@link #DEFAULT_CAPACITY} strings. */
  public TopCounter() {
    this(DEFAULT_CAPACITY);
  }

  /**
   * @param capacity how many strings to count at most; at least 1
   */
  public TopCounter(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("expected a capacity of at least 1, found " + capacity);
    }
    this.capacity = capacity;
  }

  /**
   * Counts one occurrence.
   *
   * @param key the string; not null
   */
  public void add(String key) {
    total++;
    Slot s = slots.get(key);
    if (s != null) {
      byCount.remove(s);
      s.count++;
      byCount.add(s);
      return;
    }
    if (slots.size() < capacity) {
      s = new Slot(key, 1, 0, arrivals++);
    } else {
      // Full: the smallest count makes room, and the newcomer inherits it (its true count may be that high).
      exact = false;
      Slot smallest = byCount.pollFirst();
      slots.remove(smallest.key);
      s = new Slot(key, smallest.count + 1, smallest.count, arrivals++);
    }
    slots.put(key, s);
    byCount.add(s);
  }

  /**
   * @param k how many to give at most
   * @return the {@code k} highest counts, highest first; ties in order of first arrival
   */
  public List<Counted> top(int k) {
    // Called once at the end: sorting the at most `capacity` slots is cheaper than keeping a second order.
    List<Slot> all = new ArrayList<>(slots.values());
    all.sort(Comparator.comparingLong((Slot s) -> -s.count).thenComparingLong(s -> s.arrival));
    List<Counted> out = new ArrayList<>(Math.min(k, all.size()));
    for (Slot s : all.subList(0, Math.min(k, all.size()))) {
      out.add(new Counted(s.key, s.count, s.error));
    }
    return out;
  }

  /** @return true while every count is exact (no more distinct strings than the capacity were seen) */
  public boolean isExact() {
    return exact;
  }

  /** @return how many additions in all */
  public long total() {
    return total;
  }

  /** @return how many strings are counted now */
  public int size() {
    return slots.size();
  }

  /** @return the most strings counted at once */
  public int capacity() {
    return capacity;
  }

  /**
   * A string and its count.
   *
   * @param key the string
   * @param count its count: exact when {@code error} is 0, else at most {@code error} above the true count
   * @param error the most by which {@code count} may exceed the true count
   */
  public record Counted(String key, long count, long error) {
  }

  private static final class Slot {
    final String key;
    long count;
    final long error;
    final long arrival;

    Slot(String key, long count, long error, long arrival) {
      this.key = key;
      this.count = count;
      this.error = error;
      this.arrival = arrival;
    }
  }
}
