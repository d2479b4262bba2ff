package org.tgparse.model;

/**
 * Where in the input a record came from.
 *
 * @param file the file name as given (or {@code -} for standard input), never null
 * @param startLine first line of the record, 1-based, inclusive (for the plain-text export: the header line)
 * @param endLine last line of the record, 1-based, inclusive
 */
public record SourceRef(String file, long startLine, long endLine) {
  /** Checks the lines. */
  public SourceRef {
    if (file == null) {
      throw new NullPointerException("file");
    }
    if (startLine < 1 || endLine < startLine) {
      throw new IllegalArgumentException(
          "expected 1 <= startLine <= endLine, found startLine=" + startLine + ", endLine=" + endLine);
    }
  }
}
