package org.tgparse.internal.pipeline;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.tgparse.Tgparse;

/**
 * Runs one producer per input on up to {@code threads} threads and hands their items to one consumer in input
 * order: every item of input 0, then every item of input 1, and so on.
 *
 * <p>Memory is bounded: at most {@code threads} inputs are in flight (the one being consumed and the next
 * {@code threads - 1}), and each buffers at most {@code capacity} items; a producer that gets that far ahead waits.
 * When the consumer finishes an input, the next one not yet started is started. Since the input being consumed
 * was always started before the others in flight and has a thread of its own, the consumer never waits on a
 * producer that cannot run.
 *
 * <p>A producer's exception is handed to the consumer at the point the input failed, after every item it gave
 * before; the next inputs are still read. {@link #close()} stops every producer (they see an interrupt, or an
 * {@link InterruptedException} from the sink) and returns once each has ended, so resources a producer closes in a
 * {@code finally} block are closed when {@code close()} returns.
 *
 * <p>Used by {@code Tgparse.readAll} and the command line's {@code --threads}. One consumer thread.
 *
 * @param <T> the item type
 */
public final class OrderedParallel<T> implements AutoCloseable {
  /**
   * Produces the items of one input.
   *
   * @param <T> the item type
   */
  @FunctionalInterface
  public interface Producer<T> {
    /**
     * @param input the input's index
     * @param sink where its items go, in order
     * @throws Exception handed to the consumer by {@link OrderedParallel#next()}
     */
    void produce(int input, Sink<T> sink) throws Exception;
  }

  /**
   * Accepts items, waiting while the input's buffer is full.
   *
   * @param <T> the item type
   */
  @FunctionalInterface
  public interface Sink<T> {
    /**
     * @param item an item, not null
     * @throws InterruptedException when the run was closed: the producer should end
     */
    void accept(T item) throws InterruptedException;
  }

  /** A producer's failure, as the consumer sees it. */
  public static final class ProducerException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int input;

    ProducerException(int input, Throwable cause) {
      super(cause);
      this.input = input;
    }

    /** @return the index of the input that failed */
    public int input() {
      return input;
    }
  }

  private static final Object END = new Object();
  private static final AtomicInteger POOLS = new AtomicInteger();

  private final int inputs;
  private final int capacity;
  private final Producer<T> producer;
  private final ExecutorService pool;
  private final Object[] queues;
  private int current;
  private int started;
  private volatile boolean closed;

  /**
   * A failure travelling through an input's queue. Made before the producer runs, so that reporting an
   * {@link OutOfMemoryError} needs no memory of its own.
   */
  private static final class Failure {
    Throwable error;
  }

  /**
   * Starts the first {@code threads} inputs.
   *
   * @param inputs how many inputs
   * @param threads how many inputs are produced at the same time (at least 1)
   * @param capacity how many items each input may buffer ahead of the consumer (at least 1)
   * @param producer the producer
   */
  public OrderedParallel(int inputs, int threads, int capacity, Producer<T> producer) {
    if (inputs < 0 || threads < 1 || capacity < 1) {
      throw new IllegalArgumentException("expected inputs >= 0, threads >= 1, capacity >= 1, found " + inputs
          + ", " + threads + ", " + capacity);
    }
    this.inputs = inputs;
    this.capacity = capacity;
    this.producer = producer;
    this.queues = new Object[inputs];
    int n = Math.min(threads, Math.max(inputs, 1));
    int poolId = POOLS.incrementAndGet();
    AtomicInteger threadId = new AtomicInteger();
    ThreadFactory factory = r -> {
      Thread t = new Thread(r, "tgparse-" + poolId + "-reader-" + threadId.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
    this.pool = Executors.newFixedThreadPool(n, factory);
    while (started < inputs && started < n) {
      start(started++);
    }
  }

  private void start(int input) {
    BlockingQueue<Object> q = new ArrayBlockingQueue<>(capacity);
    queues[input] = q;
    pool.execute(() -> {
      Object last = END;
      Failure failure = new Failure();
      try {
        producer.produce(input, item -> {
          if (closed) {
            throw new InterruptedException("closed");
          }
          q.put(item);
        });
      } catch (InterruptedException e) {
        return; // closed
      } catch (Throwable e) {
        if (closed) {
          return;
        }
        failure.error = e;
        last = failure;
      }
      try {
        q.put(last);
      } catch (InterruptedException e) {
        // closed while the consumer was not taking: nobody waits for this input any more
      }
    });
  }

  /**
   * @return the next item in input order, or null when every input is done
   * @throws ProducerException when the current input's producer failed; the next call goes on with the next input
   * @throws InterruptedException when the calling thread is interrupted
   * @throws IllegalStateException when closed
   */
  @SuppressWarnings("unchecked")
  public T next() throws InterruptedException {
    while (current < inputs) {
      if (closed) {
        throw new IllegalStateException("closed");
      }
      BlockingQueue<Object> q = (BlockingQueue<Object>) queues[current];
      Object o = q.take();
      if (o == END || o instanceof Failure) {
        queues[current] = null;
        int failed = current++;
        if (started < inputs) {
          start(started++);
        }
        if (current == inputs) {
          pool.shutdown();
        }
        if (o instanceof Failure) {
          throw new ProducerException(failed, ((Failure) o).error);
        }
        continue;
      }
      return (T) o;
    }
    return null;
  }

  /** @return the index of the input whose items {@link #next()} hands out now ({@code inputs} at the end) */
  public int currentInput() {
    return current;
  }

  /**
   * Stops every producer without waiting for them: for a run whose consumer went away (an abandoned stream), from
   * a thread that must not block. Each producer sees an interrupt and ends, closing what it opened. Idempotent.
   */
  public void abandon() {
    closed = true;
    pool.shutdownNow();
  }

  /**
   * Stops every producer and waits until each has ended. Idempotent.
   */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    pool.shutdownNow();
    boolean interrupted = false;
    while (true) {
      try {
        if (pool.awaitTermination(1, TimeUnit.MINUTES)) {
          break;
        }
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    for (int i = 0; i < queues.length; i++) {
      queues[i] = null;
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
