package org.tgparse.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.tgparse.model.Cashtag;
import org.tgparse.model.DateMention;
import org.tgparse.model.Dateline;
import org.tgparse.model.Entity;
import org.tgparse.model.Hashtag;
import org.tgparse.model.Link;
import org.tgparse.model.Mention;
import org.tgparse.model.Message;
import org.tgparse.model.Place;

/**
 * Finds the entities a careful reader sees in a text: hashtags, cashtags, mentions and links by Telegram's own
 * rules, emoji markers, dates, places and the dateline. Stateless and thread-safe: share one instance.
 *
 * <p>Offsets are UTF-16 code units into the text, half-open.
 */
public final class Extractor {
  private static final Extractor STANDARD = new Extractor();

  private Extractor() {
  }

  /** @return the shared extractor */
  public static Extractor standard() {
    return STANDARD;
  }

  /**
   * Loads the extractors' tables (the emoji table and the gazetteer, about a quarter of a second) now instead of
   * at the first text. A caller that starts this on another thread while it opens and parses its input has the
   * tables ready when the first message needs them; the command line does. Safe to call any number of times,
   * from any thread.
   */
  public static void preload() {
    EmojiTable.isRegionalIndicator(0);
    Gazetteer.standard();
  }

  /**
   * Extracts every entity kind from a text with no reference date: year-less dates stay year-less unless the
   * text itself gives a full date before them.
   *
   * @param text any text, not null
   * @return the entities
   */
  public Entities extract(String text) {
    return extract(text, null);
  }

  /**
   * Extracts every entity kind from a text.
   *
   * @param text any text, not null
   * @param referenceDate the date that year-less dates take their year from (the post's own date), or null
   * @return the entities
   */
  public Entities extract(String text, LocalDate referenceDate) {
    Objects.requireNonNull(text, "text");
    List<Link> links = LinkExtractor.extract(text);
    List<Hashtag> hashtags = withoutOverlaps(TelegramEntityExtractor.hashtags(text), links);
    List<Cashtag> cashtags = withoutOverlaps(TelegramEntityExtractor.cashtags(text), links);
    List<Mention> mentions = withoutOverlaps(TelegramEntityExtractor.mentions(text), links);
    var emoji = EmojiExtractor.extract(text);
    Dateline dateline = DatelineExtractor.extract(text, referenceDate);
    LocalDate reference = referenceDate;
    if (reference == null && dateline != null && dateline.date() != null) {
      reference = DateExtractor.toLocalDate(dateline.date());
    }
    List<DateMention> dates = DateExtractor.extract(text, reference);
    List<Place> places = PlaceExtractor.extract(text, emoji, dateline);
    return new Entities(hashtags, cashtags, mentions, links, emoji, dates, places, dateline);
  }

  /**
   * Adds the extracted entities to a message. Entities the format itself marked (a Desktop export's
   * {@code text_entities}, an HTML export's links) are authoritative: an extracted hashtag, cashtag, mention or
   * link that overlaps one of them is dropped. Year-less dates take their year from the message's own date.
   *
   * @param message a message as a format reader produced it
   * @return the message with every entity list filled
   * @throws NullPointerException when {@code message} is null
   */
  public Message enrich(Message message) {
    Objects.requireNonNull(message, "message");
    String text = message.text();
    LocalDate reference = message.date() == null ? null : message.date().date();
    Entities found = extract(text, reference);
    List<Entity> marked = new ArrayList<>();
    marked.addAll(message.hashtagEntities());
    marked.addAll(message.cashtags());
    marked.addAll(message.mentions());
    marked.addAll(message.links());
    List<Hashtag> hashtags = merge(message.hashtagEntities(), found.hashtags(), marked);
    Message.Builder b = message.toBuilder()
        .hashtagEntities(hashtags)
        .cashtags(merge(message.cashtags(), found.cashtags(), marked))
        .mentions(merge(message.mentions(), found.mentions(), marked))
        .links(merge(message.links(), found.links(), marked))
        .emoji(found.emoji())
        .dates(found.dates())
        .dateline(found.dateline());
    List<Place> places = new ArrayList<>(found.places());
    // Places the format gave (a shared location's coordinates) are kept first.
    places.addAll(0, message.places());
    b.places(places);
    return b.build();
  }

  private static <T extends Entity> List<T> merge(List<T> given, List<T> found, List<Entity> marked) {
    if (found.isEmpty()) {
      return given;
    }
    List<T> out = new ArrayList<>(given);
    Spans markedSpans = new Spans(marked);
    for (T e : found) {
      if (!markedSpans.overlaps(e)) {
        out.add(e);
      }
    }
    out.sort(Comparator.comparingInt(Entity::start));
    return out;
  }

  private static <T extends Entity> List<T> withoutOverlaps(List<T> entities, List<? extends Entity> winners) {
    if (entities.isEmpty() || winners.isEmpty()) {
      return entities;
    }
    Spans winnerSpans = new Spans(winners);
    List<T> out = new ArrayList<>(entities.size());
    for (T e : entities) {
      if (!winnerSpans.overlaps(e)) {
        out.add(e);
      }
    }
    return out;
  }

  /**
   * Spans sorted by start with the running maximum of their ends, so that an overlap test is a binary search:
   * a text with thousands of links and hashtags stays O(n log n), not O(n * m).
   */
  private static final class Spans {
    private final int[] starts;
    private final int[] maxEnds;

    Spans(List<? extends Entity> entities) {
      int n = entities.size();
      long[] packed = new long[n];
      for (int i = 0; i < n; i++) {
        Entity e = entities.get(i);
        packed[i] = ((long) e.start() << 32) | (e.end() & 0xFFFFFFFFL);
      }
      java.util.Arrays.sort(packed);
      starts = new int[n];
      maxEnds = new int[n];
      int max = Integer.MIN_VALUE;
      for (int i = 0; i < n; i++) {
        starts[i] = (int) (packed[i] >>> 32);
        max = Math.max(max, (int) packed[i]);
        maxEnds[i] = max;
      }
    }

    /** @return whether some span has start < e.end and end > e.start */
    boolean overlaps(Entity e) {
      int lo = 0;
      int hi = starts.length; // first index whose start >= e.end()
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (starts[mid] < e.end()) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return lo > 0 && maxEnds[lo - 1] > e.start();
    }
  }

}
