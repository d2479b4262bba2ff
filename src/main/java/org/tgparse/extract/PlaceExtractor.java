package org.tgparse.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.tgparse.model.Dateline;
import org.tgparse.model.EmojiMarker;
import org.tgparse.model.Place;

/**
 * Places a careful reader sees in a text: the dateline's place, places named in the text (gazetteer mentions) and
 * flag emoji. Stateless and thread-safe.
 *
 * <p>Mentions come from a gazetteer of countries (the JDK's English and Russian names plus common short forms:
 * {@code US}, {@code UK}, {@code Britain}, {@code США}), cities (GeoNames: population of at least 100,000 and
 * every capital, with older spellings such as {@code Lugansk}, {@code Zaporozhye}, {@code Kiev}, and Russian
 * names in every case: {@code Москве}, {@code Москвы}), world regions ({@code Central Asia}, {@code Middle
 * East}) and named regions ({@code Nagorno-Karabakh}, {@code Donbass}, {@code Lachin Corridor}). The canonical
 * name is the current English one ({@code Luhansk} for {@code Lugansk}, {@code Moscow} for {@code Москве}).
 *
 * <p>Precision rules, each tested with negative cases:
 * <ul>
 *   <li>only a capitalised word starts a name, and a name ends at a word boundary: {@code Russian},
 *       {@code Eurasian} and {@code Belarusian} are adjectives, not {@code Russia}, {@code Eurasia},
 *       {@code Belarus}; words inside hashtags, mentions and URLs are skipped;
 *   <li>the longest name wins ({@code Central Asia} over {@code Asia}); organisations that contain a place name
 *       are blocked ({@code Council of Europe}, {@code Union State}, {@code Arab League});
 *   <li>words that are also town names are never places ({@code March}, {@code Union}, {@code Charter},
 *       {@code Independence}) or only right after a locative preposition ({@code in Nice} is a place,
 *       {@code Nice to meet you} is not; likewise {@code Split}, {@code Reading}, {@code Mobile});
 *   <li>a month name followed or preceded by a number is a date;
 *   <li>names that are also personal names ({@code Vladimir}, {@code Washington}) are not places next to
 *       another capitalised word ({@code President Vladimir Putin}, {@code George Washington});
 *   <li>in {@code Zaporozhye & Kherson regions} and {@code Donetsk & Lugansk People's Republics} the first name
 *       takes the kind of the second ({@code Zaporizhzhia Oblast}).
 * </ul>
 * The lists behind these rules are resources of this package: {@code place-rules.txt},
 * {@code gazetteer-places.tsv} and the generated {@code gazetteer-cities.tsv}.
 *
 * <p>Offsets are UTF-16 code units into the text, half-open.
 */
public final class PlaceExtractor {
  /** Capitalised words that start sentences or join names, not the first name of a person. */
  private static final Set<String> FUNCTION_WORDS = Set.of("the", "and", "of", "for", "on", "with", "by", "as",
      "but", "or", "between", "both", "when", "while", "if", "after", "before", "since", "и", "но", "а", "на", "с",
      "со", "о", "об", "по", "за", "для", "при");
  private static final Set<String> COORDINATORS = Set.of("&", "and", ",", "и", "or", "или");
  /** After a Chinese name: 人 person, 队 team, 籍 nationality, 语 language make it no place. */
  private static final String DEMONYM_HAN = "人队隊籍语語";

  private PlaceExtractor() {
  }

  /**
   * Finds the places of a text.
   *
   * @param text any text
   * @param emoji the emoji markers found in it (each flag, a marker with a region code, becomes a place of kind
   *     {@link Place.PlaceKind#FLAG})
   * @param dateline the dateline found in it, or null; its place comes first and is not repeated as a mention
   * @return the dateline's place first where there is one, then flags and mentions by start offset
   */
  public static List<Place> extract(String text, List<EmojiMarker> emoji, Dateline dateline) {
    return extract(Objects.requireNonNull(text, "text").toCharArray(), emoji, dateline);
  }

  /** {@link #extract} over the text's characters, which the caller made once for every extractor. */
  static List<Place> extract(char[] text, List<EmojiMarker> emoji, Dateline dateline) {
    Place datelinePlace = dateline == null ? null : dateline.place();
    List<Place> flags = flags(emoji);
    List<Place> mentions = new ArrayList<>();
    mentions(text, datelinePlace, mentions);
    List<Place> found = byStart(flags, mentions);
    if (datelinePlace == null) {
      return List.copyOf(found);
    }
    List<Place> out = new ArrayList<>(found.size() + 1);
    out.add(datelinePlace);
    out.addAll(found);
    return List.copyOf(out);
  }

  private static List<Place> flags(List<EmojiMarker> emoji) {
    List<Place> flags = new ArrayList<>();
    if (emoji != null) {
      for (EmojiMarker m : emoji) {
        if (m.regionCode() != null) {
          flags.add(flag(m));
        }
      }
    }
    return flags;
  }

  /**
   * The flags and the mentions in one list by start offset, flags first on a tie (a stable sort of the flags
   * followed by the mentions). Both come in text order, so a merge does it without a sort; flags out of order
   * (emoji a caller put together by hand) are sorted the same stable way.
   */
  private static List<Place> byStart(List<Place> flags, List<Place> mentions) {
    if (flags.isEmpty()) {
      return mentions;
    }
    List<Place> out = new ArrayList<>(flags.size() + mentions.size());
    if (!sortedByStart(flags)) {
      out.addAll(flags);
      out.addAll(mentions);
      out.sort(Comparator.comparingInt(Place::start));
      return out;
    }
    int m = 0;
    for (Place f : flags) {
      while (m < mentions.size() && mentions.get(m).start() < f.start()) {
        out.add(mentions.get(m++));
      }
      out.add(f);
    }
    out.addAll(mentions.subList(m, mentions.size()));
    return out;
  }

  private static boolean sortedByStart(List<Place> places) {
    for (int i = 1; i < places.size(); i++) {
      if (places.get(i).start() < places.get(i - 1).start()) {
        return false;
      }
    }
    return true;
  }

  /**
   * The place of a flag emoji: the English name of its region ({@code 🇷🇺} -> {@code Russia}) and its region code
   * as country code. The codes ISO 3166 reserves for the United Nations ({@code UN}) and the European Union
   * ({@code EU}) stay as they are, so that flags can be grouped by code; subdivision flags ({@code GB-ENG}) get
   * the subdivision's name and the country's code.
   *
   * @param m a flag emoji marker
   * @return its place
   */
  static Place flag(EmojiMarker m) {
    FlagName f = FLAG_NAMES.get(m.regionCode());
    if (f == null) {
      f = flagName(m.regionCode());
      if (FLAG_NAMES.size() < MAX_FLAG_NAMES) {
        FLAG_NAMES.putIfAbsent(m.regionCode(), f);
      }
    }
    return new Place(m.text(), m.start(), m.end(), f.name(), Place.PlaceKind.FLAG, f.countryCode(), null, null);
  }

  /** The name and code of a flag's place, which depend on its region code alone. */
  private record FlagName(String name, String countryCode) {
  }

  /**
   * Region code -> its flag's name, filled as flags are seen: most posts carry a flag or two, and working the name
   * out again (case, JDK display name, gazetteer) was a tenth of this extractor's time. Bounded, as tag sequences
   * can spell any code.
   */
  private static final Map<String, FlagName> FLAG_NAMES = new ConcurrentHashMap<>();
  private static final int MAX_FLAG_NAMES = 4096;

  private static FlagName flagName(String regionCode) {
    String code = regionCode.toUpperCase(Locale.ROOT);
    String compact = code.replace("-", "");
    switch (compact) {
      case "GBENG":
        return new FlagName("England", "GB");
      case "GBSCT":
        return new FlagName("Scotland", "GB");
      case "GBWLS":
        return new FlagName("Wales", "GB");
      default:
        String name = Gazetteer.standard().countryName(code);
        if (name == null) {
          String jdk = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
          name = jdk.isEmpty() ? code : Gazetteer.cleanEnglish(jdk);
        }
        return new FlagName(name, code);
    }
  }

  /** A raw gazetteer hit before the context rules. */
  private static final class Hit {
    final int start;
    final int end;
    Gazetteer.Entry entry;

    Hit(int start, int end, Gazetteer.Entry entry) {
      this.start = start;
      this.end = end;
      this.entry = entry;
    }
  }

  private static void mentions(char[] text, Place datelinePlace, List<Place> out) {
    List<Hit> hits = new ArrayList<>();
    scan(text, hits);
    if (!hits.isEmpty()) {
      resolve(text, hits, datelinePlace, out);
    }
  }

  /**
   * The scan of a text, kept apart from the rest so that the JIT compiles small methods once: the search for the
   * next capital is a counted loop of its own ({@link #nextCapital}); only a capital that starts a word goes on to
   * {@link #word}.
   */
  private static void scan(char[] text, List<Hit> hits) {
    byte[] cls = Gazetteer.CLASS;
    int n = text.length;
    int i = nextCapital(text, 0, n);
    while (i < n) {
      byte k = cls[text[i]];
      if (k == Gazetteer.HAN) {
        i = nextCapital(text, hanRun(text, i, hits), n);
      } else if (i > 0 && cls[text[i - 1]] != Gazetteer.OTHER) {
        i = nextCapital(text, i + 1, n);
      } else if (k == Gazetteer.UNCASED) {
        i = nextCapital(text, uncasedWord(text, i, hits), n);
      } else {
        i = nextCapital(text, word(text, i, hits), n);
      }
    }
  }

  /** The longest Chinese name, in characters: longer runs are tried from this length down. */
  private static final int MAX_HAN = 8;

  /**
   * A run of CJK ideographs from {@code start}: Chinese has no blanks between words, so at each ideograph the
   * longest name starting there wins ({@code 北京市} over {@code 北京}) and the scan goes on after it.
   *
   * @return the end of the run
   */
  private static int hanRun(char[] text, int start, List<Hit> hits) {
    Gazetteer g = Gazetteer.standard();
    int n = text.length;
    int end = start;
    while (end < n && Gazetteer.CLASS[text[end]] == Gazetteer.HAN) {
      end++;
    }
    if (start > 0 && !wordMayStartPlace(text, start)) {
      return end;
    }
    int p = start;
    while (p < end - 1) {
      int found = 0;
      for (int len = Math.min(MAX_HAN, end - p); len >= 2 && found == 0; len--) {
        Gazetteer.Entry[] candidates = g.candidates(text, p, p + len);
        if (candidates != null) {
          for (Gazetteer.Entry e : candidates) {
            if (e.key.length == len) {
              hits.add(new Hit(p, p + len, e));
              found = len;
              break;
            }
          }
        }
      }
      p += found == 0 ? 1 : found;
    }
    return end;
  }

  /** Arabic prefixes joined to the next word: و and, ف so, ب in/with, ل to/for, ك as. */
  private static boolean isArabicPrefix(char c) {
    return c == '\u0648' || c == '\u0641' || c == '\u0628' || c == '\u0644' || c == '\u0643';
  }

  /**
   * An Arabic-script word at {@code start}: a name as it stands, else behind one or two joined prefixes
   * ({@code بدمشق} "in Damascus", {@code وبغداد}, {@code والرياض}).
   *
   * @return where the scan goes on
   */
  private static int uncasedWord(char[] text, int start, List<Hit> hits) {
    int end = endOfLetters(text, start + 1);
    if (!wordMayStartPlace(text, start)) {
      return end;
    }
    Gazetteer g = Gazetteer.standard();
    for (int s = start; s <= start + 2 && end - s >= 2; s++) {
      if (s > start && !isArabicPrefix(text[s - 1])) {
        break;
      }
      Gazetteer.Entry[] candidates = g.candidates(text, s, end);
      if (candidates != null) {
        int m = longestMatch(candidates, text, s, end, hits);
        if (m > end || hits.size() > 0 && hits.get(hits.size() - 1).start == s) {
          return m;
        }
      }
    }
    return end;
  }

  /**
   * @return the index of the first capital at or after {@code from}, or {@code n}: one table load and one
   *     well-predicted branch per character, as most characters are not capitals
   */
  private static int nextCapital(char[] text, int from, int n) {
    byte[] cls = Gazetteer.CLASS;
    for (int i = from; i < n; i++) {
      if (cls[text[i]] >= Gazetteer.UPPER) {
        return i;
      }
    }
    return n;
  }

  /**
   * A capitalised word at {@code start}: the longest gazetteer name starting there, if any, goes to {@code hits}.
   *
   * @return where the scan goes on: the end of the name matched, else the end of the word's letters
   */
  private static int word(char[] text, int start, List<Hit> hits) {
    int end = endOfLetters(text, start + 1);
    if (!wordMayStartPlace(text, start)) {
      return end;
    }
    Gazetteer.Entry[] candidates = Gazetteer.standard().candidates(text, start, end);
    return candidates == null ? end : longestMatch(candidates, text, start, end, hits);
  }

  /** @return the end of the letters from {@code from}: a digit ends a word as other non-letters do */
  private static int endOfLetters(char[] text, int from) {
    byte[] cls = Gazetteer.CLASS;
    int n = text.length;
    int end = from;
    byte k;
    while (end < n && (k = cls[text[end]]) != Gazetteer.OTHER && k != Gazetteer.DIGIT) {
      end++;
    }
    return end;
  }

  /** The first of the names (longest first) that matches at {@code start} goes to {@code hits}. */
  private static int longestMatch(Gazetteer.Entry[] candidates, char[] text, int start, int end, List<Hit> hits) {
    int n = text.length;
    for (Gazetteer.Entry e : candidates) {
      int m = Gazetteer.matchAfterFirstWord(e, text, n, start, end);
      if (m > 0) {
        hits.add(new Hit(start, m, e));
        return m;
      }
    }
    return end;
  }

  /** The context rules over the raw hits of a text: what is left are its mentions. */
  private static void resolve(char[] text, List<Hit> hits, Place datelinePlace, List<Place> out) {
    Gazetteer g = Gazetteer.standard();
    coordinate(text, hits, g);
    List<Hit> pending = null;
    int first = out.size();
    for (Hit h : hits) {
      Gazetteer.Target t = h.entry.target;
      if (t.type() == Gazetteer.Type.BLOCK || !accept(text, h.start, h.end, h.entry, g)) {
        continue;
      }
      if (datelinePlace != null && h.start < datelinePlace.end() && datelinePlace.start() < h.end) {
        continue;
      }
      if ((h.entry.flags & Gazetteer.AMBIGUOUS) != 0) {
        // An ambiguous name before a capitalised word is part of a longer name (in Nice Airport).
        if (capitalisedWordFollows(text, h.end)) {
          continue;
        }
        if (!PlaceContext.hasCue(text, h.start, h.end, g)) {
          if (pending == null) {
            pending = new ArrayList<>();
          }
          pending.add(h);
          continue;
        }
      }
      out.add(place(text, h));
    }
    if (pending != null) {
      // The last cue for an ambiguous name: a place of the same country near it ("حمص وحماة", "Fars ... Shiraz").
      int accepted = out.size();
      for (Hit h : pending) {
        if (sameCountryNear(out, first, accepted, h)) {
          out.add(place(text, h));
        }
      }
      if (out.size() > accepted) {
        out.subList(first, out.size()).sort(Comparator.comparingInt(Place::start));
      }
    }
  }

  /** How near, in UTF-16 units, a place of the same country must be to count as a cue. */
  private static final int NEAR = 120;

  private static boolean sameCountryNear(List<Place> out, int from, int to, Hit h) {
    String code = h.entry.target.countryCode();
    if (code == null) {
      return false;
    }
    for (int i = from; i < to; i++) {
      Place p = out.get(i);
      if (code.equals(p.countryCode()) && Math.abs(p.start() - h.start) <= NEAR) {
        return true;
      }
    }
    return false;
  }

  private static Place place(char[] text, Hit h) {
    Gazetteer.Target t = h.entry.target;
    return new Place(Chars.string(text, h.start, h.end), h.start, h.end, t.name(), Place.PlaceKind.MENTION,
        t.countryCode(), null, null);
  }

  /** False inside hashtags, mentions, URLs and e-mail addresses (the caller has checked the word boundary). */
  private static boolean wordMayStartPlace(char[] text, int start) {
    if (start == 0) {
      return true;
    }
    char p = text[start - 1];
    if (p == '#' || p == '@' || p == '/' || p == '_' || p == '\\' || p == '$' || p == '=') {
      return false;
    }
    return !(p == '.' && start >= 2 && Gazetteer.isLetterOrDigit(text[start - 2]));
  }

  /**
   * {@code Zaporozhye & Kherson regions}: a name followed by a coordinator and a name with a generic suffix
   * ({@code regions}, {@code People's Republics}) takes the same suffix when the gazetteer knows that name.
   */
  private static void coordinate(char[] text, List<Hit> hits, Gazetteer g) {
    for (int k = hits.size() - 1; k > 0; k--) {
      Hit second = hits.get(k);
      Hit first = hits.get(k - 1);
      if (second.entry.suffixStart < 0 || second.start - first.end > 7
          || !COORDINATORS.contains(Chars.string(text, first.end, second.start).strip())) {
        continue;
      }
      String suffix = new String(second.entry.key, second.entry.suffixStart,
          second.entry.key.length - second.entry.suffixStart);
      Gazetteer.Entry joined = g.byKey(new String(first.entry.key) + suffix);
      if (joined != null && joined.target.type() == second.entry.target.type()) {
        first.entry = joined;
      }
    }
  }

  /**
   * The context rules for one gazetteer hit.
   *
   * @param text the text
   * @param start start of the hit
   * @param end end of the hit
   * @param e the name that matched
   * @param g the gazetteer
   * @return whether the hit is a place mention
   */
  static boolean accept(char[] text, int start, int end, Gazetteer.Entry e, Gazetteer g) {
    if ((e.flags & Gazetteer.MONTH) != 0 && (numberFollows(text, end) || numberPrecedes(text, start))) {
      return false;
    }
    if (Gazetteer.CLASS[text[start]] == Gazetteer.HAN && end < text.length
        && DEMONYM_HAN.indexOf(text[end]) >= 0) {
      // 中国人 "Chinese (person)", 法国队 "the French team": a demonym or a team, no place.
      return false;
    }
    if (PlaceContext.rejected(text, start, end, e, g)) {
      return false;
    }
    if ((e.flags & Gazetteer.NAME) != 0) {
      if (capitalisedWordFollows(text, end)) {
        return false;
      }
      String prev = previousWord(text, start);
      int p = start - 2;
      while (p >= 0 && Gazetteer.isLetter(text[p])) {
        p--;
      }
      boolean prevCapitalised = prev != null && Chars.isUpperCase(text[p + 1]);
      if (prevCapitalised && !g.isLocative(prev) && !FUNCTION_WORDS.contains(prev)) {
        return false;
      }
    }
    return true;
  }

  /** The folded word right before {@code start} (one blank between), or null. */
  private static String previousWord(char[] text, int start) {
    if (start < 2 || !isBlank(text[start - 1])) {
      return null;
    }
    int e = start - 1;
    int s = e;
    while (s > 0 && Gazetteer.isLetter(text[s - 1])) {
      s--;
    }
    if (s == e) {
      return null;
    }
    StringBuilder b = new StringBuilder(e - s);
    for (int i = s; i < e; i++) {
      b.append(Gazetteer.fold(text[i]));
    }
    return b.toString();
  }

  private static boolean capitalisedWordFollows(char[] text, int end) {
    return end + 1 < text.length && isBlank(text[end]) && Chars.isUpperCase(text[end + 1]);
  }

  private static boolean numberFollows(char[] text, int end) {
    return end + 1 < text.length && isBlank(text[end]) && Chars.isDigit(text[end + 1]);
  }

  private static boolean numberPrecedes(char[] text, int start) {
    return start >= 2 && isBlank(text[start - 1]) && Chars.isDigit(text[start - 2]);
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\u00A0' || c == '\u202F';
  }
}
