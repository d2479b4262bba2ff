package org.tgparse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.lang.ref.Cleaner;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.tgparse.extract.Extractor;
import org.tgparse.internal.io.Detector;
import org.tgparse.internal.io.FileInput;
import org.tgparse.internal.io.FormatReader;
import org.tgparse.internal.io.IssueSink;
import org.tgparse.internal.io.LineReader;
import org.tgparse.internal.pipeline.Abandoned;
import org.tgparse.internal.pipeline.OrderedParallel;
import org.tgparse.internal.pipeline.Readers;
import org.tgparse.internal.text.TextExportReader;
import org.tgparse.internal.text.WholeTextReader;
import org.tgparse.model.Message;
import org.tgparse.read.Format;
import org.tgparse.read.ReadOptions;
import org.tgparse.read.TgparseException;

/**
 * Entry points. Read a file, folder, stream or reader into a {@link MessageReader}:
 *
 * <pre>{@code
 * try (MessageReader reader = Tgparse.read(Path.of("samples/mfa-forwarded-posts.txt"))) {
 *   for (Message m : reader) {
 *     System.out.println(m.forwardedFrom() + ": " + m.title() + " " + m.hashtags());
 *   }
 * }
 * }</pre>
 *
 * <p>All methods are thread-safe; each returned reader is for one thread. A null argument throws
 * {@link NullPointerException} naming the parameter.
 */
public final class Tgparse {
  private Tgparse() {
  }

  /**
   * Reads a file, or a Telegram Desktop export folder, detecting its format by content.
   *
   * @param path the input
   * @return a reader; close it
   * @throws TgparseException when the input is missing, unreadable or not an archive
   */
  public static MessageReader read(Path path) {
    return read(path, ReadOptions.defaults());
  }

  /**
   * Reads a file, or a Telegram Desktop export folder.
   *
   * @param path the input
   * @param options how to read it
   * @return a reader; close it
   * @throws TgparseException when the input is missing, unreadable or not an archive
   */
  public static MessageReader read(Path path, ReadOptions options) {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(options, "options");
    String name = path.toString();
    IssueSink issues = new IssueSink(options.strict());
    try {
      Readers.Opened opened = Readers.open(path, name, options, issues);
      return reader(opened.reader(), name, opened.format(), issues, options);
    } catch (NoSuchFileException e) {
      throw new TgparseException(name, 0, 0, "no such file or directory", e);
    } catch (java.nio.file.AccessDeniedException e) {
      throw new TgparseException(name, 0, 0, "permission denied", e);
    } catch (IOException e) {
      throw new TgparseException(name, 0, 0, "cannot read: " + e.getMessage(), e);
    }
  }

  /**
   * Reads a stream, detecting its format by content. The stream is closed with the reader.
   *
   * @param in the bytes (UTF-8, or UTF-16 with a byte-order mark)
   * @param name the name to report in records and errors
   * @param options how to read it
   * @return a reader; close it
   * @throws TgparseException when the input is not an archive or cannot be read
   */
  public static MessageReader read(InputStream in, String name, ReadOptions options) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(options, "options");
    IssueSink issues = new IssueSink(options.strict());
    try {
      Readers.Opened opened = Readers.open(in, name, options, issues);
      return reader(opened.reader(), name, opened.format(), issues, options);
    } catch (IOException e) {
      throw new TgparseException(name, 0, 0, "cannot read: " + e.getMessage(), e);
    }
  }

  /**
   * Reads characters as the plain-text export ({@link Format#TEXT}, or {@link Format#PLAIN} when the options say
   * so). Other formats need bytes: use {@link #read(InputStream, String, ReadOptions)}.
   *
   * @param in the text; closed with the reader
   * @param name the name to report
   * @param options how to read it
   * @return a reader; close it
   */
  public static MessageReader read(Reader in, String name, ReadOptions options) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(options, "options");
    IssueSink issues = new IssueSink(options.strict());
    FormatReader r;
    Format f;
    if (options.format() == Format.PLAIN) {
      r = new WholeTextReader(in, name, options.limits(), issues);
      f = Format.PLAIN;
    } else if (options.format() == Format.AUTO || options.format() == Format.TEXT) {
      r = new TextExportReader(new LineReader(in, options.limits().maxLineLength()), name, options.limits(),
          issues);
      f = Format.TEXT;
    } else {
      throw new IllegalArgumentException("a Reader can be read as text or plain only, not as "
          + options.format().cliName() + ": pass an InputStream");
    }
    return reader(r, name, f, issues, options);
  }

  /**
   * Reads a string as the plain-text export (or as {@link Format#PLAIN} text when the options say so).
   *
   * @param text the input
   * @param options how to read it
   * @return a reader
   */
  public static MessageReader readString(String text, ReadOptions options) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(options, "options");
    if (options.format() == Format.AUTO || options.format() == Format.TEXT || options.format() == Format.PLAIN) {
      return read(new java.io.StringReader(text), "<string>", options);
    }
    return read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "<string>", options);
  }

  /**
   * Detects the format of a file or folder by content, reading at most its first 16 KiB.
   *
   * @param path a file or a Telegram Desktop export folder
   * @return the format (never {@link Format#AUTO})
   * @throws TgparseException when the input is missing, unreadable, binary, or a folder of no known kind
   */
  public static Format detect(Path path) {
    Objects.requireNonNull(path, "path");
    String name = path.toString();
    try {
      if (java.nio.file.Files.isDirectory(path)) {
        return org.tgparse.internal.io.Detector.detectDirectory(path);
      }
      try (InputStream in = new java.io.BufferedInputStream(FileInput.open(path))) {
        byte[] head = org.tgparse.internal.io.Detector.peek(in);
        return org.tgparse.internal.io.Detector.detect(head, head.length, name);
      }
    } catch (NoSuchFileException e) {
      throw new TgparseException(name, 0, 0, "no such file or directory", e);
    } catch (IOException e) {
      throw new TgparseException(name, 0, 0, "cannot read: " + e.getMessage(), e);
    }
  }

  /**
   * Reads many files or export folders as one ordered stream: every message of {@code paths[0]}, then every
   * message of {@code paths[1]}, and so on, while up to {@code threads} inputs are parsed at the same time on
   * threads of their own. Memory stays bounded: at most {@code threads} inputs are open at once and each parses
   * at most {@value #READ_AHEAD} messages ahead of the stream.
   *
   * <pre>{@code
   * try (Stream<Message> messages = Tgparse.readAll(paths, ReadOptions.defaults(), 4)) {
   *   messages.forEach(m -> System.out.println(m.hashtags()));
   * }
   * }</pre>
   *
   * <p>Close the stream (try-with-resources): closing stops the parsing threads and returns once every reader
   * they opened is closed; a stream read to its end has closed them already. A stream dropped without closing is
   * a leak only until the garbage collector finds it unreachable: then a {@link java.lang.ref.Cleaner} stops its
   * threads (daemon threads, which never keep the JVM alive) and they close their readers. An input that cannot be read
   * throws its {@link TgparseException} where the stream reaches it, after that input's earlier messages.
   * Recoverable issues are not collected here: read one input with {@link #read(Path, ReadOptions)} to see its
   * {@link MessageReader#issues()} (or use {@link ReadOptions#withStrict(boolean) strict} mode to have them
   * thrown).
   *
   * @param paths files or Telegram Desktop export folders, each read with {@link #read(Path, ReadOptions)}
   * @param options how to read them
   * @param threads how many inputs to parse at the same time; 1 reads them one after another on the thread that
   *     consumes the stream
   * @return a sequential, ordered stream of every message; close it
   * @throws IllegalArgumentException when {@code threads} is less than 1
   */
  public static Stream<Message> readAll(List<Path> paths, ReadOptions options, int threads) {
    Objects.requireNonNull(paths, "paths");
    Objects.requireNonNull(options, "options");
    List<Path> inputs = List.copyOf(paths);
    return readAll(inputs.size(), i -> read(inputs.get(i), options), threads);
  }

  /** How many messages each input parses ahead of the stream in {@link #readAll}. */
  static final int READ_AHEAD = 256;

  /**
   * {@link #readAll(List, ReadOptions, int)} over any opener, for tests.
   *
   * @param count how many inputs
   * @param opener opens input i
   * @param threads parallel inputs
   * @return the stream
   */
  static Stream<Message> readAll(int count, IntFunction<MessageReader> opener, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads: expected at least 1, found " + threads);
    }
    if (threads == 1 || count <= 1) {
      // One after another on the consuming thread. Not flatMap: its iterator buffers a whole inner stream.
      Sequential seq = new Sequential(count, opener);
      // A stream dropped without close() still closes its open reader once unreachable (see Abandoned).
      Cleaner.Cleanable cleanable = Abandoned.register(seq, seq.open::close);
      return StreamSupport.stream(
              Spliterators.spliteratorUnknownSize(seq, Spliterator.ORDERED | Spliterator.NONNULL), false)
          .onClose(() -> {
            seq.close();
            cleanable.clean();
          });
    }
    OrderedParallel<Message> run = new OrderedParallel<>(count, threads, READ_AHEAD, (i, sink) -> {
      try (MessageReader r = opener.apply(i)) {
        Message m;
        while ((m = r.read()) != null) {
          sink.accept(m);
        }
      }
    });
    Iterator<Message> it = new Iterator<>() {
      private Message next;
      private boolean done;

      @Override
      public boolean hasNext() {
        if (next == null && !done) {
          try {
            next = run.next();
          } catch (OrderedParallel.ProducerException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException) {
              throw (RuntimeException) c;
            }
            if (c instanceof Error) {
              throw (Error) c;
            }
            throw new TgparseException("input " + (e.input() + 1), 0, 0, "cannot read: " + c, c);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.util.concurrent.CancellationException("interrupted while waiting for messages");
          }
          if (next == null) {
            done = true;
          }
        }
        return next != null;
      }

      @Override
      public Message next() {
        if (!hasNext()) {
          throw new java.util.NoSuchElementException("no more messages");
        }
        Message m = next;
        next = null;
        return m;
      }
    };
    // A stream dropped without close() still stops its threads, and they close their readers, once the iterator
    // is unreachable: the threads refer to the run, never to the iterator.
    Cleaner.Cleanable cleanable = Abandoned.register(it, run::abandon);
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED | Spliterator.NONNULL), false)
        .onClose(() -> {
          run.close();
          cleanable.clean();
        });
  }

  /** Reads inputs one after another, each reader closed at its end or when the stream closes. */
  private static final class Sequential implements Iterator<Message> {
    private final int count;
    private final IntFunction<MessageReader> opener;
    /** The reader open now, apart from this iterator so that a cleaner can close it (see Abandoned). */
    final OpenReader open = new OpenReader();
    private int nextInput;
    private MessageReader reader;
    private Message next;
    private boolean closed;

    Sequential(int count, IntFunction<MessageReader> opener) {
      this.count = count;
      this.opener = opener;
    }

    @Override
    public boolean hasNext() {
      while (next == null && !closed) {
        if (reader == null) {
          if (nextInput >= count) {
            return false;
          }
          reader = opener.apply(nextInput++);
          open.reader = reader;
        }
        try {
          next = reader.read();
        } catch (RuntimeException e) {
          // As in the parallel case, a caller that goes on after the error gets the next input.
          MessageReader r = reader;
          reader = null;
          open.reader = null;
          r.close();
          throw e;
        }
        if (next == null) {
          MessageReader r = reader;
          reader = null;
          open.reader = null;
          r.close();
        }
      }
      return next != null;
    }

    @Override
    public Message next() {
      if (!hasNext()) {
        throw new java.util.NoSuchElementException("no more messages");
      }
      Message m = next;
      next = null;
      return m;
    }

    void close() {
      closed = true;
      if (reader != null) {
        MessageReader r = reader;
        reader = null;
        open.reader = null;
        r.close();
      }
    }
  }

  /** The reader a sequential stream has open, for its cleaner. */
  private static final class OpenReader {
    volatile MessageReader reader;

    void close() {
      MessageReader r = reader;
      reader = null;
      if (r != null) {
        r.close();
      }
    }
  }

  /** @return the shared, thread-safe entity extractor */
  public static Extractor extractor() {
    return Extractor.standard();
  }

  private static MessageReader reader(FormatReader r, String name, Format f, IssueSink issues, ReadOptions o) {
    return new MessageReader(r, name, f, issues, o.extractEntities() ? Extractor.standard() : null, o.limits());
  }

}
