package org.tgparse.json;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.tgparse.model.Cashtag;
import org.tgparse.model.DateMention;
import org.tgparse.model.DatePrecision;
import org.tgparse.model.Dateline;
import org.tgparse.model.EmojiMarker;
import org.tgparse.model.Hashtag;
import org.tgparse.model.Link;
import org.tgparse.model.Mention;
import org.tgparse.model.Place;
import org.tgparse.model.TextEntity;

/**
 * Reads the entity objects of a record (the inverse of {@link MessageJson}'s entity writers): each method takes the
 * parser on the object's start and leaves it on the object's end. Unknown fields are skipped; {@code text},
 * {@code start}, {@code end} and the fields a model constructor requires are required. Stateless.
 */
final class EntityParser {
  private static final Map<String, Link.LinkType> LINK_TYPES = lowerCaseNames(Link.LinkType.values());
  private static final Map<String, Place.PlaceKind> PLACE_KINDS = lowerCaseNames(Place.PlaceKind.values());
  private static final Map<String, DatePrecision> PRECISIONS = names(DatePrecision.values());

  private EntityParser() {
  }

  /** The offsets and text every entity has; fields read one by one, checked at the object's end. */
  private static final class Span {
    private String text;
    private Integer start;
    private Integer end;

    /** @return true when {@code name} is a span field (and its value was read) */
    boolean read(String name, JsonParser p) throws IOException {
      switch (name) {
        case "text":
          text = Values.requiredString(p);
          return true;
        case "start":
          start = Values.requiredInt(p);
          return true;
        case "end":
          end = Values.requiredInt(p);
          return true;
        default:
          return false;
      }
    }

    /** Checks that all three were there; the parser stands on the object's end. */
    void require(JsonParser p) throws IOException {
      Values.require(p, text, "text", "a string");
      Values.require(p, start, "start", "an integer");
      Values.require(p, end, "end", "an integer");
    }
  }

  static Hashtag hashtag(JsonParser p) throws IOException {
    Values.object(p, "a hashtag object");
    Span s = new Span();
    String tag = null;
    String username = null;
    for (String f = p.nextFieldName(); f != null; f = p.nextFieldName()) {
      p.nextToken();
      if (s.read(f, p)) {
        continue;
      }
      switch (f) {
        case "tag":
          tag = Values.string(p);
          break;
        case "username":
          username = Values.string(p);
          break;
        default:
          p.skipChildren();
      }
    }
    s.require(p);
    return new Hashtag(s.text, s.start, s.end, tag, username);
  }

  static Mention mention(JsonParser p) throws IOException {
    Values.object(p, "a mention object");
    Span s = new Span();
    String username = null;
    Long userId = null;
    for (String f = p.nextFieldName(); f != null; f = p.nextFieldName()) {
      p.nextToken();
      if (s.read(f, p)) {
        continue;
      }
      switch (f) {
        case "username":
          username = Values.string(p);
          break;
        case "userId":
          userId = Values.longOrNull(p);
          break;
        default:
          p.skipChildren();
      }
    }
    s.require(p);
    return new Mention(s.text, s.start, s.end, username, userId);
  }

  static Cashtag cashtag(JsonParser p) throws IOException {
    Values.object(p, "a cashtag object");
    Span s = new Span();
    String symbol = null;
    String username = null;
    for (String f = p.nextFieldName(); f != null; f = p.nextFieldName()) {
      p.nextToken();
      if (s.read(f, p)) {
        continue;
      }
      switch (f) {
        case "symbol":
          symbol = Values.string(p);
          break;
        case "username":
          username = Values.string(p);
          break;
        default:
          p.skipChildren();
      }
    }
    s.require(p);
    return new Cashtag(s.text, s.start, s.end, symbol, username);
  }

  static Link link(JsonParser p) throws IOException {
    Values.object(p, "a link object");
    Span s = new Span();
    String url = null;
    Link.LinkType type = null;
    Boolean targetLost = null;
    for (String f = p.nextFieldName(); f != null; f = p.nextFieldName()) {
      p.nextToken();
      if (s.read(f, p)) {
        continue;
      }
      switch (f) {
        case "url":
          url = Values.string(p);
          break;
        case "type":
          type = Values.oneOf(p, LINK_TYPES, "\"url\", \"text_link\", \"email\", \"phone\"");
          break;
        case "targetLost":
          targetLost = Values.requiredBool(p);
          break;
        default:
          p.skipChildren();
      }
    }
    s.require(p);
    Values.require(p, type, "type", "a string");
    Values.require(p, targetLost, "targetLost", "true or false");
    return new Link(s.text, s.start, s.end, url, type, targetLost);
  }

  static EmojiMarker emoji(JsonParser p) throws IOException {
    Values.object(p, "an emoji object");
    Span s = new Span();
    String name = null;
    Boolean lineStart = null;
    String regionCode = null;
    for (String f = p.nextFieldName(); f != null; f = p.nextFieldName()) {
      p.nextToken();
      if (s.read(f, p)) {
        continue;
      }
      switch (f) {
        case "name":
          name = Values.string(p);
          break;
        case "lineStart":
          lineStart = Values.requiredBool(p);
          break;
        case "regionCode":
          regionCode = Values.string(p);
          break;
        default:
          p.skipChildren();
      }
    }
    s.require(p);
    Values.require(p, lineStart, "lineStart", "true or false");
    return new EmojiMarker(s.text, s.start, s.end, name, lineStart, regionCode);
  }

  static DateMention date(JsonParser p) throws IOException {
    Values.object(p, "a date object");
    Span s = new Span();
    String value = null;
    DatePrecision precision = null;
    Boolean yearInferred = null;
    String endValue = null;
    for (String f = p.nextFieldName(); f != null; f = p.nextFieldName()) {
      p.nextToken();
      if (s.read(f, p)) {
        continue;
      }
      switch (f) {
        case "value":
          value = Values.requiredString(p);
          break;
        case "precision":
          precision = Values.oneOf(p, PRECISIONS, "\"YEAR\", \"MONTH\", \"DAY\"");
          break;
        case "yearInferred":
          yearInferred = Values.requiredBool(p);
          break;
        case "endValue":
          endValue = Values.string(p);
          break;
        default:
          p.skipChildren();
      }
    }
    s.require(p);
    Values.require(p, value, "value", "a string");
    Values.require(p, precision, "precision", "a string");
    Values.require(p, yearInferred, "yearInferred", "true or false");
    return new DateMention(s.text, s.start, s.end, value, precision, yearInferred, endValue);
  }

  static Place place(JsonParser p) throws IOException {
    Values.object(p, "a place object");
    Span s = new Span();
    String name = null;
    Place.PlaceKind kind = null;
    String countryCode = null;
    Double latitude = null;
    Double longitude = null;
    for (String f = p.nextFieldName(); f != null; f = p.nextFieldName()) {
      p.nextToken();
      if (s.read(f, p)) {
        continue;
      }
      switch (f) {
        case "name":
          name = Values.string(p);
          break;
        case "kind":
          kind = Values.oneOf(p, PLACE_KINDS, "\"dateline\", \"mention\", \"flag\", \"location\"");
          break;
        case "countryCode":
          countryCode = Values.string(p);
          break;
        case "latitude":
          latitude = Values.doubleOrNull(p);
          break;
        case "longitude":
          longitude = Values.doubleOrNull(p);
          break;
        default:
          p.skipChildren();
      }
    }
    s.require(p);
    Values.require(p, kind, "kind", "a string");
    return new Place(s.text, s.start, s.end, name, kind, countryCode, latitude, longitude);
  }

  /** @return the dateline, or null for JSON null */
  static Dateline dateline(JsonParser p) throws IOException {
    if (!Values.objectOrNull(p, "a dateline object")) {
      return null;
    }
    Span s = new Span();
    Place place = null;
    DateMention date = null;
    for (String f = p.nextFieldName(); f != null; f = p.nextFieldName()) {
      p.nextToken();
      if (s.read(f, p)) {
        continue;
      }
      switch (f) {
        case "place":
          place = place(p);
          break;
        case "date":
          date = Values.objectOrNull(p, "a date object") ? date(p) : null;
          break;
        default:
          p.skipChildren();
      }
    }
    s.require(p);
    Values.require(p, place, "place", "an object");
    return new Dateline(s.text, s.start, s.end, place, date);
  }

  /** A text entity: its optional fields are absent from the JSON when null. */
  static TextEntity textEntity(JsonParser p) throws IOException {
    Values.object(p, "an entity object");
    Span s = new Span();
    String type = null;
    String href = null;
    String language = null;
    Long userId = null;
    String documentId = null;
    Boolean collapsed = null;
    for (String f = p.nextFieldName(); f != null; f = p.nextFieldName()) {
      p.nextToken();
      if (s.read(f, p)) {
        continue;
      }
      switch (f) {
        case "type":
          type = Values.requiredString(p);
          break;
        case "href":
          href = Values.string(p);
          break;
        case "language":
          language = Values.string(p);
          break;
        case "userId":
          userId = Values.longOrNull(p);
          break;
        case "documentId":
          documentId = Values.string(p);
          break;
        case "collapsed":
          collapsed = Values.boolOrNull(p);
          break;
        default:
          p.skipChildren();
      }
    }
    Values.require(p, type, "type", "a string");
    s.require(p);
    // The type's name as written: an unknown one becomes OTHER with the name kept, as the readers do.
    return new TextEntity(s.text, s.start, s.end, type, href, language, userId, documentId, collapsed);
  }

  /** @return the constants by their names in lower case, as {@link MessageJson} writes them */
  private static <E extends Enum<E>> Map<String, E> lowerCaseNames(E[] values) {
    Map<String, E> m = new HashMap<>();
    for (E v : values) {
      m.put(v.name().toLowerCase(Locale.ROOT), v);
    }
    return Map.copyOf(m);
  }

  /** @return the constants by their names as they are */
  private static <E extends Enum<E>> Map<String, E> names(E[] values) {
    Map<String, E> m = new HashMap<>();
    for (E v : values) {
      m.put(v.name(), v);
    }
    return Map.copyOf(m);
  }
}
