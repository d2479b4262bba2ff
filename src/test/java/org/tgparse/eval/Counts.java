package org.tgparse.eval;

import java.util.Locale;

/**
 * True positives, false positives and false negatives, and the scores they give.
 *
 * @param tp findings that matched a mark
 * @param fp findings that matched none (outside neutral spans)
 * @param fn marks no finding matched
 */
public record Counts(int tp, int fp, int fn) {
  /** No counts. */
  public static final Counts ZERO = new Counts(0, 0, 0);

  /** @return the sum of both */
  public Counts plus(Counts o) {
    return new Counts(tp + o.tp, fp + o.fp, fn + o.fn);
  }

  /** @return tp / (tp + fp); 1 when nothing was found */
  public double precision() {
    return tp + fp == 0 ? 1 : (double) tp / (tp + fp);
  }

  /** @return tp / (tp + fn); 1 when nothing was marked */
  public double recall() {
    return tp + fn == 0 ? 1 : (double) tp / (tp + fn);
  }

  /** @return the harmonic mean of precision and recall */
  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** @return {@code P / R / F1} with two decimals */
  public String cell() {
    return String.format(Locale.ROOT, "%.2f / %.2f / %.2f", precision(), recall(), f1());
  }
}
