package org.tgparse.cli.report;

import java.io.BufferedOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.tgparse.MessageReader;
import org.tgparse.Tgparse;
import org.tgparse.cli.stats.ArchiveStats;
import org.tgparse.internal.pipeline.SeenPosts;
import org.tgparse.model.Message;
import org.tgparse.read.Format;
import org.tgparse.read.ParseIssue;
import org.tgparse.read.ReadOptions;
import org.tgparse.read.TgparseException;

/**
 * {@code --report FILE.html}: reads the inputs once, in order, on one thread, and writes the HTML report instead of
 * records. Issues go to standard error as they are met, as without {@code --report}; overlapping saved t.me pages
 * give each post once, as in the records.
 *
 * <p>Memory is bounded by {@link ArchiveStats} and {@link ReportStats}, whatever the size of the inputs (the
 * t.me de-duplication keeps one key per t.me post, as the record output does).
 */
public final class ReportCommand {
  /** Inputs named in the report's heading; a shell glob may give thousands. */
  static final int NAMED_INPUTS = 3;

  private final ReadOptions read;
  private final InputStream stdin;
  private final PrintStream stderr;
  private final ArchiveStats summary = new ArchiveStats();
  private final ReportStats stats;
  private final SeenPosts seen = new SeenPosts();

  private ReportCommand(ReadOptions read, InputStream stdin, PrintStream stderr) {
    this.read = read;
    this.stdin = stdin;
    this.stderr = stderr;
    this.stats = new ReportStats(read.zone());
  }

  /**
   * Reads the inputs and writes the report.
   *
   * @param inputs files, folders, or {@code -} for standard input, in order
   * @param read how to read them ({@code read.zone()} is also the zone of the time charts)
   * @param report the report's path, or {@code -} for standard output
   * @param tool the tool and version, named in the report
   * @param stdin standard input
   * @param stdout standard output (the report when {@code report} is {@code -})
   * @param stderr standard error (issues, errors)
   * @return the exit code: 0, or 1 when an input could not be read to its end or the report not written
   */
  public static int run(List<String> inputs, ReadOptions read, String report, String tool, InputStream stdin,
      OutputStream stdout, PrintStream stderr) {
    ReportCommand c = new ReportCommand(read, stdin, stderr);
    int code = 0;
    for (String input : inputs) {
      if (!c.readOne(input)) {
        code = 1;
      }
    }
    ReportMeta meta = new ReportMeta(tool, inputs.subList(0, Math.min(NAMED_INPUTS, inputs.size())),
        Math.max(0, inputs.size() - NAMED_INPUTS));
    String json = ReportData.toJson(meta, c.summary, c.stats);
    try {
      if (report.equals("-")) {
        ReportPage.write(stdout, tool, json);
      } else {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(Path.of(report)), 1 << 16)) {
          ReportPage.write(out, tool, json);
        }
      }
    } catch (IOException | RuntimeException e) {
      stderr.println("tgparse: --report " + report + ": cannot write the report: " + e.getMessage());
      return 1;
    }
    return code;
  }

  /** @return false when the input could not be read to its end */
  private boolean readOne(String input) {
    MessageReader reader;
    try {
      if (input.equals("-")) {
        reader = Tgparse.read(nonClosing(stdin), "-", read);
      } else {
        Path p = Path.of(input);
        // The same one-line messages as without --report.
        if (!Files.exists(p)) {
          return fail("tgparse: " + input + ": no such file or directory");
        }
        if (!Files.isReadable(p)) {
          return fail("tgparse: " + input + ": permission denied");
        }
        reader = Tgparse.read(p, read);
      }
    } catch (TgparseException e) {
      return fail("tgparse: " + e.getMessage());
    }
    int printed = 0;
    boolean ok = true;
    try (reader) {
      boolean tme = reader.format() == Format.TME_HTML;
      Message m;
      while ((m = reader.read()) != null) {
        printed = printIssues(reader, printed);
        if (!tme || seen.firstSeen(m)) {
          summary.add(m);
          stats.add(m);
        }
      }
    } catch (TgparseException e) {
      printed = printIssues(reader, printed);
      ok = fail("tgparse: " + e.getMessage());
    }
    printIssues(reader, printed);
    summary.addIssues(reader.issueCount() + reader.droppedIssues());
    if (reader.droppedIssues() > 0) {
      stderr.println(input + ": " + reader.droppedIssues() + " more issues not shown");
    }
    return ok;
  }

  private boolean fail(String line) {
    stderr.println(line);
    summary.addFailedInput();
    return false;
  }

  private int printIssues(MessageReader reader, int printed) {
    int n = reader.issueCount();
    if (n > printed) {
      for (ParseIssue issue : reader.issuesSince(printed)) {
        stderr.println(issue);
      }
    }
    return n;
  }

  private static InputStream nonClosing(InputStream in) {
    return new FilterInputStream(in) {
      @Override
      public void close() {
        // standard input belongs to the process, not to one reader
      }
    };
  }
}
