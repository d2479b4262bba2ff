package org.tgparse.cli;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.tgparse.MessageReader;
import org.tgparse.Tgparse;
import org.tgparse.internal.pipeline.SeenPosts;
import org.tgparse.model.Message;
import org.tgparse.read.Format;
import org.tgparse.read.ReadOptions;
import org.tgparse.read.TgparseException;

/**
 * {@code --summary}: reads the inputs in order, one message at a time, into one {@link ArchiveStats}, and prints
 * it with {@link SummaryTable}. Issues and errors go to stderr as they do without {@code --summary}, and are
 * counted; a post repeated across saved t.me pages counts once, as it is printed once without it.
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
    SeenPosts seen = new SeenPosts();
    int code = 0;
    for (String input : inputs) {
      String error = readOne(input, read, stdin, stats, seen, stderr);
      if (error != null) {
        stderr.println(error);
        stats.addFailedInput();
        code = 1;
      }
    }
    try {
      stdout.write(SummaryTable.render(stats, inputs.size()).getBytes(StandardCharsets.UTF_8));
      stdout.flush();
    } catch (IOException e) {
      // the reader of our output went away: nothing to say
    }
    return code;
  }

  /** @return the error line that ended the input, or null when it was read to its end */
  private static String readOne(String input, ReadOptions read, InputStream stdin, ArchiveStats stats,
      SeenPosts seen, PrintStream stderr) {
    MessageReader reader;
    try {
      if (input.equals("-")) {
        reader = Tgparse.read(new FilterInputStream(stdin) {
          @Override
          public void close() {
            // standard input belongs to the process, not to one reader
          }
        }, "-", read);
      } else {
        Path p = Path.of(input);
        // The same one-line messages as without --summary.
        if (!Files.exists(p)) {
          return "tgparse: " + input + ": no such file or directory";
        }
        if (!Files.isReadable(p)) {
          return "tgparse: " + input + ": permission denied";
        }
        reader = Tgparse.read(p, read);
      }
    } catch (TgparseException e) {
      return "tgparse: " + e.getMessage();
    }
    int printed = 0;
    String error = null;
    try (reader) {
      boolean tme = reader.format() == Format.TME_HTML;
      Message m;
      while ((m = reader.read()) != null) {
        printed = printIssues(reader, printed, stderr);
        if (!tme || seen.firstSeen(m)) {
          stats.add(m);
        }
      }
    } catch (TgparseException e) {
      error = "tgparse: " + e.getMessage();
    } finally {
      printIssues(reader, printed, stderr);
      stats.addIssues(reader.issueCount() + reader.droppedIssues());
    }
    return error;
  }

  private static int printIssues(MessageReader reader, int printed, PrintStream stderr) {
    int n = reader.issueCount();
    if (n > printed) {
      reader.issuesSince(printed).forEach(i -> stderr.println(i.toString()));
    }
    return n;
  }
}
