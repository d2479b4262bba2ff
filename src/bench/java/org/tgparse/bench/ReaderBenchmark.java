package org.tgparse.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.tgparse.read.Format;
import org.tgparse.MessageReader;
import org.tgparse.read.ReadOptions;
import org.tgparse.Tgparse;
import org.tgparse.model.Message;

/**
 * The Desktop JSON, Desktop HTML and t.me readers through the public API
 * ({@code Tgparse.read(path, options.withFormat(...))}) over generated inputs on disk (in the page cache after the
 * first iteration), with and without entity extraction.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class ReaderBenchmark {
  /** Input format, as {@code --format} names it. */
  @Param({"desktop-json", "desktop-html", "tme"})
  public String format;

  /** Size of the generated input. */
  @Param("16MB")
  public String size;

  /** Whether every extractor runs. */
  @Param({"false", "true"})
  public boolean extract;

  private List<Path> inputs;
  private long inputBytes;
  private ReadOptions options;

  /** Generates (or reuses) the input. */
  @Setup
  public void setup() {
    inputs = BenchInputs.inputs(format, BenchInputs.get(format, size));
    inputBytes = BenchInputs.size(inputs);
    options = ReadOptions.defaults().withFormat(Format.fromCliName(format)).withExtractEntities(extract);
  }

  /**
   * Reads every message of every input.
   *
   * @param bh sink
   * @param c counters
   */
  @Benchmark
  public void read(Blackhole bh, Counters c) {
    long n = 0;
    for (Path p : inputs) {
      try (MessageReader r = Tgparse.read(p, options)) {
        Message m;
        while ((m = r.read()) != null) {
          bh.consume(m);
          n++;
        }
      }
    }
    c.bytes += inputBytes;
    c.messages += n;
  }
}
