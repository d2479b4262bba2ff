package org.tgparse.spark;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.tgparse.cli.Main;

/**
 * What the command line prints for one input: its JSON lines (stdout) and its issue and error lines (stderr).
 *
 * @param lines the JSON records, one per line
 * @param stderr the issue and error lines
 */
record CliRecords(List<String> lines, List<String> stderr) {

  /**
   * Runs the command line in this JVM.
   *
   * @param args options, then the input
   * @return what it printed
   */
  static CliRecords run(List<String> args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Main.run(args.toArray(new String[0]), new ByteArrayInputStream(new byte[0]), out,
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new CliRecords(lines(out), lines(err));
  }

  private static List<String> lines(ByteArrayOutputStream bytes) {
    List<String> out = new ArrayList<>();
    for (String line : bytes.toString(StandardCharsets.UTF_8).split("\n")) {
      if (!line.isEmpty()) {
        out.add(line);
      }
    }
    return out;
  }
}
