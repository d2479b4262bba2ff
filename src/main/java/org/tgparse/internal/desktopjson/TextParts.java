package org.tgparse.internal.desktopjson;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.tgparse.model.Cashtag;
import org.tgparse.model.Hashtag;
import org.tgparse.model.Link;
import org.tgparse.model.Mention;
import org.tgparse.model.TextEntity;

/**
 * The parts of one Telegram Desktop {@code text} or {@code text_entities} value: plain runs and typed runs
 * ({@code {"type": "bold", "text": "..."}}), in order. Concatenating the parts' text gives the message text
 * ({@code docs/formats.md}, section 1, "text / text_entities"); every typed part becomes a {@link TextEntity} whose
 * offsets are UTF-16 code units into that text, half-open.
 *
 * <p>Reused from message to message: part objects are pooled, so reading a message allocates only the strings.
 * Not thread-safe.
 */
final class TextParts {
  /** One run of text. Mutable and pooled. */
  static final class Part {
    String type;
    String text;
    String href;
    String language;
    Long userId;
    String documentId;
    Boolean collapsed;

    void clear() {
      type = null;
      text = "";
      href = null;
      language = null;
      userId = null;
      documentId = null;
      collapsed = null;
    }
  }

  private final List<Part> pool = new ArrayList<>();
  private int size;
  /** Whether the key was seen in the current message at all. */
  boolean present;

  void clear() {
    size = 0;
    present = false;
  }

  int size() {
    return size;
  }

  Part get(int i) {
    return pool.get(i);
  }

  /** @return a cleared part appended to the list, to be filled by the caller */
  Part add() {
    Part p;
    if (size < pool.size()) {
      p = pool.get(size);
    } else {
      p = new Part();
      pool.add(p);
    }
    p.clear();
    size++;
    return p;
  }

  /** @param text a plain run */
  void addPlain(String text) {
    Part p = add();
    p.type = "plain";
    p.text = text;
  }

  /** @return the concatenated text of every part */
  String text() {
    if (size == 0) {
      return "";
    }
    if (size == 1) {
      return pool.get(0).text;
    }
    int len = 0;
    for (int i = 0; i < size; i++) {
      len += pool.get(i).text.length();
    }
    StringBuilder sb = new StringBuilder(len);
    for (int i = 0; i < size; i++) {
      sb.append(pool.get(i).text);
    }
    return sb.toString();
  }

  /**
   * @param text a string
   * @return whether the parts concatenate to exactly that string, without building the concatenation
   */
  boolean spells(String text) {
    int pos = 0;
    for (int i = 0; i < size; i++) {
      String t = pool.get(i).text;
      if (!text.startsWith(t, pos)) {
        return false;
      }
      pos += t.length();
    }
    return pos == text.length();
  }

  /** The typed lists derived from the parts. */
  static final class Marked {
    List<TextEntity> entities;
    List<Hashtag> hashtagEntities;
    List<Cashtag> cashtags;
    List<Mention> mentions;
    List<Link> links;
    /** Entities dropped because of the per-message limit. */
    int overLimit;
    /** Entities dropped because they reach past the text as kept (the text was cut). */
    int pastText;
  }

  /**
   * Turns the typed parts into entities. Plain parts are not entities; empty typed parts mark nothing and are
   * skipped.
   *
   * @param maxEntities most entities kept (the rest are counted in {@link Marked#overLimit})
   * @param textLength the length of the message text as kept (entities past it are dropped)
   * @return the entities and the typed lists Telegram's own kinds fill; lists are null when empty
   */
  Marked marked(int maxEntities, int textLength) {
    Marked m = new Marked();
    int offset = 0;
    for (int i = 0; i < size; i++) {
      Part p = pool.get(i);
      int start = offset;
      int end = start + p.text.length();
      offset = end;
      if ("plain".equals(p.type) || p.text.isEmpty()) {
        continue;
      }
      if (end > textLength) {
        m.pastText++;
        continue;
      }
      if (m.entities != null && m.entities.size() >= maxEntities) {
        m.overLimit++;
        continue;
      }
      String type = p.type == null ? "unknown" : p.type;
      if (m.entities == null) {
        m.entities = new ArrayList<>();
      }
      m.entities.add(new TextEntity(p.text, start, end, type, p.href, p.language, p.userId, p.documentId,
          p.collapsed));
      typed(m, type, p, start, end);
    }
    return m;
  }

  private static void typed(Marked m, String type, Part p, int start, int end) {
    String t = p.text;
    switch (type) {
      case "hashtag": {
        int at = t.indexOf('@', 1);
        String tag = at < 0 ? afterSigil(t, '#', '＃') : afterSigil(t.substring(0, at), '#', '＃');
        Hashtag h = new Hashtag(t, start, end, tag, at < 0 ? null : t.substring(at + 1));
        if (m.hashtagEntities == null) {
          m.hashtagEntities = new ArrayList<>();
        }
        m.hashtagEntities.add(h);
        break;
      }
      case "cashtag": {
        int at = t.indexOf('@', 1);
        String symbol = at < 0 ? afterSigil(t, '$', '$') : afterSigil(t.substring(0, at), '$', '$');
        if (m.cashtags == null) {
          m.cashtags = new ArrayList<>();
        }
        m.cashtags.add(new Cashtag(t, start, end, symbol, at < 0 ? null : t.substring(at + 1)));
        break;
      }
      case "mention":
        mentions(m).add(new Mention(t, start, end, afterSigil(t, '@', '＠'), null));
        break;
      case "mention_name":
        mentions(m).add(new Mention(t, start, end, null, p.userId));
        break;
      case "link":
        links(m).add(new Link(t, start, end, withScheme(t), Link.LinkType.URL, false));
        break;
      case "text_link":
        links(m).add(new Link(t, start, end, p.href, Link.LinkType.TEXT_LINK, p.href == null));
        break;
      case "email":
        links(m).add(new Link(t, start, end, "mailto:" + t, Link.LinkType.EMAIL, false));
        break;
      case "phone":
        links(m).add(new Link(t, start, end, telUri(t), Link.LinkType.PHONE, false));
        break;
      default:
        break;
    }
  }

  private static List<Mention> mentions(Marked m) {
    if (m.mentions == null) {
      m.mentions = new ArrayList<>();
    }
    return m.mentions;
  }

  private static List<Link> links(Marked m) {
    if (m.links == null) {
      m.links = new ArrayList<>();
    }
    return m.links;
  }

  private static String afterSigil(String s, char ascii, char wide) {
    return !s.isEmpty() && (s.charAt(0) == ascii || s.charAt(0) == wide) ? s.substring(1) : s;
  }

  /**
   * @param url a URL as Telegram marked it ({@code example.com/x}, {@code https://t.me/x}, {@code tg://resolve})
   * @return the URL, with {@code https://} in front when it has no scheme
   */
  static String withScheme(String url) {
    int i = 0;
    int n = url.length();
    if (n == 0 || !isAsciiLetter(url.charAt(0))) {
      return "https://" + url;
    }
    // RFC 3986 scheme: ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ), then "://".
    while (i < n) {
      char c = url.charAt(i);
      if (isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.') {
        i++;
      } else {
        break;
      }
    }
    return url.startsWith("://", i) ? url : "https://" + url;
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /**
   * @param phone a phone number as written ({@code +7 (495) 123-45-67})
   * @return a {@code tel:} URI of its digits, with a leading {@code +} kept (RFC 3966 global number)
   */
  static String telUri(String phone) {
    StringBuilder sb = new StringBuilder(phone.length() + 4).append("tel:");
    boolean any = false;
    for (int i = 0; i < phone.length(); i++) {
      char c = phone.charAt(i);
      if (c >= '0' && c <= '9') {
        sb.append(c);
        any = true;
      } else if (c == '+' && !any && sb.length() == 4) {
        sb.append('+');
      }
    }
    return sb.toString();
  }
}
