package org.tgparse.internal.desktophtml;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;
import org.tgparse.internal.html.HtmlDocs;
import org.tgparse.internal.html.HtmlText;
import org.tgparse.internal.html.LoneSurrogates;
import org.tgparse.internal.html.ServiceActions;
import org.tgparse.internal.io.FormatReader;
import org.tgparse.internal.io.IssueSink;
import org.tgparse.internal.io.Quote;
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
import org.tgparse.model.Timestamp;
import org.tgparse.read.Limits;
import org.tgparse.read.ReadOptions;
import org.tgparse.read.TgparseException;

/**
 * Reads Telegram Desktop's HTML export: one {@code messages.html}, or the {@code messages.html},
 * {@code messages2.html}, ... of an export folder in numeric order. The markup is described in
 * {@code docs/formats.md} section 2.
 *
 * <ul>
 *   <li>Records: {@code div.message.default} (type message) and {@code div.message.service} (type service) with
 *       {@code id} from {@code id="messageNNN"}; service messages with a negative id are day separators: no
 *       record, but their day ({@link DaySeparators}) is the date, at day precision, of the service records after
 *       them, which have no time of their own. {@code sequence} counts records within each file.
 *   <li>Sender: {@code div.from_name}, trimmed, with a trailing {@code via @bot} moved to {@code viaBot}. A
 *       {@code joined} message has no name: it takes the sender (and via bot) of the message before it in the same
 *       file. Each file restarts the grouping, so a file's first message always names its sender.
 *   <li>Dates: the {@code title} of {@code div.date}, {@code DD.MM.YYYY HH:MM:SS UTC+03:00}. Older exports have no
 *       offset: the time is local, made exact with {@link ReadOptions#zone()} when given. The exporter writes the
 *       standard (winter) offset of the exporting PC all year, so when a zone is given it is used instead of the
 *       written offset, which is off by the DST hour in summer.
 *   <li>Forwards: {@code div.forwarded.body > div.from_name} gives {@code forwardedFrom} and, in
 *       {@code span.date.details} (older: {@code span.details}), {@code forwardedDate}. A joined forward without its
 *       own name takes the source of the message before it.
 *   <li>Text and entities: see {@link HtmlText}; replies, media blocks, signature, reactions as documented on
 *       the methods below.
 * </ul>
 *
 * <p>Memory stays bounded whatever the size of a file or a message: {@link PageElements} parses one message at a
 * time, each within fixed bounds, and no file is held whole. A file that yields no record says why
 * ({@link NoMessages}). Not thread-safe.
 */
final class DesktopHtmlReader implements FormatReader {

  /** One file to read. */
  interface Source {
    /** @return the name to report in records and issues */
    String name();

    /**
     * @return the file's bytes; closed by the reader
     * @throws IOException when it cannot be opened
     */
    InputStream open() throws IOException;

    /**
     * Releases the source when the reader is closed before it was opened.
     *
     * @throws IOException when closing fails
     */
    default void discard() throws IOException {
    }
  }

  private static final Evaluator PAGE_TITLE_TEXT = QueryParser.parse("div.text");
  private static final Evaluator A_HREF = QueryParser.parse("a[href]");
  private static final Evaluator VIDEO_DURATION = QueryParser.parse("div.video_duration");
  private static final Evaluator SECTION_BODY = QueryParser.parse("div.section_body");
  private static final Evaluator BODY = QueryParser.parse("div.body");
  private static final Evaluator TITLE = QueryParser.parse("div.title");
  private static final Evaluator DESCRIPTION = QueryParser.parse("div.description");
  private static final Evaluator STATUS = QueryParser.parse("div.status");
  private static final Evaluator QUESTION = QueryParser.parse("div.question");
  private static final Evaluator SPAN_DETAILS = QueryParser.parse("span.details");
  private static final Evaluator IMG_OR_LINK = QueryParser.parse("img[src], a[href]");
  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("dd.MM.uuuu HH:mm:ss", Locale.ROOT);

  private final List<Source> sources;
  private final ReadOptions options;
  private final Limits limits;
  private final IssueSink issues;
  private int nextSource;
  private Page page;
  private boolean closed;

  /**
   * @param sources the files, in reading order
   * @param options read options (limits, zone)
   * @param issues where recoverable issues go
   */
  DesktopHtmlReader(List<Source> sources, ReadOptions options, IssueSink issues) {
    this.sources = List.copyOf(sources);
    this.options = options;
    this.limits = options.limits();
    this.issues = issues;
  }

  @Override
  public Message next() throws IOException {
    while (!closed) {
      if (page == null) {
        if (nextSource >= sources.size()) {
          return null;
        }
        Source s = sources.get(nextSource++);
        page = new Page(s.name(), s.open());
      }
      Message m = page.next();
      if (m != null) {
        return m;
      }
      // Drop this file before the next file is parsed.
      page.close();
      page = null;
    }
    return null;
  }

  /** @return the name of the file being read, or null between files (for tests) */
  String currentFile() {
    return page == null ? null : page.file;
  }

  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    if (page != null) {
      page.close();
      page = null;
    }
    for (int i = nextSource; i < sources.size(); i++) {
      sources.get(i).discard();
    }
    nextSource = sources.size();
  }

  /**
   * One file being read: its message divs come one at a time from {@link PageElements}, which parses one message
   * at a time, so memory holds one message's tree whatever the size of the file.
   */
  private final class Page {
    final String file;
    final InputStream in;
    final PageElements elements;
    Channel channel;
    long sequence;
    /** The last default message of this file, whose sender a joined message takes. */
    Message previous;
    /** The day of the last day separator, the date of the service records after it. */
    LocalDate day;

    Page(String file, InputStream raw) throws IOException {
      this.file = file;
      this.in = raw.markSupported() ? raw : new BufferedInputStream(raw, 64 * 1024);
      PageElements pe;
      try {
        pe = new PageElements(HtmlDocs.reader(in, file, issues), file, limits, issues);
      } catch (IOException | RuntimeException e) {
        in.close();
        throw e;
      }
      this.elements = pe;
    }

    Message next() throws IOException {
      while (true) {
        Element e = elements.next();
        if (e == null) {
          if (sequence == 0 && !elements.empty()) {
            NoMessages.report(file, elements.messageDivs(), issues);
          }
          return null;
        }
        LoneSurrogates.repair(e, file, elements.line(e), issues);
        if (e.hasClass("page_header")) {
          // The header is written before the history, so it names the channel of every message after it.
          Element title = e.selectFirst(PAGE_TITLE_TEXT);
          String name = title == null ? null : HtmlDocs.ownText(title);
          channel = name == null || name.isEmpty() ? null : Channel.of(name, null, null);
          continue;
        }
        Message m = read(e);
        if (m != null) {
          return m;
        }
      }
    }

    void close() throws IOException {
      elements.close();
      in.close();
    }

    private Message read(Element e) {
      String idAttr = e.id();
      String id = null;
      if (idAttr.startsWith("message")) {
        id = idAttr.substring(7);
      } else if (!idAttr.isEmpty()) {
        issues.warn(file, elements.line(e), 0, "expected id=\"messageNNN\", found id=" + Quote.quoted(idAttr));
      }
      if (id != null && !id.isEmpty() && id.charAt(0) == '-') {
        // A day separator ("20 March 2023"), not a message: it dates the service records after it.
        LocalDate d = DaySeparators.day(HtmlText.plain(e));
        if (d != null) {
          day = d;
        }
        return null;
      }
      if (e.hasClass("service")) {
        if (id == null) {
          return null; // "No exported messages" and other notes without an id
        }
        return service(e, id);
      }
      return message(e, id);
    }

    private Message service(Element e, String id) {
      Element body = null;
      for (Element c : e.children()) {
        if (c.hasClass("body")) {
          body = c;
          break;
        }
      }
      HtmlText.Result r = text(body, e);
      Message.Builder b = Message.builder().type(MessageType.SERVICE).sequence(++sequence).id(id)
          .channel(channel).text(r.text()).title(Texts.title(r.text()))
          .source(elements.source(e));
      if (day != null) {
        // The exporter writes no time for a service message; the day separator above it gives its local day.
        // Kept local even with a zone: midnight in that zone would read as an exact instant, which it is not.
        b.date(Timestamp.ofLocal(day.atStartOfDay()));
      }
      Long target = null;
      if (body != null) {
        Element a = body.selectFirst(A_HREF);
        if (a != null) {
          ReplyTo link = replyLink(a);
          target = link == null || link.id() == null ? null : Long.valueOf(link.id());
        }
      }
      ServiceActions.Action action = ServiceActions.of(r.text(), target);
      if (action != null) {
        b.action(action.action()).actor(action.actor()).actionDetails(action.details());
      }
      previous = null;
      return b.build();
    }

    private Message message(Element e, String id) {
      Parts p = new Parts();
      NodeTraversor.filter(p, e);
      Message.Builder b = Message.builder().sequence(++sequence).id(id).channel(channel)
          .source(elements.source(e));
      if (p.date != null) {
        b.date(timestamp(p.date.attr("title"), p.date));
      }
      boolean joined = e.hasClass("joined");
      if (p.fromName != null) {
        String[] nameVia = nameAndVia(HtmlDocs.ownText(p.fromName));
        b.from(nameVia[0]).viaBot(nameVia[1]);
      } else if (joined && previous != null) {
        b.from(previous.from()).viaBot(previous.viaBot());
      } else if (joined) {
        issues.warn(file, elements.line(e), 0,
            "expected a message before this joined message to take its sender from, found none");
      }
      if (p.forwarded) {
        b.forwarded(true);
        if (p.forwardName != null) {
          forward(b, p.forwardName);
        } else if (previous != null && previous.forward() != null && previous.forward().from() != null) {
          b.forwardedFrom(previous.forward().from());
        }
      }
      if (p.reply != null) {
        b.replyTo(reply(p.reply));
      }
      HtmlText.Result r = text(p.text, e);
      b.text(r.text()).title(Texts.title(r.text())).entities(r.entities()).hashtagEntities(r.hashtags())
          .cashtags(r.cashtags()).mentions(r.mentions()).links(r.links());
      if (!p.media.isEmpty()) {
        List<Media> media = new ArrayList<>();
        List<Place> places = new ArrayList<>();
        for (Element m : p.media) {
          media(m, media, places, b);
        }
        b.media(media).places(places);
      }
      if (p.signature != null) {
        b.author(HtmlText.plainOrNull(p.signature));
      }
      if (p.reactions != null) {
        b.reactions(reactions(p.reactions));
      }
      Message m = b.build();
      previous = m;
      return m;
    }

    private HtmlText.Result text(Element div, Element message) {
      if (div == null) {
        return new HtmlText.Result("", List.of(), List.of(), List.of(), List.of(), List.of(), false, false);
      }
      HtmlText.Result r = HtmlText.convert(div, HtmlText.Dialect.DESKTOP, limits.maxTextLength(),
          limits.maxEntitiesPerMessage());
      if (r.cut()) {
        issues.warn(file, elements.line(message), 0, String.format(Locale.ROOT,
            "message text longer than %d characters was cut (limit maxTextLength, option --max-text-length)",
            limits.maxTextLength()));
      }
      if (r.entitiesDropped()) {
        issues.warn(file, elements.line(message), 0, String.format(Locale.ROOT,
            "more than %d entities of one kind: the rest were dropped (limit maxEntitiesPerMessage, option "
                + "--max-entities)", limits.maxEntitiesPerMessage()));
      }
      return r;
    }

    /** {@code Name <span class="date details" title="...">...</span>}, optionally with {@code via @bot}. */
    private void forward(Message.Builder b, Element fromName) {
      String[] nameVia = nameAndVia(HtmlDocs.ownText(fromName));
      b.forwardedFrom(nameVia[0]);
      if (b.viaBot() == null && nameVia[1] != null) {
        b.viaBot(nameVia[1]);
      }
      for (Element span : fromName.children()) {
        if (span.hasClass("details")) {
          String title = span.attr("title");
          // Since 3.7.6 the exact time is in the title; before, the span's text is a local time.
          b.forwardedDate(timestamp(title.isEmpty() ? span.text() : title, span));
          break;
        }
      }
    }

    /**
     * {@code In reply to <a href="#go_to_message45">this message</a>}; the target may be in an earlier file
     * ({@code messages2.html#go_to_message45}: the link is kept) or in another chat (no id).
     */
    private ReplyTo reply(Element div) {
      Element a = div.selectFirst(A_HREF);
      if (a == null) {
        if (!div.text().contains("another chat")) {
          issues.warn(file, elements.line(div), 0,
              "expected a reply link or \"a message in another chat\", found " + Quote.quoted(div.text()));
        }
        return new ReplyTo(null, null, null);
      }
      ReplyTo r = replyLink(a);
      if (r == null) {
        issues.warn(file, elements.line(div), 0,
            "expected a reply link to #go_to_messageNNN, found " + Quote.quoted(a.attr("href")));
        return new ReplyTo(null, null, a.attr("href"));
      }
      return r;
    }

    private ReplyTo replyLink(Element a) {
      String href = a.attr("href");
      int k = href.indexOf("go_to_message");
      if (k < 0) {
        return null;
      }
      String digits = href.substring(k + 13);
      if (digits.isEmpty() || !digits.chars().allMatch(c -> c >= '0' && c <= '9') || digits.length() > 18) {
        return null;
      }
      int hash = href.indexOf('#');
      return new ReplyTo(digits, null, hash > 0 ? href : null);
    }

    /** One {@code div.media_wrap}: its image wraps, generic media blocks and polls. */
    private void media(Element wrap, List<Media> out, List<Place> places, Message.Builder b) {
      boolean found = false;
      for (Element c : wrap.children()) {
        if (c.hasClass("photo_wrap")) {
          out.add(Media.builder("photo").file(emptyToNull(c.attr("href"))).build());
        } else if (c.hasClass("video_file_wrap")) {
          Element d = c.selectFirst(VIDEO_DURATION);
          out.add(Media.builder("video").file(emptyToNull(c.attr("href")))
              .durationSeconds(d == null ? null : HtmlDocs.duration(d.text())).build());
        } else if (c.hasClass("animated_wrap")) {
          out.add(Media.builder("animation").file(emptyToNull(c.attr("href"))).build());
        } else if (c.hasClass("sticker_wrap")) {
          out.add(Media.builder("sticker").file(emptyToNull(c.attr("href"))).build());
        } else if (c.hasClass("media")) {
          out.add(generic(c, places, b));
        } else if (c.hasClass("media_poll")) {
          out.add(poll(c));
        } else if (c.hasClass("media_giveaway")) {
          out.add(Media.builder("giveaway").title(HtmlText.plainOrNull(c.selectFirst(SECTION_BODY))).build());
        } else {
          continue;
        }
        found = true;
      }
      if (!found) {
        issues.warn(file, elements.line(wrap), 0, "expected a media block in div.media_wrap, found none known");
        out.add(Media.builder("unsupported").build());
      }
    }

    /**
     * The generic block {@code .media.media_KIND > .body > .title / .description / .status}. The description is
     * the exporter's note on a file it did not download ({@code Not included, change data exporting settings to
     * download.}) and becomes the label; the status gives durations, photo sizes, coordinates and phone numbers.
     */
    private Media generic(Element c, List<Place> places, Message.Builder msg) {
      Element body = c.selectFirst(BODY);
      String title = body == null ? null : HtmlText.plainOrNull(body.selectFirst(TITLE));
      String description = body == null ? null : HtmlText.plainOrNull(body.selectFirst(DESCRIPTION));
      String status = body == null ? null : HtmlText.plainOrNull(body.selectFirst(STATUS));
      String href = emptyToNull(c.attr("href"));
      String kind;
      if (c.hasClass("media_photo")) {
        kind = "Sticker".equals(title) ? "sticker" : "photo";
      } else if (c.hasClass("media_video")) {
        kind = "Video message".equals(title) ? "video_message" : "Animation".equals(title) ? "animation" : "video";
      } else if (c.hasClass("media_voice_message")) {
        kind = "voice_message";
      } else if (c.hasClass("media_audio_file")) {
        kind = "audio_file";
      } else if (c.hasClass("media_file")) {
        kind = "file";
      } else if (c.hasClass("media_contact")) {
        kind = "contact";
      } else if (c.hasClass("media_location")) {
        kind = "location";
      } else if (c.hasClass("media_live_location")) {
        kind = "live_location";
      } else if (c.hasClass("media_venue")) {
        kind = "venue";
      } else if (c.hasClass("media_game")) {
        kind = "game";
      } else if (c.hasClass("media_invoice")) {
        kind = "invoice";
      } else if (c.hasClass("media_call")) {
        kind = "call";
      } else {
        issues.warn(file, elements.line(c), 0, "expected a media_KIND class on a media block, found "
            + Quote.quoted(c.className()));
        kind = "unsupported";
      }
      Media.Builder m = Media.builder(kind).label(description);
      // The status ends with the file's size where the exporter knows it: approximate, see FileSizes.
      m.fileSize(FileSizes.fromStatus(status));
      switch (kind) {
        case "photo":
          m.file(href);
          int[] size = size(status);
          if (size != null) {
            m.width(size[0]).height(size[1]);
          }
          break;
        case "sticker":
          m.file(href);
          if (status != null && !status.isEmpty() && !Character.isDigit(status.charAt(0))) {
            int comma = status.indexOf(',');
            m.emoji(comma < 0 ? status : status.substring(0, comma));
          }
          break;
        case "video":
        case "video_message":
        case "voice_message":
        case "animation":
          m.file(href).durationSeconds(firstDuration(status));
          break;
        case "audio_file":
          m.file(href).durationSeconds(firstDuration(status));
          // "Performer – Title" (en dash), or "Audio file" when either is missing.
          if (title != null) {
            int dash = title.indexOf(" \u2013 ");
            if (dash > 0) {
              m.performer(title.substring(0, dash)).title(title.substring(dash + 3));
            }
          }
          break;
        case "file":
          m.file(href).fileName("File".equals(title) ? null : title);
          break;
        case "contact":
          String phone = status;
          if (phone != null && phone.endsWith(" - vCard")) {
            phone = phone.substring(0, phone.length() - 8);
            m.file(href);
          }
          m.contact(contact(title, phone));
          break;
        case "location":
        case "live_location":
        case "venue":
          double[] ll = HtmlDocs.coordinates(href);
          if (ll == null && status != null) {
            ll = HtmlDocs.coordinates("q=" + status.replace(" ", ""));
          }
          if ("venue".equals(kind)) {
            // A venue's description is its address, kept as the label.
            m.title(title);
          }
          if (ll != null) {
            m.latitude(ll[0]).longitude(ll[1]);
            places.add(new Place("", 0, 0, "venue".equals(kind) ? title : null, Place.PlaceKind.LOCATION, null,
                ll[0], ll[1]));
          }
          break;
        case "game":
        case "invoice":
          m.title(title).label(description);
          break;
        case "call":
          // Calls are service records in the JSON export (action phone_call); keep that shape here.
          m.title(title).label(status);
          msg.type(MessageType.SERVICE).action("phone_call").actor(msg.from());
          Long seconds = callSeconds(status);
          Map<String, Object> details = new LinkedHashMap<>();
          if (seconds != null) {
            m.durationSeconds(seconds);
            details.put("duration_seconds", seconds);
          }
          if (status != null && (status.startsWith("Missed") || status.startsWith("Cancelled"))) {
            details.put("discard_reason", "missed");
          } else if (status != null && status.startsWith("Declined")) {
            details.put("discard_reason", "busy");
          }
          msg.actionDetails(details);
          break;
        default:
          m.file(href);
      }
      return m.build();
    }

    /** {@code div.media_poll}: question, "Final results" (closed) or "Anonymous poll", answers, total. */
    private Media poll(Element c) {
      String question = HtmlText.plainOrNull(c.selectFirst(QUESTION));
      Boolean closed = null;
      Long total = null;
      List<Poll.Answer> answers = new ArrayList<>();
      for (Element d : c.children()) {
        if (d.hasClass("answer")) {
          answers.add(answer(d));
        } else if (d.hasClass("total")) {
          total = votes(d.text());
        } else if (d.hasClass("details")) {
          String t = d.text().strip();
          closed = t.equals("Final results") ? Boolean.TRUE : t.isEmpty() ? null : Boolean.FALSE;
        }
      }
      return Media.builder("poll").poll(new Poll(question, closed, total, answers)).build();
    }

    /** {@code - Answer <span class="details">5 votes, chosen vote</span>}; no span means no votes. */
    private Poll.Answer answer(Element d) {
      String text = HtmlDocs.ownText(d);
      if (text.startsWith("- ")) {
        text = text.substring(2);
      } else if (text.equals("-")) {
        text = "";
      }
      Element details = d.selectFirst(SPAN_DETAILS);
      if (details == null) {
        return new Poll.Answer(text, 0L, Boolean.FALSE);
      }
      String t = details.text();
      return new Poll.Answer(text, votes(t), t.contains("chosen vote"));
    }

    /** {@code span.reactions > span.reaction[.paid] > span.emoji + span.userpics + span.count}. */
    private List<Reaction> reactions(Element span) {
      List<Reaction> out = new ArrayList<>();
      for (Element r : span.children()) {
        if (!r.hasClass("reaction")) {
          continue;
        }
        String emoji = null;
        String documentId = null;
        Long count = null;
        int userpics = 0;
        for (Element c : r.children()) {
          if (c.hasClass("emoji")) {
            Element img = c.selectFirst(IMG_OR_LINK);
            if (img != null) {
              documentId = emptyToNull(img.hasAttr("src") ? img.attr("src") : img.attr("href"));
            }
            emoji = emptyToNull(c.text().strip());
          } else if (c.hasClass("count")) {
            count = HtmlDocs.abbreviatedCount(c.text());
          } else if (c.hasClass("userpics")) {
            userpics = c.getElementsByClass("userpic").size();
          }
        }
        if (count == null && userpics > 0) {
          count = (long) userpics;
        }
        String type = r.hasClass("paid") ? "paid" : documentId != null ? "custom_emoji" : "emoji";
        out.add(new Reaction(type, emoji, documentId, count));
      }
      return out;
    }

    private Timestamp timestamp(String value, Element where) {
      Timestamp t = parseDate(value, options);
      if (t == null && value != null && !value.isBlank()) {
        issues.warn(file, elements.line(where), 0,
            "expected a date \"DD.MM.YYYY HH:MM:SS UTC+03:00\", found " + Quote.quoted(value.strip()));
      }
      return t;
    }
  }

  /**
   * Parses a date as the HTML export writes it: {@code 20.03.2023 12:34:56 UTC+03:00}, or without the offset in
   * exports before 3.7.6. A time without offset is local (exact when the options give a zone); with a zone given,
   * the zone wins over the written offset, which is the PC's standard offset all year.
   *
   * @param value the title or text
   * @param options the options (zone)
   * @return the timestamp, or null when the value is not such a date
   */
  static Timestamp parseDate(String value, ReadOptions options) {
    if (value == null) {
      return null;
    }
    String s = value.strip();
    if (s.length() < 19) {
      return null;
    }
    LocalDateTime local;
    try {
      local = LocalDateTime.parse(s.substring(0, 19), LOCAL);
    } catch (DateTimeParseException e) {
      return null;
    }
    String rest = s.substring(19).strip();
    if (rest.isEmpty() || options.zone() != null) {
      return Timestamp.ofLocal(local, options.zone());
    }
    if (rest.startsWith("UTC")) {
      rest = rest.substring(3);
    }
    try {
      ZoneOffset offset = rest.isEmpty() ? ZoneOffset.UTC : ZoneOffset.of(rest);
      return Timestamp.of(OffsetDateTime.of(local, offset).toInstant());
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }

  /** Collects the parts of one {@code div.message.default} in a single pass, without entering the text. */
  private static final class Parts implements NodeFilter {
    Element date;
    Element fromName;
    Element forwardName;
    boolean forwarded;
    Element reply;
    Element text;
    Element signature;
    Element reactions;
    final List<Element> media = new ArrayList<>(1);

    @Override
    public FilterResult head(Node node, int depth) {
      if (depth == 0 || !(node instanceof Element)) {
        return FilterResult.CONTINUE;
      }
      Element e = (Element) node;
      if (e.hasClass("userpic_wrap") || e.hasClass("bot_buttons_table")) {
        return FilterResult.SKIP_ENTIRELY;
      }
      if (e.hasClass("from_name")) {
        Element parent = e.parent();
        if (parent != null && parent.hasClass("forwarded")) {
          forwardName = e;
        } else if (fromName == null) {
          fromName = e;
        }
        return FilterResult.SKIP_ENTIRELY;
      }
      if (e.hasClass("date") && date == null && "div".equals(e.normalName())) {
        date = e;
        return FilterResult.SKIP_ENTIRELY;
      }
      if (e.hasClass("forwarded") && e.hasClass("body")) {
        forwarded = true;
        return FilterResult.CONTINUE;
      }
      if (e.hasClass("reply_to")) {
        reply = e;
        return FilterResult.SKIP_ENTIRELY;
      }
      if (e.hasClass("media_wrap")) {
        media.add(e);
        return FilterResult.SKIP_ENTIRELY;
      }
      if (e.hasClass("text") && text == null && "div".equals(e.normalName())) {
        text = e;
        return FilterResult.SKIP_ENTIRELY;
      }
      if (e.hasClass("signature")) {
        signature = e;
        return FilterResult.SKIP_ENTIRELY;
      }
      if (e.hasClass("reactions")) {
        reactions = e;
        return FilterResult.SKIP_ENTIRELY;
      }
      return FilterResult.CONTINUE;
    }
  }

  /** Splits {@code Name via @bot} into {name, @bot}; {name, null} when there is no bot. */
  static String[] nameAndVia(String s) {
    String name = s.strip();
    int k = name.lastIndexOf(" via @");
    if (k >= 0) {
      String bot = name.substring(k + 6);
      boolean ok = !bot.isEmpty();
      for (int i = 0; i < bot.length() && ok; i++) {
        char c = bot.charAt(i);
        ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
      }
      if (ok) {
        String rest = name.substring(0, k).strip();
        return new String[] {rest.isEmpty() ? null : rest, "@" + bot};
      }
    }
    return new String[] {name.isEmpty() ? null : name, null};
  }

  private static String emptyToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }

  /** {@code 1280x720} or {@code 1280x720, 1.2 MB}. */
  private static int[] size(String status) {
    if (status == null) {
      return null;
    }
    int x = status.indexOf('x');
    if (x <= 0) {
      return null;
    }
    int end = status.indexOf(',', x);
    try {
      int w = Integer.parseInt(status.substring(0, x).strip());
      int h = Integer.parseInt(status.substring(x + 1, end < 0 ? status.length() : end).strip());
      return new int[] {w, h};
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** The duration at the start of a status such as {@code 00:41, 1.2 MB}. */
  private static Long firstDuration(String status) {
    if (status == null) {
      return null;
    }
    int comma = status.indexOf(',');
    return HtmlDocs.duration(comma < 0 ? status : status.substring(0, comma));
  }

  /** {@code Outgoing (35 seconds)}. */
  private static Long callSeconds(String status) {
    if (status == null) {
      return null;
    }
    int open = status.lastIndexOf('(');
    if (open < 0 || !status.endsWith(" seconds)")) {
      return null;
    }
    try {
      return Long.parseLong(status.substring(open + 1, status.length() - 9).strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** {@code 5 votes}, {@code 1 vote}, {@code No votes}. */
  private static Long votes(String text) {
    String t = text.strip();
    if (t.startsWith("No votes")) {
      return 0L;
    }
    int sp = t.indexOf(' ');
    return HtmlDocs.abbreviatedCount(sp < 0 ? t : t.substring(0, sp));
  }

  /** A contact's {@code First Last} title: the first word is the first name. */
  private static Contact contact(String title, String phone) {
    String first = null;
    String last = null;
    if (title != null) {
      int sp = title.indexOf(' ');
      first = sp < 0 ? title : title.substring(0, sp);
      last = sp < 0 ? null : emptyToNull(title.substring(sp + 1).strip());
    }
    return new Contact(first, last, phone);
  }
}
