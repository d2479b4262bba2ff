package org.tgparse.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.tgparse.internal.io.Lines;

/**
 * A progress line on standard error: bytes and messages done, rate and time left. On a terminal it is redrawn in
 * place ({@code \r}) five times a second; otherwise ({@code --progress} into a file or pipe) a full line is
 * written every few seconds. Lines printed through {@link #println(String)} do not garble it. Thread-safe: the
 * counters are atomic, and parsing threads add to them.
 */
final class Progress implements AutoCloseable {
  private final PrintStream err;
  private final boolean terminal;
  private final long total;
  private final long startNanos;
  private final AtomicLong bytes = new AtomicLong();
  private final AtomicLong messages = new AtomicLong();
  private final Thread ticker;
  private int shownLength;
  private boolean closed;

  /**
   * Starts drawing.
   *
   * @param err standard error
   * @param terminal whether it is a terminal (redraw in place) or not (one line every few seconds)
   * @param total the input's total size in bytes, or -1 when unknown (standard input)
   */
  Progress(PrintStream err, boolean terminal, long total) {
    this.err = err;
    this.terminal = terminal;
    this.total = total;
    this.startNanos = System.nanoTime();
    long periodMillis = terminal ? 200 : 5000;
    ticker = new Thread(() -> {
      try {
        while (true) {
          Thread.sleep(periodMillis);
          draw();
        }
      } catch (InterruptedException e) {
        // closed
      }
    }, "tgparse-progress");
    ticker.setDaemon(true);
    ticker.start();
  }

  /** @param n bytes of input read */
  void addBytes(long n) {
    bytes.addAndGet(n);
  }

  /** Counts one message. */
  void addMessage() {
    messages.incrementAndGet();
  }

  /**
   * Prints a line (an issue, an error) above the progress line.
   *
   * @param line the line
   */
  synchronized void println(String line) {
    clear();
    err.println(line);
    if (terminal && !closed) {
      show();
    }
  }

  private synchronized void draw() {
    if (closed) {
      return;
    }
    if (terminal) {
      err.print('\r');
      show();
    } else {
      err.println(render(bytes.get(), total, messages.get(), System.nanoTime() - startNanos));
    }
    err.flush();
  }

  private void show() {
    String s = render(bytes.get(), total, messages.get(), System.nanoTime() - startNanos);
    StringBuilder sb = new StringBuilder(s);
    for (int i = s.length(); i < shownLength; i++) {
      sb.append(' ');
    }
    err.print(sb);
    err.flush();
    shownLength = s.length();
  }

  private void clear() {
    if (terminal && shownLength > 0) {
      err.print('\r' + " ".repeat(shownLength) + '\r');
      shownLength = 0;
    }
  }

  /** Stops drawing and leaves the final state on a line of its own. */
  @Override
  public void close() {
    ticker.interrupt();
    try {
      ticker.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    synchronized (this) {
      if (closed) {
        return;
      }
      closed = true;
      clear();
      err.println(render(bytes.get(), total, messages.get(), System.nanoTime() - startNanos));
      err.flush();
    }
  }

  /**
   * Renders the progress line, for example
   * {@code [#########-----------]  45%  461.4/1,024.0 MB  1,234,567 msgs  152.3 MB/s  412,345 msgs/s  ETA 0:03}.
   * MB are 10^6 bytes. Without a known total there is no bar, percentage or time left.
   *
   * @param bytes bytes done
   * @param total total bytes, or a negative number when unknown
   * @param messages messages done
   * @param elapsedNanos time since the start
   * @return the line, without line break
   */
  static String render(long bytes, long total, long messages, long elapsedNanos) {
    double seconds = elapsedNanos / 1e9;
    double mb = bytes / 1e6;
    double rate = seconds > 0 ? mb / seconds : 0;
    double msgRate = seconds > 0 ? messages / seconds : 0;
    StringBuilder sb = new StringBuilder(100);
    if (total > 0) {
      double frac = Math.min(1.0, (double) bytes / total);
      int filled = (int) Math.floor(frac * 20);
      sb.append('[').append("#".repeat(filled)).append("-".repeat(20 - filled)).append("] ");
      sb.append(String.format(Locale.ROOT, "%3d%%  %,.1f/%,.1f MB", (int) Math.floor(frac * 100), mb, total / 1e6));
    } else {
      sb.append(String.format(Locale.ROOT, "%,.1f MB", mb));
    }
    sb.append(String.format(Locale.ROOT, "  %,d msgs  %,.1f MB/s  %,.0f msgs/s", messages, rate, msgRate));
    if (total > 0) {
      sb.append("  ETA ");
      if (bytes >= total) {
        sb.append("0:00");
      } else if (rate <= 0) {
        sb.append("-:--");
      } else {
        sb.append(duration((long) Math.ceil((total - bytes) / 1e6 / rate)));
      }
    }
    return sb.toString();
  }

  /** @param s seconds @return {@code m:ss}, or {@code h:mm:ss} from an hour on */
  static String duration(long s) {
    if (s >= 3600) {
      return String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
    }
    return String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
  }
}
