package org.tgparse.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;
import org.tgparse.internal.io.Lines;
import org.tgparse.model.Message;

/**
 * Writes messages as JSON Lines (one compact object per line) or as one JSON array (optionally pretty). Does not
 * close the stream it was given unless told to. Not thread-safe.
 */
public final class JsonLinesWriter implements AutoCloseable {
  /** Compact output (JSON Lines or a compact array), or null when pretty. */
  private final JsonOut out;
  /** Pretty output through Jackson's pretty printer, or null when compact. */
  private final JsonGenerator pretty;
  private final boolean array;
  private boolean started;

  private JsonLinesWriter(OutputStream target, boolean array, boolean pretty) throws IOException {
    Objects.requireNonNull(target, "out");
    this.array = array;
    if (pretty) {
      this.out = null;
      this.pretty = MessageJson.factory().createGenerator(target);
      this.pretty.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      this.pretty.setPrettyPrinter(new DefaultPrettyPrinter());
    } else {
      // JSON Lines: each object is followed by its line break, so a line is complete as soon as it is written,
      // and output cut short (an error, a closed pipe) ends with whole lines once flushed.
      this.out = new JsonOut(target, 1 << 16);
      this.pretty = null;
    }
  }

  /**
   * @param out where to write (UTF-8)
   * @return a JSON Lines writer that leaves {@code out} open
   * @throws IOException when the writer cannot be created
   */
  public static JsonLinesWriter jsonLines(OutputStream out) throws IOException {
    return new JsonLinesWriter(out, false, false);
  }

  /**
   * @param out where to write (UTF-8)
   * @param pretty whether to indent
   * @return a JSON array writer that leaves {@code out} open
   * @throws IOException when the writer cannot be created
   */
  public static JsonLinesWriter jsonArray(OutputStream out, boolean pretty) throws IOException {
    return new JsonLinesWriter(out, true, pretty);
  }

  /**
   * Writes one message.
   *
   * @param m the message
   * @throws IOException when writing fails
   */
  public void write(Message m) throws IOException {
    Objects.requireNonNull(m, "m");
    if (!started) {
      started = true;
      startArray();
    }
    if (pretty != null) {
      MessageJson.write(pretty, m);
      return;
    }
    MessageJson.write(out, m);
    if (!array) {
      out.rawByte('\n');
      out.resetComma();
    }
  }

  private void startArray() throws IOException {
    if (!array) {
      return;
    }
    if (pretty != null) {
      pretty.writeStartArray();
    } else {
      out.beginArray();
    }
  }

  /**
   * Pushes buffered output to the stream.
   *
   * @throws IOException when writing fails
   */
  public void flush() throws IOException {
    if (pretty != null) {
      pretty.flush();
    } else {
      out.flush();
    }
  }

  /** Ends the array (if any), ends the last line, and flushes. @throws IOException when writing fails */
  @Override
  public void close() throws IOException {
    if (array) {
      if (!started) {
        started = true;
        startArray();
      }
      if (pretty != null) {
        pretty.writeEndArray();
        pretty.writeRaw('\n');
      } else {
        out.endArray();
        out.rawByte('\n');
      }
    }
    if (pretty != null) {
      pretty.close();
    } else {
      out.flush();
    }
  }
}
