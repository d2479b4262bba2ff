package org.tgparse.cli.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tgparse.model.Channel;
import org.tgparse.model.DateMention;
import org.tgparse.model.DatePrecision;
import org.tgparse.model.Hashtag;
import org.tgparse.model.Message;
import org.tgparse.model.MessageType;
import org.tgparse.model.Place;
import org.tgparse.model.SourceRef;
import org.tgparse.model.Timestamp;

class ArchiveStatsTest {
  private static Message.Builder message(String text) {
    return Message.builder().type(MessageType.MESSAGE).text(text).source(new SourceRef("in", 1, 1));
  }

  @Test
  void countsMessagesNotOccurrences() {
    ArchiveStats s = new ArchiveStats();
    String text = "#a #a Moscow Moscow 2023 2023";
    s.add(message(text)
        .hashtagEntities(List.of(new Hashtag("#a", 0, 2, "a", null), new Hashtag("#a", 3, 5, "a", null)))
        .places(List.of(
            new Place("Moscow", 6, 12, "Moscow", Place.PlaceKind.MENTION, "RU", null, null),
            new Place("Moscow", 13, 19, "Moscow", Place.PlaceKind.MENTION, "RU", null, null)))
        .dates(List.of(
            new DateMention("2023", 20, 24, "2023", DatePrecision.YEAR, false, null),
            new DateMention("2023", 25, 29, "2023", DatePrecision.YEAR, false, null)))
        .build());
    assertThat(s.topHashtags(10)).containsExactly(new TopCounter.Counted("#a", 1, 0));
    assertThat(s.topPlaces(10)).containsExactly(new TopCounter.Counted("RU\tMoscow", 1, 0));
    assertThat(s.topCountries(10)).containsExactly(Map.entry("RU", 1L));
    assertThat(s.mentionedYears()).containsExactly(Map.entry(2023, 1L));
  }

  @Test
  void typesDatesChannelsForwardsIssues() {
    ArchiveStats s = new ArchiveStats();
    Channel news = Channel.of("News", "public_channel", "1");
    s.add(message("x").channel(news).date(Timestamp.of(Instant.parse("2023-03-20T09:00:00Z")))
        .forwardedFrom("Agency").build());
    s.add(message("y").channel(news).date(Timestamp.of(Instant.parse("2021-01-01T00:00:00Z"))).build());
    s.add(message("").type(MessageType.SERVICE).channel(news)
        .date(Timestamp.ofLocal(LocalDateTime.parse("2024-05-01T10:00:00"))).build());
    s.add(message("z").build());
    s.addIssues(3);
    s.addFailedInput();

    assertThat(s.messages()).isEqualTo(4);
    assertThat(s.byType()).containsExactly(
        Map.entry(MessageType.MESSAGE, 3L), Map.entry(MessageType.SERVICE, 1L), Map.entry(MessageType.UNSUPPORTED, 0L));
    assertThat(s.firstDate()).hasToString("2021-01-01T00:00:00Z");
    assertThat(s.lastDate()).hasToString("2024-05-01T10:00:00");
    assertThat(s.undated()).isEqualTo(1);
    assertThat(s.topChannels(5)).containsExactly(new TopCounter.Counted("News", 3, 0));
    assertThat(s.withoutChannel()).isEqualTo(1);
    assertThat(s.forwards()).isEqualTo(1);
    assertThat(s.topForwardSources(5)).containsExactly(new TopCounter.Counted("Agency", 1, 0));
    assertThat(s.issues()).isEqualTo(3);
    assertThat(s.failedInputs()).isEqualTo(1);
    assertThat(s.isExact()).isTrue();
  }

  @Test
  void yearLessDatesAndPlacesWithoutCountry() {
    ArchiveStats s = new ArchiveStats();
    s.add(message("on March 3 at sea")
        .dates(List.of(new DateMention("March 3", 3, 10, "--03-03", DatePrecision.DAY, false, null)))
        .places(List.of(new Place("", 0, 0, null, Place.PlaceKind.LOCATION, null, 1.0, 2.0)))
        .build());
    assertThat(s.mentionedYears()).isEmpty();
    assertThat(s.datesWithoutYear()).isEqualTo(1);
    assertThat(s.topCountries(5)).containsExactly(Map.entry(ArchiveStats.NO_COUNTRY, 1L));
    assertThat(s.topPlaces(5)).isEmpty();
  }
}
