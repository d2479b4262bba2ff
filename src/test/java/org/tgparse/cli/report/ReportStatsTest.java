package org.tgparse.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tgparse.model.DateMention;
import org.tgparse.model.DatePrecision;
import org.tgparse.model.Message;
import org.tgparse.model.MessageType;
import org.tgparse.model.SourceRef;
import org.tgparse.model.Timestamp;

class ReportStatsTest {
  private static Message post(Timestamp date) {
    return Message.builder().type(MessageType.MESSAGE).text("x").date(date).source(new SourceRef("f", 1, 1)).build();
  }

  @Test
  void instantsAreShownInTheZoneGivenAndLocalTimesAsWritten() {
    ReportStats s = new ReportStats(ZoneId.of("Europe/Moscow"));
    // 2024-03-03 (a Sunday) 22:30 UTC is Monday 01:30 in Moscow.
    s.add(post(Timestamp.of(Instant.parse("2024-03-03T22:30:00Z"))));
    s.add(post(Timestamp.ofLocal(LocalDateTime.parse("2024-03-03T22:30:00"))));
    long[] grid = s.weekHour();
    assertThat(grid[0 * 24 + 1]).isEqualTo(1); // Monday 01h
    assertThat(grid[6 * 24 + 22]).isEqualTo(1); // Sunday 22h, as written
    assertThat(s.days().days().keySet()).containsExactly(
        LocalDate.parse("2024-03-03").toEpochDay(), LocalDate.parse("2024-03-04").toEpochDay());
    assertThat(s.sawInstant()).isTrue();
    assertThat(s.sawLocalTime()).isTrue();
  }

  @Test
  void serviceMessagesAndUndatedPostsStayOutOfTheTimeCharts() {
    ReportStats s = new ReportStats(null);
    s.add(Message.builder().type(MessageType.SERVICE).text("").date(Timestamp.of(Instant.EPOCH))
        .source(new SourceRef("f", 1, 1)).build());
    s.add(post(null));
    assertThat(s.posts()).isEqualTo(1);
    assertThat(s.datedPosts()).isZero();
    assertThat(s.days().days()).isEmpty();
  }

  @Test
  void mentionsArePlacedByPostMonthAndMentionedPeriod() {
    ReportStats s = new ReportStats(null);
    s.add(post(Timestamp.of(Instant.parse("2024-03-03T10:00:00Z"))).toBuilder()
        .dates(List.of(new DateMention("May 9, 1945", 0, 1, "1945-05-09", DatePrecision.DAY, false, null),
            new DateMention("2030", 0, 1, "2030", DatePrecision.YEAR, false, null),
            new DateMention("May 9", 0, 1, "--05-09", DatePrecision.DAY, false, null)))
        .build());
    int march2024 = 2024 * 12 + 2;
    assertThat(s.mentions().cells()).containsOnlyKeys(
        new MentionMatrix.Cell(march2024, 1945 * 12 + 4, false), new MentionMatrix.Cell(march2024, 2030, true));
  }
}
