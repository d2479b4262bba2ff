package org.tgparse.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.OutputStream;
import org.tgparse.internal.io.Lines;
import org.tgparse.model.Message;

/**
 * Writes messages as JSON Lines (one compact object per line) or as one JSON array (optionally pretty). By default
 * every record has every field, null or empty when absent (what pandas and databases want: the same columns in
 * every row); {@link Fields#NON_EMPTY} leaves out the null and empty ones (what a person or {@code jq} wants). Does
 * not close the stream it was given. Not thread-safe.
 */
public final class JsonLinesWriter implements AutoCloseable {
  /** Which fields a record shows. */
  public enum Fields {
    /** Every field, in the documented order, {@code null}, {@code []} or {@code {}} when absent (the default). */
    ALL,
    /**
     * Only the fields with a value: {@code null}, {@code []} and {@code {}} are left out, also inside nested
     * objects (an entity's {@code "username":null}), and an object left empty goes too. Array elements, {@code false}
     * and {@code 0} stay. The order of the fields that remain does not change.
     */
    NON_EMPTY
  }

  /** Filters each record in {@link Fields#NON_EMPTY} mode; null for every field (the default path, untouched). */
  private final NonEmptyFields nonEmpty;
  /** Compact output (JSON Lines or a compact array), or null when pretty. */
  private final JsonOut out;
  /** Pretty output through Jackson's pretty printer, or null when compact. */
  private final JsonGenerator pretty;
  private final boolean array;
  private boolean started;

  private JsonLinesWriter(OutputStream target, boolean array, boolean pretty, Fields fields) throws IOException {
    this.array = array;
    this.nonEmpty = fields == Fields.NON_EMPTY ? new NonEmptyFields() : null;
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
    return new JsonLinesWriter(out, false, false, Fields.ALL);
  }

  /**
   * @param out where to write (UTF-8)
   * @param fields which fields each record shows
   * @return a JSON Lines writer that leaves {@code out} open
   * @throws IOException when the writer cannot be created
   */
  public static JsonLinesWriter jsonLines(OutputStream out, Fields fields) throws IOException {
    return new JsonLinesWriter(out, false, false, java.util.Objects.requireNonNull(fields, "fields"));
  }

  /**
   * @param out where to write (UTF-8)
   * @param pretty whether to indent
   * @return a JSON array writer that leaves {@code out} open
   * @throws IOException when the writer cannot be created
   */
  public static JsonLinesWriter jsonArray(OutputStream out, boolean pretty) throws IOException {
    return new JsonLinesWriter(out, true, pretty, Fields.ALL);
  }

  /**
   * @param out where to write (UTF-8)
   * @param pretty whether to indent
   * @param fields which fields each record shows
   * @return a JSON array writer that leaves {@code out} open
   * @throws IOException when the writer cannot be created
   */
  public static JsonLinesWriter jsonArray(OutputStream out, boolean pretty, Fields fields) throws IOException {
    return new JsonLinesWriter(out, true, pretty, java.util.Objects.requireNonNull(fields, "fields"));
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
      startArray();
    }
    if (nonEmpty != null) {
      writeNonEmpty(m);
    } else if (pretty != null) {
      MessageJson.write(pretty, m);
      return;
    } else {
      MessageJson.write(out, m);
    }
    if (!array) {
      out.rawByte('\n');
      out.resetComma();
    }
  }

  private void writeNonEmpty(Message m) throws IOException {
    byte[] full = MessageJson.toJsonBytes(m);
    int n = nonEmpty.filter(full, full.length);
    if (pretty != null) {
      try (com.fasterxml.jackson.core.JsonParser p =
          MessageJson.factory().createParser(nonEmpty.buffer(), 0, n)) {
        p.nextToken();
        pretty.copyCurrentStructure(p);
      }
    } else {
      out.rawValue(nonEmpty.buffer(), 0, n);
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
