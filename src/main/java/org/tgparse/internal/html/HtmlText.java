package org.tgparse.internal.html;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.tgparse.model.Cashtag;
import org.tgparse.model.Hashtag;
import org.tgparse.model.Link;
import org.tgparse.model.Mention;
import org.tgparse.model.TextEntity;

/**
 * Turns the inline HTML of a message text (Telegram Desktop's {@code div.text}, t.me's
 * {@code div.tgme_widget_message_text}) into plain text and the entities its markup marks.
 *
 * <p>Text: {@code <br>} is a newline. A raw line break in a text node is markup layout, not text (the Desktop
 * exporter writes every {@code \n} of a message as {@code <br>} and puts raw newlines and indentation only around
 * tags, see {@code docs/formats.md} section 2): at the start or end of the text it is dropped, between words it
 * reads as one space, as a browser shows it. Inside {@code <pre>} raw text is kept as it is. Other spaces are kept as
 * written.
 *
 * <p>Entities: offsets are UTF-16 code units into the text, half-open, listed in document order (an outer entity
 * before the entities nested in it). Both dialects know {@code b/strong i/em u s/strike/del code pre blockquote}
 * and links; the Desktop export marks hashtags, cashtags, bot commands and mentions by name with
 * {@code onclick="return ShowHashtag(...)"} and friends, spoilers with {@code span.spoiler}, custom emoji with a
 * relative {@code href} to the sticker file; t.me marks hashtags as {@code ?q=%23tag} search links, spoilers with
 * {@code tg-spoiler}, custom emoji with {@code tg-emoji[emoji-id]}, and draws ordinary emoji as
 * {@code <i class="emoji"><b>🇷🇺</b></i>}, which is neither italic nor bold.
 *
 * <p>Iterative (jsoup's {@link NodeTraversor}), one pass, no per-character allocation. Stateless between calls;
 * thread-safe.
 */
public final class HtmlText {

  /** Which producer wrote the markup. */
  public enum Dialect { DESKTOP, TME }

  /**
   * The converted text.
   *
   * @param text the text, {@code \n} between lines
   * @param entities every entity the markup marks, document order
   * @param hashtags hashtags the markup marks
   * @param cashtags cashtags the markup marks
   * @param mentions mentions (by username or by name) the markup marks
   * @param links links the markup marks: URLs, text links, e-mail addresses, phone numbers
   * @param cut true when the text was longer than the limit and was cut
   * @param entitiesDropped true when a list was longer than the limit and was cut
   */
  public record Result(String text, List<TextEntity> entities, List<Hashtag> hashtags, List<Cashtag> cashtags,
      List<Mention> mentions, List<Link> links, boolean cut, boolean entitiesDropped) {
  }

  private HtmlText() {
  }

  /**
   * Converts an element's content with its entities.
   *
   * @param root the element whose content is the text
   * @param dialect who wrote it
   * @param maxTextLength longest text kept (UTF-16 code units)
   * @param maxEntities most entities of one kind kept
   * @return the text and its entities
   */
  public static Result convert(Element root, Dialect dialect, int maxTextLength, int maxEntities) {
    Walker w = new Walker(dialect, true, 4L * maxTextLength);
    NodeTraversor.traverse(w, root);
    return w.result(maxTextLength, maxEntities);
  }

  /**
   * Converts an element's content to text only ({@code <br>} as newline, layout whitespace dropped).
   *
   * @param root the element
   * @return its text, never null
   */
  public static String plain(Element root) {
    if (root == null) {
      return "";
    }
    Walker w = new Walker(Dialect.DESKTOP, false, 0);
    NodeTraversor.traverse(w, root);
    return w.finishText();
  }

  /**
   * Like {@link #plain(Element)} but null for a missing element or a blank text.
   *
   * @param root the element, or null
   * @return its stripped text, or null
   */
  public static String plainOrNull(Element root) {
    if (root == null) {
      return null;
    }
    String s = plain(root).strip();
    return s.isEmpty() ? null : s;
  }

  /** An element whose entity is decided when it closes. */
  private static final class Frame {
    final Element element;
    final int start;
    final int slot;
    final String type;
    final boolean pre;
    final boolean emoji;

    Frame(Element element, int start, int slot, String type, boolean pre, boolean emoji) {
      this.element = element;
      this.start = start;
      this.slot = slot;
      this.type = type;
      this.pre = pre;
      this.emoji = emoji;
    }
  }

  /** One traversal. */
  private static final class Walker implements NodeVisitor {
    private final Dialect dialect;
    private final boolean withEntities;
    private final StringBuilder sb = new StringBuilder(256);
    private final ArrayList<Frame> frames = new ArrayList<>();
    private final ArrayList<TextEntity> entities = new ArrayList<>();
    private final ArrayList<Hashtag> hashtags = new ArrayList<>();
    private final ArrayList<Cashtag> cashtags = new ArrayList<>();
    private final ArrayList<Mention> mentions = new ArrayList<>();
    private final ArrayList<Link> links = new ArrayList<>();
    /** Per entity slot: the language of a pre block (parallel to {@link #entities}). */
    private final ArrayList<String> languages = new ArrayList<>();
    /**
     * Bound on the text held by all entities together: each entity copies its text, so hundreds of nested tags
     * around a long text would otherwise copy it hundreds of times.
     */
    private final long maxEntityChars;
    private long entityChars;
    private boolean overBudget;
    private boolean pendingSpace;
    private int softSpaceAt = -1;
    private int preDepth;
    private int emojiDepth;
    private Frame pendingPre;

    Walker(Dialect dialect, boolean withEntities, long maxEntityChars) {
      this.dialect = dialect;
      this.withEntities = withEntities;
      this.maxEntityChars = maxEntityChars;
    }

    @Override
    public void head(Node node, int depth) {
      if (node instanceof TextNode) {
        text(((TextNode) node).getWholeText());
        return;
      }
      if (!(node instanceof Element) || depth == 0) {
        return;
      }
      Element e = (Element) node;
      String tag = e.normalName();
      switch (tag) {
        case "br":
          pendingSpace = false;
          sb.append('\n');
          return;
        case "img":
          // t.me draws some emoji as images; the alt text is the emoji itself.
          if (e.hasClass("emoji") && e.hasAttr("alt")) {
            emit(e.attr("alt"));
          }
          return;
        case "b":
        case "strong":
          open(e, emojiDepth > 0 ? null : "bold");
          return;
        case "i":
        case "em":
          if (e.hasClass("emoji")) {
            frames.add(new Frame(e, -1, -1, null, false, true));
            emojiDepth++;
          } else {
            open(e, emojiDepth > 0 ? null : "italic");
          }
          return;
        case "u":
        case "ins":
          open(e, "underline");
          return;
        case "s":
        case "strike":
        case "del":
          open(e, "strikethrough");
          return;
        case "code":
          if (pendingPre != null && pendingPre.element == e.parent()) {
            // <pre><code class="language-x">: one pre entity with its language, as Telegram has it.
            frames.add(new Frame(e, -1, -1, null, false, false));
            String lang = language(e);
            if (lang != null && withEntities && pendingPre.slot >= 0) {
              languages.set(pendingPre.slot, lang);
            }
          } else {
            open(e, "code");
          }
          return;
        case "pre":
          preDepth++;
          Frame f = open(e, "pre");
          pendingPre = f;
          if (withEntities && f.slot >= 0) {
            languages.set(f.slot, language(e));
          }
          return;
        case "blockquote":
          open(e, "blockquote");
          return;
        case "tg-spoiler":
          open(e, "spoiler");
          return;
        case "tg-emoji":
          open(e, "custom_emoji");
          return;
        case "span":
          if (e.hasClass("spoiler") || e.hasClass("tg-spoiler")) {
            open(e, "spoiler");
          }
          return;
        case "a":
          open(e, "a");
          return;
        default:
          // Any other element is transparent: its text counts, it marks nothing.
      }
    }

    private static String language(Element e) {
      for (String c : e.classNames()) {
        if (c.startsWith("language-")) {
          return c.substring("language-".length());
        }
      }
      String data = e.attr("data-language");
      return data.isEmpty() ? null : data;
    }

    private Frame open(Element e, String type) {
      if (type == null) {
        Frame f = new Frame(e, -1, -1, null, false, false);
        frames.add(f);
        return f;
      }
      flushPending();
      int slot = -1;
      if (withEntities) {
        slot = entities.size();
        entities.add(null);
        languages.add(null);
      }
      boolean isPre = "pre".equals(type);
      Frame f = new Frame(e, sb.length(), slot, type, isPre, false);
      frames.add(f);
      return f;
    }

    @Override
    public void tail(Node node, int depth) {
      if (!(node instanceof Element) || frames.isEmpty()) {
        return;
      }
      Frame f = frames.get(frames.size() - 1);
      if (f.element != node) {
        return;
      }
      frames.remove(frames.size() - 1);
      if (f.emoji) {
        emojiDepth--;
        return;
      }
      if (f.pre) {
        preDepth--;
        if (pendingPre == f) {
          pendingPre = null;
        }
      }
      if (f.slot < 0) {
        return;
      }
      int end = sb.length();
      if (end <= f.start) {
        return;
      }
      entityChars += end - f.start;
      if (entityChars > maxEntityChars) {
        overBudget = true;
        return;
      }
      close(f, end);
    }

    private void close(Frame f, int end) {
      Element e = f.element;
      String text = sb.substring(f.start, end);
      TextEntity entity;
      switch (f.type) {
        case "a":
          entity = link(e, text, f.start, end);
          break;
        case "custom_emoji":
          entity = new TextEntity(text, f.start, end, "custom_emoji", null, null, null, e.attr("emoji-id"), null);
          break;
        case "pre":
          String lang = languages.get(f.slot);
          entity = new TextEntity(text, f.start, end, "pre", null, lang, null, null, null);
          break;
        case "blockquote":
          entity = new TextEntity(text, f.start, end, "blockquote", null, null, null, null,
              e.hasClass("expandable") ? Boolean.TRUE : null);
          break;
        default:
          entity = TextEntity.of(text, f.start, end, f.type);
      }
      if (entity != null) {
        entities.set(f.slot, entity);
      }
    }

    /** Decides what a link is, from its onclick, its href and its text; adds the typed entity. */
    private TextEntity link(Element e, String text, int start, int end) {
      String onclick = e.attr("onclick");
      String href = e.attr("href").strip();
      if (!onclick.isEmpty()) {
        if (onclick.contains("ShowHashtag(")) {
          return hashtag(text, start, end);
        }
        if (onclick.contains("ShowCashtag(")) {
          return cashtag(text, start, end);
        }
        if (onclick.contains("ShowBotCommand(")) {
          return TextEntity.of(text, start, end, "bot_command");
        }
        if (onclick.contains("ShowMentionName(")) {
          mentions.add(new Mention(text, start, end, null, null));
          return TextEntity.of(text, start, end, "mention_name");
        }
        if (onclick.contains("ShowNotLoadedEmoji(")) {
          // As in the JSON export: the custom emoji's file was not downloaded.
          return new TextEntity(text, start, end, "custom_emoji", null, null, null, "", null);
        }
        if (onclick.contains("ShowNotAvailableEmoji(")) {
          return new TextEntity(text, start, end, "custom_emoji", null, null, null, "(unavailable)", null);
        }
      }
      if (href.startsWith("?q=")) {
        // t.me channel search links: ?q=%23tag is a hashtag, ?q=%24TICKER a cashtag.
        String q = href.substring(3);
        if (q.startsWith("%23") || q.startsWith("#")) {
          return hashtag(text, start, end);
        }
        if (q.startsWith("%24") || q.startsWith("$")) {
          return cashtag(text, start, end);
        }
      }
      if (href.isEmpty()) {
        return null;
      }
      String lower = href.toLowerCase(Locale.ROOT);
      if (lower.startsWith("mailto:")) {
        links.add(new Link(text, start, end, href, Link.LinkType.EMAIL, false));
        return new TextEntity(text, start, end, "email", href, null, null, null, null);
      }
      if (lower.startsWith("tel:")) {
        links.add(new Link(text, start, end, href, Link.LinkType.PHONE, false));
        return new TextEntity(text, start, end, "phone", href, null, null, null, null);
      }
      if (dialect == Dialect.DESKTOP && !hasScheme(href) && !sameUrl(text, href)) {
        // <a href = "stickers/x.webp">😀</a>: a custom emoji whose sticker file was exported (a URL written
        // without scheme is <a href="mid.ru">mid.ru</a>, its own text, so it is told apart above). The exporter
        // prefixes ../ for chats nested in a full export; the JSON export names the file without it.
        String doc = href;
        while (doc.startsWith("../")) {
          doc = doc.substring(3);
        }
        return new TextEntity(text, start, end, "custom_emoji", null, null, null, doc, null);
      }
      String username = mentionTarget(href);
      if (username != null && text.length() > 1 && text.charAt(0) == '@'
          && text.substring(1).equalsIgnoreCase(username)) {
        mentions.add(new Mention(text, start, end, text.substring(1), null));
        return TextEntity.of(text, start, end, "mention");
      }
      if (sameUrl(text, href)) {
        links.add(new Link(text, start, end, hasScheme(href) ? href : "https://" + href, Link.LinkType.URL, false));
        return new TextEntity(text, start, end, "link", href, null, null, null, null);
      }
      links.add(new Link(text, start, end, href, Link.LinkType.TEXT_LINK, false));
      return new TextEntity(text, start, end, "text_link", href, null, null, null, null);
    }

    private TextEntity hashtag(String text, int start, int end) {
      if (text.length() > 1 && (text.charAt(0) == '#' || text.charAt(0) == '＃')) {
        String body = text.substring(1);
        int at = body.indexOf('@');
        hashtags.add(at < 0 ? new Hashtag(text, start, end, body, null)
            : new Hashtag(text, start, end, body.substring(0, at), body.substring(at + 1)));
      }
      return TextEntity.of(text, start, end, "hashtag");
    }

    private TextEntity cashtag(String text, int start, int end) {
      if (text.length() > 1 && text.charAt(0) == '$') {
        String body = text.substring(1);
        int at = body.indexOf('@');
        cashtags.add(at < 0 ? new Cashtag(text, start, end, body, null)
            : new Cashtag(text, start, end, body.substring(0, at), body.substring(at + 1)));
      }
      return TextEntity.of(text, start, end, "cashtag");
    }

    private void text(String s) {
      int n = s.length();
      if (n == 0) {
        return;
      }
      if (preDepth > 0) {
        flushPending();
        sb.append(s);
        return;
      }
      int i = 0;
      while (i < n) {
        char c = s.charAt(i);
        if (c == '\n' || c == '\r') {
          // Layout line break: reads as one space between words, nothing at the edges.
          i++;
          if (restIsLayout(s, i)) {
            if (sb.length() > 0) {
              pendingSpace = true;
            }
            return;
          }
          if (sb.length() > 0) {
            // Between words the indentation after the break is layout too, as a browser shows it. At the very
            // start it is not: the exporter writes the text at column 0 after <div class="text">, so spaces there
            // are the message's own.
            pendingSpace = true;
            while (i < n && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
              i++;
            }
          }
          continue;
        }
        int j = i + 1;
        while (j < n && s.charAt(j) != '\n' && s.charAt(j) != '\r') {
          j++;
        }
        flushPending();
        sb.append(s, i, j);
        i = j;
      }
    }

    /** Indentation before a closing tag: only spaces, tabs and line breaks up to the end of the text node. */
    private static boolean restIsLayout(String s, int from) {
      for (int k = from; k < s.length(); k++) {
        char c = s.charAt(k);
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
          return false;
        }
      }
      return true;
    }

    private void emit(String s) {
      if (s.isEmpty()) {
        return;
      }
      flushPending();
      sb.append(s);
    }

    private void flushPending() {
      if (!pendingSpace) {
        return;
      }
      pendingSpace = false;
      int len = sb.length();
      if (len > 0) {
        char last = sb.charAt(len - 1);
        if (last != '\n' && last != ' ') {
          softSpaceAt = len;
          sb.append(' ');
        }
      }
    }

    String finishText() {
      int len = sb.length();
      if (softSpaceAt >= 0 && softSpaceAt == len - 1) {
        sb.setLength(len - 1);
      }
      return sb.toString();
    }

    Result result(int maxTextLength, int maxEntities) {
      String text = finishText();
      boolean cut = false;
      if (text.length() > maxTextLength) {
        cut = true;
        int limit = maxTextLength;
        // Never split a surrogate pair.
        if (limit > 0 && Character.isHighSurrogate(text.charAt(limit - 1))) {
          limit--;
        }
        text = text.substring(0, limit);
      }
      int len = text.length();
      boolean[] dropped = {overBudget};
      List<TextEntity> es = new ArrayList<>(entities.size());
      for (TextEntity e : entities) {
        if (e == null || e.start() >= len) {
          continue;
        }
        if (e.end() > len) {
          e = new TextEntity(text.substring(e.start(), len), e.start(), len, e.type(), e.otherType(), e.href(), e.language(),
              e.userId(), e.documentId(), e.collapsed());
        }
        es.add(e);
      }
      return new Result(text, cap(es, maxEntities, dropped),
          cap(within(sorted(hashtags), len), maxEntities, dropped),
          cap(within(sorted(cashtags), len), maxEntities, dropped),
          cap(within(sorted(mentions), len), maxEntities, dropped),
          cap(within(sorted(links), len), maxEntities, dropped), cut, dropped[0]);
    }

    private static <T extends org.tgparse.model.Entity> List<T> sorted(List<T> list) {
      list.sort(Comparator.comparingInt(org.tgparse.model.Entity::start));
      return list;
    }

    private static <T extends org.tgparse.model.Entity> List<T> within(List<T> list, int len) {
      // A typed entity cut by the text limit is dropped: its text would no longer be what the markup marked.
      list.removeIf(e -> e.end() > len);
      return list;
    }

    private static <T> List<T> cap(List<T> list, int max, boolean[] dropped) {
      if (list.size() <= max) {
        return list;
      }
      dropped[0] = true;
      return new ArrayList<>(list.subList(0, max));
    }
  }

  /** @return true when the URL starts with a scheme ({@code https:}, {@code tg:}, {@code mailto:}) */
  static boolean hasScheme(String url) {
    int n = url.length();
    for (int i = 0; i < n; i++) {
      char c = url.charAt(i);
      if (c == ':') {
        return i > 0;
      }
      boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (i > 0 && ((c >= '0' && c <= '9')
          || c == '+' || c == '-' || c == '.'));
      if (!ok) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether a link's text is its target, written out: equal once the scheme ({@code https://}) and a trailing
   * slash are dropped from both, ignoring case. Then the link is Telegram's {@code url} entity, else a
   * {@code text_link}.
   */
  static boolean sameUrl(String text, String href) {
    return bare(text).equalsIgnoreCase(bare(href));
  }

  private static String bare(String url) {
    String s = url.strip();
    int colon = s.indexOf("://");
    if (colon > 0 && hasScheme(s.substring(0, colon + 1))) {
      s = s.substring(colon + 3);
    }
    if (s.endsWith("/")) {
      s = s.substring(0, s.length() - 1);
    }
    return s;
  }

  /**
   * The username a {@code https://t.me/NAME} link points at, or null when it is not such a link (a post link
   * {@code t.me/NAME/5} or a search link is not a mention).
   */
  static String mentionTarget(String href) {
    String s = href;
    String lower = s.toLowerCase(Locale.ROOT);
    String[] prefixes = {"https://t.me/", "http://t.me/", "https://telegram.me/", "http://telegram.me/", "t.me/"};
    for (String p : prefixes) {
      if (lower.startsWith(p)) {
        String name = s.substring(p.length());
        if (name.endsWith("/")) {
          name = name.substring(0, name.length() - 1);
        }
        if (name.isEmpty()) {
          return null;
        }
        for (int i = 0; i < name.length(); i++) {
          char c = name.charAt(i);
          if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_')) {
            return null;
          }
        }
        return name;
      }
    }
    return null;
  }
}
