package org.tgparse.internal.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tgparse.internal.io.IssueSink;
import org.tgparse.internal.io.LineReader;
import org.tgparse.internal.io.Texts;
import org.tgparse.model.Message;
import org.tgparse.read.Limits;
import org.tgparse.read.ParseIssue;
import org.tgparse.read.TgparseException;

/** The text reader's limits: each cut has an issue naming the limit and its option, and is counted. */
class TextExportLimitsTest {

  static final class Run {
    final List<Message> messages = new ArrayList<>();
    final IssueSink issues;
    final TextExportReader reader;

    Run(String input, Limits limits, boolean strict) throws IOException {
      issues = new IssueSink(strict);
      reader = new TextExportReader(new LineReader(new StringReader(input), limits.maxLineLength()), "t.txt",
          limits, issues);
      Message m;
      while ((m = reader.next()) != null) {
        messages.add(m);
      }
    }
  }

  @Test
  void longTextIsCutWithAnIssueNamingTheLimitAndOption() throws IOException {
    String input = "Forwarded from A\nheadline\n" + "0123456789\n".repeat(5) + "Forwarded from B\nshort\n";
    Run run = new Run(input, Limits.DEFAULTS.withMaxTextLength(25), false);
    assertThat(run.messages).hasSize(2);
    Message first = run.messages.get(0);
    assertThat(first.text()).isEqualTo("headline\n0123456789\n01234").hasSize(25);
    assertThat(first.title()).isEqualTo("headline");
    assertThat(run.messages.get(1).text()).isEqualTo("short");
    assertThat(run.issues.issues()).extracting(ParseIssue::toString).containsExactly(
        "t.txt:1: warning: message text of 63 UTF-16 code units was cut to 25 (limit maxTextLength, option"
            + " --max-text-length)");
    TextExportReader.Accounting a = run.reader.accounting();
    assertThat(a.cutLines()).isEqualTo(3);
    assertThat(a.textLines()).isEqualTo(4);
    assertThat(a.balanced()).isTrue();
  }

  @Test
  void textOfExactlyTheLimitIsKeptWhole() throws IOException {
    Run run = new Run("Forwarded from A\nabcde\n", Limits.DEFAULTS.withMaxTextLength(5), false);
    assertThat(run.messages.get(0).text()).isEqualTo("abcde");
    assertThat(run.issues.issues()).isEmpty();
    assertThat(run.reader.accounting().cutLines()).isZero();
  }

  @Test
  void cutNeverSplitsASurrogatePair() throws IOException {
    Run run = new Run("Forwarded from A\nab😀cd\n", Limits.DEFAULTS.withMaxTextLength(3), false);
    assertThat(run.messages.get(0).text()).isEqualTo("ab");
    Run exact = new Run("Forwarded from A\nab😀cd\n", Limits.DEFAULTS.withMaxTextLength(4), false);
    assertThat(exact.messages.get(0).text()).isEqualTo("ab😀");
  }

  @Test
  void titleFollowsTheCutText() throws IOException {
    Run run = new Run("Forwarded from A\nA long headline\nmore\n", Limits.DEFAULTS.withMaxTextLength(6), false);
    assertThat(run.messages.get(0).text()).isEqualTo("A long");
    assertThat(run.messages.get(0).title()).isEqualTo("A long");
  }

  @Test
  void longLineIsCutWithItsLineNumber() throws IOException {
    String input = "Forwarded from A\nok\n" + "x".repeat(50) + "\nafter\n";
    Run run = new Run(input, Limits.DEFAULTS.withMaxLineLength(20), false);
    assertThat(run.messages.get(0).text()).isEqualTo("ok\n" + "x".repeat(20) + "\nafter");
    assertThat(run.issues.issues()).extracting(ParseIssue::toString).containsExactly(
        "t.txt:3: warning: line longer than 20 characters was cut (limit maxLineLength, option"
            + " --max-line-length)");
    assertThat(run.reader.accounting().balanced()).isTrue();
  }

  @Test
  void strictModeTurnsTheFirstCutIntoAnError() {
    String input = "Forwarded from A\n" + "x".repeat(50) + "\n";
    assertThatThrownBy(() -> new Run(input, Limits.DEFAULTS.withMaxLineLength(20), true))
        .isInstanceOf(TgparseException.class)
        .hasMessage("t.txt:2: line longer than 20 characters was cut (limit maxLineLength, option"
            + " --max-line-length)")
        .satisfies(e -> {
          TgparseException t = (TgparseException) e;
          assertThat(t.file()).isEqualTo("t.txt");
          assertThat(t.line()).isEqualTo(2);
          assertThat(t.column()).isZero();
        });
  }

  @Test
  void strictModeHandsOutEveryCompleteMessageBeforeTheError() throws IOException {
    String input = "Forwarded from A\nfine\nForwarded from B\n" + "x".repeat(50) + "\n";
    IssueSink issues = new IssueSink(true);
    TextExportReader r = new TextExportReader(new LineReader(new StringReader(input), 20), "t.txt",
        Limits.DEFAULTS.withMaxLineLength(20), issues);
    assertThat(r.next().text()).isEqualTo("fine");
    assertThatThrownBy(r::next).isInstanceOf(TgparseException.class).hasMessageStartingWith("t.txt:4: ");
  }

  @Test
  void hugePostIsHeldOnlyUpToTwiceTheTextLimit() throws IOException {
    // 1,000 lines of 100 characters with a text limit of 1,000: only about 2,000 characters are held.
    StringBuilder sb = new StringBuilder("Forwarded from A\nheadline\n");
    for (int i = 0; i < 1000; i++) {
      sb.append(String.format("%03d", i)).append("y".repeat(97)).append('\n');
    }
    sb.append("Forwarded from B\nnext\n");
    Run run = new Run(sb.toString(), Limits.DEFAULTS.withMaxTextLength(1000), false);
    assertThat(run.messages).hasSize(2);
    Message first = run.messages.get(0);
    assertThat(first.text()).hasSize(1000).startsWith("headline\n000y");
    assertThat(run.messages.get(1).text()).isEqualTo("next");
    assertThat(run.issues.issues()).singleElement().extracting(ParseIssue::message).asString()
        .isEqualTo("message text of 101008 UTF-16 code units was cut to 1000 (limit maxTextLength, option"
            + " --max-text-length)");
    TextExportReader.Accounting a = run.reader.accounting();
    assertThat(a.balanced()).isTrue();
    assertThat(a.nonBlankLines()).isEqualTo(1004);
    assertThat(a.headerLines()).isEqualTo(2);
    assertThat(a.textLines() + a.cutLines()).isEqualTo(1002);
    assertThat(a.textLines()).isEqualTo(11 + 1);
  }

  @Test
  void heldPartGivesTheSameTextAsTheWholePost() throws IOException {
    // A repeated body past the hold limit: the cut text is the same as without the hold.
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < 50; i++) {
      body.append("line ").append(i).append(" of the body\n");
    }
    String input = "Forwarded from A\nheadline\n" + body + body;
    Run small = new Run(input, Limits.DEFAULTS.withMaxTextLength(100), false);
    Run large = new Run(input, Limits.DEFAULTS, false);
    assertThat(small.messages.get(0).text()).isEqualTo(large.messages.get(0).text().substring(0, 100));
    assertThat(large.messages.get(0).duplicateCollapsed()).isTrue();
    assertThat(large.reader.accounting().collapsedLines()).isEqualTo(50);
    assertThat(small.reader.accounting().balanced()).isTrue();
  }

  @Test
  void wholeTextReaderCutsAtTheTextLimit() throws IOException {
    IssueSink issues = new IssueSink(false);
    WholeTextReader r = new WholeTextReader(new StringReader("line one\n" + "z".repeat(100) + "\nthree"), "w",
        Limits.DEFAULTS.withMaxTextLength(20), issues);
    Message m = r.next();
    assertThat(m.text()).isEqualTo("line one\n" + "z".repeat(11));
    assertThat(m.title()).isEqualTo("line one");
    assertThat(r.next()).isNull();
    assertThat(issues.issues()).extracting(ParseIssue::toString).containsExactly(
        "w:1: warning: message text of 115 UTF-16 code units was cut to 20 (limit maxTextLength, option"
            + " --max-text-length)");
  }

  @Test
  void wholeTextOfExactlyTheLimitIsKept() throws IOException {
    IssueSink issues = new IssueSink(false);
    boolean[] closed = {false};
    StringReader in = new StringReader("abcde") {
      @Override
      public void close() {
        closed[0] = true;
      }
    };
    WholeTextReader r = new WholeTextReader(in, "w", Limits.DEFAULTS.withMaxTextLength(5), issues);
    assertThat(r.next().text()).isEqualTo("abcde");
    assertThat(issues.issues()).isEmpty();
    r.close();
    assertThat(closed[0]).isTrue();
  }

  @Test
  void texts_cutPoint() {
    assertThat(Texts.cutPoint("abc", 5)).isEqualTo(3);
    assertThat(Texts.cutPoint("abc", 3)).isEqualTo(3);
    assertThat(Texts.cutPoint("abcd", 3)).isEqualTo(3);
    assertThat(Texts.cutPoint("a😀b", 2)).isEqualTo(1);
    assertThat(Texts.cutPoint("a😀b", 3)).isEqualTo(3);
    assertThat(Texts.cutPoint("😀", 1)).isZero();
    assertThat(Texts.cutPoint("ab\uD83D", 3)).isEqualTo(3);
    assertThat(Texts.cutPoint("ab", 0)).isZero();
  }
}
