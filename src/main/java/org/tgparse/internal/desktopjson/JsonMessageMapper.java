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
      Key k = Key.of(key);
      if (k == null || (!k.common && type == MessageType.SERVICE)) {
        otherKey(p, t, key);
      } else {
        value(p, t, k, key);
      }
    }
    return end(p, channel, sequence, startLine);
  }

  /** The parser stands on the message's {@code END_OBJECT}. */
  private Message end(JsonParser p, Channel channel, long sequence, long startLine) {
    long endLine = locator.line(p.currentTokenLocation());
    return build(channel, sequence, startLine, Math.max(startLine, endLine));
  }

  /**
   * A key the model has no field for: in a service record every such key is a detail of the action; in other
   * records an unknown or future key ({@code inline_bot_buttons}, {@code rich_message}, ...) is skipped.
   */
  private void otherKey(JsonParser p, JsonToken t, String key) throws IOException {
    if (type == MessageType.SERVICE) {
      details().put(key, JsonValues.read(p, t, () -> warn(p, String.format(Locale.ROOT,
          "a value of %s nested deeper than %d levels was read as null", Quote.quoted(key),
          JsonValues.MAX_DEPTH))));
    } else {
      p.skipChildren();
    }
  }

  /**
   * The keys the mapper reads, by the kind of their value. A key is looked up once in a hash map (Jackson hands out
   * canonical key strings, whose hash is computed once); each kind of value is then read at one place. Reading the
   * value at each key's own place inlined the parser's string reading dozens of times into one method, too large
   * for the JIT to compile early in a run.
   */
  private enum Key {
    // Keys every record kind may have.
    ID("id", Kind.TEXT, true),
    TYPE("type", Kind.TEXT, true),
    DATE("date", Kind.TEXT, true),
    DATE_UNIXTIME("date_unixtime", Kind.TEXT, true),
    EDITED("edited", Kind.TEXT, true),
    EDITED_UNIXTIME("edited_unixtime", Kind.TEXT, true),
    ACTION("action", Kind.TEXT, true),
    ACTOR("actor", Kind.TEXT, true),
    ACTOR_ID("actor_id", Kind.TEXT, true),
    INFORMATION_TEXT("information_text", Kind.TEXT, true),
    TEXT("text", Kind.STRUCTURED, true),
    TEXT_ENTITIES("text_entities", Kind.STRUCTURED, true),
    REACTIONS("reactions", Kind.STRUCTURED, true),
    // Keys of ordinary messages ({@code type: message}).
    FROM("from", Kind.TEXT, false),
    FROM_ID("from_id", Kind.TEXT, false),
    AUTHOR("author", Kind.TEXT, false),
    FORWARDED_FROM("forwarded_from", Kind.TEXT, false),
    FORWARDED_FROM_ID("forwarded_from_id", Kind.TEXT, false),
    SAVED_FROM("saved_from", Kind.TEXT, false),
    VIA_BOT("via_bot", Kind.TEXT, false),
    REPLY_TO_MESSAGE_ID("reply_to_message_id", Kind.TEXT, false),
    REPLY_TO_PEER_ID("reply_to_peer_id", Kind.TEXT, false),
    PHOTO("photo", Kind.TEXT, false),
    PHOTO_FILE_SIZE("photo_file_size", Kind.NUMBER, false),
    FILE("file", Kind.TEXT, false),
    FILE_NAME("file_name", Kind.TEXT, false),
    FILE_SIZE("file_size", Kind.NUMBER, false),
    MEDIA_TYPE("media_type", Kind.TEXT, false),
    STICKER_EMOJI("sticker_emoji", Kind.TEXT, false),
    PERFORMER("performer", Kind.TEXT, false),
    TITLE("title", Kind.TEXT, false),
    MIME_TYPE("mime_type", Kind.TEXT, false),
    DURATION_SECONDS("duration_seconds", Kind.NUMBER, false),
    WIDTH("width", Kind.INTEGER, false),
    HEIGHT("height", Kind.INTEGER, false),
    CONTACT_INFORMATION("contact_information", Kind.STRUCTURED, false),
    CONTACT_VCARD("contact_vcard", Kind.TEXT, false),
    LOCATION_INFORMATION("location_information", Kind.STRUCTURED, false),
    LIVE_LOCATION_PERIOD_SECONDS("live_location_period_seconds", Kind.NUMBER, false),
    PLACE_NAME("place_name", Kind.TEXT, false),
    ADDRESS("address", Kind.TEXT, false),
    GAME_TITLE("game_title", Kind.TEXT, false),
    GAME_DESCRIPTION("game_description", Kind.TEXT, false),
    GAME_LINK("game_link", Kind.TEXT, false),
    INVOICE_INFORMATION("invoice_information", Kind.STRUCTURED, false),
    POLL("poll", Kind.STRUCTURED, false),
    TODO_LIST("todo_list", Kind.STRUCTURED, false),
    GIVEAWAY_INFORMATION("giveaway_information", Kind.STRUCTURED, false),
    GIVEAWAY_RESULTS("giveaway_results", Kind.STRUCTURED, false);

    /** How a key's value is read. */
    enum Kind {
      /** A scalar as text ({@link JsonMessageMapper#text}). */
      TEXT,
      /** A 64-bit integer ({@link JsonMessageMapper#number}). */
      NUMBER,
      /** A 32-bit integer ({@link JsonMessageMapper#integer}). */
      INTEGER,
      /** An array or object, or a value with more to do than storing it. */
      STRUCTURED
    }

    private static final Map<String, Key> BY_NAME = new java.util.HashMap<>();

    static {
      for (Key k : values()) {
        BY_NAME.put(k.name, k);
      }
    }

    final String name;
    final Kind kind;
    /** Whether every record kind may have it; the others are read in ordinary messages only. */
    final boolean common;

    Key(String name, Kind kind, boolean common) {
      this.name = name;
      this.kind = kind;
      this.common = common;
    }

    /** @return the key of that name, or null for a key the mapper does not read */
    static Key of(String name) {
      return BY_NAME.get(name);
    }
  }

  /** Reads the value of a known key into the scratch state. */
  private void value(JsonParser p, JsonToken t, Key k, String key) throws IOException {
    switch (k.kind) {
      case TEXT:
        setText(p, k, text(p, t, key));
        return;
      case NUMBER:
        setNumber(k, number(p, t, key));
        return;
      case INTEGER:
        setInteger(k, integer(p, t, key));
        return;
      default:
        structured(p, t, k, key);
    }
  }

  private void setText(JsonParser p, Key k, String v) {
    switch (k) {
      case ID:
        id = v;
        break;
      case TYPE:
        type = messageType(p, v);
        break;
      case DATE:
        dateText = v;
        break;
      case DATE_UNIXTIME:
        dateUnix = v;
        break;
      case EDITED:
        editedText = v;
        break;
      case EDITED_UNIXTIME:
        editedUnix = v;
        break;
      case ACTION:
        action = v;
        break;
      case ACTOR:
        actor = v;
        break;
      case ACTOR_ID:
        actorId = v;
        break;
      case INFORMATION_TEXT:
        informationText = v;
        break;
      case FROM:
        from = v;
        break;
      case FROM_ID:
        fromId = v;
        break;
      case AUTHOR:
        author = v;
        break;
      case FORWARDED_FROM:
        forwardedFrom = v;
        forwarded = true;
        break;
      case FORWARDED_FROM_ID:
        forwardedFromId = v;
        break;
      case SAVED_FROM:
        savedFrom = v;
        break;
      case VIA_BOT:
        viaBot = v;
        break;
      case REPLY_TO_MESSAGE_ID:
        replyToId = v;
        break;
      case REPLY_TO_PEER_ID:
        replyToPeerId = v;
        break;
      case PHOTO:
        photo = v;
        break;
      case FILE:
        docFile = v;
        break;
      case FILE_NAME:
        fileName = v;
        break;
      case MEDIA_TYPE:
        mediaType = v;
        break;
      case STICKER_EMOJI:
        stickerEmoji = v;
        break;
      case PERFORMER:
        performer = v;
        break;
      case TITLE:
        title = v;
        break;
      case MIME_TYPE:
        mimeType = v;
        break;
      case CONTACT_VCARD:
        contactVcard = v;
        break;
      case PLACE_NAME:
        placeName = v;
        break;
      case ADDRESS:
        address = v;
        break;
      case GAME_TITLE:
        gameTitle = v;
        break;
      case GAME_DESCRIPTION:
        gameDescription = v;
        break;
      case GAME_LINK:
        gameLink = v;
        break;
      default:
        throw new IllegalStateException("not a text key: " + k);
    }
  }

  private void setNumber(Key k, Long v) {
    switch (k) {
      case PHOTO_FILE_SIZE:
        photoFileSize = v;
        break;
      case FILE_SIZE:
        fileSize = v;
        break;
      case DURATION_SECONDS:
        duration = v;
        break;
      case LIVE_LOCATION_PERIOD_SECONDS:
        livePeriod = v;
        break;
      default:
        throw new IllegalStateException("not a number key: " + k);
    }
  }

  private void setInteger(Key k, Integer v) {
    if (k == Key.WIDTH) {
      width = v;
    } else {
      height = v;
    }
  }

  /** Reads an array or object value, or one that needs more than storing. */
  private void structured(JsonParser p, JsonToken t, Key k, String key) throws IOException {
    switch (k) {
      case TEXT:
        textKey(p, t, key);
        break;
      case TEXT_ENTITIES:
        if (textParts.present) {
          // Telegram's SerializeText writes text and text_entities from the same parts: once text was read,
          // text_entities says nothing new, and skipping it leaves its strings undecoded (Jackson decodes lazily).
          p.skipChildren();
        } else {
          readText(p, t, key, entityParts);
        }
        break;
      case REACTIONS:
        reactions = readReactions(p, t);
        break;
      case CONTACT_INFORMATION:
        contact = readContact(p, t, key);
        break;
      case LOCATION_INFORMATION:
        readLocation(p, t, key);
        break;
      case INVOICE_INFORMATION:
        invoice = readInvoice(p, t, key);
        break;
      case POLL:
        poll = readPoll(p, t, key);
        break;
      case TODO_LIST:
        todo = readTodo(p, t, key);
        break;
      case GIVEAWAY_INFORMATION:
      case GIVEAWAY_RESULTS:
        readGiveaway(p, t, key);
        break;
      default:
        throw new IllegalStateException("not a structured key: " + k);
    }
  }

  /** The message text; a second {@code text} key is handled by {@link #duplicateText}. */
  private void textKey(JsonParser p, JsonToken t, String key) throws IOException {
    textKeys++;
    if (textKeys > 1) {
      duplicateText(p);
    }
    readText(p, t, key, textParts);
  }

  /** A second {@code text} key: the earlier one is an action detail of a service record, else dropped. */
  private void duplicateText(JsonParser p) {
    String before = textParts.text();
    if (type == MessageType.SERVICE) {
      earlierText = before;
    } else {
      warn(p, "duplicate key \"text\": the last one is kept, the earlier one (\"" + abbreviate(before)
          + "\") is dropped");
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

  /** The media of an ordinary message: photos and files are common, the other kinds are read out of line. */
  private void addMedia(Message.Builder b) {
    List<Media> media = null;
    if (photo != null) {
      media = add(media, photoMedia());
    }
    if (docFile != null) {
      media = add(media, fileMedia(b.source().startLine()));
    }
    if (contact != null || contactVcard != null || location || placeName != null || address != null
        || gameTitle != null || gameDescription != null || gameLink != null || invoice != null || poll != null
        || todo != null || giveaways != null) {
      media = addOtherMedia(b, media);
    }
    b.media(media);
  }

  private Media photoMedia() {
    Media.Builder m = Media.builder("photo").fileSize(photoFileSize);
    fileOrLabel(m, photo);
    if (docFile == null) {
      m.width(width).height(height);
    }
    return m.build();
  }

  /** A {@code file}: a document, video, sticker, ... by its {@code media_type}. */
  private Media fileMedia(long line) {
    String kind = mediaType == null ? "file" : MEDIA_KINDS.get(mediaType);
    if (kind == null) {
      kind = unknownMediaType(line);
    }
    Media.Builder m = Media.builder(kind).fileName(fileName).mimeType(mimeType).fileSize(fileSize)
        .durationSeconds(duration).width(width).height(height).title(title).performer(performer)
        .emoji(stickerEmoji);
    fileOrLabel(m, docFile);
    return m.build();
  }

  /** Reports a {@code media_type} Telegram does not write. @return the kind it is read as */
  private String unknownMediaType(long line) {
    issues.warn(file, line, 0,
        "unknown media_type " + Quote.quoted(mediaType) + ": read as a file (expected one of "
            + String.join(", ", new java.util.TreeSet<>(MEDIA_KINDS.keySet())) + ")");
    return "file";
  }

  /**
   * Contacts, locations and venues (with their place), games, invoices, polls, to-do lists and giveaways, after
   * the photo and file. @return the media list, with them
   */
  private List<Media> addOtherMedia(Message.Builder b, List<Media> media) {
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
        b.places(List.of(new Place("", 0, 0, placeName != null ? placeName : address, Place.PlaceKind.LOCATION,
            null, latitude, longitude)));
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
    return media;
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

  /** The Unix time when there is one (v2.0+), else the local date-time read in the zone of local dates. */
  private Timestamp timestamp(String unix, String local, String key, long line) {
    if (unix != null && !unix.isEmpty()) {
      try {
        return Timestamp.of(Instant.ofEpochSecond(Long.parseLong(unix.trim())));
      } catch (NumberFormatException | DateTimeException e) {
        issues.warn(file, line, 0, "expected Unix seconds for \"" + key + "_unixtime\", found \""
            + abbreviate(unix) + "\"");
      }
    }
    return local != null && !local.isEmpty() ? localTimestamp(local, key, line) : null;
  }

  private Timestamp localTimestamp(String local, String key, long line) {
    try {
      return Timestamp.ofLocal(LocalDateTime.parse(local), zone);
    } catch (DateTimeException e) {
      issues.warn(file, line, 0, "expected an ISO-8601 local date-time for \"" + key + "\", found \""
          + abbreviate(local) + "\"");
      return null;
    }
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
