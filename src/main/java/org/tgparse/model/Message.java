package org.tgparse.model;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One message, post or service record from any supported archive format. Deeply immutable; lists are never null.
 *
 * <p>Every offset in the entity lists is in UTF-16 code units into {@link #text()}, half-open. The JSON record is
 * flat ({@code forwardedFrom}, {@code views}, {@code action}, ...): the small records here ({@link Forward},
 * {@link Views}, {@link ServiceAction}) group what belongs together without changing it.
 *
 * @param type what the record is; never null
 * @param sequence 1-based position of the record within its input file
 * @param id the message id as the format gives it ({@code 123}, {@code -999999877} for a legacy group, {@code channel/519} on t.me pages), or null where the format has none
 * @param channel the chat or channel the message belongs to, or null where the format does not say
 * @param permalink a public link to the post ({@code https://t.me/channel/519}), or null
 * @param date the message's own time, or null where the format has none
 * @param edited when the message was last edited, or null
 * @param from the sender's display name, or null
 * @param fromId the sender's id ({@code user123}, {@code channel123}, or a bare number in old exports), or null
 * @param author the channel post's signature (author), or null
 * @param viaBot the inline bot the message was sent via ({@code @bot}), or null
 * @param forward where the post was forwarded from, or null when it is not a forward
 * @param savedFrom the chat a saved message was saved from, or null
 * @param replyTo the message this one replies to, or null
 * @param title the first non-blank line of the text, or null when the text is blank
 * @param text the message text with line breaks kept ({@code \n}); never null, empty when there is none
 * @param duplicateCollapsed true when a repeated copy of the body was dropped (plain-text export)
 * @param hashtagEntities every hashtag occurrence with its offsets (the distinct ones: {@link #hashtags()})
 * @param mentions mentions with offsets
 * @param cashtags cashtags with offsets
 * @param links links with offsets
 * @param emoji emoji sequences with offsets
 * @param dates dates mentioned in the text, with offsets
 * @param places places: dateline, mentions, flags, locations
 * @param dateline the post's dateline, or null
 * @param entities entities as the format marked them (formatting, Telegram's own kinds)
 * @param media media attachments and placeholders, in order
 * @param linkPreview the link preview card, or null
 * @param reactions reactions with counts
 * @param views the view count as a number and as the page wrote it, or null where the format has none
 * @param service for service records, the action, who did it and its details; null for other records and for custom service messages without an action
 * @param source where in the input the record came from; never null
 */
public record Message(
    MessageType type,
    long sequence,
    String id,
    Channel channel,
    String permalink,
    Timestamp date,
    Timestamp edited,
    String from,
    String fromId,
    String author,
    String viaBot,
    Forward forward,
    String savedFrom,
    ReplyTo replyTo,
    String title,
    String text,
    boolean duplicateCollapsed,
    List<Hashtag> hashtagEntities,
    List<Mention> mentions,
    List<Cashtag> cashtags,
    List<Link> links,
    List<EmojiMarker> emoji,
    List<DateMention> dates,
    List<Place> places,
    Dateline dateline,
    List<TextEntity> entities,
    List<Media> media,
    LinkPreview linkPreview,
    List<Reaction> reactions,
    Views views,
    ServiceAction service,
    SourceRef source) {

  /** Checks required fields and copies lists. */
  public Message {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(source, "source");
    // An empty group says nothing the JSON could carry: it is no group (a forward is the exception: its record
    // alone says the post is a forward, even from a source the archive does not name).
    if (views != null && views.count() == null && views.text() == null) {
      views = null;
    }
    if (service != null && service.action() == null && service.actor() == null && service.actorId() == null
        && service.details().isEmpty()) {
      service = null;
    }
    // The null test at each list, not in a shared helper: the JIT profiles each test on its own, and drops the copy
    // where a list is always null (most of them, for most formats); a shared helper would have one profile for all.
    hashtagEntities = hashtagEntities == null ? List.of() : List.copyOf(hashtagEntities);
    mentions = mentions == null ? List.of() : List.copyOf(mentions);
    cashtags = cashtags == null ? List.of() : List.copyOf(cashtags);
    links = links == null ? List.of() : List.copyOf(links);
    emoji = emoji == null ? List.of() : List.copyOf(emoji);
    dates = dates == null ? List.of() : List.copyOf(dates);
    places = places == null ? List.of() : List.copyOf(places);
    entities = entities == null ? List.of() : List.copyOf(entities);
    media = media == null ? List.of() : List.copyOf(media);
    reactions = reactions == null ? List.of() : List.copyOf(reactions);
  }

  /** @return true when {@link #date()} is a local time of an unknown zone */
  public boolean dateIsLocal() {
    return date != null && date.isLocal();
  }

  /**
   * The distinct hashtags as written with {@code #}, in order of first appearance: the texts of
   * {@link #hashtagEntities()} without repeats.
   *
   * @return the distinct hashtags; never null
   */
  public List<String> hashtags() {
    if (hashtagEntities.isEmpty()) {
      return List.of();
    }
    Set<String> seen = new LinkedHashSet<>();
    for (Hashtag h : hashtagEntities) {
      seen.add(h.text());
    }
    return List.copyOf(seen);
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return a builder holding this message's values */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.type = type;
    b.sequence = sequence;
    b.id = id;
    b.channel = channel;
    b.permalink = permalink;
    b.date = date;
    b.edited = edited;
    b.from = from;
    b.fromId = fromId;
    b.author = author;
    b.viaBot = viaBot;
    b.savedFrom = savedFrom;
    b.replyTo = replyTo;
    b.title = title;
    b.text = text;
    b.duplicateCollapsed = duplicateCollapsed;
    b.hashtagEntities = hashtagEntities;
    b.mentions = mentions;
    b.cashtags = cashtags;
    b.links = links;
    b.emoji = emoji;
    b.dates = dates;
    b.places = places;
    b.dateline = dateline;
    b.entities = entities;
    b.media = media;
    b.linkPreview = linkPreview;
    b.reactions = reactions;
    b.source = source;
    if (forward != null) {
      b.forwardedFrom = forward.from();
      b.forwardedFromId = forward.fromId();
      b.forwardedFromLink = forward.link();
      b.forwardedDate = forward.date();
      b.forwarded = true;
    }
    if (views != null) {
      b.viewCount = views.count();
      b.viewsText = views.text();
    }
    if (service != null) {
      b.action = service.action();
      b.actor = service.actor();
      b.actorId = service.actorId();
      b.actionDetails = service.details();
    }
    return b;
  }

  /**
   * Builds a {@link Message}; not thread-safe. Required: {@code type} (defaults to message), {@code text} (defaults to
   * empty), {@code source}. The grouped fields are set one by one ({@link #forwardedFrom(String)},
   * {@link #viewCount(Long)}, {@link #action(String)}, ...) and grouped by {@link #build()}.
   */
  public static final class Builder {
    private MessageType type = MessageType.MESSAGE;
    private long sequence;
    private String id;
    private Channel channel;
    private String permalink;
    private Timestamp date;
    private Timestamp edited;
    private String from;
    private String fromId;
    private String author;
    private String viaBot;
    private String savedFrom;
    private ReplyTo replyTo;
    private String title;
    private String text = "";
    private boolean duplicateCollapsed;
    private List<Hashtag> hashtagEntities;
    private List<Mention> mentions;
    private List<Cashtag> cashtags;
    private List<Link> links;
    private List<EmojiMarker> emoji;
    private List<DateMention> dates;
    private List<Place> places;
    private Dateline dateline;
    private List<TextEntity> entities;
    private List<Media> media;
    private LinkPreview linkPreview;
    private List<Reaction> reactions;
    private SourceRef source;
    private boolean forwarded;
    private String forwardedFrom;
    private String forwardedFromId;
    private String forwardedFromLink;
    private Timestamp forwardedDate;
    private Long viewCount;
    private String viewsText;
    private String action;
    private String actor;
    private String actorId;
    private Map<String, Object> actionDetails;

    private Builder() {
    }

    /**
     * @param value what the record is; never null
     * @return this
     */
    public Builder type(MessageType value) {
      this.type = value;
      return this;
    }

    /** @return the type set so far */
    public MessageType type() {
      return type;
    }

    /**
     * @param value 1-based position of the record within its input file
     * @return this
     */
    public Builder sequence(long value) {
      this.sequence = value;
      return this;
    }

    /** @return the sequence set so far */
    public long sequence() {
      return sequence;
    }

    /**
     * @param value the message id as the format gives it ({@code 123}, {@code -999999877} for a legacy group, {@code channel/519} on t.me pages), or null where the format has none
     * @return this
     */
    public Builder id(String value) {
      this.id = value;
      return this;
    }

    /** @return the id set so far */
    public String id() {
      return id;
    }

    /**
     * @param value the chat or channel the message belongs to, or null where the format does not say
     * @return this
     */
    public Builder channel(Channel value) {
      this.channel = value;
      return this;
    }

    /** @return the channel set so far */
    public Channel channel() {
      return channel;
    }

    /**
     * @param value a public link to the post ({@code https://t.me/channel/519}), or null
     * @return this
     */
    public Builder permalink(String value) {
      this.permalink = value;
      return this;
    }

    /** @return the permalink set so far */
    public String permalink() {
      return permalink;
    }

    /**
     * @param value the message's own time, or null where the format has none
     * @return this
     */
    public Builder date(Timestamp value) {
      this.date = value;
      return this;
    }

    /** @return the date set so far */
    public Timestamp date() {
      return date;
    }

    /**
     * @param value when the message was last edited, or null
     * @return this
     */
    public Builder edited(Timestamp value) {
      this.edited = value;
      return this;
    }

    /** @return the edited set so far */
    public Timestamp edited() {
      return edited;
    }

    /**
     * @param value the sender's display name, or null
     * @return this
     */
    public Builder from(String value) {
      this.from = value;
      return this;
    }

    /** @return the from set so far */
    public String from() {
      return from;
    }

    /**
     * @param value the sender's id ({@code user123}, {@code channel123}, or a bare number in old exports), or null
     * @return this
     */
    public Builder fromId(String value) {
      this.fromId = value;
      return this;
    }

    /** @return the fromId set so far */
    public String fromId() {
      return fromId;
    }

    /**
     * @param value the channel post's signature (author), or null
     * @return this
     */
    public Builder author(String value) {
      this.author = value;
      return this;
    }

    /** @return the author set so far */
    public String author() {
      return author;
    }

    /**
     * @param value the inline bot the message was sent via ({@code @bot}), or null
     * @return this
     */
    public Builder viaBot(String value) {
      this.viaBot = value;
      return this;
    }

    /** @return the viaBot set so far */
    public String viaBot() {
      return viaBot;
    }

    /**
     * Marks the message as a forward even when the archive names no source (a forward from a deleted account:
     * Desktop JSON's {@code "forwarded_from": null}); setting any forward field marks it too.
     *
     * @param value whether the message is a forward
     * @return this
     */
    public Builder forwarded(boolean value) {
      this.forwarded = value;
      return this;
    }

    /**
     * @param value the name of the channel or user the post was forwarded from, or null
     * @return this
     */
    public Builder forwardedFrom(String value) {
      this.forwardedFrom = value;
      return this;
    }

    /** @return the forwardedFrom set so far */
    public String forwardedFrom() {
      return forwardedFrom;
    }

    /**
     * @param value the id of the forward source, or null
     * @return this
     */
    public Builder forwardedFromId(String value) {
      this.forwardedFromId = value;
      return this;
    }

    /** @return the forwardedFromId set so far */
    public String forwardedFromId() {
      return forwardedFromId;
    }

    /**
     * @param value a link to the forward source (t.me pages), or null
     * @return this
     */
    public Builder forwardedFromLink(String value) {
      this.forwardedFromLink = value;
      return this;
    }

    /** @return the forwardedFromLink set so far */
    public String forwardedFromLink() {
      return forwardedFromLink;
    }

    /**
     * @param value the original post's time of a forward (HTML exports), or null
     * @return this
     */
    public Builder forwardedDate(Timestamp value) {
      this.forwardedDate = value;
      return this;
    }

    /** @return the forwardedDate set so far */
    public Timestamp forwardedDate() {
      return forwardedDate;
    }

    /**
     * @param value the chat a saved message was saved from, or null
     * @return this
     */
    public Builder savedFrom(String value) {
      this.savedFrom = value;
      return this;
    }

    /** @return the savedFrom set so far */
    public String savedFrom() {
      return savedFrom;
    }

    /**
     * @param value the message this one replies to, or null
     * @return this
     */
    public Builder replyTo(ReplyTo value) {
      this.replyTo = value;
      return this;
    }

    /** @return the replyTo set so far */
    public ReplyTo replyTo() {
      return replyTo;
    }

    /**
     * @param value the first non-blank line of the text, or null when the text is blank
     * @return this
     */
    public Builder title(String value) {
      this.title = value;
      return this;
    }

    /** @return the title set so far */
    public String title() {
      return title;
    }

    /**
     * @param value the message text with line breaks kept ({@code \n}); never null, empty when there is none
     * @return this
     */
    public Builder text(String value) {
      this.text = value;
      return this;
    }

    /** @return the text set so far */
    public String text() {
      return text;
    }

    /**
     * @param value true when a repeated copy of the body was dropped (plain-text export)
     * @return this
     */
    public Builder duplicateCollapsed(boolean value) {
      this.duplicateCollapsed = value;
      return this;
    }

    /** @return the duplicateCollapsed set so far */
    public boolean duplicateCollapsed() {
      return duplicateCollapsed;
    }

    /**
     * @param value every hashtag occurrence with its offsets (the distinct ones: {@link #hashtags()})
     * @return this
     */
    public Builder hashtagEntities(List<Hashtag> value) {
      this.hashtagEntities = value;
      return this;
    }

    /** @return the hashtagEntities set so far */
    public List<Hashtag> hashtagEntities() {
      return hashtagEntities;
    }

    /**
     * @param value mentions with offsets
     * @return this
     */
    public Builder mentions(List<Mention> value) {
      this.mentions = value;
      return this;
    }

    /** @return the mentions set so far */
    public List<Mention> mentions() {
      return mentions;
    }

    /**
     * @param value cashtags with offsets
     * @return this
     */
    public Builder cashtags(List<Cashtag> value) {
      this.cashtags = value;
      return this;
    }

    /** @return the cashtags set so far */
    public List<Cashtag> cashtags() {
      return cashtags;
    }

    /**
     * @param value links with offsets
     * @return this
     */
    public Builder links(List<Link> value) {
      this.links = value;
      return this;
    }

    /** @return the links set so far */
    public List<Link> links() {
      return links;
    }

    /**
     * @param value emoji sequences with offsets
     * @return this
     */
    public Builder emoji(List<EmojiMarker> value) {
      this.emoji = value;
      return this;
    }

    /** @return the emoji set so far */
    public List<EmojiMarker> emoji() {
      return emoji;
    }

    /**
     * @param value dates mentioned in the text, with offsets
     * @return this
     */
    public Builder dates(List<DateMention> value) {
      this.dates = value;
      return this;
    }

    /** @return the dates set so far */
    public List<DateMention> dates() {
      return dates;
    }

    /**
     * @param value places: dateline, mentions, flags, locations
     * @return this
     */
    public Builder places(List<Place> value) {
      this.places = value;
      return this;
    }

    /** @return the places set so far */
    public List<Place> places() {
      return places;
    }

    /**
     * @param value the post's dateline, or null
     * @return this
     */
    public Builder dateline(Dateline value) {
      this.dateline = value;
      return this;
    }

    /** @return the dateline set so far */
    public Dateline dateline() {
      return dateline;
    }

    /**
     * @param value entities as the format marked them (formatting, Telegram's own kinds)
     * @return this
     */
    public Builder entities(List<TextEntity> value) {
      this.entities = value;
      return this;
    }

    /** @return the entities set so far */
    public List<TextEntity> entities() {
      return entities;
    }

    /**
     * @param value media attachments and placeholders, in order
     * @return this
     */
    public Builder media(List<Media> value) {
      this.media = value;
      return this;
    }

    /** @return the media set so far */
    public List<Media> media() {
      return media;
    }

    /**
     * @param value the link preview card, or null
     * @return this
     */
    public Builder linkPreview(LinkPreview value) {
      this.linkPreview = value;
      return this;
    }

    /** @return the linkPreview set so far */
    public LinkPreview linkPreview() {
      return linkPreview;
    }

    /**
     * @param value reactions with counts
     * @return this
     */
    public Builder reactions(List<Reaction> value) {
      this.reactions = value;
      return this;
    }

    /** @return the reactions set so far */
    public List<Reaction> reactions() {
      return reactions;
    }

    /**
     * @param value the view count, or null ({@code 8.67M} is 8670000)
     * @return this
     */
    public Builder viewCount(Long value) {
      this.viewCount = value;
      return this;
    }

    /** @return the viewCount set so far */
    public Long viewCount() {
      return viewCount;
    }

    /**
     * @param value the view count as the page wrote it ({@code 8.67M}), or null
     * @return this
     */
    public Builder viewsText(String value) {
      this.viewsText = value;
      return this;
    }

    /** @return the viewsText set so far */
    public String viewsText() {
      return viewsText;
    }

    /**
     * @param value for service messages, the action ({@code pin_message}, {@code create_channel}, ...), or null
     * @return this
     */
    public Builder action(String value) {
      this.action = value;
      return this;
    }

    /** @return the action set so far */
    public String action() {
      return action;
    }

    /**
     * @param value for service messages, who did it, or null
     * @return this
     */
    public Builder actor(String value) {
      this.actor = value;
      return this;
    }

    /** @return the actor set so far */
    public String actor() {
      return actor;
    }

    /**
     * @param value for service messages, the actor's id, or null
     * @return this
     */
    public Builder actorId(String value) {
      this.actorId = value;
      return this;
    }

    /** @return the actorId set so far */
    public String actorId() {
      return actorId;
    }

    /**
     * @param value for service messages, the action's other fields (title, members, message_id, ...) as strings, numbers, booleans, lists and maps
     * @return this
     */
    public Builder actionDetails(Map<String, Object> value) {
      this.actionDetails = value;
      return this;
    }

    /** @return the actionDetails set so far */
    public Map<String, Object> actionDetails() {
      return actionDetails;
    }

    /**
     * @param value where in the input the record came from; never null
     * @return this
     */
    public Builder source(SourceRef value) {
      this.source = value;
      return this;
    }

    /** @return the source set so far */
    public SourceRef source() {
      return source;
    }

    /** @return the message */
    public Message build() {
      Forward forward = forwarded || forwardedFrom != null || forwardedFromId != null || forwardedFromLink != null
          || forwardedDate != null ? new Forward(forwardedFrom, forwardedFromId, forwardedFromLink, forwardedDate) : null;
      Views views = viewCount != null || viewsText != null ? new Views(viewCount, viewsText) : null;
      ServiceAction service = action != null || actor != null || actorId != null
          || (actionDetails != null && !actionDetails.isEmpty())
          ? new ServiceAction(action, actor, actorId, actionDetails) : null;
      return new Message(type, sequence, id, channel, permalink, date, edited, from, fromId, author, viaBot, forward, savedFrom, replyTo, title, text, duplicateCollapsed, hashtagEntities, mentions, cashtags, links, emoji, dates, places, dateline, entities, media, linkPreview, reactions, views, service, source);
    }
  }
}
