package org.tgparse.json;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.tgparse.model.Cashtag;
import org.tgparse.model.Channel;
import org.tgparse.model.Contact;
import org.tgparse.model.DateMention;
import org.tgparse.model.DatePrecision;
import org.tgparse.model.Dateline;
import org.tgparse.model.EmojiMarker;
import org.tgparse.model.Hashtag;
import org.tgparse.model.Link;
import org.tgparse.model.LinkPreview;
import org.tgparse.model.Media;
import org.tgparse.model.MediaKind;
import org.tgparse.model.Mention;
import org.tgparse.model.Message;
import org.tgparse.model.MessageType;
import org.tgparse.model.Place;
import org.tgparse.model.Poll;
import org.tgparse.model.Reaction;
import org.tgparse.model.ReactionType;
import org.tgparse.model.ReplyTo;
import org.tgparse.model.SourceRef;
import org.tgparse.model.TextEntity;
import org.tgparse.model.TextEntityType;
import org.tgparse.model.Timestamp;

/**
 * Arbitrary messages with every component set or not: every entity kind, every media kind (and unknown ones, kept
 * as {@code OTHER}), every text entity and reaction type, UTC and local timestamps over their whole range, doubles
 * of every kind (NaN, infinities, -0.0, subnormals), strings of any well-formed UTF-16 (controls included; a lone
 * surrogate is written as U+FFFD, so that the output is always valid UTF-8: see {@code KnownLossesTest}), and
 * {@code actionDetails} nested three deep with the value types the archive readers put there.
 *
 * <p>Built as the archive readers build them, through {@link Message#builder()}: the JSON cannot tell a forward from a
 * hidden source with no field known from no forward at all, so {@code forwarded(true)} is not used here (that loss
 * is pinned in {@code KnownLossesTest}).
 */
final class GeneratedMessages {
  private GeneratedMessages() {
  }

  static Arbitrary<String> text() {
    return Arbitraries.frequencyOf(
        Tuple.of(4, Arbitraries.strings().all().ofMaxLength(12).filter(GeneratedMessages::wellFormed)),
        Tuple.of(2, Arbitraries.of("", "#tag", "Москва", "🇷🇺📍", "a\"b\\c\n\t\u0000", "NaN", "null",
            "2023-03-20T09:34:56Z", "\u2028", "\uFEFF")));
  }

  static Arbitrary<String> nullableText() {
    return text().injectNull(0.3);
  }

  static Arbitrary<Long> nullableLong() {
    return Arbitraries.longs().injectNull(0.3);
  }

  /** Doubles of every kind: a standard arbitrary with its special values, and any bit pattern at all. */
  static Arbitrary<Double> anyDouble() {
    return Arbitraries.oneOf(
        Arbitraries.doubles().withStandardSpecialValues().withSpecialValue(-0.0),
        Arbitraries.longs().map(Double::longBitsToDouble));
  }

  static Arbitrary<Double> nullableDouble() {
    return anyDouble().injectNull(0.3);
  }

  static Arbitrary<Timestamp> timestamp() {
    Arbitrary<Integer> nanos = Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.just(0)), Tuple.of(1, Arbitraries.integers().between(0, 999_999_999)));
    Arbitrary<Timestamp> utc = Combinators.combine(
            Arbitraries.longs().between(Instant.MIN.getEpochSecond(), Instant.MAX.getEpochSecond()), nanos)
        .as((s, n) -> Timestamp.of(Instant.ofEpochSecond(s, n)));
    long minLocal = LocalDateTime.MIN.toEpochSecond(ZoneOffset.UTC);
    long maxLocal = LocalDateTime.MAX.toEpochSecond(ZoneOffset.UTC);
    Arbitrary<Timestamp> local = Combinators.combine(Arbitraries.longs().between(minLocal, maxLocal), nanos)
        .as((s, n) -> Timestamp.ofLocal(LocalDateTime.ofEpochSecond(s, n, ZoneOffset.UTC)));
    Arbitrary<Timestamp> recent = Arbitraries.longs().between(0, 2_000_000_000L)
        .map(s -> Timestamp.of(Instant.ofEpochSecond(s)));
    return Arbitraries.oneOf(utc, local, recent);
  }

  /** Offsets in order: {@code [start, end]}. */
  private static Arbitrary<int[]> span() {
    return Combinators.combine(Arbitraries.integers().greaterOrEqual(0), Arbitraries.integers().greaterOrEqual(0))
        .as((a, b) -> new int[] {Math.min(a, b), Math.max(a, b)});
  }

  static Arbitrary<Hashtag> hashtag() {
    return Combinators.combine(text(), span(), nullableText(), nullableText())
        .as((t, s, tag, u) -> new Hashtag(t, s[0], s[1], tag, u));
  }

  static Arbitrary<Mention> mention() {
    return Combinators.combine(text(), span(), nullableText(), nullableLong())
        .as((t, s, u, id) -> new Mention(t, s[0], s[1], u, id));
  }

  static Arbitrary<Cashtag> cashtag() {
    return Combinators.combine(text(), span(), nullableText(), nullableText())
        .as((t, s, sym, u) -> new Cashtag(t, s[0], s[1], sym, u));
  }

  static Arbitrary<Link> link() {
    return Combinators.combine(text(), span(), nullableText(), Arbitraries.of(Link.LinkType.class),
            Arbitraries.of(true, false))
        .as((t, s, url, type, lost) -> new Link(t, s[0], s[1], url, type, lost));
  }

  static Arbitrary<EmojiMarker> emoji() {
    return Combinators.combine(text(), span(), nullableText(), Arbitraries.of(true, false), nullableText())
        .as((t, s, name, lineStart, region) -> new EmojiMarker(t, s[0], s[1], name, lineStart, region));
  }

  static Arbitrary<DateMention> date() {
    return Combinators.combine(text(), span(), text(), Arbitraries.of(DatePrecision.class),
            Arbitraries.of(true, false), nullableText())
        .as((t, s, v, pr, inferred, endValue) -> new DateMention(t, s[0], s[1], v, pr, inferred, endValue));
  }

  static Arbitrary<Place> place() {
    return Combinators.combine(text(), span(), nullableText(), Arbitraries.of(Place.PlaceKind.class),
            nullableText(), nullableDouble(), nullableDouble())
        .as((t, s, name, kind, cc, lat, lon) -> new Place(t, s[0], s[1], name, kind, cc, lat, lon));
  }

  static Arbitrary<Dateline> dateline() {
    return Combinators.combine(text(), span(), place(), date().injectNull(0.3))
        .as((t, s, p, d) -> new Dateline(t, s[0], s[1], p, d));
  }

  /** @return names a newer Telegram might use: never one this version knows */
  private static Arbitrary<String> unknownName() {
    return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8).map(s -> "future_" + s);
  }

  /** @return a known name of the enum, or an unknown one (read as {@code OTHER}) */
  private static Arbitrary<String> typeName(String[] known) {
    return Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.of(known)), Tuple.of(1, unknownName()));
  }

  static Arbitrary<TextEntity> textEntity() {
    String[] known = Arrays.stream(TextEntityType.values()).map(TextEntityType::jsonName)
        .filter(n -> n != null).toArray(String[]::new);
    return Combinators.combine(text(), span(), typeName(known), nullableText(), nullableText(), nullableLong(),
            nullableText(), Arbitraries.of(true, false).injectNull(0.5))
        .as((t, s, type, href, lang, user, doc, collapsed) ->
            new TextEntity(t, s[0], s[1], type, href, lang, user, doc, collapsed));
  }

  static Arbitrary<Reaction> reaction() {
    String[] known = Arrays.stream(ReactionType.values()).map(ReactionType::jsonName)
        .filter(n -> n != null).toArray(String[]::new);
    return Combinators.combine(typeName(known), nullableText(), nullableText(), nullableLong())
        .as(Reaction::new);
  }

  static Arbitrary<Poll> poll() {
    Arbitrary<Poll.Answer> answer = Combinators.combine(nullableText(), nullableLong(),
        Arbitraries.of(true, false).injectNull(0.3)).as(Poll.Answer::new);
    return Combinators.combine(nullableText(), Arbitraries.of(true, false).injectNull(0.3), nullableLong(),
        answer.list().ofMaxSize(3)).as(Poll::new);
  }

  static Arbitrary<Media> media() {
    String[] known = Arrays.stream(MediaKind.values()).map(MediaKind::jsonName)
        .filter(n -> n != null).toArray(String[]::new);
    return typeName(known).flatMap(kind -> Builders.withBuilder(() -> Media.builder(kind))
        .use(nullableText()).in(Media.Builder::label)
        .use(nullableText()).in(Media.Builder::file)
        .use(nullableText()).in(Media.Builder::fileName)
        .use(nullableText()).in(Media.Builder::mimeType)
        .use(nullableLong()).in(Media.Builder::fileSize)
        .use(nullableLong()).in(Media.Builder::durationSeconds)
        .use(Arbitraries.integers().injectNull(0.3)).in(Media.Builder::width)
        .use(Arbitraries.integers().injectNull(0.3)).in(Media.Builder::height)
        .use(nullableText()).in(Media.Builder::title)
        .use(nullableText()).in(Media.Builder::performer)
        .use(nullableText()).in(Media.Builder::emoji)
        .use(poll().injectNull(0.6)).in(Media.Builder::poll)
        .use(Combinators.combine(nullableText(), nullableText(), nullableText()).as(Contact::new).injectNull(0.6))
        .in(Media.Builder::contact)
        .use(nullableDouble()).in(Media.Builder::latitude)
        .use(nullableDouble()).in(Media.Builder::longitude)
        .build(Media.Builder::build));
  }

  /**
   * {@code actionDetails} values as the readers make them: strings, {@link Long}s, finite {@link Double}s (a
   * non-finite one is written as a string: see {@code KnownLossesTest}), booleans, null, lists and maps, three deep.
   */
  static Arbitrary<Object> detailValue() {
    Arbitrary<Object> leaf = Arbitraries.oneOf(text(), Arbitraries.longs(),
        anyDouble().filter(d -> Double.isFinite(d)), Arbitraries.of(true, false), Arbitraries.just(null));
    return Arbitraries.recursive(() -> leaf, v -> Arbitraries.oneOf(leaf,
        v.list().ofMaxSize(3).map(l -> (Object) new ArrayList<>(l)),
        Arbitraries.maps(detailKey(), v).ofMaxSize(3).map(m -> (Object) m)), 0, 3);
  }

  static Arbitrary<Map<String, Object>> details() {
    return Arbitraries.maps(detailKey(), detailValue()).ofMaxSize(4);
  }

  /** Keys of {@code actionDetails}: any text. */
  static Arbitrary<String> detailKey() {
    return text();
  }

  /** @return whether every surrogate in the text is half of a pair */
  static boolean wellFormed(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return false;
      }
    }
    return true;
  }

  static Arbitrary<SourceRef> source() {
    return Combinators.combine(text(), Arbitraries.longs().greaterOrEqual(1), Arbitraries.longs().greaterOrEqual(0))
        .as((f, start, extra) -> new SourceRef(f, start, start + Math.min(extra, Long.MAX_VALUE - start)));
  }

  private static <T> Arbitrary<List<T>> few(Arbitrary<T> a) {
    return a.list().ofMaxSize(3);
  }

  static Arbitrary<Message> message() {
    return Builders.withBuilder(Message::builder)
        .use(Arbitraries.of(MessageType.class)).in(Message.Builder::type)
        .use(Arbitraries.longs()).in(Message.Builder::sequence)
        .use(nullableText()).in(Message.Builder::id)
        .use(Combinators.combine(nullableText(), nullableText(), nullableText(), nullableText(), nullableText(),
            nullableLong()).as(Channel::new).injectNull(0.4)).in(Message.Builder::channel)
        .use(nullableText()).in(Message.Builder::permalink)
        .use(timestamp().injectNull(0.2)).in(Message.Builder::date)
        .use(timestamp().injectNull(0.6)).in(Message.Builder::edited)
        .use(nullableText()).in(Message.Builder::from)
        .use(nullableText()).in(Message.Builder::fromId)
        .use(nullableText()).in(Message.Builder::author)
        .use(nullableText()).in(Message.Builder::viaBot)
        .use(text().injectNull(0.6)).in(Message.Builder::forwardedFrom)
        .use(text().injectNull(0.7)).in(Message.Builder::forwardedFromId)
        .use(text().injectNull(0.7)).in(Message.Builder::forwardedFromLink)
        .use(timestamp().injectNull(0.7)).in(Message.Builder::forwardedDate)
        .use(nullableText()).in(Message.Builder::savedFrom)
        .use(Combinators.combine(nullableText(), nullableText(), nullableText()).as(ReplyTo::new).injectNull(0.5))
        .in(Message.Builder::replyTo)
        .use(nullableText()).in(Message.Builder::title)
        .use(text()).in(Message.Builder::text)
        .use(Arbitraries.of(true, false)).in(Message.Builder::duplicateCollapsed)
        .use(few(hashtag())).in(Message.Builder::hashtagEntities)
        .use(few(mention())).in(Message.Builder::mentions)
        .use(few(cashtag())).in(Message.Builder::cashtags)
        .use(few(link())).in(Message.Builder::links)
        .use(few(emoji())).in(Message.Builder::emoji)
        .use(few(date())).in(Message.Builder::dates)
        .use(few(place())).in(Message.Builder::places)
        .use(dateline().injectNull(0.5)).in(Message.Builder::dateline)
        .use(few(textEntity())).in(Message.Builder::entities)
        .use(few(media())).in(Message.Builder::media)
        .use(Combinators.combine(nullableText(), nullableText(), nullableText(), nullableText(), nullableText())
            .as(LinkPreview::new).injectNull(0.5)).in(Message.Builder::linkPreview)
        .use(few(reaction())).in(Message.Builder::reactions)
        .use(nullableLong()).in(Message.Builder::viewCount)
        .use(text().injectNull(0.6)).in(Message.Builder::viewsText)
        .use(text().injectNull(0.5)).in(Message.Builder::action)
        .use(text().injectNull(0.6)).in(Message.Builder::actor)
        .use(text().injectNull(0.6)).in(Message.Builder::actorId)
        .use(details().injectNull(0.3)).in(Message.Builder::actionDetails)
        .use(source()).in(Message.Builder::source)
        .build(Message.Builder::build);
  }
}
