package org.tgparse.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tgparse.read.Format;
import org.tgparse.MessageReader;
import org.tgparse.read.ReadOptions;
import org.tgparse.Tgparse;
import org.tgparse.json.JsonLinesWriter;
import org.tgparse.model.Message;

/**
 * Throughput per CPU second of the calling thread, for a busy machine where wall-clock numbers are noise: the
 * thread's CPU time does not count the time it waits for a core. Stages, each over the same input held in
 * memory: parse (reader only), parse+extract, parse+extract+JSON (the command line's work, output dropped).
 *
 * <pre>java -cp target/benchmarks.jar org.tgparse.bench.CpuTime [FORMAT [SIZE [ROUNDS]]]</pre>
 *
 * FORMAT is text, desktop-json, desktop-html or tme (default text), SIZE the generated input (default 64MB).
 * Not a substitute for JMH on a quiet machine: JIT compilation and GC happen on other threads and are not
 * counted, so these numbers are an upper bound for one thread.
 */
public final class CpuTime {
  private CpuTime() {
  }

  /**
   * @param args FORMAT SIZE ROUNDS
   * @throws IOException when the input cannot be read
   */
  public static void main(String[] args) throws IOException {
    String format = args.length > 0 ? args[0] : "text";
    String size = args.length > 1 ? args[1] : "64MB";
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    List<Path> inputs = BenchInputs.inputs(format, BenchInputs.get(format, size));
    long bytes = BenchInputs.size(inputs);
    List<byte[]> data = new ArrayList<>();
    if (format.equals("text") || format.equals("tme")) {
      for (Path p : inputs) {
        data.add(Files.readAllBytes(p));
      }
    }
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    String[] stages = {"parse", "parse+extract", "parse+extract+json"};
    for (int round = 0; round < rounds; round++) {
      StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "round %d:", round + 1));
      for (int s = 0; s < stages.length; s++) {
        ReadOptions o = ReadOptions.defaults().withFormat(Format.fromCliName(format)).withExtractEntities(s > 0);
        long t0 = mx.getCurrentThreadCpuTime();
        long n = 0;
        Counting sink = new Counting();
        try (JsonLinesWriter w = JsonLinesWriter.jsonLines(sink)) {
          for (int i = 0; i < inputs.size(); i++) {
            try (MessageReader r = data.isEmpty() ? Tgparse.read(inputs.get(i), o)
                : Tgparse.read(new ByteArrayInputStream(data.get(i)), inputs.get(i).toString(), o)) {
              Message m;
              while ((m = r.read()) != null) {
                n++;
                if (s == 2) {
                  w.write(m);
                }
              }
            }
          }
        }
        double cpu = (mx.getCurrentThreadCpuTime() - t0) / 1e9;
        line.append(String.format(Locale.ROOT, "  %s %.0f MB/s %,.0f msg/s", stages[s], bytes / 1e6 / cpu,
            n / cpu));
      }
      System.out.println(line);
    }
  }

  /** Drops bytes. */
  static final class Counting extends OutputStream {
    long count;

    @Override
    public void write(int b) {
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      count += len;
    }
  }
}
