package org.tgparse.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.tgparse.MessageReader;
import org.tgparse.read.ReadOptions;
import org.tgparse.Tgparse;
import org.tgparse.extract.DatelineExtractor;
import org.tgparse.extract.EmojiExtractor;
import org.tgparse.extract.PlaceExtractor;
import org.tgparse.model.Dateline;
import org.tgparse.model.EmojiMarker;
import org.tgparse.model.Message;

/**
 * The place extractor alone, timed by the CPU time of the calling thread, for a busy machine where JMH's
 * wall-clock numbers are noise. The work is that of {@code ExtractorBenchmark -p extractor=places}: the texts of
 * an input, with their emoji and datelines found beforehand; the rate counts the input's bytes, as there.
 *
 * <pre>java -cp target/benchmarks.jar org.tgparse.bench.PlacesCpuTime [INPUT [ROUNDS [PASSES]]]</pre>
 *
 * INPUT is a size of the generated plain-text export (default 16MB) or the path of any input the library reads;
 * each round runs PASSES passes over the texts (default 5) after the first rounds have warmed up the JIT.
 */
public final class PlacesCpuTime {
  private PlacesCpuTime() {
  }

  /**
   * @param args INPUT ROUNDS PASSES
   */
  public static void main(String[] args) {
    String input = args.length > 0 ? args[0] : "16MB";
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 8;
    int passes = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    Path p = input.matches("[0-9]+[KMG]B") ? BenchInputs.get("text", input) : Path.of(input);
    long bytes = BenchInputs.size(List.of(p));
    List<String> texts = new ArrayList<>();
    try (MessageReader r = Tgparse.read(p, ReadOptions.defaults().withExtractEntities(false))) {
      for (Message m : r) {
        texts.add(m.text());
      }
    }
    List<List<EmojiMarker>> emoji = new ArrayList<>();
    List<Dateline> datelines = new ArrayList<>();
    for (String t : texts) {
      emoji.add(EmojiExtractor.extract(t));
      datelines.add(DatelineExtractor.extract(t, null));
    }
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    long sink = 0;
    double[] rates = new double[rounds];
    for (int round = 0; round < rounds; round++) {
      long t0 = mx.getCurrentThreadCpuTime();
      for (int pass = 0; pass < passes; pass++) {
        for (int i = 0; i < texts.size(); i++) {
          sink += PlaceExtractor.extract(texts.get(i), emoji.get(i), datelines.get(i)).size();
        }
      }
      double cpu = (mx.getCurrentThreadCpuTime() - t0) / 1e9;
      rates[round] = bytes * (double) passes / 1e6 / cpu;
      System.out.println(String.format(Locale.ROOT, "round %d: places %.0f MB/s (cpu %.3f s)", round + 1,
          rates[round], cpu));
    }
    // The second half of the rounds, after the JIT has settled: the median, and the best as the least disturbed.
    double[] settled = Arrays.copyOfRange(rates, rounds / 2, rounds);
    Arrays.sort(settled);
    System.out.println(String.format(Locale.ROOT, "places found: %d; settled rounds: median %.0f MB/s, best %.0f MB/s",
        sink, settled[settled.length / 2], settled[settled.length - 1]));
  }
}
