package org.tgparse.internal.text;

import java.io.IOException;
import java.io.Reader;
import java.util.Locale;
import org.tgparse.internal.io.IssueSink;
import org.tgparse.internal.io.LineReader;
import org.tgparse.internal.io.Texts;
import org.tgparse.internal.io.FormatReader;
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
    // One more than the text limit, so that an over-long single line is cut while it is read, not after.
    LineReader lines = new LineReader(in, limits.maxTextLength() == Integer.MAX_VALUE ? Integer.MAX_VALUE
        : limits.maxTextLength() + 1);
    StringBuilder sb = new StringBuilder();
    String line;
    boolean cut = false;
    while ((line = lines.readLine()) != null) {
      if (sb.length() > 0 || lines.lineNumber() > 1) {
        sb.append('\n');
      }
      sb.append(line);
      if (sb.length() > limits.maxTextLength()) {
        cut = true;
        sb.setLength(Texts.cutPoint(sb, limits.maxTextLength()));
        break;
      }
    }
    long last = Math.max(1, lines.lineNumber());
    if (cut) {
      issues.warn(file, lines.lineNumber(), 0, String.format(Locale.ROOT,
          "text longer than %d characters was cut (limit maxTextLength, option --max-text-length)",
          limits.maxTextLength()));
    }
    String text = sb.toString();
    return Message.builder().sequence(1).text(text).title(Texts.title(text)).source(new SourceRef(file, 1, last)).build();
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
