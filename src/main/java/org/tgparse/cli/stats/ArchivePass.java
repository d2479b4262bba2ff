package org.tgparse.cli.stats;

import java.io.FilterInputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.tgparse.MessageReader;
import org.tgparse.Tgparse;
import org.tgparse.internal.pipeline.SeenPosts;
import org.tgparse.model.Message;
import org.tgparse.read.Format;
import org.tgparse.read.ReadOptions;
import org.tgparse.read.TgparseException;

/**
 * One pass over the inputs for an overview ({@code --summary}, a report): reads them in order, one message at a
 * time, into an {@link ArchiveStats} and hands each message to the caller too, so that a report's own charts and
 * its header (the summary's numbers) come from the same pass and agree. Issues and errors go to stderr as they do
 * without {@code --summary}, and are counted; a post repeated across saved t.me pages counts once, as it is
 * printed once in the records.
 */
public final class ArchivePass {
  private ArchivePass() {
  }

  /**
   * @param inputs files, folders, or {@code -} for standard input
   * @param read how to read them
   * @param stdin standard input
   * @param stderr where issues and errors go
   * @param stats where every message, issue and failed input is counted
   * @param each also given every message counted, in order
   * @return the exit code: 0, or 1 when an input could not be read
   */
  public static int run(List<String> inputs, ReadOptions read, InputStream stdin, PrintStream stderr,
      ArchiveStats stats, Consumer<Message> each) {
    SeenPosts seen = new SeenPosts();
    int code = 0;
    for (String input : inputs) {
      String error = readOne(input, read, stdin, stats, each, seen, stderr);
      if (error != null) {
        stderr.println(error);
        stats.addFailedInput();
        code = 1;
      }
    }
    return code;
  }

  /** @return the error line that ended the input, or null when it was read to its end */
  private static String readOne(String input, ReadOptions read, InputStream stdin, ArchiveStats stats,
      Consumer<Message> each, SeenPosts seen, PrintStream stderr) {
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
          each.accept(m);
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
