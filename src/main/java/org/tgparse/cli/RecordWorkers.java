package org.tgparse.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.tgparse.ParseIssue;
import org.tgparse.extract.Extractor;
import org.tgparse.format.EntityLimits;
import org.tgparse.format.IssueSink;
import org.tgparse.json.JsonLinesWriter;
import org.tgparse.model.Message;

/**
 * The second and third stage of one large input on several cores: a pool of threads takes batches of parsed
 * messages, extracts their entities, applies the entity limit and writes their JSON Lines; the results are written
 * to the output in the order the batches were given, with the steps given between them ({@link #then}) in their
 * places.
 *
 * <p>Why: a single input is parsed by one thread, and parsing is about a third of the work (profiled on the
 * plain-text export: parse, extraction and JSON writing cost about the same). Handing the other two thirds to
 * every core lets one input use them all. At most {@code 4 * threads} batches are in flight, so memory stays
 * bounded. One thread calls the methods of this class.
 */
final class RecordWorkers implements AutoCloseable {
  /** A step to run in order with the batches: issue lines to print, the end of an input. */
  @FunctionalInterface
  interface Step {
    void run() throws IOException;
  }

  /** A batch's JSON Lines and the issues its entity limit raised. */
  private record Records(ByteArrayOutputStream json, List<String> issues) {
  }

  private static final AtomicInteger POOLS = new AtomicInteger();

  private final ExecutorService pool;
  private final Extractor extractor;
  private final int maxEntities;
  private final OutputStream out;
  private final Consumer<List<String>> printer;
  private final int maxPending;
  /** {@code Future<Records>} or {@link Step}, in output order. */
  private final ArrayDeque<Object> pending = new ArrayDeque<>();

  /**
   * @param threads worker threads
   * @param maxEntities the entity limit to apply after extraction
   * @param out where the JSON Lines go
   * @param printer prints the issues of the entity limit, where they belong in the output order
   */
  RecordWorkers(int threads, int maxEntities, OutputStream out, Consumer<List<String>> printer) {
    int id = POOLS.incrementAndGet();
    AtomicInteger n = new AtomicInteger();
    this.pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "tgparse-records-" + id + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    this.extractor = Extractor.standard();
    this.maxEntities = maxEntities;
    this.out = out;
    this.printer = printer;
    this.maxPending = 4 * threads;
  }

  /**
   * Hands a batch to the pool; its records are written after everything given before.
   *
   * @param batch parsed messages, entities not yet extracted
   * @param file the input's name, for the issues
   * @param telegramEntities whether the input's format carries Telegram's own entities (Desktop exports)
   * @throws IOException when writing what was ready fails
   */
  void submit(List<Message> batch, String file, boolean telegramEntities) throws IOException {
    pending.add(pool.submit(() -> records(batch, file, telegramEntities)));
    writeReady();
  }

  /**
   * @param step runs once everything given before it is written
   * @throws IOException when writing what was ready fails
   */
  void then(Step step) throws IOException {
    pending.add(step);
    writeReady();
  }

  /** Writes everything given so far, waiting for the pool. @throws IOException when writing fails */
  void finish() throws IOException {
    while (!pending.isEmpty()) {
      writeHead();
    }
  }

  private Records records(List<Message> batch, String file, boolean telegramEntities) throws IOException {
    IssueSink issues = new IssueSink(false);
    ByteArrayOutputStream json = new ByteArrayOutputStream(batch.size() * 4096);
    try (JsonLinesWriter w = JsonLinesWriter.jsonLines(json)) {
      for (Message m : batch) {
        w.write(EntityLimits.apply(extractor.enrich(m, telegramEntities), maxEntities, file, issues));
      }
    }
    List<String> lines = new ArrayList<>(issues.size());
    for (ParseIssue issue : issues.issues()) {
      lines.add(issue.toString());
    }
    return new Records(json, lines);
  }

  /** Writes the finished head of the queue, and waits for the head while too much is in flight. */
  private void writeReady() throws IOException {
    while (!pending.isEmpty() && (pending.size() > maxPending || isReady(pending.peekFirst()))) {
      writeHead();
    }
  }

  private static boolean isReady(Object o) {
    return !(o instanceof Future) || ((Future<?>) o).isDone();
  }

  private void writeHead() throws IOException {
    Object head = pending.pollFirst();
    if (head instanceof Step) {
      ((Step) head).run();
      return;
    }
    Records r = await((Future<?>) head);
    if (!r.issues().isEmpty()) {
      printer.accept(r.issues());
    }
    r.json().writeTo(out);
  }

  private static Records await(Future<?> f) throws IOException {
    try {
      return (Records) f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted");
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      if (c instanceof IOException) {
        throw (IOException) c;
      }
      if (c instanceof RuntimeException) {
        throw (RuntimeException) c;
      }
      if (c instanceof Error) {
        throw (Error) c;
      }
      throw new IllegalStateException(c);
    }
  }

  /** Stops the pool; batches not yet written are dropped (the output was closed, or an error ended the run). */
  @Override
  public void close() {
    pool.shutdownNow();
  }
}
