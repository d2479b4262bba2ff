package org.tgparse.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.tgparse.model.Entity;

/**
 * A set of half-open spans (UTF-16 offsets) sorted by start with the running maximum of their ends, so that an
 * overlap test is a binary search: a text with thousands of links and hashtags stays O(n log n), not O(n * m).
 * Immutable; build one with {@link Builder}.
 */
final class Spans {
  /** No span at all. */
  static final Spans NONE = new Spans(new long[0], 0);

  private final int[] starts;
  private final int[] maxEnds;

  private Spans(long[] packed, int n) {
    Arrays.sort(packed, 0, n);
    starts = new int[n];
    maxEnds = new int[n];
    int max = Integer.MIN_VALUE;
    for (int i = 0; i < n; i++) {
      starts[i] = (int) (packed[i] >>> 32);
      max = Math.max(max, (int) packed[i]);
      maxEnds[i] = max;
    }
  }

  /** @return the spans of some entities */
  static Spans of(List<? extends Entity> entities) {
    Builder b = new Builder();
    b.addAll(entities);
    return b.build();
  }

  /** @return true when there is no span */
  boolean isEmpty() {
    return starts.length == 0;
  }

  /** @return whether some span has start < end and its end > start */
  boolean overlaps(int start, int end) {
    int lo = 0;
    int hi = starts.length; // first index whose start >= end
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (starts[mid] < end) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo > 0 && maxEnds[lo - 1] > start;
  }

  /** @return whether some span overlaps the entity */
  boolean overlaps(Entity e) {
    return overlaps(e.start(), e.end());
  }

  /** @return the entities that overlap no span, the same list when none does */
  <T extends Entity> List<T> outside(List<T> entities) {
    if (isEmpty() || entities.isEmpty()) {
      return entities;
    }
    List<T> out = null;
    for (int i = 0; i < entities.size(); i++) {
      T e = entities.get(i);
      if (overlaps(e)) {
        if (out == null) {
          out = new ArrayList<>(entities.subList(0, i));
        }
      } else if (out != null) {
        out.add(e);
      }
    }
    return out == null ? entities : List.copyOf(out);
  }

  /** Collects spans. Not thread-safe. */
  static final class Builder {
    private long[] packed = new long[8];
    private int n;

    /** Adds one span (ignored when empty). */
    Builder add(int start, int end) {
      if (end > start) {
        if (n == packed.length) {
          packed = Arrays.copyOf(packed, n * 2);
        }
        packed[n++] = ((long) start << 32) | (end & 0xFFFFFFFFL);
      }
      return this;
    }

    /** Adds the spans of entities. */
    Builder addAll(List<? extends Entity> entities) {
      for (Entity e : entities) {
        add(e.start(), e.end());
      }
      return this;
    }

    /** @return the spans */
    Spans build() {
      return n == 0 ? NONE : new Spans(packed, n);
    }
  }
}
