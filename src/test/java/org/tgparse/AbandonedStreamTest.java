package org.tgparse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.LongSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tgparse.model.Message;
import org.tgparse.read.ReadOptions;

/**
 * Issue 14, item 6: a {@code readAll} stream dropped without {@code close()} kept its threads and open files for
 * the life of the process (300 streams: 601 threads, 609 files). Once unreachable, its cleaner releases them.
 */
class AbandonedStreamTest {
  private static final int STREAMS = 50;

  @TempDir
  Path dir;

  private List<Path> inputs(int n) throws IOException {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 2000; i++) {
      sb.append("Forwarded from C\npost ").append(i).append('\n');
    }
    List<Path> paths = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Path p = dir.resolve("in" + i + ".txt");
      Files.writeString(p, sb);
      paths.add(p);
    }
    return paths;
  }

  private static long tgparseThreads() {
    return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("tgparse-")).count();
  }

  private static long openFiles() {
    String[] fds = new java.io.File("/proc/self/fd").list();
    return fds == null ? -1 : fds.length;
  }

  /**
   * Opens streams and takes one message from each (so that they are running and hold files). The caller holds
   * the returned list while it counts, then drops it: held, no collection can clean a stream early.
   */
  private static List<Iterator<Message>> open(List<Path> paths, int threads) {
    ReadOptions o = ReadOptions.defaults().withExtractEntities(false);
    List<Iterator<Message>> held = new ArrayList<>();
    for (int i = 0; i < STREAMS; i++) {
      Stream<Message> s = Tgparse.readAll(paths, o, threads);
      Iterator<Message> it = s.iterator();
      assertThat(it.next()).isNotNull();
      held.add(it);
    }
    return held;
  }

  /** Collects garbage until the count is back near where it started: a bounded wait, no timing assertion. */
  private static long settle(LongSupplier count, long start) throws InterruptedException {
    long now = count.getAsLong();
    for (int i = 0; i < 300 && now > start + 2; i++) {
      System.gc();
      Thread.sleep(100);
      now = count.getAsLong();
    }
    return now;
  }

  @Test
  void abandonedParallelStreamsReleaseTheirThreadsAndFiles() throws Exception {
    List<Path> paths = inputs(3);
    long threads = tgparseThreads();
    long files = openFiles();
    List<Iterator<Message>> held = open(paths, 2);
    assertThat(tgparseThreads()).as("threads while the streams are held").isGreaterThan(threads + STREAMS);
    held.clear();
    assertThat(settle(AbandonedStreamTest::tgparseThreads, threads)).isLessThanOrEqualTo(threads + 2);
    if (files >= 0) {
      assertThat(settle(AbandonedStreamTest::openFiles, files)).isLessThanOrEqualTo(files + 2);
    }
  }

  @Test
  void abandonedSequentialStreamsCloseTheirFiles() throws Exception {
    long files = openFiles();
    assumeTrue(files >= 0, "needs /proc/self/fd");
    List<Path> paths = inputs(2);
    List<Iterator<Message>> held = open(paths, 1);
    assertThat(openFiles()).as("files while the streams are held").isGreaterThanOrEqualTo(files + STREAMS);
    held.clear();
    assertThat(settle(AbandonedStreamTest::openFiles, files)).isLessThanOrEqualTo(files + 2);
  }
}
