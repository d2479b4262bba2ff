package org.tgparse.internal.html;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;
import org.tgparse.MessageReader;
import org.tgparse.Tgparse;
import org.tgparse.read.ReadOptions;

/**
 * Throughput of the HTML readers, for comparison with {@code bench/html/bs4_extract.py} (not a test; run by
 * {@code bench/html/run.sh}). Reads a Desktop export folder or a t.me page several times, entity extraction off
 * (the readers' own work), and prints MB/s of the process's CPU time for the best run after warm-up.
 */
public final class HtmlReadBench {
  private HtmlReadBench() {
  }

  /**
   * @param args PATH [RUNS]
   * @throws IOException when the input cannot be read
   */
  public static void main(String[] args) throws IOException {
    Path path = Path.of(args[0]);
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    long bytes;
    if (Files.isDirectory(path)) {
      try (Stream<Path> s = Files.list(path)) {
        bytes = s.mapToLong(p -> p.toFile().length()).sum();
      }
    } else {
      bytes = Files.size(path);
    }
    // Process CPU time (GC and JIT threads included), as Python's process_time counts it.
    com.sun.management.OperatingSystemMXBean cpu =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    ReadOptions options = ReadOptions.defaults().withExtractEntities(false);
    long best = Long.MAX_VALUE;
    long records = 0;
    for (int i = 0; i < runs; i++) {
      long t0 = cpu.getProcessCpuTime();
      records = 0;
      long chars = 0;
      try (MessageReader r = Tgparse.read(path, options)) {
        for (var m : r) {
          records++;
          chars += m.text().length() + m.entities().size();
        }
      }
      long dt = cpu.getProcessCpuTime() - t0;
      if (chars < 0) {
        throw new AssertionError();
      }
      best = Math.min(best, dt);
    }
    double mb = bytes / 1e6;
    double s = best / 1e9;
    System.out.println(String.format(Locale.ROOT, "tgparse %s: %d records, %.1f MB in %.2f s CPU = %.2f MB/s",
        path.getFileName(), records, mb, s, mb / s));
  }
}
