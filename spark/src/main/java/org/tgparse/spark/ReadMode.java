package org.tgparse.spark;

import java.util.Locale;

/**
 * The option {@code mode}, spelt as Spark's own file sources spell it.
 */
enum ReadMode {
  /**
   * Keep going: each row carries the issues found while its record was read in the column {@code issues}; an
   * input that cannot be read on (missing, truncated, not an archive) ends with one row whose message columns are
   * null and whose {@code issues} name the error, and the other inputs are read as usual.
   */
  PERMISSIVE,
  /** The first issue, or an input that cannot be read, fails the task and with it the query. */
  FAILFAST;

  /**
   * @param value the option's value, case-insensitive
   * @return the mode
   * @throws IllegalArgumentException naming the accepted values
   */
  static ReadMode of(String value) {
    for (ReadMode m : values()) {
      if (m.name().equalsIgnoreCase(value.trim())) {
        return m;
      }
    }
    throw new IllegalArgumentException(String.format(Locale.ROOT,
        "option mode: expected PERMISSIVE or FAILFAST, found \"%s\"", value));
  }
}
