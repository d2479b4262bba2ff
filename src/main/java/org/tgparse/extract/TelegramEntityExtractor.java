package org.tgparse.extract;

import static org.tgparse.extract.TelegramChars.LETTER;
import static org.tgparse.extract.TelegramChars.category;
import static org.tgparse.extract.TelegramChars.isAlphaDigitOrUnderscore;
import static org.tgparse.extract.TelegramChars.isHashtagLetter;
import static org.tgparse.extract.TelegramChars.isWordCharacter;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.tgparse.model.Cashtag;
import org.tgparse.model.Hashtag;
import org.tgparse.model.Mention;

/**
 * Hashtags, cashtags and mentions by Telegram's own rules, ported from TDLib ({@code td/telegram/MessageEntity.cpp}:
 * {@code match_hashtags}, {@code match_cashtags}, {@code match_mentions}, {@code find_mentions}), not a
 * {@code #\w+} regex.
 *
 * <p>Each method is one linear scan driven by {@link String#indexOf(int, int)} for the sigil: a text without
 * {@code #} costs one {@code indexOf}. Offsets are UTF-16 code units into the text, half-open; lengths that TDLib
 * counts in characters (the 256 of a hashtag) are counted in code points. Stateless and thread-safe.
 *
 * <p>These methods find each kind on its own; a hashtag inside a URL is dropped by {@link Extractor}, where links
 * win over the hashtags, cashtags and mentions they contain, as in Telegram.
 */
public final class TelegramEntityExtractor {
  /** A hashtag keeps at most this many code points after its {@code #}; a longer run is cut, not dropped. */
  static final int MAX_HASHTAG_LENGTH = 256;
  /** Shortest username after {@code #tag@} or {@code $TAG@}. */
  static final int MIN_TAG_USERNAME = 3;
  /** Longest username, in a mention or after a tag. */
  static final int MAX_USERNAME = 32;
  /** Shortest mention TDLib matches; {@code find_mentions} then drops those under 4 but the short names. */
  static final int MIN_MATCHED_MENTION = 2;
  /** Shortest mention kept without being one of the short names. */
  static final int MIN_MENTION = 4;
  /** Longest cashtag symbol. */
  static final int MAX_CASHTAG = 8;

  private TelegramEntityExtractor() {
  }

  /**
   * Finds hashtags. A hashtag is an ASCII {@code #} not preceded by a hashtag letter, then a run of hashtag
   * letters (Unicode letters, decimal digits, {@code _}, ZWNJ U+200C, middle dot U+00B7, the Sinhala block) with at
   * least one letter among its first 256, not directly followed by another {@code #}. A run longer than 256 code
   * points is cut after the 256th. {@code #tag@username} (3 to 32 of {@code [A-Za-z0-9_]}; a longer name is cut at
   * 32) is one hashtag whose {@link Hashtag#username()} is set.
   *
   * @param text any text, not null
   * @return hashtags in text order (duplicates included); an immutable list, never null
   */
  public static List<Hashtag> hashtags(String text) {
    // String.indexOf is vectorised; most texts are done here without the char[] copy.
    Objects.requireNonNull(text, "text");
    return text.indexOf('#') < 0 ? List.of() : hashtags(text, text.toCharArray());
  }

  /**
   * {@link #hashtags} over a text and its characters (made once by the caller for every extractor): the
   * characters are scanned in the array, and String.indexOf, which the JIT vectorises, jumps to the next candidate.
   */
  static List<Hashtag> hashtags(String string, char[] text) {
    int hash = string.indexOf('#', 0);
    if (hash < 0) {
      return List.of();
    }
    List<Hashtag> out = new ArrayList<>();
    int n = text.length;
    while (hash >= 0) {
      // The sign must not continue a word: "я#a" and "a#b" are no tags.
      if (hash > 0 && isHashtagLetter(Character.codePointBefore(text, hash))) {
        hash = string.indexOf('#', hash + 1);
        continue;
      }
      int tagBegin = hash + 1;
      int p = tagBegin;
      int size = 0;
      int tagEnd = -1;
      boolean wasLetter = false;
      while (p < n) {
        int cp = Character.codePointAt(text, p);
        int cat = category(cp);
        if (!isHashtagLetter(cp, cat)) {
          break;
        }
        p += Character.charCount(cp);
        if (size == MAX_HASHTAG_LENGTH - 1) {
          tagEnd = p;
        }
        if (size != MAX_HASHTAG_LENGTH) {
          // Only the part that is kept counts for the "at least one letter" rule.
          wasLetter |= cat == LETTER;
          size++;
        }
      }
      if (tagEnd < 0) {
        tagEnd = p;
      }
      // "#a#" is no tag: TDLib's regex has the lookahead (?![hashtag letters]*#). "#123" has no letter.
      if (size >= 1 && !(p < n && text[p] == '#') && wasLetter) {
        int end = tagEnd;
        String username = null;
        if (tagEnd == p && p < n && text[p] == '@') {
          int u = p + 1;
          int limit = Math.min(n, u + MAX_USERNAME);
          while (u < limit && isAlphaDigitOrUnderscore(text[u])) {
            u++;
          }
          if (u - (p + 1) >= MIN_TAG_USERNAME) {
            end = u;
            username = Chars.string(text, p + 1, u);
          }
        }
        out.add(new Hashtag(Chars.string(text, hash, end), hash, end, Chars.string(text, tagBegin, tagEnd), username));
      }
      // TDLib resumes after the scanned run: a '#' inside it cannot start a tag anyway.
      hash = p < n ? string.indexOf('#', p) : -1;
    }
    return List.copyOf(out);
  }

  /**
   * Finds cashtags: an ASCII {@code $} not preceded by a hashtag letter or another {@code $}, then 1 to 8 ASCII
   * capitals or the literal {@code 1INCH}, not followed by a hashtag letter or {@code $}; optionally followed by
   * {@code @username} (3 to 32 of {@code [A-Za-z0-9_]}, itself not followed by a hashtag letter or {@code $}),
   * which is then part of the cashtag and set as {@link Cashtag#username()}.
   *
   * @param text any text, not null
   * @return cashtags in text order (duplicates included); an immutable list, never null
   */
  public static List<Cashtag> cashtags(String text) {
    Objects.requireNonNull(text, "text");
    return text.indexOf('$') < 0 ? List.of() : cashtags(text, text.toCharArray());
  }

  /**
   * {@link #cashtags} over a text and its characters (made once by the caller for every extractor): the
   * characters are scanned in the array, and String.indexOf, which the JIT vectorises, jumps to the next candidate.
   */
  static List<Cashtag> cashtags(String string, char[] text) {
    int dollar = string.indexOf('$', 0);
    if (dollar < 0) {
      return List.of();
    }
    List<Cashtag> out = new ArrayList<>();
    int n = text.length;
    while (dollar >= 0) {
      if (dollar > 0) {
        int prev = Character.codePointBefore(text, dollar);
        if (isHashtagLetter(prev) || prev == '$') {
          dollar = string.indexOf('$', dollar + 1);
          continue;
        }
      }
      int begin = dollar + 1;
      int p = begin;
      // 1INCH is the one ticker with a digit that Telegram accepts.
      if (Chars.startsWith(text, begin, "1INCH")) {
        p += 5;
      } else {
        while (p < n && text[p] >= 'A' && text[p] <= 'Z') {
          p++;
        }
      }
      int size = p - begin;
      if (size >= 1 && size <= MAX_CASHTAG && !continuesCashtag(text, p)) {
        int end = p;
        String username = null;
        if (p < n && text[p] == '@') {
          int u = p + 1;
          while (u < n && isAlphaDigitOrUnderscore(text[u])) {
            u++;
          }
          int length = u - (p + 1);
          // A shorter prefix of a longer name never qualifies: the next character would be a hashtag letter.
          if (length >= MIN_TAG_USERNAME && length <= MAX_USERNAME && !continuesCashtag(text, u)) {
            end = u;
            username = Chars.string(text, p + 1, u);
          }
        }
        out.add(new Cashtag(Chars.string(text, dollar, end), dollar, end, Chars.string(text, begin, p), username));
      }
      dollar = p < n ? string.indexOf('$', p) : -1;
    }
    return List.copyOf(out);
  }

  /** @return true when the character at {@code i} is a hashtag letter or {@code $}, which spoils a cashtag */
  private static boolean continuesCashtag(char[] text, int i) {
    if (i >= text.length) {
      return false;
    }
    int cp = Character.codePointAt(text, i);
    return cp == '$' || isHashtagLetter(cp);
  }

  /**
   * Finds mentions: an {@code @} not preceded by a word character (a letter, a number or {@code _}: so neither
   * {@code a@bcde} nor an e-mail address), then 4 to 32 of {@code [A-Za-z0-9_]} not followed by a word character.
   * Telegram's short usernames {@code gif}, {@code nft}, {@code pic}, {@code ufc} and {@code vid} (any case) are
   * mentions too; other names of 2 or 3 characters are not.
   *
   * @param text any text, not null
   * @return mentions in text order (duplicates included), each with {@link Mention#username()} set and no user
   *     id; an immutable list, never null
   */
  public static List<Mention> mentions(String text) {
    Objects.requireNonNull(text, "text");
    return text.indexOf('@') < 0 ? List.of() : mentions(text, text.toCharArray());
  }

  /**
   * {@link #mentions} over a text and its characters (made once by the caller for every extractor): the
   * characters are scanned in the array, and String.indexOf, which the JIT vectorises, jumps to the next candidate.
   */
  static List<Mention> mentions(String string, char[] text) {
    int at = string.indexOf('@', 0);
    if (at < 0) {
      return List.of();
    }
    List<Mention> out = new ArrayList<>();
    int n = text.length;
    while (at >= 0) {
      if (at > 0 && isWordCharacter(Character.codePointBefore(text, at))) {
        at = string.indexOf('@', at + 1);
        continue;
      }
      int begin = at + 1;
      int p = begin;
      while (p < n && isAlphaDigitOrUnderscore(text[p])) {
        p++;
      }
      int size = p - begin;
      if (size >= MIN_MATCHED_MENTION && size <= MAX_USERNAME
          && !(p < n && isWordCharacter(Character.codePointAt(text, p)))
          && (size >= MIN_MENTION || isShortUsername(text, begin, size))) {
        out.add(new Mention(Chars.string(text, at, p), at, p, Chars.string(text, begin, p), null));
      }
      at = p < n ? string.indexOf('@', p) : -1;
    }
    return List.copyOf(out);
  }

  /** Telegram's valid short usernames (TDLib {@code get_valid_short_usernames}), compared case-insensitively. */
  private static boolean isShortUsername(char[] text, int begin, int size) {
    if (size != 3) {
      return false;
    }
    char a = lower(text[begin]);
    char b = lower(text[begin + 1]);
    char c = lower(text[begin + 2]);
    return (a == 'g' && b == 'i' && c == 'f')
        || (a == 'n' && b == 'f' && c == 't')
        || (a == 'p' && b == 'i' && c == 'c')
        || (a == 'u' && b == 'f' && c == 'c')
        || (a == 'v' && b == 'i' && c == 'd');
  }

  private static char lower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }
}
