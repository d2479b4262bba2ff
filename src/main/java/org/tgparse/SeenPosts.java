package org.tgparse;

import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.tgparse.model.Message;

/**
 * Remembers the t.me posts already handed out, so that overlapping saved {@code t.me/s} pages read together give
 * each post once. One reader already skips a post it has seen in the same input; share one {@code SeenPosts}
 * across the readers of several inputs to skip repeats between them (the command line does so for all inputs of
 * a run):
 *
 * <pre>{@code
 * SeenPosts seen = new SeenPosts();
 * for (Path page : pages) {
 *   try (MessageReader r = Tgparse.read(page)) {
 *     for (Message m : r) {
 *       if (seen.firstSeen(m)) {
 *         handle(m);
 *       }
 *     }
 *   }
 * }
 * }</pre>
 *
 * <p>A post is known by its id in the t.me form {@code channel/519}, compared ignoring case (usernames are
 * case-insensitive). Messages with any other id (Telegram Desktop exports, plain-text copies) are never treated as
 * repeats. Thread-safe.
 */
public final class SeenPosts {
  private final Set<String> seen = ConcurrentHashMap.newKeySet();

  /** Creates an empty set. */
  public SeenPosts() {
  }

  /**
   * Records a message and says whether it is new.
   *
   * @param message a message
   * @return false when it is a t.me post whose id was recorded before, else true
   */
  public boolean firstSeen(Message message) {
    String key = key(message);
    return key == null || seen.add(key);
  }

  /**
   * @param message a message
   * @return the key a t.me post is known by ({@code channel/519} in lower case), or null when the message's id
   *     is not of that form
   */
  public static String key(Message message) {
    String id = message.id();
    if (id == null) {
      return null;
    }
    int slash = id.indexOf('/');
    if (slash <= 0 || slash == id.length() - 1 || id.indexOf('/', slash + 1) >= 0) {
      return null;
    }
    for (int i = slash + 1; i < id.length(); i++) {
      char c = id.charAt(i);
      if (c < '0' || c > '9') {
        return null;
      }
    }
    return id.toLowerCase(Locale.ROOT);
  }

  /** @return how many distinct posts were recorded */
  public int size() {
    return seen.size();
  }
}
