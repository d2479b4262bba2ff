package org.tgparse.internal.io;

import java.io.IOException;

/**
 * The lines of an input, as the plain-text export reader takes them: LF, CRLF and lone CR end a line, a leading
 * byte-order mark is dropped, a last line without a line end is still a line, and lines longer than the limit are
 * cut. {@link LineReader} reads them from characters, {@link Utf8Lines} straight from UTF-8 bytes.
 */
public interface Lines extends AutoCloseable {
  /**
   * @return the next line without its terminator, or null at the end of input
   * @throws IOException when the source fails
   */
  String readLine() throws IOException;

  /** @return the 1-based number of the line last returned (0 before the first) */
  long lineNumber();

  /** @return true when the line last returned was longer than the limit and was cut */
  boolean lastLineCut();

  @Override
  void close() throws IOException;
}
