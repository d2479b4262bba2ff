package org.tgparse.internal.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.tgparse.internal.text.TextExportReader;
import org.tgparse.read.ParseIssue;
import org.tgparse.read.TgparseException;

class IssueSinkTest {

  @Test
  void keepsAtMostTheBoundAndCountsTheRest() {
    IssueSink sink = new IssueSink(false);
    assertThat(sink.strict()).isFalse();
    for (int i = 0; i < IssueSink.MAX_KEPT + 3; i++) {
      sink.warn("f", i + 1, 0, "issue " + i);
    }
    assertThat(sink.size()).isEqualTo(IssueSink.MAX_KEPT);
    assertThat(sink.issues()).hasSize(IssueSink.MAX_KEPT).last().extracting(ParseIssue::message)
        .isEqualTo("issue " + (IssueSink.MAX_KEPT - 1));
    assertThat(sink.dropped()).isEqualTo(3);
  }

  @Test
  void issuesSinceGivesTheNewOnes() {
    IssueSink sink = new IssueSink(false);
    sink.warn("f", 1, 1, "a");
    sink.warn("f", 2, 0, "b");
    sink.report(new ParseIssue("f", 0, 0, ParseIssue.Severity.ERROR, "c"));
    assertThat(sink.issuesSince(1)).extracting(ParseIssue::toString)
        .containsExactly("f:2: warning: b", "f: error: c");
    assertThat(sink.issuesSince(5)).isEmpty();
    assertThat(sink.issuesSince(-1)).hasSize(3);
    assertThat(sink.issues().get(0).toString()).isEqualTo("f:1:1: warning: a");
  }

  @Test
  void strictThrowsTheFirstIssueWithItsLocation() {
    IssueSink sink = new IssueSink(true);
    assertThat(sink.strict()).isTrue();
    assertThatThrownBy(() -> sink.warn("f", 3, 9, "bad")).isInstanceOf(TgparseException.class)
        .hasMessage("f:3:9: bad");
    assertThat(sink.size()).isZero();
  }

  @Test
  void accountingBalance() {
    assertThat(new TextExportReader.Accounting(9, 5, 1, 1, 1, 1, 1).balanced()).isTrue();
    assertThat(new TextExportReader.Accounting(9, 5, 1, 1, 1, 1, 0).balanced()).isFalse();
    assertThat(new TextExportReader.Accounting(9, 5, 1, 1, 1, 1, 2).balanced()).isFalse();
  }
}
