package org.tgparse.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
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

/** The plain-text export reader over a generated export held in memory, with and without entity extraction. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class TextExportBenchmark {
  /** Size of the generated export. */
  @Param("16MB")
  public String size;

  /** Whether every extractor runs. */
  @Param({"false", "true"})
  public boolean extract;

  private byte[] input;
  private ReadOptions options;

  /** Generates (or reuses) the input. @throws IOException when it cannot be read */
  @Setup
  public void setup() throws IOException {
    input = Files.readAllBytes(BenchInputs.get("text", size));
    options = ReadOptions.defaults().withFormat(Format.TEXT).withExtractEntities(extract);
  }

  /**
   * Reads every message.
   *
   * @param bh sink
   * @param c counters
   */
  @Benchmark
  public void parse(Blackhole bh, Counters c) {
    long n = 0;
    try (MessageReader r = Tgparse.read(new ByteArrayInputStream(input), "bench.txt", options)) {
      Message m;
      while ((m = r.read()) != null) {
        bh.consume(m);
        n++;
      }
    }
    c.bytes += input.length;
    c.messages += n;
  }
}
