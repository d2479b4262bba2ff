package org.tgparse.tools;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.tgparse.MessageReader;
import org.tgparse.Tgparse;
import org.tgparse.internal.io.Lines;
import org.tgparse.json.JsonLinesWriter;
import org.tgparse.model.Message;
import org.tgparse.read.ReadOptions;

/**
 * A rough, manual throughput check of the Desktop JSON pipeline (read, extract, and optionally write JSON Lines
 * to a discarding stream). Not a test and not a JMH benchmark: it prints MB/s and messages/s per round, by wall
 * clock and per CPU second of the reading thread (the fairer number on a busy machine).
 *
 * <pre>{@code
 * java -cp target/test-classes:target/classes:... org.tgparse.tools.DesktopJsonThroughput /tmp/big.json 5 [write]
 * }</pre>
 */
public final class DesktopJsonThroughput {
  private static final java.lang.management.ThreadMXBean THREADS =
      java.lang.management.ManagementFactory.getThreadMXBean();

  private DesktopJsonThroughput() {
  }

  /**
   * @param args input file, rounds, and {@code write} to also write JSON Lines
   * @throws IOException when reading fails
   */
  public static void main(String[] args) throws IOException {
    Path path = Path.of(args[0]);
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    boolean write = args.length > 2 && args[2].equals("write");
    double mb = Files.size(path) / 1e6;
    for (int r = 1; r <= rounds; r++) {
      long t0 = System.nanoTime();
      long c0 = THREADS.getCurrentThreadCpuTime();
      long n = 0;
      try (MessageReader reader = Tgparse.read(path, ReadOptions.defaults());
           JsonLinesWriter w = JsonLinesWriter.jsonLines(OutputStream.nullOutputStream())) {
        Message m;
        while ((m = reader.read()) != null) {
          n++;
          if (write) {
            w.write(m);
          }
        }
      }
      double s = (System.nanoTime() - t0) / 1e9;
      double cpu = (THREADS.getCurrentThreadCpuTime() - c0) / 1e9;
      System.out.printf(Locale.ROOT, "round %d: %d messages, %.1f MB in %.2f s: %.0f MB/s, %.0f messages/s"
          + " (per CPU second of the reading thread: %.0f MB/s, %.0f messages/s)%n",
          r, n, mb, s, mb / s, n / s, mb / cpu, n / cpu);
    }
  }
}
