package org.tgparse.extract;

import static org.tgparse.extract.TelegramChars.isAlphaDigit;
import static org.tgparse.extract.TelegramChars.isAlphaDigitOrUnderscoreOrMinus;
import static org.tgparse.extract.TelegramChars.isUrlPathSymbol;
import static org.tgparse.extract.TelegramChars.isUrlUnicodeSymbol;
import static org.tgparse.extract.TelegramChars.isWordCharacter;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Locale;
import java.util.Set;
import org.tgparse.model.Link;

/**
 * URLs with and without a scheme ({@code https://mid.ru/ru/}, {@code t.me/channel/123}, {@code mid.ru},
 * {@code www.un.org}), {@code tg://} links and e-mail addresses, by Telegram's own rules: a port of TDLib's
 * {@code match_urls}, {@code fix_url}, {@code is_email_address}, {@code is_common_tld} and {@code match_tg_urls}
 * ({@code td/telegram/MessageEntity.cpp}).
 *
 * <p>In short: a candidate grows around each {@code .} over host characters, takes an optional port (1..65535)
 * and a path (after {@code /}, {@code ?} or {@code #}), loses trailing {@code .:;,('?!`} and any closing
 * bracket without its opening one; a scheme other than {@code http}, {@code https}, {@code ftp} and
 * {@code tonsite} spoils it. Without a scheme the top-level domain must be one TDLib knows (so {@code file.txt},
 * {@code e.g.} and {@code U.S.} are no links, while {@code views.py} is: {@code .py} is Paraguay's); all-digit hosts
 * are links only as IPv4 addresses ({@code 9.4} and {@code 5.3} are not). A candidate that is an e-mail address
 * becomes one.
 *
 * <p>{@link Link#url()} is normalised: {@code https://} is added where the text has no scheme, a scheme is
 * lower-cased, e-mail addresses get {@code mailto:}. Offsets are UTF-16 code units into the text, half-open.
 * Linear in the length of the text. Stateless and thread-safe.
 */
public final class LinkExtractor {
  /** Characters a URL path may not end with: they end the sentence around it. */
  private static final String BAD_PATH_END_CHARS = ".:;,('?!`";

  /** TDLib's list of top-level domains accepted without a scheme, lower case. */
  private static final Set<String> COMMON_TLDS = loadTlds();

  private LinkExtractor() {
  }

  /**
   * Finds URLs and e-mail addresses.
   *
   * @param text any text, not null
   * @return links of type {@link Link.LinkType#URL} or {@link Link.LinkType#EMAIL} in text order, never
   *     overlapping, with {@code targetLost} false; an immutable list, never null
   */
  public static List<Link> extract(String text) {
    // String.indexOf is vectorised; a text with neither character has no link, and needs no char[] copy.
    Objects.requireNonNull(text, "text");
    return text.indexOf('.') < 0 && text.indexOf(':') < 0 ? List.of() : extract(text, text.toCharArray());
  }

  /**
   * {@link #extract} over a text and its characters (made once by the caller for every extractor): the
   * characters are scanned in the array, and String.indexOf, which the JIT vectorises, jumps to the next candidate.
   */
  static List<Link> extract(String string, char[] text) {
    List<Link> urls = findUrls(string, text);
    List<Link> tgUrls = findTgUrls(string, text);
    if (tgUrls.isEmpty()) {
      return urls;
    }
    if (urls.isEmpty()) {
      return tgUrls;
    }
    return List.copyOf(mergeWithoutOverlaps(urls, tgUrls));
  }

  /**
   * TDLib's {@code find_urls}: URLs and e-mail addresses found around dots.
   *
   * @param text any text
   * @return links in text order
   */
  static List<Link> findUrls(String string, char[] text) {
    if (string.indexOf('.') < 0) {
      return List.of();
    }
    List<Link> links = new ArrayList<>();
    matchUrls(string, text, links);
    return List.copyOf(links);
  }

  /**
   * TDLib's {@code find_tg_urls}: {@code tg://}, {@code ton://} and {@code tonsite://} links.
   *
   * @param text any text
   * @return links in text order
   */
  static List<Link> findTgUrls(String string, char[] text) {
    if (string.indexOf(':') < 0) {
      return List.of();
    }
    List<Link> links = new ArrayList<>();
    matchTgUrls(string, text, links);
    return List.copyOf(links);
  }

  // ---------------------------------------------------------------------------------------------------------
  // match_urls: candidates around every '.'

  private static void matchUrls(String string, char[] s, List<Link> out) {
    int n = s.length;
    int begin = 0; // TDLib's 'str': the text not yet consumed; no scan reaches back before it
    while (true) {
      int dot = string.indexOf('.', begin);
      if (dot < 0 || dot + 1 == n) {
        break;
      }
      char next = s[dot + 1];
      if (next == ' ') {
        // fast path: the end of a sentence
        begin = dot + 2;
        continue;
      }
      if (next != '@' && next != ':' && next != '/' && next != '?' && next != '#'
          && !isDomainSymbol(Character.codePointAt(s, dot + 1))) {
        // Our second fast path ("percent.\n", "etc.)"): with nothing after the dot that could extend a host,
        // a port or a path, TDLib's full step below adds nothing and resumes right after the dot.
        begin = dot + 1;
        continue;
      }

      int domainBegin = dot;
      while (domainBegin != begin) {
        int cp = codePointBefore(s, domainBegin, begin);
        if (!isDomainSymbol(cp)) {
          break;
        }
        domainBegin -= Character.charCount(cp);
      }

      int lastAt = -1;
      int domainEnd = dot;
      while (domainEnd != n) {
        int cp = Character.codePointAt(s, domainEnd);
        if (cp == '@') {
          lastAt = domainEnd;
        } else if (!isDomainSymbol(cp)) {
          break;
        }
        domainEnd += Character.charCount(cp);
      }

      if (lastAt >= 0) {
        // user:password@ before the host
        while (domainBegin != begin) {
          int cp = codePointBefore(s, domainBegin, begin);
          if (!isUserDataSymbol(cp)) {
            break;
          }
          domainBegin -= Character.charCount(cp);
        }
      }

      int urlEnd = domainEnd;
      if (urlEnd != n && s[urlEnd] == ':') {
        int portEnd = urlEnd + 1;
        while (portEnd != n && isDigit(s[portEnd])) {
          portEnd++;
        }
        int portBegin = urlEnd + 1;
        while (portBegin != portEnd && s[portBegin] == '0') {
          portBegin++;
        }
        if (portBegin != portEnd && portEnd - portBegin <= 5
            && Integer.parseInt(Chars.string(s, portBegin, portEnd)) <= 65535) {
          urlEnd = portEnd;
        }
      }

      if (urlEnd != n && (s[urlEnd] == '/' || s[urlEnd] == '?' || s[urlEnd] == '#')) {
        int pathEnd = urlEnd + 1;
        while (pathEnd != n) {
          int cp = Character.codePointAt(s, pathEnd);
          if (!isUrlPathSymbol(cp)) {
            break;
          }
          pathEnd += Character.charCount(cp);
        }
        while (pathEnd > urlEnd + 1 && BAD_PATH_END_CHARS.indexOf(s[pathEnd - 1]) >= 0) {
          pathEnd--;
        }
        // A lone '?' or '#' is punctuation, a lone '/' is part of the URL.
        if (s[urlEnd] == '/' || pathEnd > urlEnd + 1) {
          urlEnd = pathEnd;
        }
      }
      while (urlEnd > dot + 1 && s[urlEnd - 1] == '.') {
        urlEnd--;
      }

      boolean bad = false;
      int urlBegin = domainBegin;
      if (urlBegin != begin && s[urlBegin - 1] == '@') {
        // "x@host": user data before the host; "@host" alone is a mention, not a URL
        if (lastAt >= 0) {
          bad = true;
        }
        int userDataBegin = urlBegin - 1;
        while (userDataBegin != begin) {
          int cp = codePointBefore(s, userDataBegin, begin);
          if (!isUserDataSymbol(cp)) {
            break;
          }
          userDataBegin -= Character.charCount(cp);
        }
        if (userDataBegin == urlBegin - 1) {
          bad = true;
        }
        urlBegin = userDataBegin;
      }

      if (urlBegin != begin) {
        // TDLib compares the prefix length in UTF-8 bytes (>= 6); a prefix that passes only in bytes is spoiled
        // by either branch, so UTF-16 units give the same result.
        if (urlBegin - begin >= 6 && Chars.startsWith(s, urlBegin - 3, "://")) {
          int protocolBegin = urlBegin - 3;
          while (protocolBegin != begin) {
            int cp = codePointBefore(s, protocolBegin, begin);
            if (!isProtocolSymbol(cp)) {
              break;
            }
            protocolBegin -= Character.charCount(cp);
          }
          String protocol = Chars.string(s, protocolBegin, urlBegin - 3).toLowerCase(Locale.ROOT);
          if (protocol.endsWith("http") && !protocol.equals("shttp")) {
            urlBegin -= 7;
          } else if (protocol.endsWith("https")) {
            urlBegin -= 8;
          } else if (protocol.endsWith("ftp") && !protocol.equals("tftp") && !protocol.equals("sftp")) {
            urlBegin -= 6;
          } else if (protocol.endsWith("tonsite")) {
            urlBegin -= 10;
          } else {
            bad = true;
          }
        } else {
          // A URL must not continue a word, a path, a hashtag or a mention ("go#ogle.com", "/views.py").
          int cp = codePointBefore(s, urlBegin, begin);
          if (isWordCharacter(cp) || cp == '/' || cp == '#' || cp == '@') {
            bad = true;
          }
        }
      }

      if (!bad) {
        if (urlEnd > dot + 1) {
          addUrlOrEmail(s, urlBegin, urlEnd, out);
        }
        while (urlEnd != n && s[urlEnd] == '.') {
          urlEnd++;
        }
      } else {
        // resume after the last dot of the spoiled candidate: a later dot may still start a good one
        while (s[urlEnd - 1] != '.') {
          urlEnd--;
        }
      }
      if (urlEnd <= dot) {
        urlEnd = dot + 1;
      }
      begin = urlEnd;
    }
  }

  /** TDLib {@code find_urls}: classify a candidate as an e-mail address or check it as a URL. */
  private static void addUrlOrEmail(char[] s, int start, int end, List<Link> out) {
    if (isEmailAddress(s, start, end)) {
      String address = Chars.string(s, start, end);
      out.add(new Link(address, start, end, "mailto:" + address, Link.LinkType.EMAIL, false));
    } else if (Chars.startsWith(s, start, "mailto:") && isEmailAddress(s, start + 7, end)) {
      String address = Chars.string(s, start + 7, end);
      out.add(new Link(address, start + 7, end, "mailto:" + address, Link.LinkType.EMAIL, false));
    } else {
      int fixedEnd = fixUrl(s, start, end);
      if (fixedEnd > start) {
        String url = Chars.string(s, start, fixedEnd);
        out.add(new Link(url, start, fixedEnd, normalise(url), Link.LinkType.URL, false));
      }
    }
  }

  /** TDLib's {@code is_domain_symbol}: host characters, and any non-ASCII URL character (IDN hosts). */
  private static boolean isDomainSymbol(int cp) {
    if (cp < 0xC0) {
      return cp == '.' || isAlphaDigitOrUnderscoreOrMinus(cp) || cp == '~';
    }
    return isUrlUnicodeSymbol(cp);
  }

  /** TDLib's {@code is_user_data_symbol}: the {@code user:password} part; brackets, quotes and {@code @} end it. */
  private static boolean isUserDataSymbol(int cp) {
    switch (cp) {
      case '\n':
      case '/':
      case '[':
      case ']':
      case '{':
      case '}':
      case '(':
      case ')':
      case '\'':
      case '`':
      case '<':
      case '>':
      case '"':
      case '@':
      case 0xAB: // «
      case 0xBB: // »
        return false;
      default:
        return isUrlUnicodeSymbol(cp);
    }
  }

  /**
   * TDLib's {@code is_protocol_symbol}: ASCII letters, digits, {@code +} and {@code -} (no dots); non-ASCII
   * non-separators are taken too, so that the scheme they make up is then rejected.
   */
  private static boolean isProtocolSymbol(int cp) {
    if (cp < 0x80) {
      return isAlphaDigit(cp) || cp == '+' || cp == '-';
    }
    return TelegramChars.category(cp) != TelegramChars.SEPARATOR;
  }

  /**
   * @return the code point that ends at {@code index}, not reaching back before {@code start} (a surrogate pair
   *     split by {@code start} gives its low half)
   */
  private static int codePointBefore(char[] s, int index, int start) {
    char low = s[index - 1];
    if (Character.isLowSurrogate(low) && index - 2 >= start) {
      char high = s[index - 2];
      if (Character.isHighSurrogate(high)) {
        return Character.toCodePoint(high, low);
      }
    }
    return low;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  // ---------------------------------------------------------------------------------------------------------
  // fix_url: is the candidate a URL, and where does it really end

  /**
   * @return the end of the URL in {@code s[start, end)} after unbalanced brackets and trailing punctuation are
   *     cut from its path, or -1 when it is no URL
   */
  static int fixUrl(char[] s, int start, int end) {
    boolean hasProtocol = false;
    int p = start;
    if (startsWithIgnoreCase(s, start, end, "http://") || startsWithIgnoreCase(s, start, end, "https://")
        || startsWithIgnoreCase(s, start, end, "ftp://") || startsWithIgnoreCase(s, start, end, "tonsite://")) {
      p = Chars.indexOf(s, ':', start) + 3;
      hasProtocol = true;
    }
    int domainEnd = p;
    while (domainEnd < end) {
      char c = s[domainEnd];
      if (c == '/' || c == '?' || c == '#') {
        break;
      }
      domainEnd++;
    }
    int domainBegin = p;
    for (int i = p; i < domainEnd; i++) {
      if (s[i] == '@') {
        domainBegin = i + 1; // after the first '@'
        break;
      }
    }
    int hostEnd = domainEnd;
    for (int i = domainEnd - 1; i >= domainBegin; i--) {
      if (s[i] == ':') {
        hostEnd = i; // the port goes
        break;
      }
    }

    // A well-known phishing look-alike.
    if (hostEnd - domainBegin == 12 && Chars.regionMatchesIgnoreCase(s, domainBegin, "teiegram.org")
        && isAscii(s, domainBegin, hostEnd)) {
      return -1;
    }

    // Cut the path at the first closing bracket without its opening one, then trailing punctuation.
    int balanceRound = 0;
    int balanceSquare = 0;
    int balanceCurly = 0;
    int pathPos = domainEnd;
    for (; pathPos < end; pathPos++) {
      switch (s[pathPos]) {
        case '(':
          balanceRound++;
          break;
        case '[':
          balanceSquare++;
          break;
        case '{':
          balanceCurly++;
          break;
        case ')':
          balanceRound--;
          break;
        case ']':
          balanceSquare--;
          break;
        case '}':
          balanceCurly--;
          break;
        default:
          break;
      }
      if (balanceRound < 0 || balanceSquare < 0 || balanceCurly < 0) {
        break;
      }
    }
    while (pathPos > domainEnd && BAD_PATH_END_CHARS.indexOf(s[pathPos - 1]) >= 0) {
      pathPos--;
    }
    int urlEnd = pathPos;

    // Host labels: none empty, none over 63 UTF-8 bytes, none ending in '-'; IPv4 is four labels 0..255.
    int prev = domainBegin;
    int partCount = 0;
    boolean hasNonDigit = false;
    boolean isIpv4 = true;
    // The last label is checked after the loop, so that the loop never reads s[hostEnd] (hostEnd may be the
    // text's end, which would fail the range check the JIT hoists out of the loop and deoptimise this method).
    for (int i = domainBegin; i < hostEnd; i++) {
      char c = s[i];
      if (c == '.') {
        if (badLabel(s, prev, i)) {
          return -1;
        }
        isIpv4 = isIpv4 && ipv4Label(s, prev, i);
        partCount++;
        prev = i + 1;
      } else if (!isDigit(c)) {
        isIpv4 = false;
        hasNonDigit = true;
      }
    }
    if (badLabel(s, prev, hostEnd)) {
      return -1;
    }
    isIpv4 = isIpv4 && ipv4Label(s, prev, hostEnd);
    partCount++;
    if (partCount == 1) {
      return -1;
    }
    if (isIpv4 && partCount == 4) {
      return urlEnd;
    }
    if (!hasNonDigit) {
      return -1; // "9.4", "127.001"
    }

    int tldBegin = prev;
    if (Character.codePointCount(s, tldBegin, hostEnd - tldBegin) <= 1) {
      return -1; // "e.g", "U.S"
    }
    if (Chars.startsWith(s, tldBegin, "xn--")) {
      if (hostEnd - tldBegin <= 5) {
        return -1;
      }
      for (int i = tldBegin + 4; i < hostEnd; i++) {
        if (!isAlphaDigit(s[i])) {
          return -1;
        }
      }
    } else {
      for (int i = tldBegin; i < hostEnd; i++) {
        char c = s[i];
        if (c == '_' || c == '-') {
          return -1;
        }
      }
      if (!hasProtocol && !isCommonTld(Chars.string(s, tldBegin, hostEnd))) {
        return -1; // "file.txt"
      }
    }

    // No '_' in the second-level label ("test_.com", "_test.com"); deeper labels may have one.
    for (int i = tldBegin - 2; i >= domainBegin; i--) {
      char c = s[i];
      if (c == '_') {
        return -1;
      } else if (c == '.') {
        break;
      }
    }
    return urlEnd;
  }

  /**
   * TDLib's {@code is_common_tld}: the TLD is in the list, written in lower case or in any case but a capital
   * followed by lower case ({@code telegram.ORG} is a link, {@code telegram.Org} is a sentence break without a
   * space).
   */
  static boolean isCommonTld(String tld) {
    boolean isLower = true;
    for (int i = 0; i < tld.length(); i++) {
      char c = tld.charAt(i);
      if (c < 'a' || c > 'z') {
        isLower = false;
        break;
      }
    }
    if (isLower) {
      return COMMON_TLDS.contains(tld);
    }
    StringBuilder lower = new StringBuilder(tld.length());
    tld.codePoints().forEach(cp -> lower.appendCodePoint(Character.toLowerCase(cp)));
    String tldLower = lower.toString();
    if (!tldLower.equals(tld)) {
      int first = Character.charCount(tld.codePointAt(0));
      int firstLower = Character.charCount(tldLower.codePointAt(0));
      if (tldLower.substring(firstLower).equals(tld.substring(first))) {
        return false; // only the first letter is a capital
      }
    }
    return COMMON_TLDS.contains(tldLower);
  }

  /**
   * TDLib's {@code is_email_address}, the regex
   * {@code ^([a-z0-9_-]{0,26}[.+]){0,10}[a-z0-9_-]{1,35}@(([a-z0-9][a-z0-9_-]{0,28})?[a-z0-9][.]){1,6}[a-z]{2,8}$}
   * (case-insensitive) as a scan.
   */
  static boolean isEmailAddress(char[] s, int start, int end) {
    int at = -1;
    for (int i = start; i < end; i++) {
      if (s[i] == '@') {
        at = i;
        break;
      }
    }
    if (at < 0 || at + 1 == end) {
      return false;
    }
    int prev = start;
    int userPartCount = 0;
    for (int i = start; i < at; i++) {
      char c = s[i];
      if (c == '.' || c == '+') {
        if (i - prev >= 27) {
          return false;
        }
        userPartCount++;
        prev = i + 1;
      } else if (!isAlphaDigitOrUnderscoreOrMinus(c)) {
        return false;
      }
    }
    userPartCount++;
    if (userPartCount >= 12) {
      return false;
    }
    int lastPartLength = at - prev;
    if (lastPartLength == 0 || lastPartLength >= 36) {
      return false;
    }

    int domainBegin = at + 1;
    int domainParts = 1;
    int lastDot = -1;
    for (int i = domainBegin; i < end; i++) {
      if (s[i] == '.') {
        domainParts++;
        lastDot = i;
      }
    }
    if (domainParts <= 1 || domainParts > 7) {
      return false;
    }
    int tldLength = end - (lastDot + 1);
    if (tldLength <= 1 || tldLength >= 9) {
      return false;
    }
    for (int i = lastDot + 1; i < end; i++) {
      char c = s[i];
      if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) {
        return false;
      }
    }
    int partBegin = domainBegin;
    for (int i = domainBegin; i <= lastDot; i++) {
      if (s[i] != '.') {
        continue;
      }
      int size = i - partBegin;
      if (size == 0 || size >= 31) {
        return false;
      }
      for (int j = partBegin; j < i; j++) {
        if (!isAlphaDigitOrUnderscoreOrMinus(s[j])) {
          return false;
        }
      }
      if (!isAlphaDigit(s[partBegin]) || !isAlphaDigit(s[i - 1])) {
        return false;
      }
      partBegin = i + 1;
    }
    return true;
  }

  // ---------------------------------------------------------------------------------------------------------
  // match_tg_urls: tg://, ton:// and tonsite:// links, which need no dot

  private static void matchTgUrls(String string, char[] s, List<Link> out) {
    int n = s.length;
    int p = 0;
    while (n - p > 5) {
      p = string.indexOf(':', p);
      if (p < 0) {
        break;
      }
      int urlBegin = -1;
      if (n - p >= 3 && s[p + 1] == '/' && s[p + 2] == '/') {
        if (p >= 2 && endsWithIgnoreCase(s, p, "tg")) {
          urlBegin = p - 2;
        } else if (p >= 3 && endsWithIgnoreCase(s, p, "ton")) {
          urlBegin = p - 3;
        } else if (p >= 7 && endsWithIgnoreCase(s, p, "tonsite")) {
          // TDLib takes p - 3 here, leaving "ite://..." that its URL matcher then overrides where the host has
          // a dot; we take the whole scheme.
          urlBegin = p - 7;
        }
      }
      if (urlBegin < 0) {
        p++;
        continue;
      }
      p += 3;
      int domainBegin = p;
      while (p != n && p - domainBegin != 253 && isAlphaDigitOrUnderscoreOrMinus(s[p])) {
        p++;
      }
      if (p == domainBegin) {
        continue;
      }
      if (p != n && (s[p] == '/' || s[p] == '?' || s[p] == '#')) {
        int pathEnd = p + 1;
        while (pathEnd != n) {
          int cp = Character.codePointAt(s, pathEnd);
          if (!isUrlPathSymbol(cp)) {
            break;
          }
          pathEnd += Character.charCount(cp);
        }
        while (pathEnd > p + 1 && BAD_PATH_END_CHARS.indexOf(s[pathEnd - 1]) >= 0) {
          pathEnd--;
        }
        if (s[p] == '/' || pathEnd > p + 1) {
          p = pathEnd;
        }
      }
      String url = Chars.string(s, urlBegin, p);
      out.add(new Link(url, urlBegin, p, normalise(url), Link.LinkType.URL, false));
    }
  }

  // ---------------------------------------------------------------------------------------------------------
  // helpers

  /**
   * Merges two lists sorted by start; where links overlap the one that starts first (the longer on a tie) stays,
   * as TDLib's entity fixing keeps the first of intersecting entities.
   */
  private static List<Link> mergeWithoutOverlaps(List<Link> a, List<Link> b) {
    List<Link> all = new ArrayList<>(a.size() + b.size());
    all.addAll(a);
    all.addAll(b);
    all.sort((x, y) -> x.start() != y.start() ? Integer.compare(x.start(), y.start())
        : Integer.compare(y.end(), x.end()));
    List<Link> out = new ArrayList<>(all.size());
    int lastEnd = 0;
    for (Link l : all) {
      if (l.start() >= lastEnd) {
        out.add(l);
        lastEnd = l.end();
      }
    }
    return out;
  }

  /** Adds {@code https://} to a URL written without a scheme and lower-cases a written scheme. */
  static String normalise(String url) {
    int colon = url.indexOf("://");
    if (colon > 0) {
      String scheme = url.substring(0, colon);
      if (isScheme(scheme)) {
        return scheme.toLowerCase(Locale.ROOT) + url.substring(colon);
      }
    }
    return "https://" + url;
  }

  private static boolean isScheme(String scheme) {
    // Over a char[], as the extractors scan: a charAt loop over strings that are sometimes Latin-1 and sometimes
    // UTF-16 fails a check the JIT hoists from it (the string's coder), which throws the compiled method away.
    for (char c : scheme.toCharArray()) {
      if (!(isAlphaDigit(c) || c == '+' || c == '-' || c == '.')) {
        return false;
      }
    }
    return true;
  }

  /** A host label that is empty, over 63 UTF-8 bytes or ends in '-'. */
  private static boolean badLabel(char[] s, int from, int to) {
    return to == from || utf8Length(s, from, to) >= 64 || s[to - 1] == '-';
  }

  /** A label that may be part of an IPv4 address: up to three digits' length, at most 255, no leading zero. */
  private static boolean ipv4Label(char[] s, int from, int to) {
    int chars = to - from;
    if (chars > 3) {
      return false;
    }
    char c0 = s[from];
    if (chars == 3 && (c0 >= '3' || (c0 == '2' && (s[from + 1] >= '6'
        || (s[from + 1] == '5' && s[from + 2] >= '6'))))) {
      return false;
    }
    return !(c0 == '0' && chars >= 2);
  }

  private static boolean startsWithIgnoreCase(char[] s, int start, int end, String prefix) {
    return end - start >= prefix.length() && Chars.regionMatchesIgnoreCase(s, start, prefix);
  }

  private static boolean endsWithIgnoreCase(char[] s, int end, String suffix) {
    int from = end - suffix.length();
    for (int i = 0; i < suffix.length(); i++) {
      char c = s[from + i];
      if (c >= 'A' && c <= 'Z') {
        c = (char) (c + ('a' - 'A'));
      }
      if (c != suffix.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isAscii(char[] s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (s[i] >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /** @return the length of {@code s[from, to)} in UTF-8 bytes, as TDLib measures host labels */
  private static int utf8Length(char[] s, int from, int to) {
    int bytes = 0;
    for (int i = from; i < to; i++) {
      char c = s[i];
      if (c < 0x80) {
        bytes++;
      } else if (c < 0x800) {
        bytes += 2;
      } else if (Character.isSurrogate(c)) {
        bytes += 2; // a pair is 4 bytes
      } else {
        bytes += 3;
      }
    }
    return bytes;
  }

  private static Set<String> loadTlds() {
    String name = "tdlib-tlds.txt";
    InputStream in = LinkExtractor.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("expected resource org/tgparse/extract/" + name + ", found none");
    }
    // The reader in try-with-resources closes the stream too (SpotBugs OS_OPEN_STREAM otherwise).
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      Set<String> tlds = new HashSet<>(2048);
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        line = line.strip();
        if (!line.isEmpty() && line.charAt(0) != '#') {
          tlds.add(line);
        }
      }
      return Set.copyOf(tlds);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource org/tgparse/extract/" + name, e);
    }
  }
}
