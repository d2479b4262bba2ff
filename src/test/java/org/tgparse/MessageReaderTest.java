package org.tgparse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.tgparse.model.Message;
import org.tgparse.read.Format;
import org.tgparse.read.ReadOptions;
import org.tgparse.read.TgparseException;

class MessageReaderTest {
  private static final String TWO = "Forwarded from A\nH1\nForwarded from B\nH2\n";

  private static MessageReader reader() {
    return Tgparse.readString(TWO, ReadOptions.defaults().withExtractEntities(false));
  }

  @Test
  void hasNextIsIdempotent() {
    try (MessageReader r = reader()) {
      Iterator<Message> it = r.iterator();
      assertThat(it.hasNext()).isTrue();
      assertThat(it.hasNext()).isTrue();
      assertThat(it.next().forward().from()).isEqualTo("A");
      assertThat(it.next().forward().from()).isEqualTo("B");
      assertThat(it.hasNext()).isFalse();
      assertThat(it.hasNext()).isFalse();
      assertThatThrownBy(it::next).isInstanceOf(NoSuchElementException.class);
    }
  }

  @Test
  void nextWorksWithoutHasNext() {
    try (MessageReader r = reader()) {
      Iterator<Message> it = r.iterator();
      assertThat(it.next().title()).isEqualTo("H1");
      assertThat(it.next().title()).isEqualTo("H2");
      assertThatThrownBy(it::next).isInstanceOf(NoSuchElementException.class);
    }
  }

  @Test
  void iteratorIsSinglePass() {
    try (MessageReader r = reader()) {
      r.iterator();
      assertThatThrownBy(r::iterator).isInstanceOf(IllegalStateException.class);
    }
  }

  @Test
  void streamClosesTheReader() {
    AtomicBoolean closed = new AtomicBoolean();
    java.io.Reader in = new java.io.StringReader(TWO) {
      @Override
      public void close() {
        closed.set(true);
      }
    };
    MessageReader r = Tgparse.read(in, "x", ReadOptions.defaults());
    try (var s = r.stream()) {
      assertThat(s.count()).isEqualTo(2);
    }
    assertThat(closed).isTrue();
  }

  @Test
  void readReturnsNullAtEndAndStaysThere() {
    try (MessageReader r = reader()) {
      assertThat(r.read()).isNotNull();
      assertThat(r.read()).isNotNull();
      assertThat(r.read()).isNull();
      assertThat(r.read()).isNull();
      assertThat(r.format()).isEqualTo(Format.TEXT);
      assertThat(r.name()).isEqualTo("<string>");
    }
  }

  @Test
  void missingFileNamesTheFile() {
    assertThatThrownBy(() -> Tgparse.read(java.nio.file.Path.of("no/such/file.txt")))
        .isInstanceOf(TgparseException.class)
        .hasMessage("no/such/file.txt: no such file or directory");
  }
}
