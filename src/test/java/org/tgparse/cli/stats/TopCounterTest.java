package org.tgparse.cli.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TopCounterTest {
  @Test
  void exactWhileWithinCapacityTiesInArrivalOrder() {
    TopCounter c = new TopCounter(5);
    for (String s : List.of("b", "a", "b", "c", "a", "b")) {
      c.add(s);
    }
    assertThat(c.isExact()).isTrue();
    assertThat(c.top(10)).containsExactly(
        new TopCounter.Counted("b", 3, 0), new TopCounter.Counted("a", 2, 0), new TopCounter.Counted("c", 1, 0));
    assertThat(c.top(1)).extracting(TopCounter.Counted::key).containsExactly("b");
    assertThat(c.total()).isEqualTo(6);
  }

  @Test
  void overCapacityKeepsTheSpaceSavingBound() {
    // A skewed stream over many more strings than slots: every count stays within n / capacity above the truth,
    // never below, and every string more frequent than n / capacity is kept.
    int capacity = 50;
    TopCounter c = new TopCounter(capacity);
    Map<String, Long> truth = new HashMap<>();
    Random r = new Random(42);
    int n = 20_000;
    for (int i = 0; i < n; i++) {
      int k = (int) Math.floor(Math.pow(r.nextDouble(), 3) * 2000); // heavy head, long tail
      String key = "k" + k;
      c.add(key);
      truth.merge(key, 1L, Long::sum);
    }
    assertThat(c.isExact()).isFalse();
    assertThat(c.size()).isEqualTo(capacity);
    long bound = n / capacity;
    List<TopCounter.Counted> all = c.top(capacity);
    for (TopCounter.Counted x : all) {
      long t = truth.get(x.key());
      assertThat(x.count()).isGreaterThanOrEqualTo(t).isLessThanOrEqualTo(t + bound);
      assertThat(x.count() - t).isLessThanOrEqualTo(x.error());
    }
    truth.forEach((key, t) -> {
      if (t > bound) {
        assertThat(all).extracting(TopCounter.Counted::key).contains(key);
      }
    });
  }

  @Test
  void rejectsAnEmptyCapacity() {
    assertThatThrownBy(() -> new TopCounter(0)).hasMessage("expected a capacity of at least 1, found 0");
  }
}
