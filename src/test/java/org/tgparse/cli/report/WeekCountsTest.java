package org.tgparse.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WeekCountsTest {
  @Test
  void weeksStartOnMonday() {
    for (long day = -20; day < 20; day++) {
      LocalDate monday = LocalDate.ofEpochDay(WeekCounts.mondayOf(WeekCounts.weekOf(day)));
      assertThat(monday.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
      assertThat(day - monday.toEpochDay()).isBetween(0L, 6L);
    }
  }

  @Test
  void keepsWeeksInOrderWhateverTheOrderOfAdditions() {
    WeekCounts w = new WeekCounts();
    int[] weeks = {5, 5, 9, 2, 7, 9, 1, 3, 4, 6, 8, 0};
    for (int week : weeks) {
      w.add(week, 1);
    }
    assertThat(w.size()).isEqualTo(10);
    for (int i = 0; i < w.size(); i++) {
      assertThat(w.week(i)).isEqualTo(i);
      assertThat(w.count(i)).isEqualTo(i == 5 || i == 9 ? 2 : 1);
    }
  }
}
