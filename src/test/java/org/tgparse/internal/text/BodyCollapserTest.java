package org.tgparse.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The collapse rules at their edges: the smallest inputs each rule accepts, and the largest it refuses. */
class BodyCollapserTest {

  private static BodyCollapser.Result collapse(boolean atEnd, String... lines) {
    return BodyCollapser.collapse(List.of(lines), atEnd);
  }

  @Test
  void headlineAndOneLineTwiceIsTheSmallestRepetition() {
    BodyCollapser.Result r = collapse(false, "H", "a", "a");
    assertThat(r.collapsed()).isTrue();
    assertThat(r.lines()).containsExactly("H", "a");
    assertThat(r.keptLines()).isEqualTo(1);
    assertThat(r.copyLines()).isEqualTo(1);
    assertThat(collapse(false, "H", "a").collapsed()).isFalse();
    assertThat(collapse(false, "a", "a").collapsed()).as("one line twice, on purpose").isFalse();
  }

  @Test
  void headlineAndSeveralLinesTwice() {
    BodyCollapser.Result r = collapse(false, "H", "a", "b", "c", "a", "b", "c");
    assertThat(r.lines()).containsExactly("H", "a", "b", "c");
    assertThat(r.keptLines()).isEqualTo(3);
    assertThat(collapse(false, "H", "a", "b", "c", "a", "b", "x").collapsed()).isFalse();
    assertThat(collapse(false, "H", "a", "b", "a", "b", "c").collapsed()).as("even count after H").isFalse();
  }

  @Test
  void twoLinesTwiceWithoutHeadlineIsTheSmallestWholeCopy() {
    BodyCollapser.Result r = collapse(false, "a", "b", "a", "b");
    assertThat(r.collapsed()).isTrue();
    assertThat(r.lines()).containsExactly("a", "b");
    assertThat(r.keptLines()).isEqualTo(2);
    assertThat(r.copyLines()).isEqualTo(2);
    assertThat(collapse(false, "a", "b", "a", "c").collapsed()).isFalse();
  }

  @Test
  void copyCutShortNeedsTwoLinesAndHalfTheFirstCopy() {
    // H + a b c d + a b: a copy of two lines, half of four: accepted at the end of the input only.
    BodyCollapser.Result r = collapse(true, "H", "a", "b", "c", "d", "a", "b");
    assertThat(r.collapsed()).isTrue();
    assertThat(r.truncatedCopy()).isTrue();
    assertThat(r.lines()).containsExactly("H", "a", "b", "c", "d");
    assertThat(r.keptLines()).isEqualTo(4);
    assertThat(r.copyLines()).isEqualTo(2);
    assertThat(collapse(false, "H", "a", "b", "c", "d", "a", "b").collapsed()).isFalse();
    // a copy of one line is too short to tell from chance
    assertThat(collapse(true, "H", "a", "b", "a").collapsed()).isFalse();
    // two lines of a five-line first copy: less than half
    assertThat(collapse(true, "H", "a", "b", "c", "d", "e", "a", "b").collapsed()).isFalse();
    // three lines of a four-line first copy
    BodyCollapser.Result three = collapse(true, "H", "a", "b", "c", "d", "a", "b", "c");
    assertThat(three.truncatedCopy()).isTrue();
    assertThat(three.lines()).containsExactly("H", "a", "b", "c", "d");
    assertThat(three.copyLines()).isEqualTo(3);
    // the smallest cut copy: H a b c + a b (two of three)
    BodyCollapser.Result smallest = collapse(true, "H", "a", "b", "c", "a", "b");
    assertThat(smallest.truncatedCopy()).isTrue();
    assertThat(smallest.lines()).containsExactly("H", "a", "b", "c");
    assertThat(collapse(true, "H", "a", "b", "c", "a", "x").collapsed()).isFalse();
  }

  @Test
  void shortInputsAreKept() {
    assertThat(collapse(true).lines()).isEmpty();
    assertThat(collapse(true, "H").collapsed()).isFalse();
    assertThat(collapse(true, "H", "a", "b").collapsed()).isFalse();
    BodyCollapser.Result kept = collapse(true, "H", "a", "b", "c");
    assertThat(kept.collapsed()).isFalse();
    assertThat(kept.keptLines()).isEqualTo(4);
    assertThat(kept.copyLines()).isZero();
  }

  @Test
  void sameLineIgnoresOnlyTrailingBlanks() {
    assertThat(BodyCollapser.sameLine("a b", "a b \t\u00A0\u202F\u2007")).isTrue();
    assertThat(BodyCollapser.sameLine("a b", " a b")).isFalse();
    assertThat(BodyCollapser.sameLine("a b", "a c")).isFalse();
    assertThat(BodyCollapser.sameLine("ab", "a")).isFalse();
    assertThat(BodyCollapser.sameLine("", "  ")).isTrue();
  }

  /** Issue 14, item 15: a body repeated three times kept two copies and called the third a cut-short copy. */
  @Test
  void bodyRepeatedThreeTimesKeepsOneCopy() {
    for (boolean atEnd : new boolean[] {false, true}) {
      BodyCollapser.Result r = collapse(atEnd, "H", "a", "b", "a", "b", "a", "b");
      assertThat(r.lines()).containsExactly("H", "a", "b");
      assertThat(r.copies()).isEqualTo(3);
      assertThat(r.truncatedCopy()).isFalse();
      assertThat(r.copyLines()).isEqualTo(4);
    }
    BodyCollapser.Result cut = collapse(true, "H", "a", "b", "c", "a", "b", "c", "a", "b", "c", "a");
    assertThat(cut.lines()).containsExactly("H", "a", "b", "c");
    assertThat(cut.copies()).isEqualTo(4);
    assertThat(cut.truncatedCopy()).isTrue();
    assertThat(collapse(false, "H", "a", "b", "c", "a", "b", "c", "a").collapsed()).as("cut short inside")
        .isFalse();
    assertThat(collapse(false, "H", "x", "x", "x").collapsed()).as("one line thrice, on purpose").isFalse();
  }
}
