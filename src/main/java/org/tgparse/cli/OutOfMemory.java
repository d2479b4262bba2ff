package org.tgparse.cli;

import java.util.Locale;

/** The one line said when a message does not fit in the Java heap, naming what to change. */
final class OutOfMemory {
  private OutOfMemory() {
  }

  /**
   * @param input the input being read, or null when not known
   * @return {@code tgparse: <input>: out of memory ...}, with the heap's size and the options that help
   */
  static String line(String input) {
    long max = Runtime.getRuntime().maxMemory() / (1024 * 1024);
    return String.format(Locale.ROOT, "tgparse: %sout of memory (Java heap of %d MB): a message too large for it;"
        + " give Java more memory (java -Xmx512m -jar tgparse.jar ...), or lower --max-text-length",
        input == null ? "" : input + ": ", max);
  }
}
