package org.tgparse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.tgparse.extract.Extractor;
import org.tgparse.internal.io.EntityLimits;
import org.tgparse.internal.io.FormatReader;
import org.tgparse.internal.io.IssueSink;
import org.tgparse.model.Message;
import org.tgparse.read.Format;
import org.tgparse.read.Limits;
import org.tgparse.read.ParseIssue;
import org.tgparse.read.TgparseException;

/**
 * Reads messages from one input, one at a time, in the style of Commons CSV's {@code CSVParser}: iterate it, or
 * {@link #stream()} it, and close it. Memory does not grow with the input: only the message being read is held.
 *
 * <p>The iterator honours its contract: {@code hasNext()} may be called any number of times, {@code next()} works
 * without it and throws {@link NoSuchElementException} at the end. Unreadable input throws
 * {@link TgparseException} (with file, line and column) after every complete message before it was handed out;
 * recoverable oddities are collected in {@link #issues()}.
 *
 * <p>Not thread-safe. Create one with {@link Tgparse}.
 */
public final class MessageReader implements Iterable<Message>, AutoCloseable {
  private final FormatReader source;
  private final IssueSink issues;
  private final Extractor extractor;
  private final Format format;
  private final String name;
  private Message peeked;
  private boolean ended;
  private boolean iteratorHandedOut;
  private boolean closed;

  private final int maxEntities;
  /** Whether the format marks entities itself, which the extractor must not contradict (fixed per format). */
  private final boolean formatMarksEntities;

  MessageReader(FormatReader source, String name, Format format, IssueSink issues, Extractor extractor) {
    this(source, name, format, issues, extractor, Limits.DEFAULTS);
  }

  MessageReader(FormatReader source, String name, Format format, IssueSink issues, Extractor extractor,
      Limits limits) {
    this.source = source;
    this.name = name;
    this.format = format;
    this.issues = issues;
    this.extractor = extractor;
    this.maxEntities = limits.maxEntitiesPerMessage();
    this.formatMarksEntities = Extractor.carriesTelegramEntities(format.cliName());
  }

  /**
   * Reads the next message.
   *
   * @return the next message, or null at the end of the input
   * @throws TgparseException when the input cannot be read on, or the source fails (the {@link IOException} is the
   *     cause)
   * @throws IllegalStateException when the reader was closed: null would pass for a normal end of the input
   */
  public Message read() {
    if (closed) {
      // One behaviour for every format (the format readers differ once their source is closed).
      throw new IllegalStateException("expected an open reader, found one already closed: " + name);
    }
    if (peeked != null) {
      Message m = peeked;
      peeked = null;
      return m;
    }
    if (ended) {
      return null;
    }
    Message m;
    try {
      m = source.next();
    } catch (IOException e) {
      ended = true;
      throw new TgparseException(sourceName(), 0, 0, "cannot read: " + e.getMessage(), e);
    } catch (TgparseException e) {
      ended = true;
      throw e;
    }
    if (m == null) {
      ended = true;
      return null;
    }
    try {
      return EntityLimits.apply(extractor == null ? m : extractor.enrich(m, formatMarksEntities), maxEntities, name,
          issues);
    } catch (TgparseException e) {
      // strict mode: the first issue is an error
      ended = true;
      throw e;
    }
  }

  private String sourceName() {
    return name;
  }

  /** @return the input's name as given ({@code -} for standard input) */
  public String name() {
    return name;
  }

  /** @return the format this reader reads (never {@link Format#AUTO}) */
  public Format format() {
    return format;
  }

  /**
   * @return the recoverable issues found so far, oldest first (bounded: past 10,000 only {@link #droppedIssues()}
   *     grows)
   */
  public List<ParseIssue> issues() {
    return issues.issues();
  }

  /** @return how many issues are kept so far (at most 10,000) */
  public int issueCount() {
    return issues.size();
  }

  /**
   * The issues found since an earlier count, for callers that print issues as they come.
   *
   * @param from an earlier {@link #issueCount()}
   * @return the issues kept after the first {@code from}, oldest first
   */
  public List<ParseIssue> issuesSince(int from) {
    return issues.issuesSince(from);
  }

  /** @return how many issues were counted but not kept */
  public long droppedIssues() {
    return issues.dropped();
  }

  /**
   * The messages as an iterator. Can be called once: the reader is a single pass over its input.
   *
   * @return an iterator over the remaining messages
   * @throws IllegalStateException on a second call
   */
  @Override
  public Iterator<Message> iterator() {
    if (iteratorHandedOut) {
      throw new IllegalStateException("a MessageReader is a single pass: iterator() was already called");
    }
    iteratorHandedOut = true;
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        if (peeked == null && !ended) {
          peeked = read();
        }
        return peeked != null;
      }

      @Override
      public Message next() {
        if (!hasNext()) {
          throw new NoSuchElementException("no more messages");
        }
        Message m = peeked;
        peeked = null;
        return m;
      }
    };
  }

  /**
   * The messages as a sequential, ordered stream that closes this reader when the stream is closed.
   *
   * @return the stream
   */
  public Stream<Message> stream() {
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED | Spliterator.NONNULL), false)
        .onClose(this::close);
  }

  /** Closes the input if this reader opened it. Idempotent. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      source.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
