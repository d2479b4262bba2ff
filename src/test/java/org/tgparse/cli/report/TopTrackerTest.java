package org.tgparse.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TopTrackerTest {
  @Test
  void exactWhileTheTableHoldsEveryString() {
    TopTracker<int[]> t = new TopTracker<>(3, () -> new int[1]);
    for (String s : List.of("a", "b", "a", "c", "a", "b")) {
      t.add(s)[0]++;
    }
    assertThat(t.isExact()).isTrue();
    assertThat(t.top(2)).extracting(TopTracker.Entry::key, TopTracker.Entry::count, TopTracker.Entry::error)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("a", 3L, 0L), org.assertj.core.groups.Tuple.tuple("b", 2L, 0L));
    assertThat(t.top(1).get(0).companion()[0]).isEqualTo(3);
  }

  @Test
  void aNewcomerTakesTheSmallestSlotWithAFreshCompanionAndAnErrorBound() {
    TopTracker<int[]> t = new TopTracker<>(2, () -> new int[1]);
    for (String s : List.of("a", "a", "b", "c")) {
      t.add(s)[0]++;
    }
    assertThat(t.isExact()).isFalse();
    TopTracker.Entry<int[]> c = t.top(2).get(1);
    assertThat(c.key()).isEqualTo("c");
    assertThat(c.count()).isEqualTo(2); // inherits b's 1, plus its own
    assertThat(c.error()).isEqualTo(1);
    assertThat(c.companion()[0]).isEqualTo(1); // saw only its own occurrence
  }
}
