package org.tgparse.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.tgparse.model.Message;
import org.tgparse.read.TgparseException;

/**
 * Reads tgparse's own JSON output back into {@link Message}s, one record at a time, with Jackson's streaming parser
 * only (no Databind): JSON Lines as the command line writes them, a JSON array ({@code --array}, {@code --pretty}),
 * or any mix of records and arrays of records separated by whitespace. Each record read equals the one written
 * ({@link MessageJson#read(com.fasterxml.jackson.core.JsonParser)} says which fields are required). Memory does not
 * grow with the input: only the record being read is held.
 *
 * <pre>{@code
 * try (JsonLinesReader reader = JsonLinesReader.open(Path.of("posts.jsonl"))) {
 *   for (Message m : reader) {
 *     System.out.println(m.sequence() + " " + m.title());
 *   }
 * }
 * }</pre>
 *
 * <p>The iterator honours its contract: {@code hasNext()} may be called any number of times, {@code next()} works
 * without it and throws {@link NoSuchElementException} at the end. Input that is not a record throws
 * {@link TgparseException} naming the input, the line and column (1-based; columns count bytes for a file or
 * stream, UTF-16 units for a {@link Reader}) and {@code <JSON pointer>: expected X, found Y}, after every record
 * before it was handed out; reading ends there.
 *
 * <p>A reader closes only what it opened: the file of {@link #open(Path)}, not a stream or reader passed to it. Not
 * thread-safe.
 */
public final class JsonLinesReader implements Iterable<Message>, AutoCloseable {
  private final JsonParser parser;
  private final String name;
  /** The stream this reader opened itself, or null. */
  private final Closeable owned;
  private Message peeked;
  private boolean ended;
  private boolean iteratorHandedOut;
  private boolean closed;
  /** Where the enclosing array starts, or null between top-level values. */
  private JsonLocation arrayStart;
  /** Where the record being read starts, or null between records. */
  private JsonLocation recordStart;

  private JsonLinesReader(JsonParser parser, String name, Closeable owned) {
    this.parser = parser;
    this.name = name;
    this.owned = owned;
    // The caller's stream stays the caller's to close (as with JsonLinesWriter).
    parser.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
  }

  /**
   * Opens a file of records (UTF-8, as the command line writes them; UTF-16 and UTF-32 are detected too).
   *
   * @param path the file
   * @return a reader that closes the file when closed
   * @throws TgparseException when the file is missing or cannot be opened
   */
  public static JsonLinesReader open(Path path) {
    String name = path.toString();
    InputStream in = null;
    try {
      in = Files.newInputStream(path);
      return new JsonLinesReader(MessageJson.factory().createParser(in), name, in);
    } catch (NoSuchFileException e) {
      throw new TgparseException(name, 0, 0, "no such file", e);
    } catch (AccessDeniedException e) {
      throw new TgparseException(name, 0, 0, "permission denied", e);
    } catch (IOException e) {
      closeQuietly(in, e);
      throw new TgparseException(name, 0, 0, "cannot read: " + e.getMessage(), e);
    }
  }

  /**
   * Reads records from a stream of bytes (UTF-8; UTF-16 and UTF-32 are detected too).
   *
   * @param in the bytes; not closed by this reader
   * @param name the name to report in errors ({@code -} for standard input)
   * @return a reader
   */
  public static JsonLinesReader open(InputStream in, String name) {
    Objects.requireNonNull(in, "in");
    try {
      return new JsonLinesReader(MessageJson.factory().createParser(in), name, null);
    } catch (IOException e) {
      throw new TgparseException(name, 0, 0, "cannot read: " + e.getMessage(), e);
    }
  }

  /**
   * Reads records from characters.
   *
   * @param in the text; not closed by this reader
   * @param name the name to report in errors
   * @return a reader
   */
  public static JsonLinesReader open(Reader in, String name) {
    Objects.requireNonNull(in, "in");
    try {
      return new JsonLinesReader(MessageJson.factory().createParser(in), name, null);
    } catch (IOException e) {
      throw new TgparseException(name, 0, 0, "cannot read: " + e.getMessage(), e);
    }
  }

  /** @return the input's name as given */
  public String name() {
    return name;
  }

  /**
   * Reads the next record.
   *
   * @return the next message, or null at the end of the input (and after an error, or once closed)
   * @throws TgparseException when the input holds something other than a record or cannot be read (an
   *     {@link IOException} of the source is the cause); reading ends there
   */
  public Message read() {
    if (peeked != null) {
      Message m = peeked;
      peeked = null;
      return m;
    }
    if (ended || closed) {
      return null;
    }
    try {
      Message m = next();
      if (m == null) {
        ended = true;
      }
      return m;
    } catch (JsonProcessingException e) {
      ended = true;
      throw ReadErrors.unchecked(name, e, recordStart, arrayStart, parser.currentLocation());
    } catch (IOException e) {
      ended = true;
      throw new TgparseException(name, 0, 0, "cannot read: " + e.getMessage(), e);
    }
  }

  /** Steps over array brackets to the next record and reads it. @return the record, or null at the end */
  private Message next() throws IOException {
    for (JsonToken t = parser.nextToken(); t != null; t = parser.nextToken()) {
      if (t == JsonToken.START_ARRAY && arrayStart == null) {
        arrayStart = parser.currentTokenLocation();
      } else if (t == JsonToken.END_ARRAY && arrayStart != null) {
        arrayStart = null;
      } else if (t == JsonToken.START_OBJECT) {
        recordStart = parser.currentTokenLocation();
        Message m = MessageParser.read(parser);
        recordStart = null;
        return m;
      } else {
        throw ReadErrors.expected(parser, arrayStart != null ? "a record (a JSON object) or the end of the array"
            : "a record (a JSON object) or an array of records");
      }
    }
    return null;
  }

  /**
   * The records as an iterator. Can be called once: the reader is a single pass over its input.
   *
   * @return an iterator over the remaining records; its methods throw {@link TgparseException} as
   *     {@link #read()} does
   * @throws IllegalStateException on a second call
   */
  @Override
  public Iterator<Message> iterator() {
    if (iteratorHandedOut) {
      throw new IllegalStateException("a JsonLinesReader is a single pass: iterator() was already called");
    }
    iteratorHandedOut = true;
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        if (peeked == null) {
          peeked = read();
        }
        return peeked != null;
      }

      @Override
      public Message next() {
        if (!hasNext()) {
          throw new NoSuchElementException("no more records");
        }
        Message m = peeked;
        peeked = null;
        return m;
      }
    };
  }

  /**
   * The records as a sequential, ordered stream that closes this reader when the stream is closed.
   *
   * @return the stream
   * @throws IllegalStateException when {@link #iterator()} was already called
   */
  public Stream<Message> stream() {
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED | Spliterator.NONNULL), false)
        .onClose(this::close);
  }

  /**
   * Releases the parser, and closes the file when this reader opened it. Idempotent.
   *
   * @throws UncheckedIOException when closing the file fails
   */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      try {
        parser.close();
      } finally {
        if (owned != null) {
          owned.close();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void closeQuietly(Closeable c, IOException failure) {
    if (c != null) {
      try {
        c.close();
      } catch (IOException e) {
        failure.addSuppressed(e);
      }
    }
  }
}
