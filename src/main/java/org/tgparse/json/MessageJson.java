package org.tgparse.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.json.JsonGeneratorImpl;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.tgparse.model.Cashtag;
import org.tgparse.model.Channel;
import org.tgparse.model.Contact;
import org.tgparse.model.DateMention;
import org.tgparse.model.Dateline;
import org.tgparse.model.EmojiMarker;
import org.tgparse.model.Forward;
import org.tgparse.model.Hashtag;
import org.tgparse.model.Link;
import org.tgparse.model.LinkPreview;
import org.tgparse.model.Media;
import org.tgparse.model.Mention;
import org.tgparse.model.Message;
import org.tgparse.model.MessageType;
import org.tgparse.model.Place;
import org.tgparse.model.Poll;
import org.tgparse.model.Reaction;
import org.tgparse.model.ReplyTo;
import org.tgparse.model.ServiceAction;
import org.tgparse.model.SourceRef;
import org.tgparse.model.TextEntity;
import org.tgparse.model.Timestamp;
import org.tgparse.model.Views;
import org.tgparse.read.TgparseException;

/**
 * Writes a {@link Message} as one JSON object, field by field (the field contract is in this one place). Every
 * field is always written, null or empty when absent, so every record has the same keys; {@code docs/json.md}
 * lists them ({@link JsonLinesWriter.Fields#NON_EMPTY} leaves the empty ones out). The compact bytes come from
 * {@link JsonOut}, which gives exactly what Jackson's generator gives for the same calls, several times faster;
 * a caller's own Jackson generator (pretty printing, say) gets the same record through
 * {@link #write(JsonGenerator, Message)}. The way back: {@link #fromJson(String)} for one record,
 * {@link #read(JsonParser)} on a caller's parser, {@link JsonLinesReader} for a file. Thread-safe.
 */
public final class MessageJson {
  private static final JsonFactory FACTORY = new com.fasterxml.jackson.core.JsonFactoryBuilder()
      // Emoji outside the BMP as real UTF-8, not as \uD83C\uDDF7 escape pairs, so the output is readable.
      .enable(com.fasterxml.jackson.core.json.JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
      .build();

  // Field names as written ("name":), encoded once and copied into the output.
  private static final byte[] F_ACTION = JsonOut.fieldName("action");
  private static final byte[] F_ACTION_DETAILS = JsonOut.fieldName("actionDetails");
  private static final byte[] F_ACTOR = JsonOut.fieldName("actor");
  private static final byte[] F_ACTOR_ID = JsonOut.fieldName("actorId");
  private static final byte[] F_ANSWERS = JsonOut.fieldName("answers");
  private static final byte[] F_AUTHOR = JsonOut.fieldName("author");
  private static final byte[] F_CASHTAGS = JsonOut.fieldName("cashtags");
  private static final byte[] F_CHANNEL = JsonOut.fieldName("channel");
  private static final byte[] F_CHOSEN = JsonOut.fieldName("chosen");
  private static final byte[] F_CLOSED = JsonOut.fieldName("closed");
  private static final byte[] F_COLLAPSED = JsonOut.fieldName("collapsed");
  private static final byte[] F_CONTACT = JsonOut.fieldName("contact");
  private static final byte[] F_COUNT = JsonOut.fieldName("count");
  private static final byte[] F_COUNTRY_CODE = JsonOut.fieldName("countryCode");
  private static final byte[] F_DATE = JsonOut.fieldName("date");
  private static final byte[] F_DATE_IS_LOCAL = JsonOut.fieldName("dateIsLocal");
  private static final byte[] F_DATELINE = JsonOut.fieldName("dateline");
  private static final byte[] F_DATES = JsonOut.fieldName("dates");
  private static final byte[] F_DESCRIPTION = JsonOut.fieldName("description");
  private static final byte[] F_DOCUMENT_ID = JsonOut.fieldName("documentId");
  private static final byte[] F_DUPLICATE_COLLAPSED = JsonOut.fieldName("duplicateCollapsed");
  private static final byte[] F_DURATION_SECONDS = JsonOut.fieldName("durationSeconds");
  private static final byte[] F_EDITED = JsonOut.fieldName("edited");
  private static final byte[] F_EMOJI = JsonOut.fieldName("emoji");
  private static final byte[] F_END = JsonOut.fieldName("end");
  private static final byte[] F_END_LINE = JsonOut.fieldName("endLine");
  private static final byte[] F_END_VALUE = JsonOut.fieldName("endValue");
  private static final byte[] F_ENTITIES = JsonOut.fieldName("entities");
  private static final byte[] F_FILE = JsonOut.fieldName("file");
  private static final byte[] F_FILE_NAME = JsonOut.fieldName("fileName");
  private static final byte[] F_FILE_SIZE = JsonOut.fieldName("fileSize");
  private static final byte[] F_FIRST_NAME = JsonOut.fieldName("firstName");
  private static final byte[] F_FORWARDED_DATE = JsonOut.fieldName("forwardedDate");
  private static final byte[] F_FORWARDED = JsonOut.fieldName("forwarded");
  private static final byte[] F_FORWARDED_FROM = JsonOut.fieldName("forwardedFrom");
  private static final byte[] F_FORWARDED_FROM_ID = JsonOut.fieldName("forwardedFromId");
  private static final byte[] F_FORWARDED_FROM_LINK = JsonOut.fieldName("forwardedFromLink");
  private static final byte[] F_FROM = JsonOut.fieldName("from");
  private static final byte[] F_FROM_ID = JsonOut.fieldName("fromId");
  private static final byte[] F_HASHTAG_ENTITIES = JsonOut.fieldName("hashtagEntities");
  private static final byte[] F_HASHTAGS = JsonOut.fieldName("hashtags");
  private static final byte[] F_HEIGHT = JsonOut.fieldName("height");
  private static final byte[] F_HREF = JsonOut.fieldName("href");
  private static final byte[] F_ID = JsonOut.fieldName("id");
  private static final byte[] F_IMAGE = JsonOut.fieldName("image");
  private static final byte[] F_KIND = JsonOut.fieldName("kind");
  private static final byte[] F_LABEL = JsonOut.fieldName("label");
  private static final byte[] F_LANGUAGE = JsonOut.fieldName("language");
  private static final byte[] F_LAST_NAME = JsonOut.fieldName("lastName");
  private static final byte[] F_LATITUDE = JsonOut.fieldName("latitude");
  private static final byte[] F_LINE_START = JsonOut.fieldName("lineStart");
  private static final byte[] F_LINK = JsonOut.fieldName("link");
  private static final byte[] F_LINK_PREVIEW = JsonOut.fieldName("linkPreview");
  private static final byte[] F_LINKS = JsonOut.fieldName("links");
  private static final byte[] F_LONGITUDE = JsonOut.fieldName("longitude");
  private static final byte[] F_MEDIA = JsonOut.fieldName("media");
  private static final byte[] F_MENTIONS = JsonOut.fieldName("mentions");
  private static final byte[] F_MIME_TYPE = JsonOut.fieldName("mimeType");
  private static final byte[] F_NAME = JsonOut.fieldName("name");
  private static final byte[] F_PEER_ID = JsonOut.fieldName("peerId");
  private static final byte[] F_PERFORMER = JsonOut.fieldName("performer");
  private static final byte[] F_PERMALINK = JsonOut.fieldName("permalink");
  private static final byte[] F_PHONE_NUMBER = JsonOut.fieldName("phoneNumber");
  private static final byte[] F_PLACE = JsonOut.fieldName("place");
  private static final byte[] F_PLACES = JsonOut.fieldName("places");
  private static final byte[] F_POLL = JsonOut.fieldName("poll");
  private static final byte[] F_PRECISION = JsonOut.fieldName("precision");
  private static final byte[] F_QUESTION = JsonOut.fieldName("question");
  private static final byte[] F_REACTIONS = JsonOut.fieldName("reactions");
  private static final byte[] F_REGION_CODE = JsonOut.fieldName("regionCode");
  private static final byte[] F_REPLY_TO = JsonOut.fieldName("replyTo");
  private static final byte[] F_SAVED_FROM = JsonOut.fieldName("savedFrom");
  private static final byte[] F_SEQUENCE = JsonOut.fieldName("sequence");
  private static final byte[] F_SITE_NAME = JsonOut.fieldName("siteName");
  private static final byte[] F_SOURCE = JsonOut.fieldName("source");
  private static final byte[] F_START = JsonOut.fieldName("start");
  private static final byte[] F_START_LINE = JsonOut.fieldName("startLine");
  private static final byte[] F_SUBSCRIBERS = JsonOut.fieldName("subscribers");
  private static final byte[] F_SYMBOL = JsonOut.fieldName("symbol");
  private static final byte[] F_TAG = JsonOut.fieldName("tag");
  private static final byte[] F_TARGET_LOST = JsonOut.fieldName("targetLost");
  private static final byte[] F_TEXT = JsonOut.fieldName("text");
  private static final byte[] F_TITLE = JsonOut.fieldName("title");
  private static final byte[] F_TOTAL_VOTERS = JsonOut.fieldName("totalVoters");
  private static final byte[] F_TYPE = JsonOut.fieldName("type");
  private static final byte[] F_URL = JsonOut.fieldName("url");
  private static final byte[] F_USER_ID = JsonOut.fieldName("userId");
  private static final byte[] F_USERNAME = JsonOut.fieldName("username");
  private static final byte[] F_VALUE = JsonOut.fieldName("value");
  private static final byte[] F_VIA_BOT = JsonOut.fieldName("viaBot");
  private static final byte[] F_VIEWS = JsonOut.fieldName("views");
  private static final byte[] F_VIEWS_TEXT = JsonOut.fieldName("viewsText");
  private static final byte[] F_VOTERS = JsonOut.fieldName("voters");
  private static final byte[] F_WIDTH = JsonOut.fieldName("width");
  private static final byte[] F_YEAR_INFERRED = JsonOut.fieldName("yearInferred");

  // Enum values as written (lower case), computed once rather than per record (MessageType.jsonName() lower-cases
  // its name on every call: a String and a StringUTF16.toLowerCase per record).
  private static final String[] MESSAGE_TYPES = lowerCaseNames(MessageType.values());
  private static final String[] LINK_TYPES = lowerCaseNames(Link.LinkType.values());
  private static final String[] PLACE_KINDS = lowerCaseNames(Place.PlaceKind.values());

  // Runs of fields that most records have empty, pre-encoded and written as one copy: field by field they were
  // a quarter of the writing of a Desktop export's record.
  /** {@code forwarded} to {@code forwardedDate} of a message that is not forwarded. */
  private static final byte[] NOT_FORWARDED = fields("\"forwarded\":false,\"forwardedFrom\":null,"
      + "\"forwardedFromId\":null,\"forwardedFromLink\":null,\"forwardedDate\":null");
  /** {@code hashtags} to {@code entities} of a message without any (every record with --no-entities). */
  private static final byte[] NO_ENTITIES = fields("\"hashtags\":[],\"hashtagEntities\":[],\"mentions\":[],"
      + "\"cashtags\":[],\"links\":[],\"emoji\":[],\"dates\":[],\"places\":[],\"dateline\":null,"
      + "\"entities\":[]");
  /** {@code views} to {@code actionDetails} of a message without view count that is not a service message. */
  private static final byte[] NO_VIEWS_NOR_SERVICE = fields("\"views\":null,\"viewsText\":null,"
      + "\"action\":null,\"actor\":null,\"actorId\":null,\"actionDetails\":{}");
  /** {@code poll} to {@code longitude} of a media item that is not a poll, contact or location. */
  private static final byte[] MEDIA_WITHOUT_PARTS = fields("\"poll\":null,\"contact\":null,"
      + "\"latitude\":null,\"longitude\":null");

  private MessageJson() {
  }

  private static byte[] fields(String json) {
    return json.getBytes(StandardCharsets.US_ASCII);
  }

  private static String[] lowerCaseNames(Enum<?>[] values) {
    String[] out = new String[values.length];
    for (Enum<?> v : values) {
      out[v.ordinal()] = v.name().toLowerCase(java.util.Locale.ROOT);
    }
    return out;
  }

  /** @return the shared Jackson factory the writers use */
  public static JsonFactory factory() {
    return FACTORY;
  }

  /**
   * @param message a message
   * @return its compact JSON
   */
  public static String toJson(Message message) {
    return new String(toJsonBytes(message), StandardCharsets.UTF_8);
  }

  /**
   * @param message a message
   * @return its compact JSON as UTF-8 bytes
   */
  public static byte[] toJsonBytes(Message message) {
    Objects.requireNonNull(message, "message");
    JsonOut out = new JsonOut(null, 2048);
    try {
      write(out, message);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // cannot happen: nothing is written to a stream
    }
    return out.toByteArray();
  }

  /**
   * Writes one message as a JSON object through a Jackson generator, which places it as it does any value (after a
   * field name, in an array, after a root value separator). A compact JSON text generator (no pretty printer; the
   * generators of {@link JsonFactory} and of an {@code ObjectMapper}) gets exactly the bytes of
   * {@link #toJsonBytes}, whatever its escaping settings: the record is written as a raw value. Any other generator
   * (pretty printing, a token buffer, another format) gets the record token by token and formats it as usual.
   *
   * @param g the generator
   * @param m the message
   * @throws IOException when writing fails
   */
  public static void write(JsonGenerator g, Message m) throws IOException {
    Objects.requireNonNull(g, "g");
    Objects.requireNonNull(m, "m");
    if (g.getPrettyPrinter() == null && g instanceof JsonGeneratorImpl) {
      // Token by token, a generator of a factory without COMBINE_UNICODE_SURROGATES_IN_UTF8 (an ObjectMapper's, by
      // default) would write an emoji as two escapes: not the bytes the command line prints.
      g.writeRawValue(new SerializedString(toJson(m)));
      return;
    }
    try (JsonParser p = FACTORY.createParser(toJsonBytes(m))) {
      p.nextToken();
      g.copyCurrentStructure(p);
    }
  }

  /**
   * Reads one record, as {@link #write(JsonGenerator, Message)} and the command line write it, from a caller's
   * parser: the inverse of writing, so that {@code read(write(m))} equals {@code m}. Fields may come in any order;
   * unknown fields are skipped (a newer version's); an absent field reads as null or empty, except {@code type},
   * {@code sequence}, {@code text}, {@code duplicateCollapsed}, {@code source} and the parts of nested objects
   * that the model requires. {@code hashtags} and {@code dateIsLocal} are derived again, not read.
   *
   * @param p the parser: before the record, on its {@code START_OBJECT}, or on its first {@code FIELD_NAME} (as
   *     Jackson Databind hands a value to a deserializer)
   * @return the message; the parser is left on the record's {@code END_OBJECT}
   * @throws IOException when the parser fails or the record is not one: a
   *     {@link com.fasterxml.jackson.core.JsonParseException} located at the offending value, whose message says
   *     {@code <JSON pointer>: expected X, found Y}
   */
  public static Message read(JsonParser p) throws IOException {
    return MessageParser.read(p);
  }

  /**
   * Reads one record from its JSON text (a line of the command line's output).
   *
   * @param json one JSON object, with nothing after it but whitespace
   * @return the message
   * @throws TgparseException when the text is not one record; its line and column (1-based, in UTF-16 units) point
   *     at the offending value, and its message says {@code <JSON pointer>: expected X, found Y}
   */
  public static Message fromJson(String json) {
    java.util.Objects.requireNonNull(json, "json");
    JsonLocation start = null;
    try (JsonParser p = FACTORY.createParser(json)) {
      if (p.nextToken() == JsonToken.START_OBJECT) {
        start = p.currentTokenLocation(); // for the message when the record is cut short
      }
      Message m = MessageParser.read(p);
      if (p.nextToken() != null) {
        throw ReadErrors.expected(p, "the end of the input after the record");
      }
      return m;
    } catch (JsonProcessingException e) {
      throw ReadErrors.unchecked("<string>", e, start, null, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // cannot happen: the input is a string
    }
  }

  /**
   * Writes one message as a JSON object.
   *
   * <p>How the code is cut, for the JIT: {@link JsonOut}'s methods are small and inline into their callers; the
   * record's parts ({@code write} itself, {@link #writeEntities}, {@link #writeMedia}) are each larger than C2
   * inlines (325 bytes of bytecode), so each is compiled once, on its own, and not again inside every caller (one
   * method with the whole record inlined was the largest compilation of the pipeline, 60 KB of machine code,
   * compiled again in each caller while the run went slowly). Keep them so when adding fields.
   *
   * @param g where to
   * @param m the message
   * @throws IOException when writing fails
   */
  static void write(JsonOut g, Message m) throws IOException {
    g.beginObject();
    g.stringField(F_TYPE, MESSAGE_TYPES[m.type().ordinal()]);
    g.name(F_SEQUENCE);
    g.number(m.sequence());
    g.stringField(F_ID, m.id());
    writeChannel(g, m.channel());
    g.stringField(F_PERMALINK, m.permalink());
    writeTimestamp(g, F_DATE, m.date());
    g.name(F_DATE_IS_LOCAL);
    g.bool(m.dateIsLocal());
    writeTimestamp(g, F_EDITED, m.edited());
    g.stringField(F_FROM, m.from());
    g.stringField(F_FROM_ID, m.fromId());
    g.stringField(F_AUTHOR, m.author());
    g.stringField(F_VIA_BOT, m.viaBot());
    Forward forward = m.forward();
    if (forward == null) {
      g.rawValue(NOT_FORWARDED);
    } else {
      g.name(F_FORWARDED);
      g.bool(true);
      g.stringField(F_FORWARDED_FROM, forward.from());
      g.stringField(F_FORWARDED_FROM_ID, forward.fromId());
      g.stringField(F_FORWARDED_FROM_LINK, forward.link());
      writeTimestamp(g, F_FORWARDED_DATE, forward.date());
    }
    g.stringField(F_SAVED_FROM, m.savedFrom());
    writeReplyTo(g, m.replyTo());
    g.stringField(F_TITLE, m.title());
    g.stringField(F_TEXT, m.text());
    g.name(F_DUPLICATE_COLLAPSED);
    g.bool(m.duplicateCollapsed());
    if (hasNoEntities(m)) {
      g.rawValue(NO_ENTITIES); // what --no-entities gives every record: one copy for ten fields
    } else {
      writeEntities(g, m);
    }
    writeMediaList(g, m.media());
    writeLinkPreview(g, m.linkPreview());
    writeReactions(g, m.reactions());
    writeViewsAndService(g, m.views(), m.service());
    SourceRef source = m.source();
    g.name(F_SOURCE);
    g.beginObject();
    g.stringField(F_FILE, source.file());
    g.name(F_START_LINE);
    g.number(source.startLine());
    g.name(F_END_LINE);
    g.number(source.endLine());
    g.endObject();
    g.endObject();
  }

  /**
   * {@code hashtags} to {@code entities}: one part of the record writer, compiled on its own (it is larger than C2
   * inlines), so that the records without any (most) do not carry its code.
   */
  private static void writeEntities(JsonOut g, Message m) throws IOException {
    writeHashtags(g, m.hashtagEntities());
    g.name(F_HASHTAG_ENTITIES);
    g.beginArray();
    for (Hashtag h : m.hashtagEntities()) {
      g.beginObject();
      span(g, h.text(), h.start(), h.end());
      g.stringField(F_TAG, h.tag());
      g.stringField(F_USERNAME, h.username());
      g.endObject();
    }
    g.endArray();
    g.name(F_MENTIONS);
    g.beginArray();
    for (Mention x : m.mentions()) {
      g.beginObject();
      span(g, x.text(), x.start(), x.end());
      g.stringField(F_USERNAME, x.username());
      writeLong(g, F_USER_ID, x.userId());
      g.endObject();
    }
    g.endArray();
    g.name(F_CASHTAGS);
    g.beginArray();
    for (Cashtag x : m.cashtags()) {
      g.beginObject();
      span(g, x.text(), x.start(), x.end());
      g.stringField(F_SYMBOL, x.symbol());
      g.stringField(F_USERNAME, x.username());
      g.endObject();
    }
    g.endArray();
    g.name(F_LINKS);
    g.beginArray();
    for (Link x : m.links()) {
      g.beginObject();
      span(g, x.text(), x.start(), x.end());
      g.stringField(F_URL, x.url());
      g.stringField(F_TYPE, LINK_TYPES[x.type().ordinal()]);
      g.name(F_TARGET_LOST);
      g.bool(x.targetLost());
      g.endObject();
    }
    g.endArray();
    g.name(F_EMOJI);
    g.beginArray();
    for (EmojiMarker x : m.emoji()) {
      g.beginObject();
      span(g, x.text(), x.start(), x.end());
      g.stringField(F_NAME, x.name());
      g.name(F_LINE_START);
      g.bool(x.lineStart());
      g.stringField(F_REGION_CODE, x.regionCode());
      g.endObject();
    }
    g.endArray();
    g.name(F_DATES);
    g.beginArray();
    for (DateMention x : m.dates()) {
      writeDate(g, x);
    }
    g.endArray();
    g.name(F_PLACES);
    g.beginArray();
    for (Place x : m.places()) {
      writePlace(g, x);
    }
    g.endArray();
    writeDateline(g, m.dateline());
    g.name(F_ENTITIES);
    g.beginArray();
    for (TextEntity x : m.entities()) {
      writeTextEntity(g, x);
    }
    g.endArray();
  }

  /** @return true when the record has nothing of {@code hashtags} to {@code entities}: {@link #NO_ENTITIES} */
  private static boolean hasNoEntities(Message m) {
    return m.hashtagEntities().isEmpty() && m.mentions().isEmpty() && m.cashtags().isEmpty()
        && m.links().isEmpty() && m.emoji().isEmpty() && m.dates().isEmpty() && m.places().isEmpty()
        && m.dateline() == null && m.entities().isEmpty();
  }

  /**
   * {@code hashtags}: the distinct texts of the hashtag entities in order of first appearance, as
   * {@link Message#hashtags()} gives them, but without building a set and a list for every record: a message has
   * a few hashtags, and comparing each with those before it is cheaper.
   */
  private static void writeHashtags(JsonOut g, List<Hashtag> tags) throws IOException {
    g.name(F_HASHTAGS);
    g.beginArray();
    int n = tags.size();
    if (n > 32) {
      java.util.Set<String> seen = new java.util.HashSet<>();
      for (Hashtag h : tags) {
        if (seen.add(h.text())) {
          g.string(h.text());
        }
      }
    } else {
      for (int i = 0; i < n; i++) {
        String text = tags.get(i).text();
        if (!seenBefore(tags, i, text)) {
          g.string(text);
        }
      }
    }
    g.endArray();
  }

  /** @return true when one of the first {@code i} tags has this text */
  private static boolean seenBefore(List<Hashtag> tags, int i, String text) {
    for (int j = 0; j < i; j++) {
      if (tags.get(j).text().equals(text)) {
        return true;
      }
    }
    return false;
  }

  /** One formatting entity: only the optional fields it has (an entity's own shape, unlike the record's). */
  private static void writeTextEntity(JsonOut g, TextEntity x) throws IOException {
    g.beginObject();
    g.stringField(F_TYPE, x.typeName());
    span(g, x.text(), x.start(), x.end());
    if (x.href() != null) {
      g.stringField(F_HREF, x.href());
    }
    if (x.language() != null) {
      g.stringField(F_LANGUAGE, x.language());
    }
    if (x.userId() != null) {
      g.name(F_USER_ID);
      g.number(x.userId());
    }
    if (x.documentId() != null) {
      g.stringField(F_DOCUMENT_ID, x.documentId());
    }
    if (x.collapsed() != null) {
      g.name(F_COLLAPSED);
      g.bool(x.collapsed());
    }
    g.endObject();
  }

  private static void writeMediaList(JsonOut g, List<Media> media) throws IOException {
    g.name(F_MEDIA);
    g.beginArray();
    for (Media x : media) {
      writeMedia(g, x);
    }
    g.endArray();
  }

  private static void writeReactions(JsonOut g, List<Reaction> reactions) throws IOException {
    g.name(F_REACTIONS);
    g.beginArray();
    for (Reaction r : reactions) {
      g.beginObject();
      g.stringField(F_TYPE, r.typeName());
      g.stringField(F_EMOJI, r.emoji());
      g.stringField(F_DOCUMENT_ID, r.documentId());
      writeLong(g, F_COUNT, r.count());
      g.endObject();
    }
    g.endArray();
  }

  /** {@code views} to {@code actionDetails}. */
  private static void writeViewsAndService(JsonOut g, Views views, ServiceAction service) throws IOException {
    if (views == null && service == null) {
      g.rawValue(NO_VIEWS_NOR_SERVICE);
      return;
    }
    writeLong(g, F_VIEWS, views == null ? null : views.count());
    g.stringField(F_VIEWS_TEXT, views == null ? null : views.text());
    g.stringField(F_ACTION, service == null ? null : service.action());
    g.stringField(F_ACTOR, service == null ? null : service.actor());
    g.stringField(F_ACTOR_ID, service == null ? null : service.actorId());
    g.name(F_ACTION_DETAILS);
    writeValue(g, service == null ? Map.of() : service.details());
  }

  private static void span(JsonOut g, String text, int start, int end) throws IOException {
    g.stringField(F_TEXT, text);
    g.name(F_START);
    g.number(start);
    g.name(F_END);
    g.number(end);
  }

  private static void writeLong(JsonOut g, byte[] name, Long v) throws IOException {
    if (v == null) {
      g.nullField(name);
    } else {
      g.name(name);
      g.number(v);
    }
  }

  private static void writeInt(JsonOut g, byte[] name, Integer v) throws IOException {
    if (v == null) {
      g.nullField(name);
    } else {
      g.name(name);
      g.number(v);
    }
  }

  private static void writeDouble(JsonOut g, byte[] name, Double v) throws IOException {
    if (v == null) {
      g.nullField(name);
    } else {
      g.name(name);
      g.number(v);
    }
  }

  private static void writeBool(JsonOut g, byte[] name, Boolean v) throws IOException {
    if (v == null) {
      g.nullField(name);
    } else {
      g.name(name);
      g.bool(v);
    }
  }

  private static void writeTimestamp(JsonOut g, byte[] name, Timestamp t) throws IOException {
    g.stringField(name, t == null ? null : t.toString());
  }

  private static void writeChannel(JsonOut g, Channel c) throws IOException {
    if (c == null) {
      g.nullField(F_CHANNEL);
      return;
    }
    g.name(F_CHANNEL);
    g.beginObject();
    g.stringField(F_NAME, c.name());
    g.stringField(F_TYPE, c.type());
    g.stringField(F_ID, c.id());
    g.stringField(F_USERNAME, c.username());
    g.stringField(F_DESCRIPTION, c.description());
    writeLong(g, F_SUBSCRIBERS, c.subscribers());
    g.endObject();
  }

  private static void writeReplyTo(JsonOut g, ReplyTo r) throws IOException {
    if (r == null) {
      g.nullField(F_REPLY_TO);
      return;
    }
    g.name(F_REPLY_TO);
    g.beginObject();
    g.stringField(F_ID, r.id());
    g.stringField(F_PEER_ID, r.peerId());
    g.stringField(F_LINK, r.link());
    g.endObject();
  }

  private static void writeDate(JsonOut g, DateMention x) throws IOException {
    g.beginObject();
    span(g, x.text(), x.start(), x.end());
    g.stringField(F_VALUE, x.value());
    g.stringField(F_PRECISION, x.precision().name());
    g.name(F_YEAR_INFERRED);
    g.bool(x.yearInferred());
    g.stringField(F_END_VALUE, x.endValue());
    g.endObject();
  }

  private static void writePlace(JsonOut g, Place x) throws IOException {
    g.beginObject();
    span(g, x.text(), x.start(), x.end());
    g.stringField(F_NAME, x.name());
    g.stringField(F_KIND, PLACE_KINDS[x.placeKind().ordinal()]);
    g.stringField(F_COUNTRY_CODE, x.countryCode());
    writeDouble(g, F_LATITUDE, x.latitude());
    writeDouble(g, F_LONGITUDE, x.longitude());
    g.endObject();
  }

  private static void writeDateline(JsonOut g, Dateline d) throws IOException {
    if (d == null) {
      g.nullField(F_DATELINE);
      return;
    }
    g.name(F_DATELINE);
    g.beginObject();
    span(g, d.text(), d.start(), d.end());
    g.name(F_PLACE);
    writePlace(g, d.place());
    g.name(F_DATE);
    if (d.date() == null) {
      g.nullValue();
    } else {
      writeDate(g, d.date());
    }
    g.endObject();
  }

  private static void writeMedia(JsonOut g, Media x) throws IOException {
    g.beginObject();
    g.stringField(F_KIND, x.kindName());
    g.stringField(F_LABEL, x.label());
    g.stringField(F_FILE, x.file());
    g.stringField(F_FILE_NAME, x.fileName());
    g.stringField(F_MIME_TYPE, x.mimeType());
    writeLong(g, F_FILE_SIZE, x.fileSize());
    writeLong(g, F_DURATION_SECONDS, x.durationSeconds());
    writeInt(g, F_WIDTH, x.width());
    writeInt(g, F_HEIGHT, x.height());
    g.stringField(F_TITLE, x.title());
    g.stringField(F_PERFORMER, x.performer());
    g.stringField(F_EMOJI, x.emoji());
    if (x.poll() == null && x.contact() == null && x.latitude() == null && x.longitude() == null) {
      g.rawValue(MEDIA_WITHOUT_PARTS);
    } else {
      Poll p = x.poll();
      if (p == null) {
        g.nullField(F_POLL);
      } else {
        g.name(F_POLL);
        g.beginObject();
        g.stringField(F_QUESTION, p.question());
        writeBool(g, F_CLOSED, p.closed());
        writeLong(g, F_TOTAL_VOTERS, p.totalVoters());
        g.name(F_ANSWERS);
        g.beginArray();
        for (Poll.Answer a : p.answers()) {
          g.beginObject();
          g.stringField(F_TEXT, a.text());
          writeLong(g, F_VOTERS, a.voters());
          writeBool(g, F_CHOSEN, a.chosen());
          g.endObject();
        }
        g.endArray();
        g.endObject();
      }
      writeContact(g, x.contact());
      writeDouble(g, F_LATITUDE, x.latitude());
      writeDouble(g, F_LONGITUDE, x.longitude());
    }
    g.endObject();
  }

  private static void writeContact(JsonOut g, Contact c) throws IOException {
    if (c == null) {
      g.nullField(F_CONTACT);
      return;
    }
    g.name(F_CONTACT);
    g.beginObject();
    g.stringField(F_FIRST_NAME, c.firstName());
    g.stringField(F_LAST_NAME, c.lastName());
    g.stringField(F_PHONE_NUMBER, c.phoneNumber());
    g.endObject();
  }

  private static void writeLinkPreview(JsonOut g, LinkPreview p) throws IOException {
    if (p == null) {
      g.nullField(F_LINK_PREVIEW);
      return;
    }
    g.name(F_LINK_PREVIEW);
    g.beginObject();
    g.stringField(F_URL, p.url());
    g.stringField(F_SITE_NAME, p.siteName());
    g.stringField(F_TITLE, p.title());
    g.stringField(F_DESCRIPTION, p.description());
    g.stringField(F_IMAGE, p.image());
    g.endObject();
  }

  /** Writes the plain Java values of {@code actionDetails}: maps, lists, strings, numbers, booleans, null. */
  private static void writeValue(JsonOut g, Object v) throws IOException {
    if (v == null) {
      g.nullValue();
    } else if (v instanceof Map) {
      g.beginObject();
      for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) {
        g.name(String.valueOf(e.getKey()));
        writeValue(g, e.getValue());
      }
      g.endObject();
    } else if (v instanceof List) {
      g.beginArray();
      for (Object o : (List<?>) v) {
        writeValue(g, o);
      }
      g.endArray();
    } else if (v instanceof Boolean) {
      g.bool((Boolean) v);
    } else if (v instanceof Long || v instanceof Integer) {
      g.number(((Number) v).longValue());
    } else if (v instanceof Number) {
      g.number(((Number) v).doubleValue());
    } else {
      g.string(v.toString());
    }
  }
}
