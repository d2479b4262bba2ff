package org.tgparse.internal.io;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads lines from a {@link Reader} without the overhead of {@link java.io.BufferedReader}: LF, CRLF and lone CR
 * end a line, a leading byte-order mark is dropped, and a last line without a newline is still a line. Lines are
 * numbered from 1. Lines longer than the limit are cut, and {@link #lastLineCut()} says so.
 */
public final class LineReader implements Lines {
  private final Reader in;
  private final int maxLineLength;
  private final char[] buf = new char[64 * 1024];
  private int pos;
  private int limit;
  private long lineNumber;
  private boolean first = true;
  private boolean lastLineCut;
  private boolean pendingCr;
  private final StringBuilder sb = new StringBuilder(256);
  /** The decoder, when it can tell where it put U+FFFD for bad bytes; else null. */
  private final Utf8Reader decoded;
  /** Characters read from {@link #in} before {@code buf[0]}. */
  private long base;

  /**
   * @param in the source; closed by {@link #close()}
   * @param maxLineLength longest line kept, in UTF-16 code units
   */
  public LineReader(Reader in, int maxLineLength) {
    this.in = in;
    this.maxLineLength = maxLineLength;
    if (in instanceof Utf8Reader) {
      // Its issues for bad bytes get the line and column of their U+FFFD (see claimDecodeIssues).
      decoded = (Utf8Reader) in;
      decoded.deferIssues();
    } else {
      decoded = null;
    }
  }

  /**
   * @return the next line without its terminator, or null at the end of input
   * @throws IOException when the source fails
   */
  @Override
  public String readLine() throws IOException {
    sb.setLength(0);
    lastLineCut = false;
    boolean any = false;
    long lineStart = 0;
    while (true) {
      if (pos >= limit) {
        if (!fill()) {
          if (!any) {
            claimDecodeIssues(0, Long.MAX_VALUE, 0);
            return null;
          }
          lineNumber++;
          claimDecodeIssues(lineStart, base + limit, lineNumber);
          return sb.toString();
        }
      }
      if (pendingCr) {
        // A CR ended the previous line; a following LF belongs to it.
        pendingCr = false;
        if (buf[pos] == '\n') {
          pos++;
          continue;
        }
      }
      if (!any) {
        any = true;
        lineStart = base + pos;
      }
      int start = pos;
      while (pos < limit) {
        char c = buf[pos];
        if (c == '\n' || c == '\r') {
          String line;
          if (sb.length() == 0 && pos - start <= maxLineLength) {
            // The whole line is in the buffer: one copy instead of two (profiled).
            line = new String(buf, start, pos - start);
          } else {
            append(start, pos);
            line = null;
          }
          long lineEnd = base + pos;
          pos++;
          if (c == '\r') {
            if (pos < limit) {
              if (buf[pos] == '\n') {
                pos++;
              }
            } else {
              pendingCr = true;
            }
          }
          lineNumber++;
          claimDecodeIssues(lineStart, lineEnd, lineNumber);
          return line != null ? line : sb.toString();
        }
        pos++;
      }
      append(start, pos);
    }
  }

  /**
   * Reports the decoder's held issues whose U+FFFD lies before {@code lineEnd}, at their line and column. Costs
   * one comparison per line when there is no issue.
   */
  private void claimDecodeIssues(long lineStart, long lineEnd, long line) {
    if (decoded == null) {
      return;
    }
    long at;
    while ((at = decoded.nextIssueCharOffset()) < lineEnd) {
      decoded.reportNextIssue(line, line == 0 || at < lineStart ? 0 : at - lineStart + 1);
    }
  }

  private void append(int from, int to) {
    int room = maxLineLength - sb.length();
    int n = to - from;
    if (n > room) {
      n = Math.max(room, 0);
      lastLineCut = true;
    }
    sb.append(buf, from, n);
  }

  private boolean fill() throws IOException {
    int n = in.read(buf, 0, buf.length);
    if (n <= 0) {
      return false;
    }
    base += limit;
    pos = 0;
    limit = n;
    if (first) {
      first = false;
      if (buf[0] == '\uFEFF') {
        pos = 1;
      }
    }
    return pos < limit || fill();
  }

  /** @return the 1-based number of the line last returned (0 before the first) */
  @Override
  public long lineNumber() {
    return lineNumber;
  }

  /** @return true when the line last returned was longer than the limit and was cut */
  @Override
  public boolean lastLineCut() {
    return lastLineCut;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
