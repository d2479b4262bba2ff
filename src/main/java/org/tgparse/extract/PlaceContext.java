package org.tgparse.extract;

/**
 * The evidence around a gazetteer hit that says it is no place mention, or that an ambiguous name is one. Each
 * rule reads at most a few words either side of the hit, so the cost per hit is bounded. Stateless.
 *
 * <p>Rules against a hit, each from the error classes of issue 13:
 * <ul>
 *   <li>capitals: a name written in capitals ({@code OTA}, {@code MAU}, {@code GUJRAT}) is a place only when it is
 *       an abbreviation the gazetteer lists ({@code US}, {@code РФ}) or an important place (a country, region,
 *       capital or city of a million) of four letters or more; and never where the text shouts, that is where a
 *       word next to it is in capitals too ({@code JOIN US}, {@code OTA UPDATE}, {@code GUJARAT BOARD RESULT});
 *   <li>titles and names in quotes: a name that opens a short quotation is a title, a brand or a club
 *       ({@code «Краснодар»}, {@code кафе «Прага»}, {@code «Москва слезам не верит»});
 *   <li>teams: a name next to a score or {@code vs} ({@code Reading 2-1 Portsmouth}, {@code Real Madrid vs
 *       Dortmund}, {@code أربيل 2 – 2});
 *   <li>organisations, products and titles: a word of {@code place-rules.txt} [org-before] right before the name
 *       ({@code Bank of England}, {@code جامعة دمشق}, {@code دانشگاه تهران}, {@code Chicken Kiev}) or of
 *       [org-after] right after it ({@code Singapore Airlines}, {@code Portland slag cement}, {@code 中国银行});
 *   <li>Persian compounds: a name joined by a zero-width non-joiner to more than an inflection
 *       ({@code ایران‌خودرو}, but {@code ایران‌ها});
 *   <li>Arabic personal names and titles: a name followed by {@code ibn}, {@code bin}, {@code ابن}, {@code بن}
 *       or by an article such as {@code al-} ({@code Sūrat al-Aʿrāf}, {@code الزبير بن العوام}).
 * </ul>
 * Cues for an ambiguous name ({@link Gazetteer#AMBIGUOUS}): a locative word before it ({@code in Nice},
 * {@code في صور}, {@code در میانه}), an Arabic locative prefix joined to it ({@code بصور}), or the position of a
 * dateline (the start of a line, then a dash, slash, colon or comma: {@code حمص - سانا}). The caller adds the
 * last cue: another place of the same country nearby.
 */
final class PlaceContext {
  /** Inflections a Persian word takes after a zero-width non-joiner: plural, possessive, comparative. */
  private static final java.util.Set<String> PERSIAN_SUFFIXES = java.util.Set.of("ها", "های", "هایی", "ی", "ای",
      "ام", "ات", "اش", "مان", "تان", "شان", "تر", "ترین", "هاست", "است");

  private PlaceContext() {
  }

  /**
   * @param text the text
   * @param start start of the hit
   * @param end end of the hit
   * @param e the name that matched
   * @param g the gazetteer (its rule lists)
   * @return true when the words around the hit say it is no place mention
   */
  static boolean rejected(char[] text, int start, int end, Gazetteer.Entry e, Gazetteer g) {
    for (Rule r : RULES) {
      int verdict = r.verdict(text, start, end, e, g);
      if (verdict != GO_ON) {
        return verdict == REJECT;
      }
    }
    return false;
  }

  private static final int GO_ON = -1;
  private static final int KEEP = 0;
  private static final int REJECT = 1;

  /** One rule against a hit: {@link #REJECT}, {@link #KEEP} (decided, no later rule runs) or {@link #GO_ON}. */
  @FunctionalInterface
  private interface Rule {
    int verdict(char[] text, int start, int end, Gazetteer.Entry e, Gazetteer g);
  }

  /**
   * The rules in the order they apply. They are called through {@link Rule} on purpose: a call site that sees
   * several classes is not inlined by the JIT, so each rule is compiled once, on its own, instead of all of them
   * inside every caller (the place extractor's accept and resolve were each compiled with a copy of every rule).
   */
  private static final Rule[] RULES = {PlaceContext::capitals, PlaceContext::quoted, PlaceContext::glued,
      PlaceContext::neighbours};

  /** A name in capitals: a place only when known as one, and never where the text shouts. */
  private static int capitals(char[] text, int start, int end, Gazetteer.Entry e, Gazetteer g) {
    if (allCapitals(text, start, end)) {
      boolean known = (e.flags & Gazetteer.EXACT) != 0 || end - start >= 4 && important(e.target)
          || datelinePosition(text, start, end);
      if (!known || shouting(text, start, end, g)) {
        return REJECT;
      }
    }
    return GO_ON;
  }

  private static int quoted(char[] text, int start, int end, Gazetteer.Entry e, Gazetteer g) {
    return start > 0 && quotedTitle(text, start) ? REJECT : GO_ON;
  }

  /** A name glued to what follows: a Persian compound, a Chinese organisation. This decides either way. */
  private static int glued(char[] text, int start, int end, Gazetteer.Entry e, Gazetteer g) {
    if (end < text.length) {
      char after = text[end];
      if (after == '\u200C') {
        return persianCompound(text, end) ? REJECT : KEEP;
      }
      if (Gazetteer.CLASS[after] == Gazetteer.HAN) {
        return g.orgSuffixAt(text, end) ? REJECT : KEEP;
      }
    }
    return GO_ON;
  }

  /** The words either side, found once for these rules (most hits have a blank on each side). Decides. */
  private static int neighbours(char[] text, int start, int end, Gazetteer.Entry e, Gazetteer g) {
    long prev = wordBefore(text, start);
    long next = wordAfter(text, end);
    return team(text, start, end, prev) || organisation(text, prev, next, g) || arabicName(text, end, next)
        ? REJECT : KEEP;
  }

  /**
   * @return true when a cue makes an ambiguous name a place: a locative before it, a joined Arabic locative
   *     prefix, or a dateline position
   */
  static boolean hasCue(char[] text, int start, int end, Gazetteer g) {
    if (start > 0 && (text[start - 1] == '\u0628' || text[start - 1] == '\u0644')
        && (start == 1 || !Gazetteer.isLetter(text[start - 2]))) {
      return true;
    }
    long prev = wordBefore(text, start);
    if (prev >= 0 && g.isLocative(text, from(prev), to(prev))) {
      return true;
    }
    return (Gazetteer.CLASS[text[start]] == Gazetteer.UNCASED || allCapitals(text, start, end))
        && datelinePosition(text, start, end);
  }

  /**
   * The start of a line, then a dash, slash, colon or comma: {@code دمشق - سانا:}, {@code КИЇВ, 5 травня},
   * {@code GENEVA, 12 March}. Only a name without case or in capitals counts: {@code Щастя — це ...} opens a
   * sentence.
   */
  private static boolean datelinePosition(char[] text, int start, int end) {
    int p = start;
    while (p > 0 && (text[p - 1] == ' ' || text[p - 1] == '\u00A0')) {
      p--;
    }
    if (p > 0 && text[p - 1] != '\n') {
      return false;
    }
    int q = end;
    while (q < text.length && text[q] == ' ') {
      q++;
    }
    return q < text.length && "-–—/:,،".indexOf(text[q]) >= 0;
  }

  /** A country, world region, region, capital or city of a million or more. */
  private static boolean important(Gazetteer.Target t) {
    return t.type() != Gazetteer.Type.CITY || t.rank() >= 1_000_000;
  }

  /** True when every letter of the hit is a capital, and there are two or more. */
  private static boolean allCapitals(char[] text, int start, int end) {
    int letters = 0;
    for (int i = start; i < end; i++) {
      char c = text[i];
      if (Gazetteer.isLetter(c)) {
        if (!Chars.isUpperCase(c)) {
          return false;
        }
        letters++;
      }
    }
    return letters >= 2;
  }

  /**
   * True when the word before or after the hit, on the same line, is in capitals and is no name the gazetteer
   * knows ({@code JOIN US}; but {@code US and UK}, {@code DPR & LPR}).
   */
  private static boolean shouting(char[] text, int start, int end, Gazetteer g) {
    int a = start;
    while (a > 0 && " \u00A0&,".indexOf(text[a - 1]) >= 0 && text[a - 1] != '\n') {
      a--;
    }
    int ws = a;
    while (ws > 0 && Gazetteer.isLetter(text[ws - 1])) {
      ws--;
    }
    if (ws < a && capitalWord(text, ws, a, g)) {
      return true;
    }
    int b = end;
    while (b < text.length && " \u00A0&,".indexOf(text[b]) >= 0) {
      b++;
    }
    int we = b;
    while (we < text.length && Gazetteer.isLetter(text[we])) {
      we++;
    }
    return we > b && capitalWord(text, b, we, g);
  }

  private static boolean capitalWord(char[] text, int s, int e, Gazetteer g) {
    if (e - s < 2 || !allCapitals(text, s, e)) {
      return false;
    }
    return g.candidates(text, s, e) == null;
  }

  /** An opening quotation mark right before the hit and its closing one within 60 characters on the line. */
  private static boolean quotedTitle(char[] text, int start) {
    if (start == 0) {
      return false;
    }
    char q = text[start - 1];
    char close;
    switch (q) {
      case '«':
        close = '»';
        break;
      case '“':
      case '„':
        close = '”';
        break;
      case '"':
        close = '"';
        break;
      case '《':
        close = '》';
        break;
      case '「':
        close = '」';
        break;
      default:
        return false;
    }
    for (int i = start; i < text.length && i - start < 60; i++) {
      char c = text[i];
      if (c == close || q == '„' && c == '“') {
        return true;
      }
      if (c == '\n') {
        return false;
      }
    }
    return false;
  }

  /** A score ({@code 2-1}, {@code 0:0}, {@code 2 – 2}) or {@code vs} right before or after the hit. */
  private static boolean team(char[] text, int start, int end, long prev) {
    int n = text.length;
    // Most hits are followed by punctuation or a word: one look at the next character settles the score after.
    int q = skipBlanks(text, end);
    if (q < n) {
      char c = text[q];
      if (c <= '9' && c >= '0' && scoreAt(text, q) || (c == 'v' || c == 'п') && versus(text, q)) {
        return true;
      }
    }
    if (prev >= 0) {
      return isVersus(text, from(prev), to(prev));
    }
    int p = start;
    while (p > 0 && (text[p - 1] == ' ' || text[p - 1] == '\u00A0')) {
      p--;
    }
    if (p == 0 || !Chars.isDigit(text[p - 1])) {
      return false;
    }
    // A score before: digits, a dash or colon, digits, ending at p.
    int i = p;
    int k = 0;
    while (i > 0 && Chars.isDigit(text[i - 1]) && k < 3) {
      i--;
      k++;
    }
    if (k > 0) {
      int j = i;
      while (j > 0 && text[j - 1] == ' ') {
        j--;
      }
      if (j > 0 && "-–—:".indexOf(text[j - 1]) >= 0) {
        j--;
        while (j > 0 && text[j - 1] == ' ') {
          j--;
        }
        if (j > 0 && Chars.isDigit(text[j - 1])) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isVersus(char[] text, int s, int e) {
    return e - s == 1 && text[s] == 'v' || e - s == 2 && text[s] == 'v' && text[s + 1] == 's';
  }

  private static boolean scoreAt(char[] text, int q) {
    int n = text.length;
    if (!Chars.isDigit(text[q])) {
      return false;
    }
    int i = q;
    int k = 0;
    while (i < n && Chars.isDigit(text[i]) && k < 3) {
      i++;
      k++;
    }
    if (k == 0) {
      return false;
    }
    i = skipBlanks(text, i);
    if (i >= n || "-–—:".indexOf(text[i]) < 0) {
      return false;
    }
    boolean colon = text[i] == ':';
    i = skipBlanks(text, i + 1);
    int d = i;
    while (i < n && Chars.isDigit(text[i])) {
      i++;
    }
    // "2:1" is a score, "6:04" and "21:00" are times.
    return i > d && i - d <= 2 && !(colon && i - d == 2);
  }

  private static boolean versus(char[] text, int q) {
    char c = text[q];
    if (c != 'v' && c != 'п') {
      return false;
    }
    return Chars.startsWith(text, q, "vs") && (q + 2 >= text.length || !Gazetteer.isLetter(text[q + 2]))
        || Chars.startsWith(text, q, "v ") || Chars.startsWith(text, q, "против ") || Chars.startsWith(text, q, "проти ");
  }

  /** An [org-before] word before the hit ({@code of} skipped), or an [org-after] word or suffix after it. */
  private static boolean organisation(char[] text, long prev0, long next, Gazetteer g) {
    long prev = prev0;
    if (prev >= 0 && to(prev) - from(prev) == 2 && (Chars.startsWith(text, from(prev), "of")
        || Chars.startsWith(text, from(prev), "de"))) {
      prev = wordBefore(text, from(prev));
    }
    if (prev >= 0 && g.isOrgBefore(text, from(prev), to(prev))) {
      return true;
    }
    return next >= 0 && g.isOrgAfter(text, from(next), to(next));
  }

  private static boolean persianCompound(char[] text, int end) {
    if (end >= text.length || text[end] != '\u200C') {
      return false;
    }
    int e = end + 1;
    while (e < text.length && Gazetteer.isLetter(text[e])) {
      e++;
    }
    return e > end + 1 && !PERSIAN_SUFFIXES.contains(Chars.string(text, end + 1, e));
  }

  private static boolean arabicName(char[] text, int end, long next) {
    if (next < 0) {
      return false;
    }
    int s = from(next);
    int len = to(next) - s;
    if (len == 3 && (Chars.startsWith(text, s, "ibn") || Chars.startsWith(text, s, "bin") || Chars.startsWith(text, s, "ابن"))
        || len == 4 && Chars.startsWith(text, s, "bint") || len == 2 && Chars.startsWith(text, s, "بن")) {
      return true;
    }
    int q = skipBlanks(text, end);
    // "al-Aʿrāf", "an-Nas": an Arabic article opens the next word.
    return q > end && q + 3 < text.length && (text[q] == 'a' || text[q] == 'e')
        && (text[q + 2] == '-' || text[q + 3] == '-' && text[q + 1] == 's')
        && Gazetteer.isLetter(text[q + 1]);
  }

  private static int skipBlanks(char[] text, int i) {
    while (i < text.length && (text[i] == ' ' || text[i] == '\u00A0')) {
      i++;
    }
    return i;
  }

  /**
   * The word right before {@code start} on the same line, separated from it by blanks only, as
   * {@code start << 32 | end}, or -1.
   */
  static long wordBefore(char[] text, int start) {
    int p = start;
    while (p > 0 && (text[p - 1] == ' ' || text[p - 1] == '\u00A0')) {
      p--;
    }
    if (p == start) {
      return -1;
    }
    int s = p;
    while (s > 0 && Gazetteer.isLetter(text[s - 1])) {
      s--;
    }
    return s == p ? -1 : (long) s << 32 | p;
  }

  /** The word after {@code end}, separated by blanks, as {@code start << 32 | end}, or -1. */
  static long wordAfter(char[] text, int end) {
    int s = skipBlanks(text, end);
    if (s == end) {
      return -1;
    }
    int e = s;
    while (e < text.length && Gazetteer.isLetter(text[e])) {
      e++;
    }
    return e == s ? -1 : (long) s << 32 | e;
  }

  private static int from(long span) {
    return (int) (span >>> 32);
  }

  private static int to(long span) {
    return (int) span;
  }
}
