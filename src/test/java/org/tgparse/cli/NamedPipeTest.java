package org.tgparse.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tgparse.MessageReader;
import org.tgparse.Tgparse;
import org.tgparse.read.Format;

/**
 * Issue 14, item 12: a FIFO, {@code <(cat file)} and {@code /dev/stdin} failed with "cannot read: Illegal seek";
 * they are read as streams.
 */
class NamedPipeTest {
  private static final String POSTS = "Forwarded from A\nHello\nForwarded from B\nWorld\n";

  @TempDir
  Path dir;

  private Path fifo() throws Exception {
    Path f = dir.resolve("posts.fifo");
    Process p = new ProcessBuilder("mkfifo", f.toString()).start();
    assumeTrue(p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0, "needs mkfifo");
    return f;
  }

  /** Writes the posts into the FIFO on another thread: opening it for reading waits for a writer. */
  private static Thread feed(Path fifo) {
    Thread t = new Thread(() -> {
      try (OutputStream out = Files.newOutputStream(fifo)) {
        out.write(POSTS.getBytes(StandardCharsets.UTF_8));
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    t.setDaemon(true);
    t.start();
    return t;
  }

  @Test
  void libraryReadsAFifo() throws Exception {
    Path f = fifo();
    Thread writer = feed(f);
    try (MessageReader r = Tgparse.read(f)) {
      assertThat(r.format()).isEqualTo(Format.TEXT);
      assertThat(r.stream().map(m -> m.text()).toList()).containsExactly("Hello", "World");
    }
    writer.join();
  }

  @Test
  void commandLineReadsAFifo() throws Exception {
    Path f = fifo();
    Thread writer = feed(f);
    ChildJvm.Result r = new ChildJvm().run(dir, f.toString());
    writer.join();
    assertThat(r.err()).isEmpty();
    assertThat(r.code()).isZero();
    assertThat(r.out().lines()).hasSize(2);
  }

  @Test
  void commandLineReadsDevStdinFromAPipe() throws Exception {
    Path posts = dir.resolve("posts.txt");
    Files.writeString(posts, POSTS);
    ChildJvm.Result r = new ChildJvm().shell("cat '" + posts + "' | CMD").run(dir, "/dev/stdin");
    assertThat(r.err()).isEmpty();
    assertThat(r.code()).isZero();
    assertThat(r.out().lines()).hasSize(2);
  }
}
