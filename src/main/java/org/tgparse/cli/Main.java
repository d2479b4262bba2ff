package org.tgparse.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.tgparse.Format;
import org.tgparse.MessageReader;
import org.tgparse.ParseIssue;
import org.tgparse.SeenPosts;
import org.tgparse.Tgparse;
import org.tgparse.TgparseException;
import org.tgparse.json.JsonLinesWriter;
import org.tgparse.model.Message;

/**
 * {@code java -jar tgparse.jar [options] FILE|DIR|-...}: prints JSON Lines, one object per message, inputs in the
 * order given. Exit codes: 0 success, 1 an input could not be read (the others are still read), 2 bad usage.
 */
public final class Main {
  static final String USAGE = String.join("\n",
      "Usage: java -jar tgparse.jar [options] FILE|DIR|- ...",
      "Reads Telegram channel archives and prints one JSON object per message (JSON Lines).",
      "Inputs are read in the order given; - is standard input. The format is detected by content.",
      "A t.me post found in several saved pages of one run is printed once.",
      "",
      "Options:",
      "  --format F            force the input format: text (plain-text export), plain (whole input is one",
      "                        message's text), desktop-json, desktop-html, tme (saved t.me/s pages), auto",
      "  --array               print one JSON array instead of JSON Lines",
      "  --pretty              print an indented JSON array",
      "  --strict              stop at the first issue instead of reporting it on stderr",
      "  --no-entities         skip entity extraction (hashtags are still given where the format marks them)",
      "  --zone ZONE           zone of local times without offset (old Desktop exports), e.g. Europe/Moscow",
      "  --threads N           parse up to N inputs in parallel (default: number of cores); output keeps input order",
      "  --progress            show progress on stderr even when it is not a terminal",
      "  --max-text-length N   longest message text (UTF-16 code units)",
      "  --max-line-length N   longest input line",
      "  --max-nesting-depth N deepest JSON nesting",
      "  --max-html-depth N    deepest HTML nesting",
      "  --max-entities N      most entities of one kind per message",
      "  --help                show this help",
      "  --version             show the version",
      "",
      "Exit status: 0 on success, 1 when an input could not be read, 2 on bad usage.");

  private Main() {
  }

  /**
   * Runs the command line and exits.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    OutputStream out = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16);
    int code = run(args, System.in, out, err);
    System.exit(code);
  }

  /**
   * Runs the command line.
   *
   * @param args the arguments
   * @param stdin standard input
   * @param stdout standard output (JSON)
   * @param stderr standard error (issues, errors)
   * @return the exit code
   */
  public static int run(String[] args, InputStream stdin, OutputStream stdout, PrintStream stderr) {
    CliOptions o;
    try {
      o = CliOptions.parse(args);
    } catch (CliOptions.UsageException e) {
      stderr.println("tgparse: " + e.getMessage());
      return 2;
    }
    if (o.help) {
      writeQuietly(stdout, USAGE + "\n");
      return 0;
    }
    if (o.version) {
      writeQuietly(stdout, "tgparse " + version() + "\n");
      return 0;
    }
    if (o.inputs.isEmpty()) {
      stderr.println("tgparse: no input given (see --help)");
      return 2;
    }
    int code = 0;
    // One run reads its inputs one after another; overlapping saved t.me pages give each post once.
    SeenPosts seen = new SeenPosts();
    try (JsonLinesWriter writer = o.array ? JsonLinesWriter.jsonArray(stdout, o.pretty)
        : JsonLinesWriter.jsonLines(stdout)) {
      for (String input : o.inputs) {
        if (!readOne(input, o, stdin, writer, stderr, seen)) {
          code = 1;
        }
      }
    } catch (IOException e) {
      // The reader of our output went away (tgparse big.json | head): end quietly.
      return code;
    }
    try {
      stdout.flush();
    } catch (IOException e) {
      return code;
    }
    return code;
  }

  private static boolean readOne(String input, CliOptions o, InputStream stdin, JsonLinesWriter writer,
      PrintStream stderr, SeenPosts seen) throws IOException {
    MessageReader reader;
    try {
      if (input.equals("-")) {
        reader = Tgparse.read(nonClosing(stdin), "-", o.read);
      } else {
        Path p = Path.of(input);
        // Own one-line messages for the common mistakes, before the library's more general ones.
        if (!Files.exists(p)) {
          stderr.println("tgparse: " + input + ": no such file or directory");
          return false;
        }
        if (!Files.isReadable(p)) {
          stderr.println("tgparse: " + input + ": permission denied");
          return false;
        }
        reader = Tgparse.read(p, o.read);
      }
    } catch (TgparseException e) {
      stderr.println("tgparse: " + e.getMessage());
      return false;
    }
    int printed = 0;
    try (reader) {
      Message m;
      boolean tme = reader.format() == Format.TME_HTML;
      long repeats = 0;
      while ((m = reader.read()) != null) {
        printed = printIssues(reader, printed, stderr);
        if (tme && !seen.firstSeen(m)) {
          repeats++;
          continue;
        }
        writer.write(m);
      }
      if (repeats > 0) {
        stderr.println(input + ": " + repeats + " posts already read from an earlier input were skipped");
      }
      return true;
    } catch (TgparseException e) {
      writer.flush();
      printed = printIssues(reader, printed, stderr);
      stderr.println("tgparse: " + e.getMessage());
      return false;
    } finally {
      printIssues(reader, printed, stderr);
      if (reader.droppedIssues() > 0) {
        stderr.println(input + ": " + reader.droppedIssues() + " more issues not shown");
      }
    }
  }

  /** Prints the issues found since {@code printed} (as they come, not all at the end), returns the new count. */
  private static int printIssues(MessageReader reader, int printed, PrintStream stderr) {
    int n = reader.issueCount();
    if (n > printed) {
      for (ParseIssue issue : reader.issuesSince(printed)) {
        stderr.println(issue);
      }
    }
    return n;
  }

  private static InputStream nonClosing(InputStream in) {
    return new java.io.FilterInputStream(in) {
      @Override
      public void close() {
        // standard input belongs to the process, not to one reader
      }
    };
  }

  private static void writeQuietly(OutputStream out, String s) {
    try {
      out.write(s.getBytes(StandardCharsets.UTF_8));
      out.flush();
    } catch (IOException e) {
      // closed pipe: nothing to say
    }
  }

  static String version() {
    String v = Main.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }
}
