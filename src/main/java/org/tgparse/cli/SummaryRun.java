package org.tgparse.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.tgparse.cli.stats.ArchivePass;
import org.tgparse.cli.stats.ArchiveStats;
import org.tgparse.read.ReadOptions;

/**
 * {@code --summary}: one {@link ArchivePass} over the inputs into an {@link ArchiveStats}, printed with
 * {@link SummaryTable} on stdout.
 */
final class SummaryRun {
  private SummaryRun() {
  }

  /**
   * @param inputs files, folders, or {@code -} for standard input
   * @param read how to read them
   * @param stdin standard input
   * @param stdout where the summary goes
   * @param stderr where issues and errors go
   * @return the exit code: 0, or 1 when an input could not be read
   */
  static int run(List<String> inputs, ReadOptions read, InputStream stdin, OutputStream stdout, PrintStream stderr) {
    ArchiveStats stats = new ArchiveStats();
    int code = ArchivePass.run(inputs, read, stdin, stderr, stats, m -> { });
    try {
      stdout.write(SummaryTable.render(stats, inputs.size()).getBytes(StandardCharsets.UTF_8));
      stdout.flush();
    } catch (IOException e) {
      // the reader of our output went away: nothing to say
    }
    return code;
  }
}
