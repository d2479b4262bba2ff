package org.tgparse.internal.tme;

import java.io.IOException;
import java.io.InputStream;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.parser.StreamParser;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;
import org.tgparse.internal.html.HtmlDocs;
import org.tgparse.internal.html.HtmlText;
import org.tgparse.internal.html.LoneSurrogates;
import org.tgparse.internal.html.ServiceActions;
import org.tgparse.internal.io.Decoding;
import org.tgparse.internal.io.Detector;
import org.tgparse.internal.io.FormatReader;
import org.tgparse.internal.io.IssueSink;
import org.tgparse.internal.io.Quote;
import org.tgparse.internal.io.Texts;
import org.tgparse.internal.pipeline.SeenPosts;
import org.tgparse.model.Channel;
import org.tgparse.model.LinkPreview;
import org.tgparse.model.Media;
import org.tgparse.model.Message;
import org.tgparse.model.MessageType;
import org.tgparse.model.Place;
import org.tgparse.model.Poll;
import org.tgparse.model.Reaction;
import org.tgparse.model.ReplyTo;
import org.tgparse.model.Timestamp;
import org.tgparse.read.Limits;
import org.tgparse.read.TgparseException;

/**
 * Reads a saved {@code t.me/s/<channel>} page (the public web preview), one or several pages concatenated in one
 * file. The markup is described in {@code docs/formats.md} section 3.
 *
 * <ul>
 *   <li>Records: every {@code div.tgme_widget_message[data-post]}, in page order (t.me lists a page oldest first);
 *       a {@code data-post} seen before in the same input is skipped, so overlapping pages pasted together give
 *       each post once. Across inputs, {@link org.tgparse.internal.pipeline.SeenPosts} does the same.
 *   <li>{@code id} is the {@code data-post} ({@code channel/519}), {@code permalink} the footer's
 *       {@code a.tgme_widget_message_date} link, {@code date} its {@code time[datetime]}.
 *   <li>{@code from} is the post's owner (the channel), {@code author} the signature
 *       ({@code tgme_widget_message_from_author}), {@code forwardedFrom} and {@code forwardedFromLink} the
 *       {@code tgme_widget_message_forwarded_from_name} ({@code <a>} or, for hidden sources, {@code <span>}).
 *   <li>{@code edited}: the page says only that a post was edited ({@code edited} in the footer), not when. The
 *       post's own date is used: a lower bound of the edit time, so that {@code edited != null} still tells an
 *       edited post.
 *   <li>Views as a number ({@code 8.67M} is 8670000) with the text kept in {@code viewsText}; reactions; the link
 *       preview card; media, where an album is an {@code album} entry followed by its items and media the page
 *       cannot show keep its label ({@code Media is too big}, {@code This media is not supported in your browser},
 *       {@code Please open Telegram to view this post}).
 *   <li>The channel header ({@code tgme_channel_info}: title, username, description, subscribers) is the
 *       {@code channel} of every post of the page; without a header, the channel is named from the post.
 * </ul>
 *
 * <p>Streaming: jsoup's {@link StreamParser} hands out each post when its markup is complete, and the post is
 * removed from the tree once read, so memory holds one post at a time. The channel header applies to the posts
 * after it (t.me writes it before the history). The text is UTF-8 (or UTF-16 with a byte-order mark), decoded with
 * an issue for each invalid byte sequence. Not thread-safe.
 */
final class TmeReader implements FormatReader {
  private static final Evaluator CHANNEL_TITLE = QueryParser.parse(".tgme_channel_info_header_title");
  private static final Evaluator CHANNEL_USERNAME = QueryParser.parse(".tgme_channel_info_header_username");
  private static final Evaluator CHANNEL_DESCRIPTION = QueryParser.parse(".tgme_channel_info_description");
  private static final Evaluator CHANNEL_COUNTER = QueryParser.parse(".tgme_channel_info_counter");
  private static final Evaluator COUNTER_VALUE = QueryParser.parse(".counter_value");
  private static final Evaluator COUNTER_TYPE = QueryParser.parse(".counter_type");
  private static final Evaluator OWNER_NAME = QueryParser.parse(".tgme_widget_message_owner_name");
  private static final Evaluator FORWARDED_NAME = QueryParser.parse(".tgme_widget_message_forwarded_from_name");
  private static final Evaluator TIME = QueryParser.parse("time[datetime]");
  private static final Evaluator DATE_LINK = QueryParser.parse("a.tgme_widget_message_date");
  private static final Evaluator FROM_AUTHOR = QueryParser.parse(".tgme_widget_message_from_author");
  private static final Evaluator NOT_SUPPORTED_LABEL = QueryParser.parse(".message_media_not_supported_label");
  private static final Evaluator VIDEO = QueryParser.parse("video[src]");
  private static final Evaluator AUDIO = QueryParser.parse("audio[src]");
  private static final Evaluator DURATION = QueryParser.parse("time");
  private static final Evaluator BACKGROUND = QueryParser.parse("[style*=background-image]");
  private static final Evaluator ALBUM_ITEMS = QueryParser.parse(
      ".tgme_widget_message_photo_wrap, .tgme_widget_message_video_player");
  private static final Evaluator DOCUMENT_TITLE = QueryParser.parse(".tgme_widget_message_document_title");
  private static final Evaluator DOCUMENT_EXTRA = QueryParser.parse(".tgme_widget_message_document_extra");
  private static final Evaluator DOCUMENT_ICON = QueryParser.parse(".tgme_widget_message_document_icon");
  private static final Evaluator POLL_QUESTION = QueryParser.parse(".tgme_widget_message_poll_question");
  private static final Evaluator POLL_TYPE = QueryParser.parse(".tgme_widget_message_poll_type");
  private static final Evaluator POLL_OPTION = QueryParser.parse(".tgme_widget_message_poll_option");
  private static final Evaluator POLL_OPTION_TEXT = QueryParser.parse(".tgme_widget_message_poll_option_text");
  private static final Evaluator POLL_VOTERS = QueryParser.parse(".tgme_widget_message_voters");
  private static final Evaluator VENUE_TITLE = QueryParser.parse(".tgme_widget_message_venue_title");
  private static final Evaluator VENUE_ADDRESS = QueryParser.parse(".tgme_widget_message_venue_address");
  private static final Evaluator PREVIEW_SITE = QueryParser.parse(".link_preview_site_name");
  private static final Evaluator PREVIEW_TITLE = QueryParser.parse(".link_preview_title");
  private static final Evaluator PREVIEW_DESCRIPTION = QueryParser.parse(".link_preview_description");
  private static final Evaluator PREVIEW_IMAGE = QueryParser.parse(
      ".link_preview_image, .link_preview_right_image, .link_preview_video_thumb");
  private static final Evaluator REACTION = QueryParser.parse(".tgme_reaction");
  private static final Evaluator EMOJI_B = QueryParser.parse("i.emoji b, b");
  private static final Evaluator TG_EMOJI = QueryParser.parse("tg-emoji[emoji-id]");

  private final InputStream in;
  private final String file;
  private final Limits limits;
  private final IssueSink issues;
  private StreamParser stream;
  private Iterator<Element> elements;
  private Channel pageChannel;
  private long sequence;
  private final Set<String> seen = new HashSet<>();
  private boolean closed;
  private boolean depthReported;
  private final ProfilePage profile = new ProfilePage();
  private boolean endReported;

  /**
   * @param in the page's bytes; closed once parsed
   * @param file the input's name
   * @param limits limits
   * @param issues where recoverable issues go
   */
  TmeReader(InputStream in, String file, Limits limits, IssueSink issues) {
    this.in = in;
    this.file = file;
    this.limits = limits;
    this.issues = issues;
  }

  @Override
  public Message next() throws IOException {
    if (closed) {
      return null;
    }
    if (elements == null) {
      InputStream buffered = in.markSupported() ? in : new java.io.BufferedInputStream(in, 64 * 1024);
      // An empty input is reported once, where it is opened; it needs no second word here.
      endReported = Detector.peek(buffered).length == 0;
      Parser parser = HtmlDocs.parser(limits.maxHtmlDepth(), true);
      stream = new StreamParser(parser).parse(Decoding.reader(buffered, file, issues), "");
      elements = stream.iterator();
    }
    // jsoup's stream parser hands out each element when it is complete; a post is read then and removed from
    // the tree, so memory holds one post at a time whatever the size of the page.
    while (hasNextElement()) {
      Element e = elements.next();
      if (e.hasClass("tgme_channel_info")) {
        LoneSurrogates.repair(e, file, HtmlDocs.line(e), issues);
        pageChannel = channel(e);
        e.remove();
        continue;
      }
      if (!e.hasClass("tgme_widget_message") || !e.hasAttr("data-post")) {
        if (sequence == 0) {
          profile.see(e);
        }
        continue;
      }
      String post = e.attr("data-post").strip();
      if (post.isEmpty() || !seen.add(key(post))) {
        e.remove();
        continue;
      }
      LoneSurrogates.repair(e, file, HtmlDocs.line(e), issues);
      Message m = read(e, post);
      e.remove();
      return m;
    }
    if (sequence == 0 && !endReported) {
      endReported = true;
      profile.reportNoPosts(file, issues);
    }
    return null;
  }

  /**
   * jsoup's parser can fail on broken markup with a runtime exception of its own (a fuzzer found one in the
   * Desktop HTML reader); here the page cannot be parsed again, so it becomes the documented error.
   */
  private boolean hasNextElement() {
    try {
      return elements.hasNext();
    } catch (RuntimeException e) {
      if (e instanceof org.tgparse.read.TgparseException) {
        throw e;
      }
      throw new org.tgparse.read.TgparseException(file, 0, 0, "the HTML parser failed (" + e
          + "); expected HTML it can read", e);
    }
  }

  /** The dedup key of a post: t.me usernames are case-insensitive. */
  static String key(String dataPost) {
    return dataPost.toLowerCase(Locale.ROOT);
  }

  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    elements = null;
    if (stream != null) {
      stream.close();
    }
    in.close();
  }

  private Channel channel(Element info) {
    String title = HtmlText.plainOrNull(info.selectFirst(CHANNEL_TITLE));
    String username = HtmlText.plainOrNull(info.selectFirst(CHANNEL_USERNAME));
    if (username != null && username.startsWith("@")) {
      username = username.substring(1);
    }
    String description = HtmlText.plainOrNull(info.selectFirst(CHANNEL_DESCRIPTION));
    Long subscribers = null;
    for (Element c : info.select(CHANNEL_COUNTER)) {
      String type = HtmlText.plainOrNull(c.selectFirst(COUNTER_TYPE));
      if (type != null && (type.startsWith("subscriber") || type.startsWith("member"))) {
        subscribers = HtmlDocs.abbreviatedCount(HtmlText.plainOrNull(c.selectFirst(COUNTER_VALUE)));
      }
    }
    // t.me/s/ previews exist only for public channels.
    return new Channel(title, "public_channel", null, username, description, subscribers);
  }

  private Message read(Element e, String post) {
    if (!depthReported) {
      // Once per page: past the limit jsoup attached deeper elements at the limit's depth.
      depthReported = HtmlDocs.checkDepth(e, file, limits, issues);
    }
    Parts p = new Parts(e);
    NodeTraversor.filter(p, e);
    Message.Builder b = Message.builder().sequence(++sequence).id(post)
        .source(HtmlDocs.source(file, e));
    boolean service = e.hasClass("service_message");
    if (service) {
      b.type(MessageType.SERVICE);
    }
    String owner = p.author == null ? null : HtmlText.plainOrNull(p.author.selectFirst(OWNER_NAME));
    b.from(owner);
    b.channel(pageChannel != null ? pageChannel : fallbackChannel(post, owner));
    Element dateLink = p.dateLink;
    if (dateLink != null) {
      b.permalink(emptyToNull(dateLink.attr("href")));
      Element time = dateLink.selectFirst(TIME);
      b.date(time == null ? null : date(time));
    } else if (p.time != null) {
      b.date(date(p.time));
    }
    if (p.meta != null) {
      Element author = p.meta.selectFirst(FROM_AUTHOR);
      b.author(HtmlText.plainOrNull(author));
      if (HtmlDocs.ownText(p.meta).toLowerCase(Locale.ROOT).contains("edited")) {
        b.edited(b.date());
      }
    }
    if (p.forwarded != null) {
      Element name = p.forwarded.selectFirst(FORWARDED_NAME);
      if (name != null) {
        b.forwardedFrom(HtmlText.plainOrNull(name));
        b.forwardedFromLink(emptyToNull(name.attr("href")));
      } else {
        String t = HtmlText.plainOrNull(p.forwarded);
        if (t != null && t.startsWith("Forwarded from")) {
          t = t.substring(14).strip();
        }
        b.forwardedFrom(t == null || t.isEmpty() ? null : t);
      }
    }
    if (p.reply != null) {
      b.replyTo(reply(p.reply));
    }
    HtmlText.Result r;
    if (p.text != null) {
      r = HtmlText.convert(p.text, HtmlText.Dialect.TME, limits.maxTextLength(), limits.maxEntitiesPerMessage());
      if (r.cut()) {
        issues.warn(file, HtmlDocs.line(e), 0, String.format(Locale.ROOT,
            "message text longer than %d characters was cut (limit maxTextLength, option --max-text-length)",
            limits.maxTextLength()));
      }
      if (r.entitiesDropped()) {
        issues.warn(file, HtmlDocs.line(e), 0, String.format(Locale.ROOT,
            "more than %d entities of one kind: the rest were dropped (limit maxEntitiesPerMessage, option "
                + "--max-entities)", limits.maxEntitiesPerMessage()));
      }
      b.text(r.text()).title(Texts.title(r.text())).entities(r.entities()).hashtagEntities(r.hashtags())
          .cashtags(r.cashtags()).mentions(r.mentions()).links(r.links());
    }
    if (service) {
      ServiceActions.Action a = ServiceActions.of(b.text(), null);
      if (a != null) {
        b.action(a.action()).actor(a.actor()).actionDetails(a.details());
      }
    }
    if (!p.media.isEmpty()) {
      List<Media> media = new ArrayList<>();
      List<Place> places = new ArrayList<>();
      for (Element m : p.media) {
        media(m, media, places);
      }
      b.media(media).places(places);
    }
    if (p.preview != null) {
      b.linkPreview(preview(p.preview));
    }
    if (p.reactions != null) {
      b.reactions(reactions(p.reactions));
    }
    if (p.views != null) {
      String viewsText = HtmlText.plainOrNull(p.views);
      b.viewsText(viewsText);
      b.viewCount(HtmlDocs.abbreviatedCount(viewsText));
      if (viewsText != null && b.viewCount() == null) {
        issues.warn(file, HtmlDocs.line(p.views), 0,
            "expected a view count such as 523, 1.2K or 8.67M, found " + Quote.quoted(viewsText));
      }
    }
    return b.build();
  }

  private static Channel fallbackChannel(String post, String owner) {
    int slash = post.indexOf('/');
    String username = slash > 0 ? post.substring(0, slash) : null;
    if (username == null && owner == null) {
      return null;
    }
    return new Channel(owner, "public_channel", null, username, null, null);
  }

  private Timestamp date(Element time) {
    String v = time.attr("datetime").strip();
    try {
      return Timestamp.of(OffsetDateTime.parse(v).toInstant());
    } catch (DateTimeParseException ex) {
      issues.warn(file, HtmlDocs.line(time), 0,
          "expected time[datetime] such as 2026-05-20T15:38:10+00:00, found " + Quote.quoted(v));
      return null;
    }
  }

  /** {@code a.tgme_widget_message_reply[href="https://t.me/ch/510"]}: id {@code ch/510} and the link. */
  private static ReplyTo reply(Element a) {
    String href = a.attr("href").strip();
    if (href.isEmpty()) {
      return new ReplyTo(null, null, null);
    }
    return new ReplyTo(postId(href), null, href);
  }

  /** {@code https://t.me/ch/510?single} gives {@code ch/510}; null when the link is not to a post. */
  static String postId(String href) {
    String s = href;
    int q = s.indexOf('?');
    if (q >= 0) {
      s = s.substring(0, q);
    }
    int hash = s.indexOf('#');
    if (hash >= 0) {
      s = s.substring(0, hash);
    }
    int host = s.indexOf("t.me/");
    if (host < 0) {
      return null;
    }
    s = s.substring(host + 5);
    if (s.startsWith("s/")) {
      s = s.substring(2);
    }
    int slash = s.indexOf('/');
    if (slash <= 0 || slash == s.length() - 1) {
      return null;
    }
    String number = s.substring(slash + 1);
    return number.chars().allMatch(c -> c >= '0' && c <= '9') ? s : null;
  }

  private void media(Element m, List<Media> out, List<Place> places) {
    if (m.hasClass("tgme_widget_message_grouped_wrap")) {
      out.add(Media.builder("album").build());
      for (Element item : m.select(ALBUM_ITEMS)) {
        out.add(item.hasClass("tgme_widget_message_photo_wrap") ? photo(item) : video(item));
      }
    } else if (m.hasClass("tgme_widget_message_photo_wrap")) {
      out.add(photo(m));
    } else if (m.hasClass("tgme_widget_message_video_player")) {
      out.add(video(m));
    } else if (m.hasClass("tgme_widget_message_roundvideo_player") || m.hasClass("tgme_widget_message_roundvideo")) {
      Element v = m.is(VIDEO) ? m : m.selectFirst(VIDEO);
      out.add(Media.builder("video_message").file(v == null ? null : emptyToNull(v.attr("src")))
          .durationSeconds(duration(m)).label(notSupported(m)).build());
    } else if (m.hasClass("tgme_widget_message_voice_player") || m.hasClass("tgme_widget_message_voice")) {
      Element a = m.is(AUDIO) ? m : m.selectFirst(AUDIO);
      out.add(Media.builder("voice_message").file(a == null ? null : emptyToNull(a.attr("src")))
          .durationSeconds(duration(m)).label(notSupported(m)).build());
    } else if (m.hasClass("tgme_widget_message_document_wrap") || m.hasClass("tgme_widget_message_document")) {
      out.add(document(m));
    } else if (m.hasClass("tgme_widget_message_poll")) {
      out.add(poll(m));
    } else if (isSticker(m)) {
      Element bg = m.attr("style").contains("background-image") ? m : m.selectFirst(BACKGROUND);
      String file = bg == null ? null : HtmlDocs.backgroundUrl(bg.attr("style"));
      if (file == null) {
        Element v = m.selectFirst(VIDEO);
        file = v == null ? null : emptyToNull(v.attr("src"));
      }
      out.add(Media.builder("sticker").file(file).build());
    } else if (m.hasClass("tgme_widget_message_location_wrap") || m.hasClass("tgme_widget_message_venue_wrap")) {
      boolean venue = m.hasClass("tgme_widget_message_venue_wrap");
      double[] ll = HtmlDocs.coordinates(m.attr("href"));
      if (ll == null) {
        Element bg = m.selectFirst(BACKGROUND);
        ll = bg == null ? null : HtmlDocs.coordinates(bg.attr("style"));
      }
      Media.Builder mb = Media.builder(venue ? "venue" : "location");
      String title = venue ? HtmlText.plainOrNull(m.selectFirst(VENUE_TITLE)) : null;
      if (venue) {
        mb.title(title).label(HtmlText.plainOrNull(m.selectFirst(VENUE_ADDRESS)));
      }
      if (ll != null) {
        mb.latitude(ll[0]).longitude(ll[1]);
        places.add(new Place("", 0, 0, title, Place.PlaceKind.LOCATION, null, ll[0], ll[1]));
      }
      out.add(mb.build());
    } else {
      // A block that stands for media the page cannot show: "Please open Telegram to view this post".
      String label = notSupported(m);
      if (label == null) {
        label = HtmlText.plainOrNull(m);
      }
      out.add(Media.builder("unsupported").label(label).build());
    }
  }

  private static boolean isSticker(Element m) {
    return m.hasClass("tgme_widget_message_sticker_wrap") || m.hasClass("tgme_widget_message_sticker")
        || m.hasClass("tgme_widget_message_tgsticker") || m.hasClass("tgme_widget_message_videosticker");
  }

  private static Media photo(Element a) {
    String file = HtmlDocs.backgroundUrl(a.attr("style"));
    if (file == null) {
      Element bg = a.selectFirst(BACKGROUND);
      file = bg == null ? null : HtmlDocs.backgroundUrl(bg.attr("style"));
    }
    return Media.builder("photo").file(file).label(notSupported(a)).build();
  }

  private static Media video(Element a) {
    Element v = a.selectFirst(VIDEO);
    return Media.builder("video").file(v == null ? null : emptyToNull(v.attr("src")))
        .durationSeconds(duration(a)).label(notSupported(a)).build();
  }

  /** The {@code message_media_not_supported_label} in a media block ("Media is too big"), or null. */
  private static String notSupported(Element m) {
    return HtmlText.plainOrNull(m.selectFirst(NOT_SUPPORTED_LABEL));
  }

  private static Long duration(Element m) {
    Element t = m.selectFirst(DURATION);
    return t == null ? null : HtmlDocs.duration(t.text());
  }

  /**
   * {@code tgme_widget_message_document_wrap}: title and extra line. An audio file (its icon has class
   * {@code audio}) has the song title and the performer; any other document the file name and its size.
   */
  private static Media document(Element m) {
    String title = HtmlText.plainOrNull(m.selectFirst(DOCUMENT_TITLE));
    String extra = HtmlText.plainOrNull(m.selectFirst(DOCUMENT_EXTRA));
    Element icon = m.selectFirst(DOCUMENT_ICON);
    if (icon != null && icon.hasClass("audio")) {
      return Media.builder("audio_file").title(title).performer(extra).build();
    }
    return Media.builder("file").fileName(title).build();
  }

  /** {@code tgme_widget_message_poll}: question, type ("Anonymous poll", "Final results"), options, voters. */
  private static Media poll(Element m) {
    String question = HtmlText.plainOrNull(m.selectFirst(POLL_QUESTION));
    String type = HtmlText.plainOrNull(m.selectFirst(POLL_TYPE));
    Boolean closed = type == null ? null : type.toLowerCase(Locale.ROOT).contains("final results");
    List<Poll.Answer> answers = new ArrayList<>();
    for (Element o : m.select(POLL_OPTION)) {
      String text = HtmlText.plainOrNull(o.selectFirst(POLL_OPTION_TEXT));
      answers.add(new Poll.Answer(text == null ? "" : text, null, null));
    }
    Long total = null;
    String voters = HtmlText.plainOrNull(m.selectFirst(POLL_VOTERS));
    if (voters != null) {
      int sp = voters.indexOf(' ');
      total = HtmlDocs.abbreviatedCount(sp < 0 ? voters : voters.substring(0, sp));
    }
    return Media.builder("poll").poll(new Poll(question, closed, total, answers)).build();
  }

  private static LinkPreview preview(Element a) {
    Element img = a.selectFirst(PREVIEW_IMAGE);
    String image = img == null ? null : HtmlDocs.backgroundUrl(img.attr("style"));
    Element description = a.selectFirst(PREVIEW_DESCRIPTION);
    String d = description == null ? null : HtmlText.plain(description).strip();
    return new LinkPreview(emptyToNull(a.attr("href")), HtmlText.plainOrNull(a.selectFirst(PREVIEW_SITE)),
        HtmlText.plainOrNull(a.selectFirst(PREVIEW_TITLE)), d == null || d.isEmpty() ? null : d, image);
  }

  /**
   * {@code span.tgme_reaction}: an emoji ({@code <i class="emoji"><b>👍</b></i>}), a custom emoji
   * ({@code tg-emoji[emoji-id]}) or a paid star ({@code .tgme_reaction_paid}), then the count ({@code 1.2K}).
   */
  private static List<Reaction> reactions(Element div) {
    List<Reaction> out = new ArrayList<>();
    for (Element r : div.select(REACTION)) {
      Element custom = r.selectFirst(TG_EMOJI);
      Element b = r.selectFirst(EMOJI_B);
      String emoji = b == null ? null : emptyToNull(b.text().strip());
      StringBuilder own = new StringBuilder();
      for (Node n : r.childNodes()) {
        if (n instanceof TextNode) {
          own.append(((TextNode) n).getWholeText());
        }
      }
      Long count = HtmlDocs.abbreviatedCount(own.toString());
      String type = r.hasClass("tgme_reaction_paid") ? "paid" : custom != null ? "custom_emoji" : "emoji";
      out.add(new Reaction(type, emoji, custom == null ? null : custom.attr("emoji-id"), count));
    }
    return out;
  }

  private static String emptyToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }

  /** Collects the parts of one post in a single pass, entering neither its text nor its media blocks. */
  private static final class Parts implements NodeFilter {
    private final Element root;
    Element author;
    Element forwarded;
    Element reply;
    Element text;
    Element preview;
    Element reactions;
    Element views;
    Element meta;
    Element dateLink;
    Element time;
    final List<Element> media = new ArrayList<>(1);

    Parts(Element root) {
      this.root = root;
    }

    @Override
    public FilterResult head(Node node, int depth) {
      if (node == root || !(node instanceof Element)) {
        return FilterResult.CONTINUE;
      }
      Element e = (Element) node;
      if (!e.className().contains("tgme_") && !e.className().contains("message_media")
          && !e.className().contains("media_not_supported") && !"time".equals(e.normalName())) {
        return FilterResult.CONTINUE;
      }
      if (e.hasClass("tgme_widget_message_user")) {
        return FilterResult.SKIP_ENTIRELY;
      }
      if (e.hasClass("tgme_widget_message_author")) {
        if (author == null) {
          author = e;
        }
        return FilterResult.SKIP_ENTIRELY;
      }
      if (e.hasClass("tgme_widget_message_forwarded_from")) {
        forwarded = e;
        return FilterResult.SKIP_ENTIRELY;
      }
      if (e.hasClass("tgme_widget_message_reply")) {
        reply = e;
        return FilterResult.SKIP_ENTIRELY;
      }
      if (e.hasClass("tgme_widget_message_text")) {
        if (text == null) {
          text = e;
        }
        return FilterResult.SKIP_ENTIRELY;
      }
      if (e.hasClass("tgme_widget_message_link_preview")) {
        preview = e;
        return FilterResult.SKIP_ENTIRELY;
      }
      if (e.hasClass("tgme_widget_message_reactions")) {
        reactions = e;
        return FilterResult.SKIP_ENTIRELY;
      }
      if (e.hasClass("tgme_widget_message_views")) {
        views = e;
        return FilterResult.SKIP_ENTIRELY;
      }
      if (e.hasClass("tgme_widget_message_meta")) {
        meta = e;
        Element d = e.selectFirst(DATE_LINK);
        if (d != null) {
          dateLink = d;
        }
        return FilterResult.SKIP_ENTIRELY;
      }
      if (e.hasClass("tgme_widget_message_date")) {
        dateLink = e;
        return FilterResult.SKIP_ENTIRELY;
      }
      if ("time".equals(e.normalName()) && e.hasAttr("datetime")) {
        if (time == null) {
          time = e;
        }
        return FilterResult.SKIP_ENTIRELY;
      }
      if (e.hasClass("tgme_widget_message_grouped_wrap") || e.hasClass("tgme_widget_message_photo_wrap")
          || e.hasClass("tgme_widget_message_video_player") || e.hasClass("tgme_widget_message_roundvideo_player")
          || e.hasClass("tgme_widget_message_voice_player") || e.hasClass("tgme_widget_message_voice")
          || e.hasClass("tgme_widget_message_roundvideo")
          || e.hasClass("tgme_widget_message_document_wrap") || e.hasClass("tgme_widget_message_document")
          || e.hasClass("tgme_widget_message_poll") || isSticker(e)
          || e.hasClass("tgme_widget_message_location_wrap") || e.hasClass("tgme_widget_message_venue_wrap")
          || e.hasClass("media_not_supported_cont") || e.hasClass("message_media_not_supported_wrap")) {
        media.add(e);
        return FilterResult.SKIP_ENTIRELY;
      }
      return FilterResult.CONTINUE;
    }
  }
}
