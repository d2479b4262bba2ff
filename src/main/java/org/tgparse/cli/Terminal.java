package org.tgparse.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether standard error is a terminal, which Java does not tell directly. */
final class Terminal {
  private Terminal() {
  }

  /**
   * On Linux, where {@code /proc/self/fd/2} links to the open file, a terminal is a {@code /dev/pts/N} or
   * {@code /dev/ttyX} device. Elsewhere {@link System#console()} is the best Java offers (it needs standard input
   * and output to be a terminal too, so redirected output hides the progress there: use {@code --progress}).
   *
   * @return true when standard error is very likely a terminal
   */
  static boolean stderrIsTerminal() {
    Path fd = Path.of("/proc/self/fd/2");
    try {
      if (Files.isSymbolicLink(fd)) {
        return isTerminalDevice(Files.readSymbolicLink(fd).toString());
      }
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      // fall back below
    }
    return System.console() != null;
  }

  /** @param target where file descriptor 2 leads @return whether it is a terminal device */
  static boolean isTerminalDevice(String target) {
    return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
  }
}
