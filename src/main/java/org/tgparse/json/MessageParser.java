package org.tgparse.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.tgparse.model.Channel;
import org.tgparse.model.LinkPreview;
import org.tgparse.model.Message;
import org.tgparse.model.MessageType;
import org.tgparse.model.Reaction;
import org.tgparse.model.ReplyTo;
import org.tgparse.model.SourceRef;

/**
 * Reads one record, as {@link MessageJson} writes it, into a {@link Message}: the inverse of
 * {@code MessageJson.write}, field by field, through the same builder the archive readers use (so that the flat
 * forward, view and service fields are grouped the same way).
 *
 * <p>What is read: a field may come in any order; an unknown one is skipped (a newer writer's); an absent one is
 * null, or empty for a list; {@code type}, {@code sequence}, {@code text}, {@code duplicateCollapsed} and
 * {@code source} are required, as are the parts of nested objects the model requires. The derived fields
 * {@code hashtags} and {@code dateIsLocal} are not read: the model derives them again. Stateless.
 */
final class MessageParser {
  private static final Map<String, MessageType> TYPES = types();

  private MessageParser() {
  }

  private static Map<String, MessageType> types() {
    Map<String, MessageType> m = new HashMap<>();
    for (MessageType t : MessageType.values()) {
      m.put(t.jsonName(), t);
    }
    return Map.copyOf(m);
  }

  /**
   * @param p the parser before the record, on its start, or on its first field name (where Databind hands over)
   * @return the message; the parser stands on the record's end
   * @throws IOException when the record is not one, or the parser fails
   */
  static Message read(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    if (t == null) {
      t = p.nextToken();
    }
    if (t == JsonToken.START_OBJECT) {
      t = p.nextToken();
    } else if (t != JsonToken.FIELD_NAME && t != JsonToken.END_OBJECT) {
      throw ReadErrors.expected(p, "a record (a JSON object)");
    }
    try {
      return fields(p, t);
    } catch (IllegalArgumentException e) {
      // A model constructor refused the values (offsets out of order, a line below 1). Every record is built on
      // its object's end token, so the parser's position and path name the object.
      throw ReadErrors.invalid(p, String.valueOf(e.getMessage()));
    }
  }

  private static Message fields(JsonParser p, JsonToken first) throws IOException {
    Message.Builder b = Message.builder();
    MessageType type = null;
    Long sequence = null;
    String text = null;
    Boolean duplicateCollapsed = null;
    SourceRef source = null;
    for (JsonToken t = first; t == JsonToken.FIELD_NAME; t = p.nextToken()) {
      String f = p.currentName();
      p.nextToken();
      switch (f) {
        case "type":
          type = Values.oneOf(p, TYPES, "\"message\", \"service\", \"unsupported\"");
          break;
        case "sequence":
          sequence = Values.requiredLong(p);
          break;
        case "id":
          b.id(Values.string(p));
          break;
        case "channel":
          b.channel(channel(p));
          break;
        case "permalink":
          b.permalink(Values.string(p));
          break;
        case "date":
          b.date(Values.timestamp(p));
          break;
        case "edited":
          b.edited(Values.timestamp(p));
          break;
        case "from":
          b.from(Values.string(p));
          break;
        case "fromId":
          b.fromId(Values.string(p));
          break;
        case "author":
          b.author(Values.string(p));
          break;
        case "viaBot":
          b.viaBot(Values.string(p));
          break;
        case "forwarded":
          b.forwarded(Values.requiredBool(p));
          break;
        case "forwardedFrom":
          b.forwardedFrom(Values.string(p));
          break;
        case "forwardedFromId":
          b.forwardedFromId(Values.string(p));
          break;
        case "forwardedFromLink":
          b.forwardedFromLink(Values.string(p));
          break;
        case "forwardedDate":
          b.forwardedDate(Values.timestamp(p));
          break;
        case "savedFrom":
          b.savedFrom(Values.string(p));
          break;
        case "replyTo":
          b.replyTo(replyTo(p));
          break;
        case "title":
          b.title(Values.string(p));
          break;
        case "text":
          text = Values.requiredString(p);
          break;
        case "duplicateCollapsed":
          duplicateCollapsed = Values.requiredBool(p);
          break;
        case "hashtagEntities":
          b.hashtagEntities(Values.list(p, EntityParser::hashtag));
          break;
        case "mentions":
          b.mentions(Values.list(p, EntityParser::mention));
          break;
        case "cashtags":
          b.cashtags(Values.list(p, EntityParser::cashtag));
          break;
        case "links":
          b.links(Values.list(p, EntityParser::link));
          break;
        case "emoji":
          b.emoji(Values.list(p, EntityParser::emoji));
          break;
        case "dates":
          b.dates(Values.list(p, EntityParser::date));
          break;
        case "places":
          b.places(Values.list(p, EntityParser::place));
          break;
        case "dateline":
          b.dateline(EntityParser.dateline(p));
          break;
        case "entities":
          b.entities(Values.list(p, EntityParser::textEntity));
          break;
        case "media":
          b.media(Values.list(p, MediaParser::media));
          break;
        case "linkPreview":
          b.linkPreview(linkPreview(p));
          break;
        case "reactions":
          b.reactions(Values.list(p, MessageParser::reaction));
          break;
        case "views":
          b.viewCount(Values.longOrNull(p));
          break;
        case "viewsText":
          b.viewsText(Values.string(p));
          break;
        case "action":
          b.action(Values.string(p));
          break;
        case "actor":
          b.actor(Values.string(p));
          break;
        case "actorId":
          b.actorId(Values.string(p));
          break;
        case "actionDetails":
          b.actionDetails(DetailsParser.details(p));
          break;
        case "source":
          source = source(p);
          break;
        default:
          // hashtags and dateIsLocal (derived from other fields), and fields of a newer writer
          p.skipChildren();
      }
    }
    Values.require(p, type, "type", "a string");
    Values.require(p, sequence, "sequence", "an integer");
    Values.require(p, text, "text", "a string");
    Values.require(p, duplicateCollapsed, "duplicateCollapsed", "true or false");
    Values.require(p, source, "source", "an object");
    return b.type(type).sequence(sequence).text(text).duplicateCollapsed(duplicateCollapsed).source(source).build();
  }

  /** @return the channel, or null for JSON null */
  private static Channel channel(JsonParser p) throws IOException {
    if (!Values.objectOrNull(p, "a channel object")) {
      return null;
    }
    String name = null;
    String type = null;
    String id = null;
    String username = null;
    String description = null;
    Long subscribers = null;
    for (String f = p.nextFieldName(); f != null; f = p.nextFieldName()) {
      p.nextToken();
      switch (f) {
        case "name":
          name = Values.string(p);
          break;
        case "type":
          type = Values.string(p);
          break;
        case "id":
          id = Values.string(p);
          break;
        case "username":
          username = Values.string(p);
          break;
        case "description":
          description = Values.string(p);
          break;
        case "subscribers":
          subscribers = Values.longOrNull(p);
          break;
        default:
          p.skipChildren();
      }
    }
    return new Channel(name, type, id, username, description, subscribers);
  }

  /** @return the reply target, or null for JSON null */
  private static ReplyTo replyTo(JsonParser p) throws IOException {
    if (!Values.objectOrNull(p, "a replyTo object")) {
      return null;
    }
    String id = null;
    String peerId = null;
    String link = null;
    for (String f = p.nextFieldName(); f != null; f = p.nextFieldName()) {
      p.nextToken();
      switch (f) {
        case "id":
          id = Values.string(p);
          break;
        case "peerId":
          peerId = Values.string(p);
          break;
        case "link":
          link = Values.string(p);
          break;
        default:
          p.skipChildren();
      }
    }
    return new ReplyTo(id, peerId, link);
  }

  /** @return the link preview, or null for JSON null */
  private static LinkPreview linkPreview(JsonParser p) throws IOException {
    if (!Values.objectOrNull(p, "a linkPreview object")) {
      return null;
    }
    String url = null;
    String siteName = null;
    String title = null;
    String description = null;
    String image = null;
    for (String f = p.nextFieldName(); f != null; f = p.nextFieldName()) {
      p.nextToken();
      switch (f) {
        case "url":
          url = Values.string(p);
          break;
        case "siteName":
          siteName = Values.string(p);
          break;
        case "title":
          title = Values.string(p);
          break;
        case "description":
          description = Values.string(p);
          break;
        case "image":
          image = Values.string(p);
          break;
        default:
          p.skipChildren();
      }
    }
    return new LinkPreview(url, siteName, title, description, image);
  }

  private static Reaction reaction(JsonParser p) throws IOException {
    Values.object(p, "a reaction object");
    String type = null;
    String emoji = null;
    String documentId = null;
    Long count = null;
    for (String f = p.nextFieldName(); f != null; f = p.nextFieldName()) {
      p.nextToken();
      switch (f) {
        case "type":
          type = Values.requiredString(p);
          break;
        case "emoji":
          emoji = Values.string(p);
          break;
        case "documentId":
          documentId = Values.string(p);
          break;
        case "count":
          count = Values.longOrNull(p);
          break;
        default:
          p.skipChildren();
      }
    }
    Values.require(p, type, "type", "a string");
    // The type's name as written: an unknown one becomes OTHER with the name kept, as the readers do.
    return new Reaction(type, emoji, documentId, count);
  }

  private static SourceRef source(JsonParser p) throws IOException {
    Values.object(p, "a source object");
    String file = null;
    Long startLine = null;
    Long endLine = null;
    for (String f = p.nextFieldName(); f != null; f = p.nextFieldName()) {
      p.nextToken();
      switch (f) {
        case "file":
          file = Values.requiredString(p);
          break;
        case "startLine":
          startLine = Values.requiredLong(p);
          break;
        case "endLine":
          endLine = Values.requiredLong(p);
          break;
        default:
          p.skipChildren();
      }
    }
    Values.require(p, file, "file", "a string");
    Values.require(p, startLine, "startLine", "an integer");
    Values.require(p, endLine, "endLine", "an integer");
    return new SourceRef(file, startLine, endLine);
  }
}
