package org.tgparse.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
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
 * Writes a {@link Message} as one JSON object, field by field with Jackson's streaming generator (faster than
 * data binding, and the field contract is in one place). Every field is always written, null or empty when
 * absent, so every record has the same keys; the README lists them. Thread-safe.
 */
public final class MessageJson {
  private static final JsonFactory FACTORY = JsonFactory.builder()
      // Emoji outside the BMP as real UTF-8, not as \uD83C\uDDF7 escape pairs, so the output is readable.
      .enable(com.fasterxml.jackson.core.json.JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
      .build();

  private MessageJson() {
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
    g.writeStringField("type", m.type().jsonName());
    g.writeNumberField("sequence", m.sequence());
    g.writeStringField("id", m.id());
    writeChannel(g, m.channel());
    g.writeStringField("permalink", m.permalink());
    writeTimestamp(g, "date", m.date());
    g.writeBooleanField("dateIsLocal", m.dateIsLocal());
    writeTimestamp(g, "edited", m.edited());
    g.writeStringField("from", m.from());
    g.writeStringField("fromId", m.fromId());
    g.writeStringField("author", m.author());
    g.writeStringField("viaBot", m.viaBot());
    g.writeStringField("forwardedFrom", m.forwardedFrom());
    g.writeStringField("forwardedFromId", m.forwardedFromId());
    g.writeStringField("forwardedFromLink", m.forwardedFromLink());
    writeTimestamp(g, "forwardedDate", m.forwardedDate());
    g.writeStringField("savedFrom", m.savedFrom());
    writeReplyTo(g, m.replyTo());
    g.writeStringField("title", m.title());
    g.writeStringField("text", m.text());
    g.writeBooleanField("duplicateCollapsed", m.duplicateCollapsed());
    g.writeArrayFieldStart("hashtags");
    for (String h : m.hashtags()) {
      g.writeString(h);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("hashtagEntities");
    for (Hashtag h : m.hashtagEntities()) {
      g.writeStartObject();
      span(g, h.text(), h.start(), h.end());
      g.writeStringField("tag", h.tag());
      g.writeStringField("username", h.username());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("mentions");
    for (Mention x : m.mentions()) {
      g.writeStartObject();
      span(g, x.text(), x.start(), x.end());
      g.writeStringField("username", x.username());
      writeLong(g, "userId", x.userId());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("cashtags");
    for (Cashtag x : m.cashtags()) {
      g.writeStartObject();
      span(g, x.text(), x.start(), x.end());
      g.writeStringField("symbol", x.symbol());
      g.writeStringField("username", x.username());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("links");
    for (Link x : m.links()) {
      g.writeStartObject();
      span(g, x.text(), x.start(), x.end());
      g.writeStringField("url", x.url());
      g.writeStringField("type", x.type().name().toLowerCase(java.util.Locale.ROOT));
      g.writeBooleanField("targetLost", x.targetLost());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("emoji");
    for (EmojiMarker x : m.emoji()) {
      g.writeStartObject();
      span(g, x.text(), x.start(), x.end());
      g.writeStringField("name", x.name());
      g.writeBooleanField("lineStart", x.lineStart());
      g.writeStringField("regionCode", x.regionCode());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("dates");
    for (DateMention x : m.dates()) {
      writeDate(g, x);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("places");
    for (Place x : m.places()) {
      writePlace(g, x);
    }
    g.writeEndArray();
    writeDateline(g, m.dateline());
    g.writeArrayFieldStart("entities");
    for (TextEntity x : m.entities()) {
      g.writeStartObject();
      g.writeStringField("type", x.type());
      span(g, x.text(), x.start(), x.end());
      if (x.href() != null) {
        g.writeStringField("href", x.href());
      }
      if (x.language() != null) {
        g.writeStringField("language", x.language());
      }
      if (x.userId() != null) {
        g.writeNumberField("userId", x.userId());
      }
      if (x.documentId() != null) {
        g.writeStringField("documentId", x.documentId());
      }
      if (x.collapsed() != null) {
        g.writeBooleanField("collapsed", x.collapsed());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("media");
    for (Media x : m.media()) {
      writeMedia(g, x);
    }
    g.writeEndArray();
    writeLinkPreview(g, m.linkPreview());
    g.writeArrayFieldStart("reactions");
    for (Reaction r : m.reactions()) {
      g.writeStartObject();
      g.writeStringField("type", r.type());
      g.writeStringField("emoji", r.emoji());
      g.writeStringField("documentId", r.documentId());
      writeLong(g, "count", r.count());
      g.writeEndObject();
    }
    g.writeEndArray();
    writeLong(g, "views", m.views());
    g.writeStringField("viewsText", m.viewsText());
    g.writeStringField("action", m.action());
    g.writeStringField("actor", m.actor());
    g.writeStringField("actorId", m.actorId());
    g.writeFieldName("actionDetails");
    writeValue(g, m.actionDetails());
    writeSource(g, m.source());
    g.writeEndObject();
  }

  private static void span(JsonGenerator g, String text, int start, int end) throws IOException {
    g.writeStringField("text", text);
    g.writeNumberField("start", start);
    g.writeNumberField("end", end);
  }

  private static void writeLong(JsonGenerator g, String name, Long v) throws IOException {
    if (v == null) {
      g.writeNullField(name);
    } else {
      g.writeNumberField(name, v);
    }
  }

  private static void writeInt(JsonGenerator g, String name, Integer v) throws IOException {
    if (v == null) {
      g.writeNullField(name);
    } else {
      g.writeNumberField(name, v);
    }
  }

  private static void writeDouble(JsonGenerator g, String name, Double v) throws IOException {
    if (v == null) {
      g.writeNullField(name);
    } else {
      g.writeNumberField(name, v);
    }
  }

  private static void writeBool(JsonGenerator g, String name, Boolean v) throws IOException {
    if (v == null) {
      g.writeNullField(name);
    } else {
      g.writeBooleanField(name, v);
    }
  }

  private static void writeTimestamp(JsonGenerator g, String name, Timestamp t) throws IOException {
    g.writeStringField(name, t == null ? null : t.toString());
  }

  private static void writeChannel(JsonGenerator g, Channel c) throws IOException {
    if (c == null) {
      g.writeNullField("channel");
      return;
    }
    g.writeObjectFieldStart("channel");
    g.writeStringField("name", c.name());
    g.writeStringField("type", c.type());
    g.writeStringField("id", c.id());
    g.writeStringField("username", c.username());
    g.writeStringField("description", c.description());
    writeLong(g, "subscribers", c.subscribers());
    g.writeEndObject();
  }

  private static void writeReplyTo(JsonGenerator g, ReplyTo r) throws IOException {
    if (r == null) {
      g.writeNullField("replyTo");
      return;
    }
    g.writeObjectFieldStart("replyTo");
    g.writeStringField("id", r.id());
    g.writeStringField("peerId", r.peerId());
    g.writeStringField("link", r.link());
    g.writeEndObject();
  }

  private static void writeDate(JsonGenerator g, DateMention x) throws IOException {
    g.writeStartObject();
    span(g, x.text(), x.start(), x.end());
    g.writeStringField("value", x.value());
    g.writeStringField("precision", x.precision().name());
    g.writeBooleanField("yearInferred", x.yearInferred());
    g.writeStringField("endValue", x.endValue());
    g.writeEndObject();
  }

  private static void writePlace(JsonGenerator g, Place x) throws IOException {
    g.writeStartObject();
    span(g, x.text(), x.start(), x.end());
    g.writeStringField("name", x.name());
    g.writeStringField("kind", x.placeKind().name().toLowerCase(java.util.Locale.ROOT));
    g.writeStringField("countryCode", x.countryCode());
    writeDouble(g, "latitude", x.latitude());
    writeDouble(g, "longitude", x.longitude());
    g.writeEndObject();
  }

  private static void writeDateline(JsonGenerator g, Dateline d) throws IOException {
    if (d == null) {
      g.writeNullField("dateline");
      return;
    }
    g.writeObjectFieldStart("dateline");
    span(g, d.text(), d.start(), d.end());
    g.writeFieldName("place");
    writePlace(g, d.place());
    g.writeFieldName("date");
    if (d.date() == null) {
      g.writeNull();
    } else {
      writeDate(g, d.date());
    }
    g.writeEndObject();
  }

  private static void writeMedia(JsonGenerator g, Media x) throws IOException {
    g.writeStartObject();
    g.writeStringField("kind", x.kind());
    g.writeStringField("label", x.label());
    g.writeStringField("file", x.file());
    g.writeStringField("fileName", x.fileName());
    g.writeStringField("mimeType", x.mimeType());
    writeLong(g, "fileSize", x.fileSize());
    writeLong(g, "durationSeconds", x.durationSeconds());
    writeInt(g, "width", x.width());
    writeInt(g, "height", x.height());
    g.writeStringField("title", x.title());
    g.writeStringField("performer", x.performer());
    g.writeStringField("emoji", x.emoji());
    Poll p = x.poll();
    if (p == null) {
      g.writeNullField("poll");
    } else {
      g.writeObjectFieldStart("poll");
      g.writeStringField("question", p.question());
      writeBool(g, "closed", p.closed());
      writeLong(g, "totalVoters", p.totalVoters());
      g.writeArrayFieldStart("answers");
      for (Poll.Answer a : p.answers()) {
        g.writeStartObject();
        g.writeStringField("text", a.text());
        writeLong(g, "voters", a.voters());
        writeBool(g, "chosen", a.chosen());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    Contact c = x.contact();
    if (c == null) {
      g.writeNullField("contact");
    } else {
      g.writeObjectFieldStart("contact");
      g.writeStringField("firstName", c.firstName());
      g.writeStringField("lastName", c.lastName());
      g.writeStringField("phoneNumber", c.phoneNumber());
      g.writeEndObject();
    }
    writeDouble(g, "latitude", x.latitude());
    writeDouble(g, "longitude", x.longitude());
    g.writeEndObject();
  }

  private static void writeLinkPreview(JsonGenerator g, LinkPreview p) throws IOException {
    if (p == null) {
      g.writeNullField("linkPreview");
      return;
    }
    g.writeObjectFieldStart("linkPreview");
    g.writeStringField("url", p.url());
    g.writeStringField("siteName", p.siteName());
    g.writeStringField("title", p.title());
    g.writeStringField("description", p.description());
    g.writeStringField("image", p.image());
    g.writeEndObject();
  }

  private static void writeSource(JsonGenerator g, SourceRef s) throws IOException {
    g.writeObjectFieldStart("source");
    g.writeStringField("file", s.file());
    g.writeNumberField("startLine", s.startLine());
    g.writeNumberField("endLine", s.endLine());
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
