package org.tgparse.internal.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tgparse.read.ParseIssue;

class LineReaderTest {

  /** Hands out at most {@code chunk} chars per read. */
  private static Reader chunked(String s, int chunk) {
    return new StringReader(s) {
      @Override
      public int read(char[] cbuf, int off, int len) throws IOException {
        return super.read(cbuf, off, Math.min(len, chunk));
      }
    };
  }

  private static List<String> lines(LineReader r) throws IOException {
    List<String> out = new ArrayList<>();
    String l;
    while ((l = r.readLine()) != null) {
      out.add(l + (r.lastLineCut() ? "<cut>" : ""));
    }
    return out;
  }

  @Test
  void lineOfExactlyTheLimitIsNotCut() throws IOException {
    assertThat(lines(new LineReader(new StringReader("abcde\nabcdef\n"), 5)))
        .containsExactly("abcde", "abcde<cut>");
  }

  @Test
  void limitHoldsAcrossReads() throws IOException {
    LineReader r = new LineReader(chunked("0123456789abc\nxy\n", 3), 7);
    assertThat(lines(r)).containsExactly("0123456<cut>", "xy");
    assertThat(r.lineNumber()).isEqualTo(2);
  }

  @Test
  void byteOrderMarkAloneInTheFirstReadIsDropped() throws IOException {
    assertThat(lines(new LineReader(chunked("\uFEFFab\r\ncd\re", 1), 100))).containsExactly("ab", "cd", "e");
    assertThat(lines(new LineReader(new StringReader("\uFEFF"), 100))).isEmpty();
    assertThat(lines(new LineReader(new StringReader("a\uFEFF"), 100))).containsExactly("a\uFEFF");
  }

  @Test
  void crAtTheEndOfARead() throws IOException {
    assertThat(lines(new LineReader(chunked("a\r\nb\r\rc\n", 2), 100))).containsExactly("a", "b", "", "c");
  }

  @Test
  void replacementColumnIsRightInLaterBuffers() throws IOException {
    // The bad byte sits in the second 64 KiB buffer of chars, on line 3.
    StringBuilder sb = new StringBuilder();
    sb.append("x".repeat(70_000)).append('\n').append("y\n").append("abc");
    byte[] head = sb.toString().getBytes(StandardCharsets.UTF_8);
    byte[] data = java.util.Arrays.copyOf(head, head.length + 3);
    data[head.length] = (byte) 0xFF;
    data[head.length + 1] = 'z';
    data[head.length + 2] = '\n';
    IssueSink issues = new IssueSink(false);
    LineReader r = new LineReader(new Utf8Reader(new ByteArrayInputStream(data), "f", issues), 200_000);
    assertThat(lines(r)).hasSize(3).last().isEqualTo("abc\uFFFDz");
    assertThat(issues.issues()).extracting(ParseIssue::location).containsExactly("f:3:4");
  }

  @Test
  void offsetReadsCountCharactersRight() throws IOException {
    byte[] data = {'a', 'b', (byte) 0xFF, 'c'};
    IssueSink issues = new IssueSink(false);
    Utf8Reader u = new Utf8Reader(new ByteArrayInputStream(data), "f", issues);
    u.deferIssues();
    char[] buf = new char[20];
    int n = u.read(buf, 5, 10);
    assertThat(n).isBetween(1, 4);
    int m = u.read(buf, 5 + n, 10);
    n += Math.max(m, 0);
    if (n < 4) {
      n += u.read(buf, 5 + n, 10);
    }
    assertThat(n).isEqualTo(4);
    assertThat(new String(buf, 5, 4)).isEqualTo("ab\uFFFDc");
    assertThat(u.read(buf, 0, 10)).isEqualTo(-1);
    assertThat(u.nextIssueCharOffset()).isEqualTo(2);
    assertThat(issues.issues()).isEmpty();
    u.reportNextIssue(7, 3);
    assertThat(issues.issues()).extracting(ParseIssue::location).containsExactly("f:7:3");
    assertThat(u.nextIssueCharOffset()).isEqualTo(Long.MAX_VALUE);
    u.reportNextIssue(1, 1); // nothing held: nothing reported
    assertThat(issues.issues()).hasSize(1);
  }
}
