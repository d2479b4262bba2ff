package org.tgparse.internal.tme;

import java.util.Locale;
import org.jsoup.nodes.Element;
import org.tgparse.internal.html.HtmlDocs;
import org.tgparse.internal.html.HtmlText;
import org.tgparse.internal.io.IssueSink;

/**
 * Notices a saved channel profile page, {@code t.me/<channel>} (without {@code /s/}): it carries the channel's
 * title ({@code tgme_page_title}), description and subscriber count ({@code tgme_page_extra}) but no post, so it
 * is read into no record, and the user is told which page holds the posts. Also says why any other page gave no
 * post. Not thread-safe.
 */
final class ProfilePage {
  private String title;
  private String extra;
  private String username;

  /** @param e an element the stream parser handed out, before it is removed */
  void see(Element e) {
    if (e.hasClass("tgme_page_title") && title == null) {
      title = HtmlText.plainOrNull(e);
    } else if (e.hasClass("tgme_page_extra") && extra == null) {
      extra = HtmlText.plainOrNull(e);
    } else if ("a".equals(e.normalName()) && username == null) {
      username = username(e.attr("href"));
    }
  }

  /** @return the channel's username from a link on its profile page: {@code /s/NAME} or {@code tg://resolve} */
  static String username(String href) {
    String name = null;
    int k = href.indexOf("domain=");
    if (href.startsWith("tg://resolve") && k > 0) {
      name = href.substring(k + 7);
    } else if (href.startsWith("/s/") || href.startsWith("https://t.me/s/")) {
      name = href.substring(href.indexOf("/s/") + 3);
    }
    if (name == null) {
      return null;
    }
    int end = 0;
    while (end < name.length() && (Character.isLetterOrDigit(name.charAt(end)) || name.charAt(end) == '_')) {
      end++;
    }
    return end == 0 ? null : name.substring(0, end);
  }

  /**
   * Says why the page gave no post.
   *
   * @param file the page's name
   * @param issues where the issue goes
   */
  void reportNoPosts(String file, IssueSink issues) {
    if (title != null) {
      String where = username == null ? "https://t.me/s/<channel>" : "https://t.me/s/" + username;
      Long subscribers = subscribers(extra);
      issues.warn(file, 0, 0, String.format(Locale.ROOT, "no posts: this is the profile page of \"%s\"%s, which"
          + " lists no posts; save the web preview %s instead (scroll up to load older posts before saving)",
          title, subscribers == null ? "" : String.format(Locale.ROOT, " (%,d subscribers)", subscribers),
          where));
    } else {
      issues.warn(file, 0, 0, "no posts: expected a saved t.me/s/<channel> page (div.tgme_widget_message with"
          + " data-post), found none");
    }
  }

  /** {@code 12 345 subscribers} (or members) gives 12345. */
  private static Long subscribers(String extra) {
    if (extra == null) {
      return null;
    }
    String s = extra.toLowerCase(Locale.ROOT);
    int k = s.indexOf(" subscriber");
    if (k < 0) {
      k = s.indexOf(" member");
    }
    return k <= 0 ? null : HtmlDocs.abbreviatedCount(s.substring(0, k));
  }
}
