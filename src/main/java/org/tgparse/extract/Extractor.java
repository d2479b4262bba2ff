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
import org.tgparse.model.TextEntity;
import org.tgparse.model.TextEntityType;

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
   * Extracts every entity kind from a text. Dates, places and emoji are not looked for inside links, e-mail
   * addresses, hashtags, cashtags, mentions and Markdown code ({@code `code`}, {@code ```pre```}).
   *
   * @param text any text, not null
   * @param referenceDate the date that year-less dates take their year from (the post's own date), or null
   * @return the entities
   */
  public Entities extract(String text, LocalDate referenceDate) {
    // One array of the text's characters for every extractor: see Chars.
    char[] chars = Objects.requireNonNull(text, "text").toCharArray();
    List<Link> links = LinkExtractor.extract(text, chars);
    List<Hashtag> hashtags = withoutOverlaps(TelegramEntityExtractor.hashtags(text, chars), links);
    List<Cashtag> cashtags = withoutOverlaps(TelegramEntityExtractor.cashtags(text, chars), links);
    List<Mention> mentions = withoutOverlaps(TelegramEntityExtractor.mentions(text, chars), links);
    Spans.Builder skip = new Spans.Builder().addAll(links).addAll(hashtags).addAll(cashtags).addAll(mentions);
    CodeSpans.add(text, List.of(), skip);
    Entities rest = extractOutside(chars, referenceDate, skip.build());
    return new Entities(hashtags, cashtags, mentions, links, rest.emoji(), rest.dates(), rest.places(),
        rest.dateline());
  }

  /**
   * Extracts emoji, dates, places and the dateline from a text whose hashtags, cashtags, mentions and links a
   * Telegram client recognised already: a Telegram Desktop export lists them (JSON {@code text_entities}, HTML
   * markup), and they are Telegram's own, so they are not looked for again. Nothing is looked for inside them, nor
   * inside the {@code code} and {@code pre} entities among {@code marked}.
   *
   * @param text any text
   * @param referenceDate the date that year-less dates take their year from (the post's own date), or null
   * @param marked the entities the export marked in the text (any kind; offsets into {@code text})
   * @return the emoji, dates, places and dateline; the hashtag, cashtag, mention and link lists are empty
   */
  public Entities extractAround(String text, LocalDate referenceDate, List<? extends Entity> marked) {
    Spans.Builder skip = new Spans.Builder();
    List<TextEntity> formatting = new ArrayList<>();
    for (Entity e : marked) {
      if (e instanceof TextEntity) {
        TextEntity t = (TextEntity) e;
        if (SEMANTIC.contains(t.typeName())) {
          skip.add(t.start(), t.end());
        } else {
          formatting.add(t);
        }
      } else {
        skip.add(e.start(), e.end());
      }
    }
    CodeSpans.add(text, formatting, skip);
    return extractOutside(text.toCharArray(), referenceDate, skip.build());
  }

  /** The types of {@link TextEntity} that mark a link, a hashtag or the like: no date or place is inside one. */
  private static final Set<String> SEMANTIC = Set.of("link", "text_link", "url", "email", "hashtag", "cashtag",
      "mention", "mention_name", "bot_command", "phone", "bank_card", "custom_emoji");

  /** Emoji, dateline, dates and places outside the given spans; the other lists empty. */
  private static Entities extractOutside(char[] text, LocalDate referenceDate, Spans skip) {
    var emoji = skip.outside(EmojiExtractor.extract(text));
    Dateline dateline = DatelineExtractor.extract(text, referenceDate);
    if (dateline != null && skip.overlaps(dateline.start(), dateline.end())) {
      dateline = null;
    }
    LocalDate reference = referenceDate;
    if (reference == null && dateline != null && dateline.date() != null) {
      reference = DateExtractor.toLocalDate(dateline.date());
    }
    List<DateMention> dates = skip.outside(DateExtractor.extract(text, reference));
    List<Place> places = skip.outside(PlaceExtractor.extract(text, emoji, dateline));
    return new Entities(List.of(), List.of(), List.of(), List.of(), emoji, dates, places, dateline);
  }

  /**
   * Whether an input format carries the hashtags, cashtags, mentions and links Telegram itself recognised, so that
   * {@link #enrich(Message, boolean)} takes those four kinds from it: true for the Telegram Desktop exports (JSON
   * {@code text_entities}, HTML markup), false for plain text and saved t.me pages. One place decides, so that the
   * library's reader and the command line's workers agree.
   *
   * @param formatName the format's command-line name ({@code desktop-json}, {@code desktop-html}, {@code text},
   *     {@code plain}, {@code tme})
   * @return true for the Desktop exports
   */
  public static boolean carriesTelegramEntities(String formatName) {
    return "desktop-json".equals(formatName) || "desktop-html".equals(formatName);
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
    return enrich(message, false);
  }

  /**
   * Adds the extracted entities to a message.
   *
   * <p>With {@code telegramEntities} (the message comes from a Telegram Desktop export, JSON or HTML, which lists
   * every hashtag, cashtag, mention and link Telegram recognised), those four kinds are the export's alone, and
   * emoji, dates and places are looked for outside them and outside {@code code} and {@code pre} (see
   * {@link #extractAround}). Without it (plain text, saved t.me pages), all kinds are extracted and the format's
   * own entities win where they overlap an extracted hashtag, cashtag, mention or link. Either way, year-less
   * dates take their year from the message's own date.
   *
   * @param message a message as a format reader produced it
   * @param telegramEntities true when the format carries Telegram's own entities
   * @return the message with every entity list filled
   * @throws NullPointerException when {@code message} is null
   */
  public Message enrich(Message message, boolean telegramEntities) {
    Objects.requireNonNull(message, "message");
    String text = message.text();
    LocalDate reference = message.date() == null ? null : message.date().date();
    List<Entity> marked = new ArrayList<>();
    marked.addAll(message.hashtagEntities());
    marked.addAll(message.cashtags());
    marked.addAll(message.mentions());
    marked.addAll(message.links());
    Message.Builder b = message.toBuilder();
    Entities found;
    if (telegramEntities) {
      marked.addAll(message.entities());
      found = extractAround(text, reference, marked);
    } else {
      found = extract(text, reference);
      if (hasCode(message.entities())) {
        Spans.Builder code = new Spans.Builder();
        CodeSpans.add("", message.entities(), code);
        Spans c = code.build();
        found = new Entities(c.outside(found.hashtags()), c.outside(found.cashtags()), c.outside(found.mentions()),
            c.outside(found.links()), c.outside(found.emoji()), c.outside(found.dates()), c.outside(found.places()),
            found.dateline() != null && c.overlaps(found.dateline().start(), found.dateline().end()) ? null : found.dateline());
      }
      List<Hashtag> hashtags = merge(message.hashtagEntities(), found.hashtags(), marked);
      b.hashtagEntities(hashtags)
          .cashtags(merge(message.cashtags(), found.cashtags(), marked))
          .mentions(merge(message.mentions(), found.mentions(), marked))
          .links(merge(message.links(), found.links(), marked));
    }
    b.emoji(found.emoji()).dates(found.dates()).dateline(found.dateline());
    List<Place> places = new ArrayList<>(found.places());
    // Places the format gave (a shared location's coordinates) are kept first.
    places.addAll(0, message.places());
    b.places(places);
    return b.build();
  }

  private static boolean hasCode(List<TextEntity> entities) {
    for (TextEntity e : entities) {
      if (e.type() == TextEntityType.CODE || e.type() == TextEntityType.PRE) {
        return true;
      }
    }
    return false;
  }

  private static <T extends Entity> List<T> merge(List<T> given, List<T> found, List<Entity> marked) {
    if (found.isEmpty()) {
      return given;
    }
    if (marked.isEmpty()) {
      // Nothing given (plain text gives nothing): the found list is in text order already.
      return found;
    }
    List<T> out = new ArrayList<>(given);
    Spans markedSpans = Spans.of(marked);
    for (T e : found) {
      if (!markedSpans.overlaps(e)) {
        out.add(e);
      }
    }
    // Usually in order already (nothing given of this kind, or given before found): the sort stays off the hot
    // path, where it would be compiled into every caller.
    if (!inOrder(out)) {
      out.sort(Comparator.comparingInt(Entity::start));
    }
    return out;
  }

  private static boolean inOrder(List<? extends Entity> entities) {
    for (int i = 1; i < entities.size(); i++) {
      if (entities.get(i).start() < entities.get(i - 1).start()) {
        return false;
      }
    }
    return true;
  }

  private static <T extends Entity> List<T> withoutOverlaps(List<T> entities, List<? extends Entity> winners) {
    if (entities.isEmpty() || winners.isEmpty()) {
      return entities;
    }
    return Spans.of(winners).outside(entities);
  }

}
