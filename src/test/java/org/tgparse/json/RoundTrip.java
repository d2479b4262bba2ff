package org.tgparse.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.tgparse.MessageReader;
import org.tgparse.Tgparse;
import org.tgparse.model.Message;
import org.tgparse.read.TgparseException;

/** The ways a record is written and read back, and the inputs of every form, shared by the round-trip tests. */
final class RoundTrip {
  /** A mapper as a user sets one up: defaults and the module. */
  static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new TgparseModule());

  private RoundTrip() {
  }

  /** @return every golden input of every form, and the sample plain-text export */
  static List<Path> goldenInputs() {
    List<Path> inputs = new ArrayList<>();
    inputs.add(Path.of("samples/mfa-forwarded-posts.txt"));
    for (String format : new String[] {"text", "desktop-json", "desktop-html", "tme"}) {
      try (Stream<Path> s = Files.list(Path.of("src/test/resources/golden", format))) {
        s.filter(p -> !p.getFileName().toString().contains(".expected.")).sorted().forEach(inputs::add);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return inputs;
  }

  /** @return the records of an input, up to where a broken one (truncated, garbage) ends */
  static List<Message> read(Path input) {
    List<Message> out = new ArrayList<>();
    try (MessageReader r = Tgparse.read(input)) {
      while (true) {
        Message m;
        try {
          m = r.read();
        } catch (TgparseException e) {
          break;
        }
        if (m == null) {
          break;
        }
        out.add(m);
      }
    }
    return out;
  }

  /** @return the messages as the command line writes them: JSON Lines, an array, or a pretty array */
  static String write(List<Message> messages, boolean array, boolean pretty) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonLinesWriter w = array ? JsonLinesWriter.jsonArray(out, pretty) : JsonLinesWriter.jsonLines(out)) {
      for (Message m : messages) {
        w.write(m);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString(java.nio.charset.StandardCharsets.UTF_8);
  }

  /** @return the records of a text, read by {@link JsonLinesReader} from characters */
  static List<Message> readerRecords(String json) {
    try (JsonLinesReader r = JsonLinesReader.open(new StringReader(json), "test")) {
      List<Message> out = new ArrayList<>();
      r.forEach(out::add);
      return out;
    }
  }

  /** @return the records of a text, read by {@link JsonLinesReader} from its UTF-8 bytes */
  static List<Message> readerRecordsFromBytes(String json) {
    try (JsonLinesReader r = JsonLinesReader.open(
        new java.io.ByteArrayInputStream(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)), "test")) {
      return r.stream().toList();
    }
  }

  /** @return the records of a text, read by the mapper as a sequence of values */
  static List<Message> mapperRecords(String json) {
    try (var it = MAPPER.readerFor(Message.class).<Message>readValues(json)) {
      return it.readAll();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** @return the record read back by the mapper */
  static Message viaMapper(String json) {
    try {
      return MAPPER.readValue(json, Message.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** @return the record as the mapper writes it */
  static String mapperJson(Message m) {
    try {
      return MAPPER.writeValueAsString(m);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** @return the record as the mapper writes it, in bytes */
  static byte[] mapperBytes(Message m) {
    try {
      return MAPPER.writeValueAsBytes(m);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
