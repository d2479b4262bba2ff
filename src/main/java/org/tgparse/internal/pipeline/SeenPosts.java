package org.tgparse.internal.pipeline;

import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.tgparse.MessageReader;
import org.tgparse.Tgparse;
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
  // Per channel, the post numbers seen, as bits: a run over a million posts holds a few hundred KB instead of a
  // string per post (which made a 1 GB run of t.me pages exhaust a 64 MB heap). Numbers that do not fit (a leading
  // zero, more than nine digits) are kept as their keys.
  private final Map<String, BitSet> numbers = new HashMap<>();
  private final Set<String> others = new HashSet<>();
  private int size;

  /** Creates an empty set. */
  public SeenPosts() {
  }

  /**
   * Records a message and says whether it is new.
   *
   * @param message a message
   * @return false when it is a t.me post whose id was recorded before, else true
   */
  public synchronized boolean firstSeen(Message message) {
    String key = key(message);
    if (key == null) {
      return true;
    }
    int slash = key.indexOf('/');
    int digits = key.length() - slash - 1;
    boolean added;
    if (digits <= 9 && key.charAt(slash + 1) != '0') {
      int n = Integer.parseInt(key, slash + 1, key.length(), 10);
      BitSet bits = numbers.computeIfAbsent(key.substring(0, slash), c -> new BitSet());
      added = !bits.get(n);
      bits.set(n);
    } else {
      added = others.add(key);
    }
    if (added) {
      size++;
    }
    return added;
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
  public synchronized int size() {
    return size;
  }
}
