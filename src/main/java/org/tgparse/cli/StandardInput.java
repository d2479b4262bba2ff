package org.tgparse.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Tells whether the process was started with standard input closed ({@code tgparse - <&-}). Then descriptor 0 is
 * free, and the JVM's own first open file takes it (on Linux its {@code lib/modules}): reading it would parse the
 * JVM's bytes ("binary input refused: NUL byte ..."). Linux only, through {@code /proc/self/fd/0}; elsewhere
 * standard input is taken as open.
 */
final class StandardInput {
  private StandardInput() {
  }

  /** @return whether descriptor 0 is a file of the Java runtime itself, so standard input was closed at start */
  static boolean closedAtStart() {
    try {
      Path target = Files.readSymbolicLink(Path.of("/proc/self/fd/0"));
      Path home = Path.of(System.getProperty("java.home")).toRealPath();
      return target.isAbsolute() && target.normalize().startsWith(home);
    } catch (IOException | RuntimeException e) {
      return false; // no /proc: cannot tell, and a closed input then fails on its first read
    }
  }

  /** Stands for a standard input that was closed at start: every read fails saying so. */
  static final class Closed extends InputStream {
    @Override
    public int read() throws IOException {
      throw new IOException("it is closed");
    }
  }
}
