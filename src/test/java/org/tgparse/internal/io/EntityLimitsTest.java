package org.tgparse.internal.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.tgparse.model.Cashtag;
import org.tgparse.model.DateMention;
import org.tgparse.model.DatePrecision;
import org.tgparse.model.EmojiMarker;
import org.tgparse.model.Hashtag;
import org.tgparse.model.Link;
import org.tgparse.model.Mention;
import org.tgparse.model.Message;
import org.tgparse.model.Place;
import org.tgparse.model.SourceRef;
import org.tgparse.model.TextEntity;
import org.tgparse.read.ParseIssue;

/**
 * The entity limit on its own: a message with no list over the limit is returned as it is (no copy, no issue),
 * even with every list exactly at the limit; one list over it is cut, with one issue naming that list.
 */
class EntityLimitsTest {
  private static final int MAX = 2;

  /** Each list of a message: how to fill it with n entities, and the name the issue gives it. */
  private record Kind(String name, BiFunction<Message.Builder, Integer, Message.Builder> fill,
      Function<Message, List<?>> get) {
  }

  private static <T> List<T> times(int n, Function<Integer, T> make) {
    return java.util.stream.IntStream.range(0, n).mapToObj(make::apply).toList();
  }

  private static final List<Kind> KINDS = List.of(
      new Kind("hashtags", (b, n) -> b.hashtagEntities(times(n, i -> new Hashtag("#a", i, i + 2, "a", null))),
          Message::hashtagEntities),
        new Kind("cashtags", (b, n) -> b.cashtags(times(n, i -> new Cashtag("$A", i, i + 2, "A", null))),
          Message::cashtags),
      new Kind("mentions", (b, n) -> b.mentions(times(n, i -> new Mention("@a", i, i + 2, "a", null))),
          Message::mentions),
      new Kind("links", (b, n) -> b.links(times(n, i -> new Link("x.org", i, i + 5, "http://x.org",
          Link.LinkType.URL, false))), Message::links),
      new Kind("emoji", (b, n) -> b.emoji(times(n, i -> new EmojiMarker("😀", i, i + 2, "grinning face", false,
          null))), Message::emoji),
      new Kind("dates", (b, n) -> b.dates(times(n, i -> new DateMention("2024", i, i + 4, "2024",
          DatePrecision.YEAR, false, null))), Message::dates),
      new Kind("places", (b, n) -> b.places(times(n, i -> new Place("Oslo", i, i + 4, "Oslo",
          Place.PlaceKind.MENTION, "NO", null, null))), Message::places),
      new Kind("format entities", (b, n) -> b.entities(times(n, i -> new TextEntity("b", i, i + 1, "bold", null,
          null, null, null, null))), Message::entities));

  private static Message.Builder base() {
    return Message.builder().text("some text long enough for every span here").source(new SourceRef("in.txt", 7, 9));
  }

  @Test
  void everyListAtTheLimitIsLeftAsItIs() {
    Message.Builder b = base();
    for (Kind k : KINDS) {
      b = k.fill().apply(b, MAX);
    }
    Message m = b.build();
    IssueSink issues = new IssueSink(false);
    assertThat(EntityLimits.apply(m, MAX, "in.txt", issues)).isSameAs(m);
    assertThat(issues.issues()).isEmpty();
  }

  @Test
  void eachListOverTheLimitIsCutWithOneIssueNamingIt() {
    for (Kind over : KINDS) {
      Message.Builder b = base();
      for (Kind k : KINDS) {
        b = k.fill().apply(b, k == over ? MAX + 1 : MAX);
      }
      Message m = b.build();
      IssueSink issues = new IssueSink(false);
      Message cut = EntityLimits.apply(m, MAX, "in.txt", issues);
      assertThat(cut).as(over.name()).isNotSameAs(m);
      for (Kind k : KINDS) {
        assertThat(k.get().apply(cut)).as(k.name()).isEqualTo(k.get().apply(m).subList(0, MAX));
      }
      assertThat(issues.issues()).extracting(ParseIssue::toString).containsExactly("in.txt:7: warning: message has "
          + (MAX + 1) + " " + over.name() + "; kept the first " + MAX
          + " (limit maxEntitiesPerMessage, option --max-entities)");
    }
  }

  @Test
  void emptyListsAreNeverCut() {
    Message m = base().build();
    assertThat(EntityLimits.apply(m, 0, "in.txt", new IssueSink(false))).isSameAs(m);
  }
}
