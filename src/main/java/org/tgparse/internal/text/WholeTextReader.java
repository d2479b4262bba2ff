package org.tgparse.internal.text;

import java.io.IOException;
import java.io.Reader;
import org.tgparse.internal.io.FormatReader;
import org.tgparse.internal.io.IssueSink;
import org.tgparse.internal.io.TextLimit;
import org.tgparse.internal.io.Texts;
import org.tgparse.model.Message;
import org.tgparse.model.SourceRef;
import org.tgparse.read.Limits;

/**
 * Reads a whole input as the text of one message ({@code --format plain}): no headers, no collapsing. Line
 * breaks are normalised to {@code \n}; a leading byte-order mark is dropped.
 */
public final class WholeTextReader implements FormatReader {
  private final Reader in;
  private final String file;
  private final Limits limits;
  private final IssueSink issues;
  private boolean done;

  /**
   * @param in the source; closed by {@link #close()}
   * @param file the input's name
   * @param limits size limits
   * @param issues where recoverable issues go
   */
  public WholeTextReader(Reader in, String file, Limits limits, IssueSink issues) {
    this.in = in;
    this.file = file;
    this.limits = limits;
    this.issues = issues;
  }

  @Override
  public Message next() throws IOException {
    if (done) {
      return null;
    }
    done = true;
    // Characters are read in blocks: past the limit the rest is only counted, not held (a text of any size fits
    // in a small heap), so that the issue can give the real length.
    int max = limits.maxTextLength();
    StringBuilder sb = new StringBuilder(Math.min(max, 1 << 16) + 1);
    char[] buf = new char[1 << 13];
    long length = 0;
    long line = 1;
    boolean first = true;
    boolean afterCr = false;
    boolean lastWasBreak = false;
    int n;
    while ((n = in.read(buf)) > 0) {
      for (int i = 0; i < n; i++) {
        char c = buf[i];
        if (first) {
          first = false;
          if (c == '\uFEFF') {
            continue;
          }
        }
        if (c == '\n' && afterCr) {
          afterCr = false;
          continue; // the LF of a CRLF: the CR ended the line
        }
        afterCr = c == '\r';
        if (c == '\r' || c == '\n') {
          c = '\n';
          line++;
        }
        lastWasBreak = c == '\n';
        length++;
        if (sb.length() <= max) {
          sb.append(c);
        }
      }
    }
    // A line end at the very end ends the last line; it is not text.
    if (lastWasBreak) {
      if (sb.length() == length) {
        sb.setLength(sb.length() - 1);
      }
      length--;
      line--;
    }
    long last = Math.max(1, line);
    String text = TextLimit.apply(sb.toString(), length, max, file, 1, issues);
    return Message.builder().sequence(1).text(text).title(Texts.title(text)).source(new SourceRef(file, 1, last)).build();
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
