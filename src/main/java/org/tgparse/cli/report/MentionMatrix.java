package org.tgparse.cli.report;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * Dates mentioned against the months they were mentioned in: counts keyed by (post month, mentioned period), where
 * a period is a month ({@code yyyy-MM} of a day or month mention) or a whole year (a year mention). Months are
 * numbered {@code year * 12 + month - 1}.
 *
 * <p>Memory: at most {@value #MAX_CELLS} cells. A channel mentions a few hundred periods over a few hundred
 * months, far fewer in practice; mentions that would open a cell beyond the bound are counted in
 * {@link #overflow()} and said under the chart. Not thread-safe.
 */
final class MentionMatrix {
  /** The most (post month, mentioned period) cells kept. */
  static final int MAX_CELLS = 20_000;

  /**
   * A cell's key.
   *
   * @param postMonth month of the post
   * @param mentioned the mentioned month, or the mentioned year when {@code wholeYear}
   * @param wholeYear true for a year mention
   */
  record Cell(int postMonth, int mentioned, boolean wholeYear) {
  }

  private final Map<Cell, Long> cells = new HashMap<>();
  private long overflow;

  /**
   * Counts one mention.
   *
   * @param cell where
   */
  void add(Cell cell) {
    Long n = cells.get(cell);
    if (n != null) {
      cells.put(cell, n + 1);
    } else if (cells.size() < MAX_CELLS) {
      cells.put(cell, 1L);
    } else {
      overflow++;
    }
  }

  /** @return the cells and their counts */
  Map<Cell, Long> cells() {
    return Collections.unmodifiableMap(cells);
  }

  /** @return mentions not counted because the cells were full */
  long overflow() {
    return overflow;
  }
}
