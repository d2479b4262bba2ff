package org.tgparse.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Turns a command-line argument into a path, and says plainly why a name cannot be opened when the trouble is
 * the name's encoding rather than the file. The JVM decodes the arguments, and encodes paths back, in the
 * encoding of the locale it started in ({@code sun.jnu.encoding}): bytes that encoding cannot hold arrive as
 * U+FFFD, and a path holding U+FFFD either cannot be encoded at all (the C locale's ASCII) or names another file.
 */
final class InputNames {
  private static final char REPLACEMENT = '\uFFFD';

  private InputNames() {
  }

  /** A name that cannot be used as a path; the message is the line to print. */
  static final class BadName extends Exception {
    private static final long serialVersionUID = 1L;

    BadName(String line) {
      super(line, null, false, false);
    }
  }

  /**
   * @param input an argument naming a file or folder
   * @return its path
   * @throws BadName when the locale's encoding cannot represent it
   */
  static Path path(String input) throws BadName {
    try {
      return Path.of(input);
    } catch (InvalidPathException e) {
      throw new BadName("tgparse: " + input + ": the file name cannot be represented in the current locale's"
          + " encoding (" + encoding() + "); set a UTF-8 locale, e.g. LC_ALL=C.UTF-8");
    }
  }

  /**
   * @param input an argument naming a file that does not exist
   * @return the line to print: "no such file or directory", with the likely cause when the name holds U+FFFD
   */
  static String missing(String input) {
    if (input.indexOf(REPLACEMENT) < 0) {
      return "tgparse: " + input + ": no such file or directory";
    }
    return "tgparse: " + input + ": cannot open the file by this name: it holds bytes that are not valid "
        + encoding() + " (shown as U+FFFD), which cannot be passed back to the system; rename the file"
        + " (e.g. with convmv), or give it on standard input: tgparse - < FILE";
  }

  private static String encoding() {
    String e = System.getProperty("sun.jnu.encoding");
    return e == null ? java.nio.charset.Charset.defaultCharset().name() : e;
  }
}
