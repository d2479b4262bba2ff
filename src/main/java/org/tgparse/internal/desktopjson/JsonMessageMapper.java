package org.tgparse.internal.desktopjson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tgparse.internal.io.IssueSink;
import org.tgparse.internal.io.Quote;
import org.tgparse.internal.io.TextLimit;
import org.tgparse.internal.io.Texts;
import org.tgparse.model.Channel;
import org.tgparse.model.Contact;
import org.tgparse.model.Media;
import org.tgparse.model.Message;
import org.tgparse.model.MessageType;
import org.tgparse.model.Place;
import org.tgparse.model.Poll;
import org.tgparse.model.Reaction;
import org.tgparse.model.ReplyTo;
import org.tgparse.model.SourceRef;
import org.tgparse.model.Timestamp;
import org.tgparse.read.Limits;

/**
 * Maps one message object of a Telegram Desktop JSON export to a {@link Message}, straight from the parser's
 * tokens: no tree is built. Keys follow {@code SerializeMessage} in Telegram Desktop's
 * {@code export_output_json.cpp} ({@code docs/formats.md}, section 1, "Message keys").
 *
 * <p>Tolerant by design: unknown and future keys are skipped, a value of an unexpected JSON type is reported as
 * an issue and skipped, ids are kept as written (negative ids of legacy groups included; numbers as decimal
 * strings). Keys are routed by the record's {@code type}, which Telegram writes second, right after {@code id}:
 * in a service record every key other than the common ones goes to {@code actionDetails}.
 *
 * <p>A duplicated {@code text} key (Telegram writes one for {@code send_webview_data}, whose action text comes
 * first): the last one is the message text; in a service record the earlier one is kept as
 * {@code actionDetails.text}, in other records it is dropped with an issue.
 *
 * <p>Holds per-message scratch state and is reused for every message of one reader. Not thread-safe.
 */
final class JsonMessageMapper {
  /** {@code media_type} values and the media kinds they become. */
  private static final Map<String, String> MEDIA_KINDS = Map.of(
      "sticker", "sticker",
      "video_message", "video_message",
      "voice_message", "voice_message",
      "animation", "animation",
      "video_file", "video",
      "audio_file", "audio_file");

  private final String file;
  private final ZoneId zone;
  private final Limits limits;
  private final IssueSink issues;
  private final DesktopJsonReader.Locator locator;

  private final TextParts textParts = new TextParts();
  private final TextParts entityParts = new TextParts();
  private final TextParts scratchParts = new TextParts();

  // Per-message scratch, cleared by reset().
  private MessageType type;
  private String typeName;
  private String id;
  private String dateText;
  private String dateUnix;
  private String editedText;
  private String editedUnix;
  private String from;
  private String fromId;
  private String author;
  private String viaBot;
  private String forwardedFrom;
  /** The key {@code forwarded_from} was there, even as null (a forward from a deleted account). */
  private boolean forwarded;
  private String forwardedFromId;
  private String savedFrom;
  private String replyToId;
  private String replyToPeerId;
  private String action;
  private String actor;
  private String actorId;
  private String informationText;
  private Map<String, Object> details;
  private String earlierText;
  private int textKeys;
  private List<Reaction> reactions;
  // Media scratch.
  private String photo;
  private Long photoFileSize;
  private String docFile;
  private String fileName;
  private Long fileSize;
  private String mediaType;
  private String stickerEmoji;
  private String performer;
  private String title;
  private String mimeType;
  private Long duration;
  private Integer width;
  private Integer height;
  private Contact contact;
  private String contactVcard;
  private boolean location;
  private Double latitude;
  private Double longitude;
  private Long livePeriod;
  private String placeName;
  private String address;
  private String gameTitle;
  private String gameDescription;
  private String gameLink;
  private Media invoice;
  private Poll poll;
  private Poll todo;
  private List<Media> giveaways;

  JsonMessageMapper(String file, ZoneId zone, Limits limits, IssueSink issues, DesktopJsonReader.Locator locator) {
    this.file = file;
    this.zone = zone;
    this.limits = limits;
    this.issues = issues;
    this.locator = locator;
  }

  private void reset() {
    type = MessageType.MESSAGE;
    typeName = null;
    id = null;
    dateText = null;
    dateUnix = null;
    editedText = null;
    editedUnix = null;
    from = null;
    fromId = null;
    author = null;
    viaBot = null;
    forwardedFrom = null;
    forwarded = false;
    forwardedFromId = null;
    savedFrom = null;
    replyToId = null;
    replyToPeerId = null;
    action = null;
    actor = null;
    actorId = null;
    informationText = null;
    details = null;
    earlierText = null;
    textKeys = 0;
    reactions = null;
    photo = null;
    photoFileSize = null;
    docFile = null;
    fileName = null;
    fileSize = null;
    mediaType = null;
    stickerEmoji = null;
    performer = null;
    title = null;
    mimeType = null;
    duration = null;
    width = null;
    height = null;
    contact = null;
    contactVcard = null;
    location = false;
    latitude = null;
    longitude = null;
    livePeriod = null;
    placeName = null;
    address = null;
    gameTitle = null;
    gameDescription = null;
    gameLink = null;
    invoice = null;
    poll = null;
    todo = null;
    giveaways = null;
    textParts.clear();
    entityParts.clear();
  }

  /**
   * Reads one message. The parser stands on the message's {@code START_OBJECT}; on return it stands on the
   * matching {@code END_OBJECT}.
   *
   * @param p the parser
   * @param channel the chat the message belongs to, or null
   * @param sequence the 1-based position of the message in the file
   * @param startLine the line of the message's opening brace
   * @return the message
   * @throws IOException when the parser fails (broken JSON included)
   */
  Message read(JsonParser p, Channel channel, long sequence, long startLine) throws IOException {
    reset();
    JsonToken t;
    while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
      String key = p.currentName();
      t = p.nextToken();
      if (!common(p, t, key)) {
        if (type == MessageType.SERVICE) {
          details().put(key, JsonValues.read(p, t, () -> warn(p, String.format(Locale.ROOT,
              "a value of %s nested deeper than %d levels was read as null", Quote.quoted(key),
              JsonValues.MAX_DEPTH))));
        } else {
          messageKey(p, t, key);
        }
      }
    }
    long endLine = locator.line(p.currentTokenLocation());
    return build(channel, sequence, startLine, Math.max(startLine, endLine));
  }

  /** Keys every record kind may have. @return whether the key was one of them */
  private boolean common(JsonParser p, JsonToken t, String key) throws IOException {
    switch (key) {
      case "id":
        id = text(p, t, key);
        return true;
      case "type":
        typeName = text(p, t, key);
        type = messageType(p, typeName);
        return true;
      case "date":
        dateText = text(p, t, key);
        return true;
      case "date_unixtime":
        dateUnix = text(p, t, key);
        return true;
      case "edited":
        editedText = text(p, t, key);
        return true;
      case "edited_unixtime":
        editedUnix = text(p, t, key);
        return true;
      case "text":
        textKeys++;
        if (textKeys > 1) {
          String before = textParts.text();
          if (type == MessageType.SERVICE) {
            earlierText = before;
          } else {
            warn(p, "duplicate key \"text\": the last one is kept, the earlier one (\"" + abbreviate(before)
                + "\") is dropped");
          }
        }
        readText(p, t, key, textParts);
        return true;
      case "text_entities":
        if (textParts.present) {
          // Telegram's SerializeText writes text and text_entities from the same parts: once text was read,
          // text_entities says nothing new, and skipping it leaves its strings undecoded (Jackson decodes lazily).
          p.skipChildren();
        } else {
          readText(p, t, key, entityParts);
        }
        return true;
      case "reactions":
        reactions = readReactions(p, t);
        return true;
      case "action":
        action = text(p, t, key);
        return true;
      case "actor":
        actor = text(p, t, key);
        return true;
      case "actor_id":
        actorId = text(p, t, key);
        return true;
      case "information_text":
        informationText = text(p, t, key);
        return true;
      default:
        return false;
    }
  }

  /**
   * Keys of ordinary messages ({@code type: message}); an unknown or future key ({@code inline_bot_buttons},
   * {@code rich_message}, ...) is skipped, it is not part of the model.
   */
  private void messageKey(JsonParser p, JsonToken t, String key) throws IOException {
    switch (key) {
      case "from":
        from = text(p, t, key);
        return;
      case "from_id":
        fromId = text(p, t, key);
        return;
      case "author":
        author = text(p, t, key);
        return;
      case "forwarded_from":
        forwardedFrom = text(p, t, key);
        forwarded = true;
        return;
      case "forwarded_from_id":
        forwardedFromId = text(p, t, key);
        return;
      case "saved_from":
        savedFrom = text(p, t, key);
        return;
      case "via_bot":
        viaBot = text(p, t, key);
        return;
      case "reply_to_message_id":
        replyToId = text(p, t, key);
        return;
      case "reply_to_peer_id":
        replyToPeerId = text(p, t, key);
        return;
      case "photo":
        photo = text(p, t, key);
        return;
      case "photo_file_size":
        photoFileSize = number(p, t, key);
        return;
      case "file":
        docFile = text(p, t, key);
        return;
      case "file_name":
        fileName = text(p, t, key);
        return;
      case "file_size":
        fileSize = number(p, t, key);
        return;
      case "media_type":
        mediaType = text(p, t, key);
        return;
      case "sticker_emoji":
        stickerEmoji = text(p, t, key);
        return;
      case "performer":
        performer = text(p, t, key);
        return;
      case "title":
        title = text(p, t, key);
        return;
      case "mime_type":
        mimeType = text(p, t, key);
        return;
      case "duration_seconds":
        duration = number(p, t, key);
        return;
      case "width":
        width = integer(p, t, key);
        return;
      case "height":
        height = integer(p, t, key);
        return;
      case "contact_information":
        contact = readContact(p, t, key);
        return;
      case "contact_vcard":
        contactVcard = text(p, t, key);
        return;
      case "location_information":
        readLocation(p, t, key);
        return;
      case "live_location_period_seconds":
        livePeriod = number(p, t, key);
        return;
      case "place_name":
        placeName = text(p, t, key);
        return;
      case "address":
        address = text(p, t, key);
        return;
      case "game_title":
        gameTitle = text(p, t, key);
        return;
      case "game_description":
        gameDescription = text(p, t, key);
        return;
      case "game_link":
        gameLink = text(p, t, key);
        return;
      case "invoice_information":
        invoice = readInvoice(p, t, key);
        return;
      case "poll":
        poll = readPoll(p, t, key);
        return;
      case "todo_list":
        todo = readTodo(p, t, key);
        return;
      case "giveaway_information":
      case "giveaway_results":
        readGiveaway(p, t, key);
        return;
      default:
        p.skipChildren();
    }
  }

  private Message build(Channel channel, long sequence, long startLine, long endLine) {
    Message.Builder b = Message.builder()
        .type(type)
        .sequence(sequence)
        .id(id)
        .channel(channel)
        .date(timestamp(dateUnix, dateText, "date", startLine))
        .edited(timestamp(editedUnix, editedText, "edited", startLine))
        .from(from)
        .fromId(fromId)
        .author(author)
        .viaBot(viaBot)
        .forwarded(forwarded)
        .forwardedFrom(forwardedFrom)
        .forwardedFromId(forwardedFromId)
        .savedFrom(savedFrom)
        .reactions(reactions)
        .source(new SourceRef(file, startLine, endLine));
    if (replyToId != null || replyToPeerId != null) {
      b.replyTo(new ReplyTo(replyToId, replyToPeerId, null));
    }
    if (type == MessageType.SERVICE) {
      b.action(action).actor(actor).actorId(actorId);
    }
    String text = applyText(b, startLine);
    if (informationText != null) {
      // A custom service action: Telegram writes only its information_text (and an empty text).
      if (text.isEmpty()) {
        text = informationText;
        b.text(text);
      } else {
        details().put("information_text", informationText);
      }
    }
    if (earlierText != null) {
      details().put("text", earlierText);
    }
    b.title(Texts.title(text));
    if (type != MessageType.SERVICE) {
      addMedia(b);
    }
    if (details != null) {
      b.actionDetails(details);
    }
    return b.build();
  }

  /** Fills text and Telegram's entities. @return the message text */
  private String applyText(Message.Builder b, long line) {
    TextParts chosen = textParts;
    String text = textParts.text();
    long dropped = textParts.droppedLength();
    if (entityParts.present && entityParts.size() > 0) {
      if (!textParts.present || entityParts.spells(text)) {
        // text_entities (v4.1.2+) lists every part as an object: the fuller of the two.
        chosen = entityParts;
        if (!textParts.present) {
          text = entityParts.text();
          dropped = entityParts.droppedLength();
        }
      } else {
        issues.warn(file, line, 0, "text_entities do not spell the text: entities taken from \"text\"");
      }
    }
    text = TextLimit.apply(text, text.length() + dropped, limits.maxTextLength(), file, line, issues);
    b.text(text);
    TextParts.Marked m = chosen.marked(limits.maxEntitiesPerMessage(), text.length());
    if (m.overLimit > 0) {
      issues.warn(file, line, 0, String.format(Locale.ROOT,
          "%d entities beyond the first %d were dropped (limit maxEntitiesPerMessage, option --max-entities)",
          m.overLimit, limits.maxEntitiesPerMessage()));
    }
    b.entities(m.entities).cashtags(m.cashtags).mentions(m.mentions).links(m.links);
    if (m.hashtagEntities != null) {
      b.hashtagEntities(m.hashtagEntities);
    }
    return text;
  }

  private void addMedia(Message.Builder b) {
    List<Media> media = null;
    List<Place> places = null;
    if (photo != null) {
      Media.Builder m = Media.builder("photo").fileSize(photoFileSize);
      fileOrLabel(m, photo);
      if (docFile == null) {
        m.width(width).height(height);
      }
      media = add(media, m.build());
    }
    if (docFile != null) {
      String kind = "file";
      if (mediaType != null) {
        kind = MEDIA_KINDS.get(mediaType);
        if (kind == null) {
          issues.warn(file, b.source().startLine(), 0,
              "unknown media_type " + Quote.quoted(mediaType) + ": read as a file (expected one of "
                  + String.join(", ", new java.util.TreeSet<>(MEDIA_KINDS.keySet())) + ")");
          kind = "file";
        }
      }
      Media.Builder m = Media.builder(kind).fileName(fileName).mimeType(mimeType).fileSize(fileSize)
          .durationSeconds(duration).width(width).height(height).title(title).performer(performer)
          .emoji(stickerEmoji);
      fileOrLabel(m, docFile);
      media = add(media, m.build());
    }
    if (contact != null || contactVcard != null) {
      Media.Builder m = Media.builder("contact").contact(contact);
      if (contactVcard != null) {
        fileOrLabel(m, contactVcard);
      }
      media = add(media, m.build());
    }
    if (location || placeName != null || address != null) {
      boolean venue = placeName != null || address != null;
      String kind = venue ? "venue" : livePeriod != null ? "live_location" : "location";
      media = add(media, Media.builder(kind).title(placeName).label(address).durationSeconds(livePeriod)
          .latitude(latitude).longitude(longitude).build());
      if (latitude != null && longitude != null || venue) {
        places = new ArrayList<>(1);
        places.add(new Place("", 0, 0, placeName != null ? placeName : address, Place.PlaceKind.LOCATION, null,
            latitude, longitude));
      }
    }
    if (gameTitle != null || gameDescription != null || gameLink != null) {
      media = add(media, Media.builder("game").title(gameTitle).label(gameDescription).file(gameLink).build());
    }
    if (invoice != null) {
      media = add(media, invoice);
    }
    if (poll != null) {
      media = add(media, Media.builder("poll").poll(poll).build());
    }
    if (todo != null) {
      media = add(media, Media.builder("todo_list").title(todo.question()).poll(todo).build());
    }
    if (giveaways != null) {
      for (Media g : giveaways) {
        media = add(media, g);
      }
    }
    b.media(media).places(places);
  }

  private static List<Media> add(List<Media> list, Media m) {
    List<Media> out = list == null ? new ArrayList<>(1) : list;
    out.add(m);
    return out;
  }

  /**
   * A file field holds a relative path, or a note in parentheses where the file was not exported
   * ({@code (File not included. Change data exporting settings to download.)}): that note is the label.
   */
  private static void fileOrLabel(Media.Builder m, String value) {
    if (value.startsWith("(") && value.endsWith(")")) {
      m.label(value);
    } else if (!value.isEmpty()) {
      m.file(value);
    }
  }

  private Timestamp timestamp(String unix, String local, String key, long line) {
    if (unix != null && !unix.isEmpty()) {
      try {
        return Timestamp.of(Instant.ofEpochSecond(Long.parseLong(unix.trim())));
      } catch (NumberFormatException | DateTimeException e) {
        issues.warn(file, line, 0, "expected Unix seconds for \"" + key + "_unixtime\", found \""
            + abbreviate(unix) + "\"");
      }
    }
    if (local != null && !local.isEmpty()) {
      try {
        return Timestamp.ofLocal(LocalDateTime.parse(local), zone);
      } catch (DateTimeException e) {
        issues.warn(file, line, 0, "expected an ISO-8601 local date-time for \"" + key + "\", found \""
            + abbreviate(local) + "\"");
      }
    }
    return null;
  }

  private MessageType messageType(JsonParser p, String name) {
    if (name == null || name.equals("message")) {
      return MessageType.MESSAGE;
    }
    if (name.equals("service")) {
      return MessageType.SERVICE;
    }
    if (!name.equals("unsupported")) {
      warn(p, "unknown message type \"" + abbreviate(name)
          + "\": read as unsupported (expected message, service or unsupported)");
    }
    return MessageType.UNSUPPORTED;
  }

  // ---- values --------------------------------------------------------------------------------------------

  private Map<String, Object> details() {
    if (details == null) {
      details = new LinkedHashMap<>();
    }
    return details;
  }

  /** A scalar as text: strings as they are, numbers and booleans as written; null for null. */
  private String text(JsonParser p, JsonToken t, String key) throws IOException {
    switch (t) {
      case VALUE_STRING:
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
      case VALUE_TRUE:
      case VALUE_FALSE:
        return p.getText();
      case VALUE_NULL:
        return null;
      default:
        return unexpected(p, t, key, "a string");
    }
  }

  private Long number(JsonParser p, JsonToken t, String key) throws IOException {
    switch (t) {
      case VALUE_NUMBER_INT:
        try {
          return p.getLongValue();
        } catch (InputCoercionException e) {
          warn(p, "expected a 64-bit integer for \"" + key + "\", found " + abbreviate(p.getText()));
          return null;
        }
      case VALUE_NUMBER_FLOAT:
        return (long) p.getDoubleValue();
      case VALUE_STRING: {
        String s = p.getText().trim();
        if (s.isEmpty()) {
          return null;
        }
        try {
          return Long.parseLong(s);
        } catch (NumberFormatException e) {
          warn(p, "expected an integer for \"" + key + "\", found \"" + abbreviate(s) + "\"");
          return null;
        }
      }
      case VALUE_NULL:
        return null;
      default:
        return unexpected(p, t, key, "a number");
    }
  }

  private Integer integer(JsonParser p, JsonToken t, String key) throws IOException {
    Long v = number(p, t, key);
    if (v == null) {
      return null;
    }
    if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
      warn(p, "expected a 32-bit integer for \"" + key + "\", found " + v);
      return null;
    }
    return v.intValue();
  }

  private Double decimal(JsonParser p, JsonToken t, String key) throws IOException {
    switch (t) {
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return p.getDoubleValue();
      case VALUE_STRING:
        try {
          return Double.parseDouble(p.getText().trim());
        } catch (NumberFormatException e) {
          warn(p, "expected a number for \"" + key + "\", found \"" + abbreviate(p.getText()) + "\"");
          return null;
        }
      case VALUE_NULL:
        return null;
      default:
        return unexpected(p, t, key, "a number");
    }
  }

  private Boolean bool(JsonParser p, JsonToken t, String key) throws IOException {
    switch (t) {
      case VALUE_TRUE:
        return Boolean.TRUE;
      case VALUE_FALSE:
        return Boolean.FALSE;
      case VALUE_NULL:
        return null;
      default:
        return unexpected(p, t, key, "true or false");
    }
  }

  /** Reports a value of the wrong JSON type and skips it. @return null */
  private <T> T unexpected(JsonParser p, JsonToken t, String key, String expected) throws IOException {
    warn(p, "expected " + expected + " for " + Quote.quoted(key) + ", found " + describe(t) + "; skipped");
    p.skipChildren();
    return null;
  }

  static String describe(JsonToken t) {
    if (t == null) {
      return "end of input";
    }
    switch (t) {
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "an array";
      case VALUE_STRING:
        return "a string";
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "a number";
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "a boolean";
      case VALUE_NULL:
        return "null";
      default:
        return t.name();
    }
  }

  private void warn(JsonParser p, String message) {
    long[] at = locator.at(p.currentTokenLocation());
    issues.warn(file, at[0], at[1], message);
  }

  static String abbreviate(String s) {
    return Quote.abbreviated(s);
  }

  // ---- structured values ---------------------------------------------------------------------------------

  /**
   * Reads a text value: a string, or an array of strings and {@code {type, text, ...}} objects.
   *
   * @param into cleared and filled
   */
  private void readText(JsonParser p, JsonToken t, String key, TextParts into) throws IOException {
    into.clear();
    into.present = true;
    // Parts are held up to one past the text limit, which is then cut where it should be.
    into.cap = limits.maxTextLength();
    into.maxTyped = limits.maxEntitiesPerMessage();
    switch (t) {
      case VALUE_STRING:
        into.addPlain(p.getText());
        return;
      case VALUE_NULL:
        return;
      case START_ARRAY:
        break;
      default:
        unexpected(p, t, key, "a string or an array of text parts");
        return;
    }
    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
      if (t == JsonToken.VALUE_STRING) {
        into.addPlain(p.getText());
      } else if (t == JsonToken.START_OBJECT) {
        TextParts.Part part = into.full() || into.merging() ? into.scratch() : into.add();
        readPart(p, part);
        into.filled(part);
      } else if (t != JsonToken.VALUE_NULL) {
        unexpected(p, t, key + "[]", "a string or a text part object");
      }
    }
  }

  /** The part types Telegram writes, each held once (see readPart). */
  private static final java.util.Map<String, String> PART_TYPES = java.util.stream.Stream.of("plain", "bold",
      "italic", "underline", "strikethrough", "spoiler", "code", "pre", "text_link", "link", "mention",
      "mention_name", "hashtag", "cashtag", "bot_command", "email", "phone", "bank_card", "custom_emoji",
      "blockquote", "unknown").collect(java.util.stream.Collectors.toUnmodifiableMap(k -> k, k -> k));

  private void readPart(JsonParser p, TextParts.Part part) throws IOException {
    JsonToken t;
    while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
      String key = p.currentName();
      t = p.nextToken();
      switch (key) {
        case "type": {
          // One string per kind, not one per part: a message of a million parts held a million copies of "bold".
          String type = text(p, t, key);
          part.type = type == null ? null : PART_TYPES.getOrDefault(type, type);
          break;
        }
        case "text": {
          String s = text(p, t, key);
          part.text = s == null ? "" : s;
          break;
        }
        case "href":
          part.href = text(p, t, key);
          break;
        case "language":
          part.language = text(p, t, key);
          break;
        case "user_id":
          part.userId = number(p, t, key);
          break;
        case "document_id":
          // A string since v4.1.2; v4.0.4-4.1.1 wrote it unquoted, a number: kept as written either way.
          part.documentId = text(p, t, key);
          break;
        case "collapsed":
          part.collapsed = bool(p, t, key);
          break;
        default:
          p.skipChildren();
          break;
      }
    }
  }

  /** A text-like value (poll question, answer) as one string. */
  private String plainText(JsonParser p, JsonToken t, String key) throws IOException {
    readText(p, t, key, scratchParts);
    return scratchParts.text();
  }

  private List<Reaction> readReactions(JsonParser p, JsonToken t) throws IOException {
    if (t != JsonToken.START_ARRAY) {
      return unexpected(p, t, "reactions", "an array");
    }
    List<Reaction> out = new ArrayList<>();
    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
      if (t != JsonToken.START_OBJECT) {
        unexpected(p, t, "reactions[]", "an object");
        continue;
      }
      String rtype = null;
      String emoji = null;
      String documentId = null;
      Long count = null;
      while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
        String key = p.currentName();
        t = p.nextToken();
        switch (key) {
          case "type":
            rtype = text(p, t, key);
            break;
          case "count":
            count = number(p, t, key);
            break;
          case "emoji":
            emoji = text(p, t, key);
            break;
          case "document_id":
            documentId = text(p, t, key);
            break;
          default:
            p.skipChildren(); // "recent": who reacted, not part of the model
            break;
        }
      }
      out.add(new Reaction(rtype, emoji, documentId, count));
    }
    return out;
  }

  private Contact readContact(JsonParser p, JsonToken t, String key) throws IOException {
    if (t != JsonToken.START_OBJECT) {
      return unexpected(p, t, key, "an object");
    }
    String first = null;
    String last = null;
    String phone = null;
    while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
      String k = p.currentName();
      t = p.nextToken();
      switch (k) {
        case "first_name":
          first = text(p, t, k);
          break;
        case "last_name":
          last = text(p, t, k);
          break;
        case "phone_number":
          phone = text(p, t, k);
          break;
        default:
          p.skipChildren();
          break;
      }
    }
    return new Contact(first, last, phone);
  }

  private void readLocation(JsonParser p, JsonToken t, String key) throws IOException {
    location = true;
    if (t == JsonToken.VALUE_NULL) {
      return; // an invalid point: Telegram writes null
    }
    if (t != JsonToken.START_OBJECT) {
      unexpected(p, t, key, "an object or null");
      return;
    }
    while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
      String k = p.currentName();
      t = p.nextToken();
      switch (k) {
        case "latitude":
          latitude = decimal(p, t, k);
          break;
        case "longitude":
          longitude = decimal(p, t, k);
          break;
        default:
          p.skipChildren();
          break;
      }
    }
  }

  private Media readInvoice(JsonParser p, JsonToken t, String key) throws IOException {
    if (t != JsonToken.START_OBJECT) {
      return unexpected(p, t, key, "an object");
    }
    String invoiceTitle = null;
    String description = null;
    while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
      String k = p.currentName();
      t = p.nextToken();
      switch (k) {
        case "title":
          invoiceTitle = text(p, t, k);
          break;
        case "description":
          description = text(p, t, k);
          break;
        default:
          p.skipChildren(); // amount, currency, receipt_message_id: no place in the media model
          break;
      }
    }
    return Media.builder("invoice").title(invoiceTitle).label(description).build();
  }

  private Poll readPoll(JsonParser p, JsonToken t, String key) throws IOException {
    if (t != JsonToken.START_OBJECT) {
      return unexpected(p, t, key, "an object");
    }
    String question = null;
    Boolean closed = null;
    Long total = null;
    List<Poll.Answer> answers = new ArrayList<>();
    while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
      String k = p.currentName();
      t = p.nextToken();
      switch (k) {
        case "question":
          question = plainText(p, t, k);
          break;
        case "closed":
          closed = bool(p, t, k);
          break;
        case "total_voters":
          total = number(p, t, k);
          break;
        case "answers":
          readAnswers(p, t, k, answers, true);
          break;
        default:
          p.skipChildren();
          break;
      }
    }
    return new Poll(question, closed, total, answers);
  }

  private Poll readTodo(JsonParser p, JsonToken t, String key) throws IOException {
    if (t != JsonToken.START_OBJECT) {
      return unexpected(p, t, key, "an object");
    }
    String todoTitle = null;
    List<Poll.Answer> items = new ArrayList<>();
    while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
      String k = p.currentName();
      t = p.nextToken();
      switch (k) {
        case "title":
          todoTitle = plainText(p, t, k);
          break;
        case "answers":
          readAnswers(p, t, k, items, false);
          break;
        default:
          p.skipChildren();
          break;
      }
    }
    return new Poll(todoTitle, null, null, items);
  }

  private void readAnswers(JsonParser p, JsonToken t, String key, List<Poll.Answer> into, boolean votes)
      throws IOException {
    if (t != JsonToken.START_ARRAY) {
      unexpected(p, t, key, "an array");
      return;
    }
    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
      if (t != JsonToken.START_OBJECT) {
        unexpected(p, t, key + "[]", "an object");
        continue;
      }
      String text = null;
      Long voters = null;
      Boolean chosen = null;
      while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
        String k = p.currentName();
        t = p.nextToken();
        switch (k) {
          case "text":
            text = plainText(p, t, k);
            break;
          case "voters":
            voters = votes ? number(p, t, k) : null;
            break;
          case "chosen":
            chosen = votes ? bool(p, t, k) : null;
            break;
          default:
            p.skipChildren();
            break;
        }
      }
      into.add(new Poll.Answer(text, voters, chosen));
    }
  }

  private void readGiveaway(JsonParser p, JsonToken t, String key) throws IOException {
    if (t != JsonToken.START_OBJECT) {
      unexpected(p, t, key, "an object");
      return;
    }
    String prize = null;
    while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
      String k = p.currentName();
      t = p.nextToken();
      if (k.equals("additional_prize")) {
        prize = text(p, t, k);
      } else {
        p.skipChildren(); // quantity, months, until_date, channels, winners...: no place in the media model
      }
    }
    if (giveaways == null) {
      giveaways = new ArrayList<>(1);
    }
    // The label says which of the two records this was: the start of a giveaway, or its results.
    giveaways.add(Media.builder("giveaway").title(prize == null || prize.isEmpty() ? null : prize).label(key)
        .build());
  }
}
