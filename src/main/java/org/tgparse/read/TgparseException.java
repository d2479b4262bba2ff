package org.tgparse.read;

import java.util.Locale;
import org.tgparse.MessageReader;

/**
 * Input that cannot be read on: names the file, line and column, and says what was expected. Thrown by
 * {@link MessageReader} only after every complete message before the fault was handed out.
 *
 * <p>Unchecked, so that it can come out of {@link java.util.Iterator#next()} and {@link java.util.stream.Stream}s.
 * I/O failures of the underlying source are wrapped in it too, with the {@link java.io.IOException} as cause.
 */
public class TgparseException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final long line;
  private final long column;

  /**
   * @param file the input's name
   * @param line 1-based line, or 0 when unknown
   * @param column 1-based column, or 0 when unknown
   * @param message what was found and what was expected
   * @param cause the underlying cause, or null
   */
  public TgparseException(String file, long line, long column, String message, Throwable cause) {
    super(format(file, line, column, message), cause);
    this.file = file;
    this.line = line;
    this.column = column;
  }

  /**
   * @param file the input's name
   * @param line 1-based line, or 0 when unknown
   * @param column 1-based column, or 0 when unknown
   * @param message what was found and what was expected
   */
  public TgparseException(String file, long line, long column, String message) {
    this(file, line, column, message, null);
  }

  /**
   * An exception for a recoverable issue that strict mode turned into an error.
   *
   * @param issue the issue
   * @return the exception
   */
  public static TgparseException of(ParseIssue issue) {
    return new TgparseException(issue.file(), issue.line(), issue.column(), issue.message());
  }

  private static String format(String file, long line, long column, String message) {
    StringBuilder sb = new StringBuilder();
    sb.append(file == null ? "<input>" : file);
    if (line > 0) {
      sb.append(':').append(String.format(Locale.ROOT, "%d", line));
      if (column > 0) {
        sb.append(':').append(String.format(Locale.ROOT, "%d", column));
      }
    }
    return sb.append(": ").append(message).toString();
  }

  /** @return the input's name */
  public String file() {
    return file;
  }

  /** @return 1-based line, or 0 when unknown */
  public long line() {
    return line;
  }

  /** @return 1-based column in UTF-16 code units, or 0 when unknown */
  public long column() {
    return column;
  }
}
