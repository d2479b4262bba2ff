package org.tgparse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tgparse.internal.io.FormatReader;
import org.tgparse.internal.io.IssueSink;
import org.tgparse.model.Message;
import org.tgparse.model.SourceRef;
import org.tgparse.read.Format;
import org.tgparse.read.ReadOptions;
import org.tgparse.read.TgparseException;

class ReadAllTest {
  @TempDir
  Path dir;

  /** Files whose posts say which file and post they are: "Forwarded from file3" / "post 7". */
  private List<Path> files(int count) throws IOException {
    List<Path> out = new ArrayList<>();
    for (int f = 0; f < count; f++) {
      StringBuilder sb = new StringBuilder();
      for (int k = 0; k < 5 + f * 13 % 40; k++) {
        sb.append("Forwarded from file").append(f).append("\npost ").append(k).append(" #tag").append(k)
            .append("\n");
      }
      Path p = dir.resolve("in" + f + ".txt");
      Files.writeString(p, sb.toString(), StandardCharsets.UTF_8);
      out.add(p);
    }
    return out;
  }

  private static List<String> keys(Stream<Message> s) {
    try (s) {
      return s.map(m -> m.source().file() + "|" + (m.forward() == null ? null : m.forward().from()) + "|" + m.text()).collect(Collectors.toList());
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 16})
  void messagesComeInInputOrder(int threads) throws IOException {
    List<Path> paths = files(12);
    List<String> expected = new ArrayList<>();
    for (Path p : paths) {
      try (MessageReader r = Tgparse.read(p, ReadOptions.defaults())) {
        r.forEach(m -> expected.add(m.source().file() + "|" + (m.forward() == null ? null : m.forward().from()) + "|" + m.text()));
      }
    }
    assertThat(expected).hasSizeGreaterThan(100);
    assertThat(keys(Tgparse.readAll(paths, ReadOptions.defaults(), threads))).isEqualTo(expected);
  }

  @Test
  void anEmptyListIsAnEmptyStream() {
    assertThat(keys(Tgparse.readAll(List.of(), ReadOptions.defaults(), 4))).isEmpty();
  }

  @Test
  void rejectsLessThanOneThread() {
    assertThatThrownBy(() -> Tgparse.readAll(List.of(), ReadOptions.defaults(), 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("threads");
  }

  @Test
  void aMissingFileThrowsWhereTheStreamReachesIt() throws IOException {
    List<Path> paths = new ArrayList<>(files(2));
    paths.add(1, dir.resolve("missing.txt"));
    for (int threads : new int[] {1, 2}) {
      List<String> seen = new ArrayList<>();
      try (Stream<Message> s = Tgparse.readAll(paths, ReadOptions.defaults(), threads)) {
        Iterator<Message> it = s.iterator();
        assertThatThrownBy(() -> {
          while (it.hasNext()) {
            seen.add(it.next().forward().from());
          }
        }).isInstanceOf(TgparseException.class).hasMessageContaining("missing.txt")
            .hasMessageContaining("no such file");
        assertThat(seen).hasSize(5).containsOnly("file0");
        // Going on after the error reads the next input.
        assertThat(it.hasNext()).isTrue();
        assertThat(it.next().forward().from()).isEqualTo("file1");
      }
    }
  }

  /** Messages from a counter; records closing. */
  private static final class FakeSource implements FormatReader {
    final int input;
    final int count;
    int produced;
    boolean closed;

    FakeSource(int input, int count) {
      this.input = input;
      this.count = count;
    }

    @Override
    public Message next() {
      if (produced == count) {
        return null;
      }
      produced++;
      return Message.builder().sequence(produced).text(input + ":" + produced)
          .source(new SourceRef("in" + input, produced, produced)).build();
    }

    @Override
    public void close() {
      closed = true;
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 4})
  void closingTheStreamEarlyClosesEveryReaderItOpened(int threads) {
    List<FakeSource> opened = new ArrayList<>();
    AtomicInteger openCount = new AtomicInteger();
    Stream<Message> s = Tgparse.readAll(20, i -> {
      FakeSource src = new FakeSource(i, 10_000); // far more than the read-ahead: producers block
      synchronized (opened) {
        opened.add(src);
      }
      openCount.incrementAndGet();
      return new MessageReader(src, "in" + i, Format.TEXT, new IssueSink(false), null);
    }, threads);
    Iterator<Message> it = s.iterator();
    for (int k = 0; k < 15_000; k++) {
      it.next();
    }
    s.close();
    synchronized (opened) {
      assertThat(opened).isNotEmpty().allSatisfy(src -> assertThat(src.closed).as("input %d", src.input).isTrue());
      // Never more readers open than threads, plus the one being consumed.
      assertThat(opened.size()).isLessThanOrEqualTo(2 + threads);
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 3})
  void aStreamReadToTheEndHasClosedEveryReader(int threads) {
    List<FakeSource> opened = new ArrayList<>();
    long n;
    try (Stream<Message> s = Tgparse.readAll(7, i -> {
      FakeSource src = new FakeSource(i, 300 + i);
      synchronized (opened) {
        opened.add(src);
      }
      return new MessageReader(src, "in" + i, Format.TEXT, new IssueSink(false), null);
    }, threads)) {
      n = s.count();
    }
    assertThat(n).isEqualTo(7 * 300 + 21);
    assertThat(opened).hasSize(7).allSatisfy(src -> assertThat(src.closed).isTrue());
  }
}
