package org.tgparse.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.tgparse.model.Cashtag;
import org.tgparse.model.Channel;
import org.tgparse.model.Contact;
import org.tgparse.model.DateMention;
import org.tgparse.model.Dateline;
import org.tgparse.model.EmojiMarker;
import org.tgparse.model.Hashtag;
import org.tgparse.model.Link;
import org.tgparse.model.LinkPreview;
import org.tgparse.model.Media;
import org.tgparse.model.Mention;
import org.tgparse.model.Message;
import org.tgparse.model.Place;
import org.tgparse.model.Poll;
import org.tgparse.model.Reaction;
import org.tgparse.model.ReplyTo;
import org.tgparse.model.SourceRef;
import org.tgparse.model.TextEntity;
import org.tgparse.model.Timestamp;

/**
 * The record writer as it was before {@link JsonOut}: every call through Jackson's generator. Kept as the oracle
 * that {@link MessageJson} must match byte for byte.
 */
final class JacksonReference {
  private static final JsonFactory FACTORY = new com.fasterxml.jackson.core.JsonFactoryBuilder()
      // Emoji outside the BMP as real UTF-8, not as \uD83C\uDDF7 escape pairs, so the output is readable.
      .enable(com.fasterxml.jackson.core.json.JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
      .build();

  // Field names with their UTF-8 bytes computed once: Jackson copies them instead of encoding them each time
  // (profiled: field names were about 5% of the plain-text pipeline).
  private static final SerializableString F_ACTION = new SerializedString("action");
  private static final SerializableString F_ACTION_DETAILS = new SerializedString("actionDetails");
  private static final SerializableString F_ACTOR = new SerializedString("actor");
  private static final SerializableString F_ACTOR_ID = new SerializedString("actorId");
  private static final SerializableString F_ANSWERS = new SerializedString("answers");
  private static final SerializableString F_AUTHOR = new SerializedString("author");
  private static final SerializableString F_CASHTAGS = new SerializedString("cashtags");
  private static final SerializableString F_CHANNEL = new SerializedString("channel");
  private static final SerializableString F_CHOSEN = new SerializedString("chosen");
  private static final SerializableString F_CLOSED = new SerializedString("closed");
  private static final SerializableString F_COLLAPSED = new SerializedString("collapsed");
  private static final SerializableString F_CONTACT = new SerializedString("contact");
  private static final SerializableString F_COUNT = new SerializedString("count");
  private static final SerializableString F_COUNTRY_CODE = new SerializedString("countryCode");
  private static final SerializableString F_DATE = new SerializedString("date");
  private static final SerializableString F_DATE_IS_LOCAL = new SerializedString("dateIsLocal");
  private static final SerializableString F_DATELINE = new SerializedString("dateline");
  private static final SerializableString F_DATES = new SerializedString("dates");
  private static final SerializableString F_DESCRIPTION = new SerializedString("description");
  private static final SerializableString F_DOCUMENT_ID = new SerializedString("documentId");
  private static final SerializableString F_DUPLICATE_COLLAPSED = new SerializedString("duplicateCollapsed");
  private static final SerializableString F_DURATION_SECONDS = new SerializedString("durationSeconds");
  private static final SerializableString F_EDITED = new SerializedString("edited");
  private static final SerializableString F_EMOJI = new SerializedString("emoji");
  private static final SerializableString F_END = new SerializedString("end");
  private static final SerializableString F_END_LINE = new SerializedString("endLine");
  private static final SerializableString F_END_VALUE = new SerializedString("endValue");
  private static final SerializableString F_ENTITIES = new SerializedString("entities");
  private static final SerializableString F_FILE = new SerializedString("file");
  private static final SerializableString F_FILE_NAME = new SerializedString("fileName");
  private static final SerializableString F_FILE_SIZE = new SerializedString("fileSize");
  private static final SerializableString F_FIRST_NAME = new SerializedString("firstName");
  private static final SerializableString F_FORWARDED_DATE = new SerializedString("forwardedDate");
  private static final SerializableString F_FORWARDED = new SerializedString("forwarded");
  private static final SerializableString F_FORWARDED_FROM = new SerializedString("forwardedFrom");
  private static final SerializableString F_FORWARDED_FROM_ID = new SerializedString("forwardedFromId");
  private static final SerializableString F_FORWARDED_FROM_LINK = new SerializedString("forwardedFromLink");
  private static final SerializableString F_FROM = new SerializedString("from");
  private static final SerializableString F_FROM_ID = new SerializedString("fromId");
  private static final SerializableString F_HASHTAG_ENTITIES = new SerializedString("hashtagEntities");
  private static final SerializableString F_HASHTAGS = new SerializedString("hashtags");
  private static final SerializableString F_HEIGHT = new SerializedString("height");
  private static final SerializableString F_HREF = new SerializedString("href");
  private static final SerializableString F_ID = new SerializedString("id");
  private static final SerializableString F_IMAGE = new SerializedString("image");
  private static final SerializableString F_KIND = new SerializedString("kind");
  private static final SerializableString F_LABEL = new SerializedString("label");
  private static final SerializableString F_LANGUAGE = new SerializedString("language");
  private static final SerializableString F_LAST_NAME = new SerializedString("lastName");
  private static final SerializableString F_LATITUDE = new SerializedString("latitude");
  private static final SerializableString F_LINE_START = new SerializedString("lineStart");
  private static final SerializableString F_LINK = new SerializedString("link");
  private static final SerializableString F_LINK_PREVIEW = new SerializedString("linkPreview");
  private static final SerializableString F_LINKS = new SerializedString("links");
  private static final SerializableString F_LONGITUDE = new SerializedString("longitude");
  private static final SerializableString F_MEDIA = new SerializedString("media");
  private static final SerializableString F_MENTIONS = new SerializedString("mentions");
  private static final SerializableString F_MIME_TYPE = new SerializedString("mimeType");
  private static final SerializableString F_NAME = new SerializedString("name");
  private static final SerializableString F_PEER_ID = new SerializedString("peerId");
  private static final SerializableString F_PERFORMER = new SerializedString("performer");
  private static final SerializableString F_PERMALINK = new SerializedString("permalink");
  private static final SerializableString F_PHONE_NUMBER = new SerializedString("phoneNumber");
  private static final SerializableString F_PLACE = new SerializedString("place");
  private static final SerializableString F_PLACES = new SerializedString("places");
  private static final SerializableString F_POLL = new SerializedString("poll");
  private static final SerializableString F_PRECISION = new SerializedString("precision");
  private static final SerializableString F_QUESTION = new SerializedString("question");
  private static final SerializableString F_REACTIONS = new SerializedString("reactions");
  private static final SerializableString F_REGION_CODE = new SerializedString("regionCode");
  private static final SerializableString F_REPLY_TO = new SerializedString("replyTo");
  private static final SerializableString F_SAVED_FROM = new SerializedString("savedFrom");
  private static final SerializableString F_SEQUENCE = new SerializedString("sequence");
  private static final SerializableString F_SITE_NAME = new SerializedString("siteName");
  private static final SerializableString F_SOURCE = new SerializedString("source");
  private static final SerializableString F_START = new SerializedString("start");
  private static final SerializableString F_START_LINE = new SerializedString("startLine");
  private static final SerializableString F_SUBSCRIBERS = new SerializedString("subscribers");
  private static final SerializableString F_SYMBOL = new SerializedString("symbol");
  private static final SerializableString F_TAG = new SerializedString("tag");
  private static final SerializableString F_TARGET_LOST = new SerializedString("targetLost");
  private static final SerializableString F_TEXT = new SerializedString("text");
  private static final SerializableString F_TITLE = new SerializedString("title");
  private static final SerializableString F_TOTAL_VOTERS = new SerializedString("totalVoters");
  private static final SerializableString F_TYPE = new SerializedString("type");
  private static final SerializableString F_URL = new SerializedString("url");
  private static final SerializableString F_USER_ID = new SerializedString("userId");
  private static final SerializableString F_USERNAME = new SerializedString("username");
  private static final SerializableString F_VALUE = new SerializedString("value");
  private static final SerializableString F_VIA_BOT = new SerializedString("viaBot");
  private static final SerializableString F_VIEWS = new SerializedString("views");
  private static final SerializableString F_VIEWS_TEXT = new SerializedString("viewsText");
  private static final SerializableString F_VOTERS = new SerializedString("voters");
  private static final SerializableString F_WIDTH = new SerializedString("width");
  private static final SerializableString F_YEAR_INFERRED = new SerializedString("yearInferred");

  private JacksonReference() {
  }

  /** Writes a field and its string value (or null); long values through {@link JsonStrings}. */
  private static void str(JsonGenerator g, SerializableString name, String value) throws IOException {
    g.writeFieldName(name);
    g.writeString(value);
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
    StringWriter w = new StringWriter(1024);
    try (JsonGenerator g = FACTORY.createGenerator(w)) {
      write(g, message);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }

  /**
   * Writes one message as a JSON object.
   *
   * @param g the generator
   * @param m the message
   * @throws IOException when writing fails
   */
  public static void write(JsonGenerator g, Message m) throws IOException {
    g.writeStartObject();
    str(g, F_TYPE, m.type().jsonName());
    g.writeFieldName(F_SEQUENCE);
    g.writeNumber(m.sequence());
    str(g, F_ID, m.id());
    writeChannel(g, m.channel());
    str(g, F_PERMALINK, m.permalink());
    writeTimestamp(g, F_DATE, m.date());
    g.writeFieldName(F_DATE_IS_LOCAL);
    g.writeBoolean(m.dateIsLocal());
    writeTimestamp(g, F_EDITED, m.edited());
    str(g, F_FROM, m.from());
    str(g, F_FROM_ID, m.fromId());
    str(g, F_AUTHOR, m.author());
    str(g, F_VIA_BOT, m.viaBot());
    g.writeFieldName(F_FORWARDED);
    g.writeBoolean(m.forward() != null);
    str(g, F_FORWARDED_FROM, m.forward() == null ? null : m.forward().from());
    str(g, F_FORWARDED_FROM_ID, m.forward() == null ? null : m.forward().fromId());
    str(g, F_FORWARDED_FROM_LINK, m.forward() == null ? null : m.forward().link());
    writeTimestamp(g, F_FORWARDED_DATE, m.forward() == null ? null : m.forward().date());
    str(g, F_SAVED_FROM, m.savedFrom());
    writeReplyTo(g, m.replyTo());
    str(g, F_TITLE, m.title());
    str(g, F_TEXT, m.text());
    g.writeFieldName(F_DUPLICATE_COLLAPSED);
    g.writeBoolean(m.duplicateCollapsed());
    g.writeFieldName(F_HASHTAGS);
    g.writeStartArray();
    for (String h : m.hashtags()) {
      g.writeString(h);
    }
    g.writeEndArray();
    g.writeFieldName(F_HASHTAG_ENTITIES);
    g.writeStartArray();
    for (Hashtag h : m.hashtagEntities()) {
      g.writeStartObject();
      span(g, h.text(), h.start(), h.end());
      str(g, F_TAG, h.tag());
      str(g, F_USERNAME, h.username());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeFieldName(F_MENTIONS);
    g.writeStartArray();
    for (Mention x : m.mentions()) {
      g.writeStartObject();
      span(g, x.text(), x.start(), x.end());
      str(g, F_USERNAME, x.username());
      writeLong(g, F_USER_ID, x.userId());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeFieldName(F_CASHTAGS);
    g.writeStartArray();
    for (Cashtag x : m.cashtags()) {
      g.writeStartObject();
      span(g, x.text(), x.start(), x.end());
      str(g, F_SYMBOL, x.symbol());
      str(g, F_USERNAME, x.username());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeFieldName(F_LINKS);
    g.writeStartArray();
    for (Link x : m.links()) {
      g.writeStartObject();
      span(g, x.text(), x.start(), x.end());
      str(g, F_URL, x.url());
      str(g, F_TYPE, x.type().name().toLowerCase(java.util.Locale.ROOT));
      g.writeFieldName(F_TARGET_LOST);
      g.writeBoolean(x.targetLost());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeFieldName(F_EMOJI);
    g.writeStartArray();
    for (EmojiMarker x : m.emoji()) {
      g.writeStartObject();
      span(g, x.text(), x.start(), x.end());
      str(g, F_NAME, x.name());
      g.writeFieldName(F_LINE_START);
      g.writeBoolean(x.lineStart());
      str(g, F_REGION_CODE, x.regionCode());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeFieldName(F_DATES);
    g.writeStartArray();
    for (DateMention x : m.dates()) {
      writeDate(g, x);
    }
    g.writeEndArray();
    g.writeFieldName(F_PLACES);
    g.writeStartArray();
    for (Place x : m.places()) {
      writePlace(g, x);
    }
    g.writeEndArray();
    writeDateline(g, m.dateline());
    g.writeFieldName(F_ENTITIES);
    g.writeStartArray();
    for (TextEntity x : m.entities()) {
      g.writeStartObject();
      str(g, F_TYPE, x.typeName());
      span(g, x.text(), x.start(), x.end());
      if (x.href() != null) {
        str(g, F_HREF, x.href());
      }
      if (x.language() != null) {
        str(g, F_LANGUAGE, x.language());
      }
      if (x.userId() != null) {
        g.writeFieldName(F_USER_ID);
        g.writeNumber(x.userId());
      }
      if (x.documentId() != null) {
        str(g, F_DOCUMENT_ID, x.documentId());
      }
      if (x.collapsed() != null) {
        g.writeFieldName(F_COLLAPSED);
        g.writeBoolean(x.collapsed());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeFieldName(F_MEDIA);
    g.writeStartArray();
    for (Media x : m.media()) {
      writeMedia(g, x);
    }
    g.writeEndArray();
    writeLinkPreview(g, m.linkPreview());
    g.writeFieldName(F_REACTIONS);
    g.writeStartArray();
    for (Reaction r : m.reactions()) {
      g.writeStartObject();
      str(g, F_TYPE, r.typeName());
      str(g, F_EMOJI, r.emoji());
      str(g, F_DOCUMENT_ID, r.documentId());
      writeLong(g, F_COUNT, r.count());
      g.writeEndObject();
    }
    g.writeEndArray();
    writeLong(g, F_VIEWS, m.views() == null ? null : m.views().count());
    str(g, F_VIEWS_TEXT, m.views() == null ? null : m.views().text());
    str(g, F_ACTION, m.service() == null ? null : m.service().action());
    str(g, F_ACTOR, m.service() == null ? null : m.service().actor());
    str(g, F_ACTOR_ID, m.service() == null ? null : m.service().actorId());
    g.writeFieldName(F_ACTION_DETAILS);
    writeValue(g, m.service() == null ? java.util.Map.of() : m.service().details());
    writeSource(g, m.source());
    g.writeEndObject();
  }

  private static void span(JsonGenerator g, String text, int start, int end) throws IOException {
    str(g, F_TEXT, text);
    g.writeFieldName(F_START);
    g.writeNumber(start);
    g.writeFieldName(F_END);
    g.writeNumber(end);
  }

  private static void writeLong(JsonGenerator g, SerializableString name, Long v) throws IOException {
    if (v == null) {
      g.writeFieldName(name);
      g.writeNull();
    } else {
      g.writeFieldName(name);
      g.writeNumber(v);
    }
  }

  private static void writeInt(JsonGenerator g, SerializableString name, Integer v) throws IOException {
    if (v == null) {
      g.writeFieldName(name);
      g.writeNull();
    } else {
      g.writeFieldName(name);
      g.writeNumber(v);
    }
  }

  private static void writeDouble(JsonGenerator g, SerializableString name, Double v) throws IOException {
    if (v == null) {
      g.writeFieldName(name);
      g.writeNull();
    } else {
      g.writeFieldName(name);
      g.writeNumber(v);
    }
  }

  private static void writeBool(JsonGenerator g, SerializableString name, Boolean v) throws IOException {
    if (v == null) {
      g.writeFieldName(name);
      g.writeNull();
    } else {
      g.writeFieldName(name);
      g.writeBoolean(v);
    }
  }

  private static void writeTimestamp(JsonGenerator g, SerializableString name, Timestamp t) throws IOException {
    str(g, name, t == null ? null : t.toString());
  }

  private static void writeChannel(JsonGenerator g, Channel c) throws IOException {
    if (c == null) {
      g.writeFieldName(F_CHANNEL);
      g.writeNull();
      return;
    }
    g.writeFieldName(F_CHANNEL);
    g.writeStartObject();
    str(g, F_NAME, c.name());
    str(g, F_TYPE, c.type());
    str(g, F_ID, c.id());
    str(g, F_USERNAME, c.username());
    str(g, F_DESCRIPTION, c.description());
    writeLong(g, F_SUBSCRIBERS, c.subscribers());
    g.writeEndObject();
  }

  private static void writeReplyTo(JsonGenerator g, ReplyTo r) throws IOException {
    if (r == null) {
      g.writeFieldName(F_REPLY_TO);
      g.writeNull();
      return;
    }
    g.writeFieldName(F_REPLY_TO);
    g.writeStartObject();
    str(g, F_ID, r.id());
    str(g, F_PEER_ID, r.peerId());
    str(g, F_LINK, r.link());
    g.writeEndObject();
  }

  private static void writeDate(JsonGenerator g, DateMention x) throws IOException {
    g.writeStartObject();
    span(g, x.text(), x.start(), x.end());
    str(g, F_VALUE, x.value());
    str(g, F_PRECISION, x.precision().name());
    g.writeFieldName(F_YEAR_INFERRED);
    g.writeBoolean(x.yearInferred());
    str(g, F_END_VALUE, x.endValue());
    g.writeEndObject();
  }

  private static void writePlace(JsonGenerator g, Place x) throws IOException {
    g.writeStartObject();
    span(g, x.text(), x.start(), x.end());
    str(g, F_NAME, x.name());
    str(g, F_KIND, x.placeKind().name().toLowerCase(java.util.Locale.ROOT));
    str(g, F_COUNTRY_CODE, x.countryCode());
    writeDouble(g, F_LATITUDE, x.latitude());
    writeDouble(g, F_LONGITUDE, x.longitude());
    g.writeEndObject();
  }

  private static void writeDateline(JsonGenerator g, Dateline d) throws IOException {
    if (d == null) {
      g.writeFieldName(F_DATELINE);
      g.writeNull();
      return;
    }
    g.writeFieldName(F_DATELINE);
    g.writeStartObject();
    span(g, d.text(), d.start(), d.end());
    g.writeFieldName(F_PLACE);
    writePlace(g, d.place());
    g.writeFieldName(F_DATE);
    if (d.date() == null) {
      g.writeNull();
    } else {
      writeDate(g, d.date());
    }
    g.writeEndObject();
  }

  private static void writeMedia(JsonGenerator g, Media x) throws IOException {
    g.writeStartObject();
    str(g, F_KIND, x.kindName());
    str(g, F_LABEL, x.label());
    str(g, F_FILE, x.file());
    str(g, F_FILE_NAME, x.fileName());
    str(g, F_MIME_TYPE, x.mimeType());
    writeLong(g, F_FILE_SIZE, x.fileSize());
    writeLong(g, F_DURATION_SECONDS, x.durationSeconds());
    writeInt(g, F_WIDTH, x.width());
    writeInt(g, F_HEIGHT, x.height());
    str(g, F_TITLE, x.title());
    str(g, F_PERFORMER, x.performer());
    str(g, F_EMOJI, x.emoji());
    Poll p = x.poll();
    if (p == null) {
      g.writeFieldName(F_POLL);
      g.writeNull();
    } else {
      g.writeFieldName(F_POLL);
      g.writeStartObject();
      str(g, F_QUESTION, p.question());
      writeBool(g, F_CLOSED, p.closed());
      writeLong(g, F_TOTAL_VOTERS, p.totalVoters());
      g.writeFieldName(F_ANSWERS);
      g.writeStartArray();
      for (Poll.Answer a : p.answers()) {
        g.writeStartObject();
        str(g, F_TEXT, a.text());
        writeLong(g, F_VOTERS, a.voters());
        writeBool(g, F_CHOSEN, a.chosen());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    Contact c = x.contact();
    if (c == null) {
      g.writeFieldName(F_CONTACT);
      g.writeNull();
    } else {
      g.writeFieldName(F_CONTACT);
      g.writeStartObject();
      str(g, F_FIRST_NAME, c.firstName());
      str(g, F_LAST_NAME, c.lastName());
      str(g, F_PHONE_NUMBER, c.phoneNumber());
      g.writeEndObject();
    }
    writeDouble(g, F_LATITUDE, x.latitude());
    writeDouble(g, F_LONGITUDE, x.longitude());
    g.writeEndObject();
  }

  private static void writeLinkPreview(JsonGenerator g, LinkPreview p) throws IOException {
    if (p == null) {
      g.writeFieldName(F_LINK_PREVIEW);
      g.writeNull();
      return;
    }
    g.writeFieldName(F_LINK_PREVIEW);
    g.writeStartObject();
    str(g, F_URL, p.url());
    str(g, F_SITE_NAME, p.siteName());
    str(g, F_TITLE, p.title());
    str(g, F_DESCRIPTION, p.description());
    str(g, F_IMAGE, p.image());
    g.writeEndObject();
  }

  private static void writeSource(JsonGenerator g, SourceRef s) throws IOException {
    g.writeFieldName(F_SOURCE);
    g.writeStartObject();
    str(g, F_FILE, s.file());
    g.writeFieldName(F_START_LINE);
    g.writeNumber(s.startLine());
    g.writeFieldName(F_END_LINE);
    g.writeNumber(s.endLine());
    g.writeEndObject();
  }

  /** Writes the plain Java values of {@code actionDetails}: maps, lists, strings, numbers, booleans, null. */
  private static void writeValue(JsonGenerator g, Object v) throws IOException {
    if (v == null) {
      g.writeNull();
    } else if (v instanceof Map) {
      g.writeStartObject();
      for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) {
        g.writeFieldName(String.valueOf(e.getKey()));
        writeValue(g, e.getValue());
      }
      g.writeEndObject();
    } else if (v instanceof List) {
      g.writeStartArray();
      for (Object o : (List<?>) v) {
        writeValue(g, o);
      }
      g.writeEndArray();
    } else if (v instanceof Boolean) {
      g.writeBoolean((Boolean) v);
    } else if (v instanceof Long || v instanceof Integer) {
      g.writeNumber(((Number) v).longValue());
    } else if (v instanceof Number) {
      g.writeNumber(((Number) v).doubleValue());
    } else {
      g.writeString(v.toString());
    }
  }
}
