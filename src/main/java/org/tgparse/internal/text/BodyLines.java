package org.tgparse.internal.text;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.RandomAccess;

/**
 * The body lines of one post, held compactly: their characters in one buffer, joined by {@code \n}, and where
 * each ends. A post of a million one-character lines (or two million blank ones) is a few megabytes here, where
 * a list of a million strings took more than 50 MB and ran a 64 MB heap out of memory. Lines are handed out as
 * strings only when asked for. Not thread-safe.
 */
final class BodyLines extends AbstractList<String> implements RandomAccess {
  private final StringBuilder chars = new StringBuilder();
  /** The end (exclusive) of each line in {@link #chars}. */
  private int[] ends = new int[64];
  private int size;

  /** @param line a line to add at the end */
  void append(String line) {
    if (size > 0) {
      chars.append('\n');
    }
    chars.append(line);
    if (size == ends.length) {
      ends = Arrays.copyOf(ends, size * 2);
    }
    ends[size++] = chars.length();
  }

  /** Removes every line, keeping the buffers for the next post. */
  @Override
  public void clear() {
    chars.setLength(0);
    size = 0;
    if (ends.length > 1 << 16) {
      ends = new int[64]; // a huge post's index is not kept for the posts after it
      chars.trimToSize();
    }
  }

  private int start(int i) {
    return i == 0 ? 0 : ends[i - 1] + 1;
  }

  @Override
  public String get(int i) {
    if (i < 0 || i >= size) {
      throw new IndexOutOfBoundsException("line " + i + " of " + size);
    }
    return chars.substring(start(i), ends[i]);
  }

  /** @return the length of line {@code i} */
  int length(int i) {
    return ends[i] - start(i);
  }

  /**
   * @param from first line
   * @param to after the last line
   * @return lines {@code from..to} joined by {@code \n}, as {@code String.join} would, without a list of them
   */
  String text(int from, int to) {
    return from >= to ? "" : chars.substring(start(from), ends[to - 1]);
  }

  @Override
  public int size() {
    return size;
  }
}
