package org.tgparse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainParallelTest {
  @TempDir
  Path dir;

  record Result(int code, String out, String err) {
  }

  private static Result run(boolean terminal, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(args, new ByteArrayInputStream(new byte[0]), out,
        new PrintStream(err, true, StandardCharsets.UTF_8), terminal);
    return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private List<String> inputs() throws IOException {
    List<String> out = new ArrayList<>();
    for (int f = 0; f < 9; f++) {
      StringBuilder sb = new StringBuilder();
      // A long line in file 4 is cut, which is an issue printed after that file's output.
      for (int k = 0; k < 3 + f * 11 % 50; k++) {
        sb.append("Forwarded from channel").append(f).append("\nPost ").append(k).append(" of file ").append(f)
            .append(f == 4 && k == 1 ? "x".repeat(300) : "").append(" #t").append(k).append('\n');
      }
      Path p = dir.resolve("f" + f + ".txt");
      Files.writeString(p, sb.toString());
      out.add(p.toString());
    }
    Path empty = dir.resolve("empty.txt");
    Files.writeString(empty, "");
    out.add(2, dir.resolve("missing.txt").toString());
    out.add(5, empty.toString());
    return out;
  }

  private static String[] args(List<String> inputs, String... options) {
    List<String> a = new ArrayList<>(List.of(options));
    a.addAll(inputs);
    return a.toArray(new String[0]);
  }

  @Test
  void parallelOutputIsByteForByteTheSequentialOutput() throws IOException {
    List<String> in = inputs();
    Result one = run(false, args(in, "--threads", "1", "--max-line-length", "200"));
    assertThat(one.code()).isEqualTo(1); // the missing file
    assertThat(one.out().lines().count()).isEqualTo(3 + 14 + 25 + 36 + 47 + 8 + 19 + 30 + 41);
    assertThat(one.err()).contains("missing.txt: no such file or directory", "empty input: no messages",
        "line longer than 200 characters was cut");
    // 2, 3, 8 threads: each input serialised on its own thread; 16 (more threads than inputs): parsing and
    // serialising on different threads.
    for (int threads : new int[] {2, 3, 8, 16}) {
      Result many = run(false, args(in, "--threads", Integer.toString(threads), "--max-line-length", "200"));
      assertThat(many).as("threads=%d", threads).isEqualTo(one);
    }
  }

  @Test
  void oneLargeInputOnTwoThreadsIsTheSequentialOutput() throws IOException {
    StringBuilder sb = new StringBuilder();
    for (int k = 0; k < 1000; k++) {
      sb.append("Forwarded from channel\nPost ").append(k).append(" #t").append(k).append('\n');
    }
    Path p = dir.resolve("big.txt");
    Files.writeString(p, sb.toString());
    Result one = run(false, "--threads", "1", p.toString());
    assertThat(one.out().lines().count()).isEqualTo(1000);
    assertThat(run(false, "--threads", "2", p.toString())).isEqualTo(one);
  }

  /**
   * One input gives what one thread gives, whatever --threads says: the entity limit and its issues, parse issues,
   * strict mode and --no-entities included.
   */
  @Test
  void oneInputGivesTheSequentialOutputAndIssuesWhateverTheThreads() throws IOException {
    StringBuilder sb = new StringBuilder();
    for (int k = 0; k < 700; k++) {
      sb.append("Forwarded from channel\nPost ").append(k).append(" #a").append(k).append(" #b").append(k)
          .append(k % 97 == 0 ? " " + "y".repeat(300) : "").append(" in Moscow on 5 May 2024 🇷🇺\n");
    }
    Path p = dir.resolve("limits.txt");
    Files.writeString(p, sb.toString());
    String[][] optionSets = {
        {"--max-entities", "1", "--max-line-length", "250"},
        {"--max-entities", "1", "--no-entities"},
        {"--max-entities", "1", "--strict"},
        {},
    };
    for (String[] options : optionSets) {
      List<String> a = new ArrayList<>(List.of(options));
      a.add(p.toString());
      Result one = run(false, args(a, "--threads", "1"));
      for (int threads : new int[] {2, 5}) {
        assertThat(run(false, args(a, "--threads", Integer.toString(threads))))
            .as("%s threads=%d", String.join(" ", options), threads).isEqualTo(one);
      }
    }
    Result limited = run(false, "--threads", "2", "--max-entities", "1", "--max-line-length", "250", p.toString());
    assertThat(limited.out().lines().count()).isEqualTo(700);
    assertThat(limited.err()).contains("message has 2 hashtags; kept the first 1", "longer than 250 characters");
  }

  private static String tmePage(int... posts) {
    StringBuilder sb = new StringBuilder("<!DOCTYPE html><html><head><title>ch – Telegram</title></head><body>"
        + "<section class=\"tgme_channel_history\">\n");
    for (int n : posts) {
      sb.append("<div class=\"tgme_widget_message js-widget_message\" data-post=\"ch/").append(n)
          .append("\"><div class=\"tgme_widget_message_text js-message_text\">post ").append(n)
          .append("</div></div>\n");
    }
    return sb.append("</section></body></html>\n").toString();
  }

  @Test
  void overlappingTmePagesAmongOtherInputsGiveEachPostOnceInInputOrderWhateverTheThreads() throws IOException {
    List<String> in = new ArrayList<>(inputs().subList(0, 4));
    String[][] pages = {{"p1.html", "1 2 3"}, {"p2.html", "3 4 5"}, {"p3.html", "5 6"}, {"p4.html", "1 6"}};
    for (int k = 0; k < pages.length; k++) {
      Path p = dir.resolve(pages[k][0]);
      Files.writeString(p, tmePage(java.util.Arrays.stream(pages[k][1].split(" ")).mapToInt(Integer::parseInt)
          .toArray()));
      in.add(1 + 2 * k, p.toString());
    }
    Result one = run(false, args(in, "--threads", "1"));
    assertThat(one.out()).contains("\"id\":\"ch/6\"");
    assertThat(one.out().split("\"id\":\"ch/").length - 1).isEqualTo(6);
    assertThat(one.err()).contains("p2.html: 1 posts already read from an earlier input were skipped",
        "p4.html: 2 posts already read from an earlier input were skipped");
    for (int threads : new int[] {2, 3, 16}) {
      assertThat(run(false, args(in, "--threads", Integer.toString(threads)))).as("threads=%d", threads)
          .isEqualTo(one);
    }
  }

  @Test
  void parallelArrayOutputIsTheSequentialOutput() throws IOException {
    List<String> in = inputs();
    for (String mode : new String[] {"--array", "--pretty"}) {
      Result one = run(false, args(in, mode, "--threads", "1"));
      assertThat(one.out()).startsWith("[");
      Result many = run(false, args(in, mode, "--threads", "4"));
      assertThat(many).as(mode).isEqualTo(one);
    }
  }

  @Test
  void nothingOnStderrWithoutATerminalOrProgressOption() throws IOException {
    Path p = dir.resolve("ok.txt");
    Files.writeString(p, "Forwarded from a\nhello\n");
    Result r = run(false, p.toString(), p.toString());
    assertThat(r.code()).isZero();
    assertThat(r.err()).isEmpty();
  }

  @Test
  void progressOptionPrintsTheFinalStateOnStderr() throws IOException {
    Path p = dir.resolve("ok.txt");
    Files.writeString(p, "Forwarded from a\nhello\nForwarded from b\nworld\n");
    long size = Files.size(p);
    Result r = run(false, "--progress", "--threads", "2", p.toString(), p.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out().lines().count()).isEqualTo(4);
    assertThat(r.err()).matches("(?s).*\\[####################] 100%  0\\.0/0\\.0 MB  4 msgs  .* MB/s  .*"
        + " msgs/s  ETA 0:00\n");
    assertThat(size * 2).isLessThan(100_000);
  }

  @Test
  void progressCountsTheMessageFilesOfAnExportFolder() {
    Result r = run(false, "--progress", "--threads", "1", "src/test/resources/golden/desktop-html/channel");
    assertThat(r.code()).isZero();
    assertThat(r.err()).matches("(?s)\\[####################] 100%  .* msgs  .*ETA 0:00\n");
  }

  @Test
  void aTerminalGetsProgressWithoutTheOption() throws IOException {
    Path p = dir.resolve("ok.txt");
    Files.writeString(p, "Forwarded from a\nhello\n");
    Result r = run(true, p.toString());
    assertThat(r.code()).isZero();
    assertThat(r.err()).contains("1 msgs").endsWith("ETA 0:00\n");
  }
}
