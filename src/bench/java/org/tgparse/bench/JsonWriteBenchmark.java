package org.tgparse.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
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
import org.tgparse.MessageReader;
import org.tgparse.Tgparse;
import org.tgparse.internal.io.Lines;
import org.tgparse.json.JsonLinesWriter;
import org.tgparse.model.Message;
import org.tgparse.read.Format;
import org.tgparse.read.ReadOptions;

/**
 * JSON Lines writing of the messages of the generated plain-text export (entities extracted), to a stream that
 * counts and drops the bytes. {@code bytes} counts output bytes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class JsonWriteBenchmark {
  /** Size of the generated export the messages come from. */
  @Param("16MB")
  public String size;

  private List<Message> messages;

  /** Reads the messages. */
  @Setup
  public void setup() {
    messages = new ArrayList<>();
    try (MessageReader r = Tgparse.read(BenchInputs.get("text", size),
        ReadOptions.defaults().withFormat(Format.TEXT))) {
      for (Message m : r) {
        messages.add(m);
      }
    }
  }

  /**
   * Writes every message.
   *
   * @param c counters
   * @throws IOException never: the sink does not fail
   */
  @Benchmark
  public void write(Counters c) throws IOException {
    CountingSink sink = new CountingSink();
    try (JsonLinesWriter w = JsonLinesWriter.jsonLines(sink)) {
      for (Message m : messages) {
        w.write(m);
      }
    }
    c.bytes += sink.count;
    c.messages += messages.size();
  }

  /**
   * The same records through Jackson's generator instead of {@code JsonOut}: the comparison that decides whether
   * the hand-written writer pays for its code.
   *
   * @param c counters
   * @throws IOException never: the sink does not fail
   */
  @Benchmark
  public void writeJackson(Counters c) throws IOException {
    CountingSink sink = new CountingSink();
    org.tgparse.json.JacksonLines.write(sink, messages);
    c.bytes += sink.count;
    c.messages += messages.size();
  }

  /** Counts and drops bytes. */
  static final class CountingSink extends OutputStream {
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
