package org.tgparse.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.OutputStream;
import org.tgparse.model.Message;

/**
 * Writes messages as JSON Lines (one compact object per line) or as one JSON array (optionally pretty). Does not
 * close the stream it was given unless told to. Not thread-safe.
 */
public final class JsonLinesWriter implements AutoCloseable {
  private final JsonGenerator g;
  private final boolean array;
  private boolean started;

  private JsonLinesWriter(OutputStream out, boolean array, boolean pretty, boolean closeTarget) throws IOException {
    this.g = MessageJson.factory().createGenerator(out);
    this.array = array;
    if (!closeTarget) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    }
    if (pretty) {
      g.setPrettyPrinter(new DefaultPrettyPrinter());
    }
    // JSON Lines: each object is followed by its line break (written by write), so nothing goes between root
    // values, and no pretty printer is needed (its field-name path is slower, profiled). A line is complete as
    // soon as it is written, so output cut short (an error, a closed pipe) ends with whole lines.
    g.setRootValueSeparator(null);
  }

  /**
   * @param out where to write (UTF-8)
   * @return a JSON Lines writer that leaves {@code out} open
   * @throws IOException when the generator cannot be created
   */
  public static JsonLinesWriter jsonLines(OutputStream out) throws IOException {
    return new JsonLinesWriter(out, false, false, false);
  }

  /**
   * @param out where to write (UTF-8)
   * @param pretty whether to indent
   * @return a JSON array writer that leaves {@code out} open
   * @throws IOException when the generator cannot be created
   */
  public static JsonLinesWriter jsonArray(OutputStream out, boolean pretty) throws IOException {
    return new JsonLinesWriter(out, true, pretty, false);
  }

  /**
   * Writes one message.
   *
   * @param m the message
   * @throws IOException when writing fails
   */
  public void write(Message m) throws IOException {
    if (!started) {
      started = true;
      if (array) {
        g.writeStartArray();
      }
    }
    MessageJson.write(g, m);
    if (!array) {
      g.writeRaw('\n');
    }
  }

  /**
   * Pushes buffered output to the stream.
   *
   * @throws IOException when writing fails
   */
  public void flush() throws IOException {
    g.flush();
  }

  /** Ends the array (if any), ends the last line, and flushes. @throws IOException when writing fails */
  @Override
  public void close() throws IOException {
    if (array) {
      if (!started) {
        g.writeStartArray();
      }
      g.writeEndArray();
      g.writeRaw('\n');
    }
    g.close();
  }
}
