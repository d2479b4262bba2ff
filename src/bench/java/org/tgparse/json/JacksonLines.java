package org.tgparse.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.tgparse.model.Message;

/**
 * JSON Lines through Jackson's {@code UTF8JsonGenerator} ({@link JacksonReference}: the same record, every call
 * through the generator, field names pre-encoded): what {@link JsonOut} is measured against.
 */
public final class JacksonLines {
  private JacksonLines() {
  }

  /**
   * @param out where to
   * @param messages what to write, one compact record a line
   * @throws IOException when writing fails
   */
  public static void write(OutputStream out, List<Message> messages) throws IOException {
    try (JsonGenerator g = JacksonReference.factory().createGenerator(out)) {
      g.setRootValueSeparator(null);
      for (Message m : messages) {
        JacksonReference.write(g, m);
        g.writeRaw('\n');
      }
    }
  }
}
