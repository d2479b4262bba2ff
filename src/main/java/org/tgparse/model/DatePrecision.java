package org.tgparse.model;

/** How much of a date the text gave. */
public enum DatePrecision {
  /** Only a year: {@code in 1944}. */
  YEAR,
  /** Year and month: {@code January 2022}. */
  MONTH,
  /** A day: {@code March 20, 2023}. */
  DAY
}
