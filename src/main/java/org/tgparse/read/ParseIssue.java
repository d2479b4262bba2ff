package org.tgparse.read;

import java.util.Locale;
import java.util.Objects;
import org.tgparse.MessageReader;

/**
 * A recoverable oddity found while reading, reported with the result instead of thrown (see
 * {@link MessageReader#issues()}); with {@link ReadOptions#strict()} the first one is thrown instead.
 *
 * @param file the input's name ({@code -} for standard input)
 * @param line 1-based line, or 0 when unknown
 * @param column 1-based column in UTF-16 code units, or 0 when unknown
 * @param severity how bad it is
 * @param message what was found and what was expected
 */
public record ParseIssue(String file, long line, long column, Severity severity, String message) {

  /** Checks the fields. */
  public ParseIssue {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
  }

  /** How bad an issue is. */
  public enum Severity {
    /** Something was read in an unusual way, but nothing was lost. */
    INFO,
    /** Something may be lost or guessed: a replacement character, a truncated copy, an unknown field. */
    WARNING,
    /** Part of the input could not be read. */
    ERROR
  }

  /** @return {@code file:line:column} (line and column omitted when unknown) */
  public String location() {
    if (line <= 0) {
      return file;
    }
    return column <= 0 ? file + ":" + line : file + ":" + line + ":" + column;
  }

  /** @return {@code file:line:column: severity: message}, the form the command line prints */
  @Override
  public String toString() {
    return location() + ": " + severity.name().toLowerCase(Locale.ROOT) + ": " + message;
  }
}
