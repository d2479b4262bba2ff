package org.tgparse.internal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class OrderedParallelTest {

  /** Input i yields the strings "i:0" .. "i:(i*7 % 23)", with random pauses so inputs finish out of order. */
  private static OrderedParallel.Producer<String> numbered() {
    return (i, sink) -> {
      int n = i * 7 % 23;
      for (int k = 0; k < n; k++) {
        if (ThreadLocalRandom.current().nextInt(8) == 0) {
          Thread.sleep(1);
        }
        sink.accept(i + ":" + k);
      }
    };
  }

  private static List<String> expected(int inputs) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < inputs; i++) {
      for (int k = 0; k < i * 7 % 23; k++) {
        out.add(i + ":" + k);
      }
    }
    return out;
  }

  private static List<String> drain(OrderedParallel<String> run) throws InterruptedException {
    List<String> out = new ArrayList<>();
    String s;
    while ((s = run.next()) != null) {
      out.add(s);
    }
    return out;
  }

  @Test
  void itemsComeInInputOrderWhateverTheThreadCount() throws Exception {
    for (int threads : new int[] {1, 2, 3, 8, 40}) {
      try (OrderedParallel<String> run = new OrderedParallel<>(30, threads, 3, numbered())) {
        assertThat(drain(run)).as("threads=%d", threads).isEqualTo(expected(30));
        assertThat(run.currentInput()).isEqualTo(30);
      }
    }
  }

  @Test
  void noInputsGiveNoItems() throws Exception {
    try (OrderedParallel<String> run = new OrderedParallel<>(0, 4, 1, numbered())) {
      assertThat(run.next()).isNull();
    }
  }

  @Test
  void aFailureArrivesAfterTheItemsBeforeItAndTheNextInputsGoOn() throws Exception {
    OrderedParallel.Producer<String> p = (i, sink) -> {
      sink.accept(i + ":a");
      if (i == 1) {
        throw new IllegalStateException("broken input");
      }
      sink.accept(i + ":b");
    };
    try (OrderedParallel<String> run = new OrderedParallel<>(3, 2, 4, p)) {
      assertThat(run.next()).isEqualTo("0:a");
      assertThat(run.next()).isEqualTo("0:b");
      assertThat(run.next()).isEqualTo("1:a");
      assertThatThrownBy(run::next).isInstanceOf(OrderedParallel.ProducerException.class)
          .hasRootCauseMessage("broken input")
          .satisfies(e -> assertThat(((OrderedParallel.ProducerException) e).input()).isEqualTo(1));
      assertThat(run.next()).isEqualTo("2:a");
      assertThat(run.next()).isEqualTo("2:b");
      assertThat(run.next()).isNull();
    }
  }

  @Test
  void aProducerStopsAtItsCapacityUntilTheConsumerGetsThere() throws Exception {
    CountDownLatch releaseFirst = new CountDownLatch(1);
    AtomicInteger acceptedBySecond = new AtomicInteger();
    List<Thread> secondThread = new ArrayList<>();
    OrderedParallel.Producer<String> p = (i, sink) -> {
      if (i == 0) {
        releaseFirst.await();
        sink.accept("first");
        return;
      }
      synchronized (secondThread) {
        secondThread.add(Thread.currentThread());
      }
      for (int k = 0; k < 100; k++) {
        sink.accept("second" + k);
        acceptedBySecond.incrementAndGet();
      }
    };
    try (OrderedParallel<String> run = new OrderedParallel<>(2, 2, 5, p)) {
      // Wait (without a time limit in the assertion) until the second producer blocks on its full buffer.
      while (true) {
        Thread t;
        synchronized (secondThread) {
          t = secondThread.isEmpty() ? null : secondThread.get(0);
        }
        if (t != null && t.getState() == Thread.State.WAITING) {
          break;
        }
        Thread.sleep(1);
      }
      assertThat(acceptedBySecond.get()).isEqualTo(5);
      releaseFirst.countDown();
      List<String> all = drain(run);
      assertThat(all).hasSize(101).startsWith("first", "second0").endsWith("second99");
    }
  }

  @Test
  void closeStopsBlockedProducersAndReturnsAfterTheirCleanup() throws Exception {
    AtomicInteger opened = new AtomicInteger();
    AtomicInteger closed = new AtomicInteger();
    OrderedParallel.Producer<String> p = (i, sink) -> {
      opened.incrementAndGet();
      try {
        for (int k = 0; ; k++) {
          sink.accept(i + ":" + k); // endless: only close() ends it
        }
      } finally {
        closed.incrementAndGet();
      }
    };
    OrderedParallel<String> run = new OrderedParallel<>(10, 3, 2, p);
    assertThat(run.next()).isEqualTo("0:0");
    assertThat(run.next()).isEqualTo("0:1");
    run.close();
    assertThat(opened.get()).isEqualTo(3); // only the inputs in flight were started
    assertThat(closed.get()).isEqualTo(opened.get());
    assertThatThrownBy(run::next).isInstanceOf(IllegalStateException.class);
    run.close(); // idempotent
  }

  @Test
  void rejectsBadArguments() {
    assertThatThrownBy(() -> new OrderedParallel<>(1, 0, 1, numbered()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("threads >= 1");
    assertThatThrownBy(() -> new OrderedParallel<>(1, 1, 0, numbered()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("capacity >= 1");
  }
}
