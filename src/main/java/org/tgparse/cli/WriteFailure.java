package org.tgparse.cli;

import java.io.IOException;

/**
 * Tells a closed pipe from a real write error. A reader that goes away ({@code tgparse big.json | head -1}) is
 * the normal end of a pipeline: the JVM ignores SIGPIPE, so the write fails with EPIPE, which Java reports as an
 * {@link IOException} whose message is the system's text for it, "Broken pipe". Any other failure (a full disk,
 * {@code > /dev/full}, a closed descriptor) means output was lost and must be said, with a non-zero exit.
 */
final class WriteFailure {
  /** The system's text for EPIPE (strerror), the only way Java tells it apart. */
  private static final String BROKEN_PIPE = "Broken pipe";

  private WriteFailure() {
  }

  /**
   * @param e a failure writing standard output
   * @return whether it is the reader of the output going away (then the run ends quietly)
   */
  static boolean isClosedPipe(IOException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t.getMessage() != null && t.getMessage().contains(BROKEN_PIPE)) {
        return true;
      }
    }
    return false;
  }

  /**
   * @param e a failure writing standard output that is not a closed pipe
   * @return the line to print on stderr: {@code tgparse: cannot write output: <reason>}
   */
  static String line(IOException e) {
    String reason = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName()
        : e.getMessage();
    return "tgparse: cannot write output: " + reason;
  }
}
