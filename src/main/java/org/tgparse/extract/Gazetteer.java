package org.tgparse.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The place names tgparse knows, loaded once from three sources and held in a table keyed by the first word of
 * each name, so that the extractor looks up only capitalised words and tries the longest name first.
 *
 * <ul>
 *   <li>countries: every ISO 3166-1 code of {@link Locale#getISOCountries()} (and Kosovo), with the JDK's
 *       English and Russian names, cleaned ({@code &} -> {@code and}, no {@code (...)}), plus the aliases of
 *       {@code gazetteer-places.tsv} ({@code USA}, {@code UK}, {@code США});
 *   <li>cities: {@code gazetteer-cities.tsv}, generated once from GeoNames by {@code scripts/gen-gazetteer.sh}
 *       (population of at least 100,000 and every capital, with alternate spellings and Russian names);
 *   <li>world regions, named regions and blocked names (organisations): {@code gazetteer-places.tsv}.
 * </ul>
 * Russian names are added in all their case forms ({@link RussianDeclension}). Where two places share a name,
 * a country wins over a world region, a region over a city, a capital over another city, and a bigger city over
 * a smaller one. The precision rules of {@code place-rules.txt} mark names that are never places, names that
 * are places only after a locative preposition, and names that are also personal names.
 *
 * <p>Immutable after class initialisation; thread-safe.
 */
final class Gazetteer {
  /** What kind of place a name stands for; the order is the priority when two places share a name. */
  enum Type { CITY, REGION, WORLD, COUNTRY, BLOCK }

  /** A named place: canonical English name, ISO 3166-1 alpha-2 code or null, type, tie-break rank. */
  record Target(String name, String countryCode, Type type, long rank) {
  }

  /** Flag: a place only after a locative preposition and not before a capitalised word. */
  static final int AMBIGUOUS = 1;
  /** Flag: also a personal name; not a place next to another capitalised word. */
  static final int NAME = 2;
  /** Flag: an abbreviation; the text must match the letter case exactly ({@code US}, {@code ДНР}). */
  static final int EXACT = 4;
  /** Flag: a month name ({@code May}): not a place next to a number. */
  static final int MONTH = 8;

  /** Month names, English and Russian (nominative and genitive), folded. */
  static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july", "august",
      "september", "october", "november", "december", "январь", "февраль", "март", "апрель", "май", "июнь", "июль",
      "август", "сентябрь", "октябрь", "ноябрь", "декабрь", "января", "февраля", "марта", "апреля", "мая", "июня",
      "июля", "августа", "сентября", "октября", "ноября", "декабря");

  /** One written form of a name, folded for matching. */
  static final class Entry {
    final char[] key;
    final char[] written;
    final Target target;
    final int flags;
    /** Index in {@link #key} of a generic suffix ({@code " regions"}) or -1. */
    final int suffixStart;

    Entry(char[] key, char[] written, Target target, int flags, int suffixStart) {
      this.key = key;
      this.written = written;
      this.target = target;
      this.flags = flags;
      this.suffixStart = suffixStart;
    }

    @Override
    public String toString() {
      return new String(written) + " -> " + target;
    }
  }

  /** The languages whose country names come from the JDK besides English and Russian. */
  private static final List<Locale> OTHER_LANGUAGES = List.of(Locale.forLanguageTag("uk"),
      Locale.forLanguageTag("zh"), Locale.forLanguageTag("zh-TW"), Locale.forLanguageTag("ar"),
      Locale.forLanguageTag("fa"));

  /** How the names of a language are added: Russian and Ukrainian ones in all their case forms. */
  private enum Lang { RU, UK, OTHER }

  private static final String[] SUFFIXES = {" region", " oblast", " people's republic", " republic"};
  private static final long CAPITAL = 100_000_000_000L;


  /** Loads the gazetteer on first use (after the character tables it needs). */
  private static final class Holder {
    static final Gazetteer INSTANCE = load();
  }

  /** @return the gazetteer of the bundled resources, loaded on first use */
  static Gazetteer standard() {
    return Holder.INSTANCE;
  }

  private final Map<String, Entry> byKey;
  private final Map<String, String> countryNames;
  private final FoldedWords locatives;
  /**
   * Open-addressing table of the first words of the keys (folded), slot by slot: the word's {@link #wordHash},
   * the word, and the entries starting with it, longest key first.
   */
  private final int[] slotHashes;
  private final char[][] slotWords;
  private final Entry[][] slotEntries;
  private final int mask;
  /**
   * A Bloom filter over the {@link #wordHash} of every first word, two bits in one long per word ({@link #mayStart}):
   * most capitalised words of a text start no name (The, This, Minister), and this rejects all but a few percent of
   * them with one load from 32 KiB, small enough to stay cached while the text streams past (twice the size it was
   * before the Ukrainian, Arabic, Persian and Chinese names came in, to keep the share of false hits as it was).
   */
  private final long[] filter = new long[1 << FILTER_INDEX_BITS];
  private static final int FILTER_INDEX_BITS = 12;

  private final FoldedWords orgBefore;
  private final FoldedWords orgAfter;
  /** [org-after] words in Chinese, glued to the name: 大学, 银行. */
  private final String[] orgSuffixes;

  private Gazetteer(Builder b) {
    this.byKey = b.byKey;
    this.countryNames = b.countryNames;
    this.locatives = new FoldedWords(b.locatives);
    this.orgBefore = new FoldedWords(b.orgBefore);
    Set<String> after = new HashSet<>();
    List<String> suffixes = new ArrayList<>();
    for (String w : b.orgAfter) {
      if (CLASS[w.charAt(0)] == HAN) {
        suffixes.add(w);
      } else {
        after.add(w);
      }
    }
    this.orgAfter = new FoldedWords(after);
    this.orgSuffixes = suffixes.toArray(new String[0]);
    Map<String, List<Entry>> byFirst = new HashMap<>();
    for (Entry e : byKey.values()) {
      byFirst.computeIfAbsent(firstWord(e.key), k -> new ArrayList<>()).add(e);
    }
    int size = Integer.highestOneBit(Math.max(16, byFirst.size() * 3)) << 1;
    this.mask = size - 1;
    this.slotHashes = new int[size];
    this.slotWords = new char[size][];
    this.slotEntries = new Entry[size][];
    for (Map.Entry<String, List<Entry>> me : byFirst.entrySet()) {
      List<Entry> list = me.getValue();
      list.sort((x, y) -> y.key.length != x.key.length ? y.key.length - x.key.length : Arrays.compare(x.key, y.key));
      char[] w = me.getKey().toCharArray();
      int len = w.length;
      // The key is folded already: hashed as is, as the text's word is hashed after folding.
      int h = wordHash(w[0], len > 1 ? w[1] : 0, len > 2 ? w[2] : 0, w[len - 1], len);
      filter[h >>> (32 - FILTER_INDEX_BITS)] |= filterBits(h);
      int i = h & mask;
      while (slotWords[i] != null) {
        i = (i + 1) & mask;
      }
      slotHashes[i] = h;
      slotWords[i] = w;
      slotEntries[i] = list.toArray(new Entry[0]);
    }
  }

  /** Character classes of {@link #CLASS}. */
  static final byte OTHER = 0;
  static final byte LOWER = 1;
  static final byte DIGIT = 2;
  /** Upper or title case: this and the classes after it may start a name. */
  static final byte UPPER = 3;
  /**
   * A letter of the Arabic script (Arabic, Persian), which has no case: any word may start a name. Its vowel marks
   * and the tatweel count as letters, so that {@code عمّان} stays one word.
   */
  static final byte UNCASED = 4;
  /** A CJK ideograph: Chinese writes no blank between words, so a name may start at any of them. */
  static final byte HAN = 5;
  /**
   * The class of every UTF-16 code unit (64 KiB, built once): one table load per character keeps the scan of
   * lower-case words, which are most of a text, to a few instructions.
   */
  static final byte[] CLASS = new byte[65536];
  /** The folded form of every UTF-16 code unit (see {@link #fold}). */
  private static final char[] FOLD = new char[65536];

  static {
    for (int c = 0; c < 65536; c++) {
      char ch = (char) c;
      CLASS[c] = Character.isUpperCase(ch) || Character.isTitleCase(ch) ? UPPER
          : Character.isLetter(ch) ? LOWER : Character.isDigit(ch) ? DIGIT : OTHER;
      if (c >= 0x4E00 && c <= 0x9FFF || c >= 0x3400 && c <= 0x4DBF || c >= 0xF900 && c <= 0xFAFF) {
        CLASS[c] = HAN;
      } else if (c >= 0x0620 && c <= 0x06D3 && (Character.isLetter(ch) || Character.getType(ch)
          == Character.NON_SPACING_MARK) && !(c >= 0x0660 && c <= 0x0669)
          || c >= 0x06FA && c <= 0x06FC || c >= 0xFB50 && c <= 0xFDFF && Character.isLetter(ch)
          || c >= 0xFE70 && c <= 0xFEFF && Character.isLetter(ch)) {
        CLASS[c] = UNCASED;
      }
      FOLD[c] = Character.toLowerCase(ch);
    }
    // The Arabic-script letters writers interchange fold to one: hamza forms of alif, Arabic and Persian yeh and
    // kaf, alif maksura.
    for (char c : "\u0623\u0625\u0622\u0671".toCharArray()) {
      FOLD[c] = '\u0627';
    }
    FOLD['\u064A'] = '\u06CC';
    FOLD['\u0649'] = '\u06CC';
    FOLD['\u0643'] = '\u06A9';
    FOLD['’'] = '\'';
    FOLD['ʼ'] = '\'';
    FOLD['‘'] = '\'';
    FOLD['ё'] = 'е';
    FOLD['Ё'] = 'е';
  }

  /** Folds a character for matching: lower case, {@code ё} as {@code е}, typographic apostrophes as {@code '}. */
  static char fold(char c) {
    return FOLD[c];
  }

  /** A blank or hyphen that may stand between the words of a name. */
  static boolean isSeparator(char c) {
    return c == ' ' || c == '-' || c == '\u00A0' || c == '\u2010' || c == '\u2011' || c == '\u202F';
  }

  static boolean isLetter(char c) {
    byte k = CLASS[c];
    return k == LOWER || k >= UPPER;
  }

  static boolean isUpper(char c) {
    return CLASS[c] == UPPER;
  }

  static boolean isLetterOrDigit(char c) {
    return CLASS[c] != OTHER;
  }

  /**
   * The hash of a folded word for {@link #filter} and the slot table: its first three characters, its last and its
   * length, which tell the first words apart nearly as well as all their characters, at a fixed cost and without a
   * second pass over the word.
   *
   * @param first the first character, folded
   * @param second the second, folded, or 0 for a word of one character
   * @param third the third, folded, or 0 for a shorter word
   * @param last the last, folded
   * @param length the length of the word
   * @return the hash
   */
  static int wordHash(char first, char second, char third, char last, int length) {
    int h = (((first * 31 + second) * 31 + third) * 31 + last) * 31 + length;
    h ^= h >>> 16;
    return h * 0x9E3779B1;
  }

  /** The two bits of a hash in its long of {@link #filter}: taken from the upper half, the best mixed. */
  private static long filterBits(int h) {
    return (1L << (h >>> 8)) | (1L << (h >>> 14));
  }

  /**
   * @param h the {@link #wordHash} of a word
   * @return false when no name starts with the word; true when one may
   */
  boolean mayStart(int h) {
    long bits = filterBits(h);
    return (filter[h >>> (32 - FILTER_INDEX_BITS)] & bits) == bits;
  }

  private static String firstWord(char[] key) {
    int i = 0;
    while (i < key.length && isLetter(key[i])) {
      i++;
    }
    return new String(key, 0, i);
  }

  /**
   * @param text any text
   * @param start start of a word
   * @param end end of its letters
   * @return the names that start with that word, longest first, or null
   */
  Entry[] candidates(char[] text, int start, int end) {
    int len = end - start;
    int h = wordHash(FOLD[text[start]], len > 1 ? FOLD[text[start + 1]] : 0,
        len > 2 ? FOLD[text[start + 2]] : 0, FOLD[text[end - 1]], len);
    return mayStart(h) ? lookup(h, text, start, len) : null;
  }

  /** The slot of a word that passed the filter: the entries, or null when the filter let a stranger through. */
  private Entry[] lookup(int h, char[] text, int start, int len) {
    for (int i = h & mask; slotWords[i] != null; i = (i + 1) & mask) {
      if (slotHashes[i] == h && sameFolded(slotWords[i], text, start, len)) {
        return slotEntries[i];
      }
    }
    return null;
  }

  private static boolean sameFolded(char[] w, char[] text, int start, int len) {
    if (w.length != len) {
      return false;
    }
    for (int i = 0; i < len; i++) {
      if (w[i] != FOLD[text[start + i]]) {
        return false;
      }
    }
    return true;
  }

  /**
   * Matches one name at a position: the words of the name in order, any case where the name has a capital at
   * the start of a word (all capitals too), the exact case for abbreviations, blanks and hyphens alike between
   * words, and a word boundary at the end.
   *
   * @param e the name
   * @param text any text
   * @param n where the text ends for this match (at most its length)
   * @param start where the name would start (a word start)
   * @return the end of the match, or -1
   */
  static int match(Entry e, char[] text, int n, int start) {
    return matchFrom(e, text, n, 0, start, true);
  }

  /**
   * {@link #match} for a name of {@link #candidates}, whose first word is known to equal the word at
   * {@code start} folded: unless the name is an abbreviation (exact case), the first word needs no second look,
   * as the scan only looks up words that start with a capital.
   *
   * @param e a name starting with the word
   * @param text any text
   * @param n where the text ends for this match (at most its length)
   * @param start where the word starts (a capital)
   * @param end where its letters end, the length of the name's first word after start
   * @return the end of the match, or -1
   */
  static int matchAfterFirstWord(Entry e, char[] text, int n, int start, int end) {
    if ((e.flags & EXACT) != 0) {
      return matchFrom(e, text, n, 0, start, true);
    }
    // The first word is letters only, so the word-start check is due again only after a separator.
    return matchFrom(e, text, n, end - start, end, false);
  }

  /** The loop of {@link #match} from key index {@code k0} at text index {@code t0}. */
  private static int matchFrom(Entry e, char[] text, int n, int k0, int t0, boolean wordStart0) {
    char[] key = e.key;
    char[] written = e.written;
    boolean exact = (e.flags & EXACT) != 0;
    int t = t0;
    boolean wordStart = wordStart0;
    for (int k = k0; k < key.length; k++) {
      char kc = key[k];
      if (kc == ' ') {
        int s = 0;
        while (t < n && s < 3 && isSeparator(text[t])) {
          t++;
          s++;
        }
        if (s == 0) {
          return -1;
        }
        wordStart = true;
        continue;
      }
      if (t >= n) {
        return -1;
      }
      char tc = text[t];
      if (FOLD[tc] != kc) {
        return -1;
      }
      if (exact) {
        if (isUpper(written[k]) != isUpper(tc)) {
          return -1;
        }
      } else if (wordStart && isUpper(written[k]) && !isUpper(tc)) {
        return -1;
      }
      wordStart = !isLetterOrDigit(kc);
      t++;
    }
    if (t < n && isLetterOrDigit(key[key.length - 1]) && isLetterOrDigit(text[t])) {
      return -1;
    }
    return t;
  }

  /**
   * @param key a folded key
   * @return the entry with exactly that key, or null
   */
  Entry byKey(String key) {
    return byKey.get(key);
  }

  /** @return every name of the gazetteer, for tests */
  Collection<Entry> entries() {
    return Collections.unmodifiableCollection(byKey.values());
  }

  /**
   * @return true when the word {@code text[s, e)}, right before a place name, makes it part of an organisation or
   *     title ({@code Bank of England}, {@code جامعة دمشق})
   */
  boolean isOrgBefore(char[] text, int s, int e) {
    return orgBefore.contains(text, s, e);
  }

  /**
   * @return true when the word {@code text[s, e)}, right after a place name, makes it part of an organisation or
   *     product ({@code Singapore Airlines})
   */
  boolean isOrgAfter(char[] text, int s, int e) {
    return orgAfter.contains(text, s, e);
  }

  /** @return true when the word {@code text[s, e)} is a locative preposition ({@code in}, {@code в}, {@code في}) */
  boolean isLocative(char[] text, int s, int e) {
    return locatives.contains(text, s, e);
  }

  /** @return true when a Chinese [org-after] word starts at {@code i} ({@code 中国银行}) */
  boolean orgSuffixAt(char[] text, int i) {
    for (String s : orgSuffixes) {
      if (Chars.startsWith(text, i, s)) {
        return true;
      }
    }
    return false;
  }

  /** @return true when the folded word is a locative preposition ({@code in}, {@code в}) */
  boolean isLocative(String foldedWord) {
    return locatives.contains(foldedWord);
  }

  /**
   * @param regionCode an ISO 3166-1 region code
   * @return the canonical English name of the country, or null when unknown
   */
  String countryName(String regionCode) {
    return countryNames.get(regionCode);
  }

  // ---------------------------------------------------------------------------------------------- loading

  /** The index the build made ({@link GazetteerIndex}), or, without one, the sources. */
  private static Gazetteer load() {
    InputStream in = Gazetteer.class.getResourceAsStream(GazetteerIndex.RESOURCE);
    if (in == null) {
      return new Gazetteer(fromSources());
    }
    try (in) {
      return new Gazetteer(GazetteerIndex.read(in));
    } catch (IOException e) {
      throw new UncheckedIOException("expected a readable org/tgparse/extract/" + GazetteerIndex.RESOURCE, e);
    }
  }

  /** @return the gazetteer's parts built from the bundled name lists, rules and the JDK's country names */
  static Builder fromSources() {
    Builder b = new Builder();
    b.readRules(lines("place-rules.txt"));
    b.addCountriesAndPlaces(lines("gazetteer-places.tsv"));
    b.addCities(lines("gazetteer-cities.tsv"));
    b.addNames(lines("gazetteer-names.tsv"));
    return b;
  }


  private static List<String> lines(String resource) {
    InputStream in = Gazetteer.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("expected resource org/tgparse/extract/" + resource + ", found none");
    }
    List<String> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          out.add(line);
        }
      }
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
    return out;
  }

  /** Collects names while loading; also what {@link GazetteerIndex} stores. */
  static final class Builder {
    final Map<String, Entry> byKey = new HashMap<>(1 << 16);
    final Map<String, String> countryNames = new HashMap<>();
    final Set<String> stop = new HashSet<>();
    final Set<String> ambiguous = new HashSet<>();
    final Set<String> names = new HashSet<>();
    final Set<String> locatives = new HashSet<>();
    final Set<String> orgBefore = new HashSet<>();
    final Set<String> orgAfter = new HashSet<>();

    void readRules(List<String> lines) {
      Set<String> section = null;
      for (String line : lines) {
        String s = line.strip();
        switch (s) {
          case "[stop]":
            section = stop;
            continue;
          case "[ambiguous]":
            section = ambiguous;
            continue;
          case "[name]":
            section = names;
            continue;
          case "[locative]":
            section = locatives;
            continue;
          case "[org-before]":
            section = orgBefore;
            continue;
          case "[org-after]":
            section = orgAfter;
            continue;
          default:
            break;
        }
        if (section == null) {
          throw new IllegalStateException("expected a [section] in place-rules.txt, found \"" + s + "\"");
        }
        section.add(foldKey(s));
      }
    }

    void addCountriesAndPlaces(List<String> lines) {
      Map<String, String[]> countryLines = new HashMap<>();
      List<String[]> others = new ArrayList<>();
      for (String line : lines) {
        String[] f = line.split("\t", -1);
        if (f.length != 5) {
          throw new IllegalStateException("expected 5 tab-separated columns in gazetteer-places.tsv, found "
              + f.length + " in \"" + line + "\"");
        }
        if (f[0].equals("country")) {
          countryLines.put(f[2], f);
        } else {
          others.add(f);
        }
      }
      Locale ru = Locale.forLanguageTag("ru");
      Set<String> codes = new LinkedHashSet<>(Arrays.asList(Locale.getISOCountries()));
      codes.add("XK");
      for (String code : codes) {
        Locale l = new Locale("", code);
        String jdk = l.getDisplayCountry(Locale.ENGLISH);
        String cleaned = cleanEnglish(jdk);
        String[] f = countryLines.get(code);
        String canonical = f != null && !f[1].equals("-") ? f[1] : cleaned;
        if (canonical.startsWith("St. ")) {
          canonical = "Saint " + canonical.substring(4);
        }
        countryNames.put(code, canonical);
        Target t = new Target(canonical, code, Type.COUNTRY, 0);
        add(canonical, t, false);
        if (!jdk.contains(" - ")) {
          add(cleaned, t, false);
          add(jdk, t, false);
        }
        if (cleaned.startsWith("St. ")) {
          add("St " + cleaned.substring(4), t, false);
          add("Saint " + cleaned.substring(4), t, false);
        }
        String jdkRu = l.getDisplayCountry(ru);
        if (!jdkRu.contains(" - ") && !jdkRu.equals(code)) {
          add(cleanRussian(jdkRu), t, true);
        }
        for (Locale other : OTHER_LANGUAGES) {
          String name = l.getDisplayCountry(other);
          if (!name.equals(code) && !name.equals(jdk) && name.indexOf('(') < 0 && name.indexOf('（') < 0) {
            add(name, t, other.getLanguage().equals("uk") ? Lang.UK : Lang.OTHER);
          }
        }
        if (f != null) {
          addAll(f[3], t, false);
          addAll(f[4], t, true);
        }
      }
      countryNames.put("UN", "United Nations");
      countryNames.put("EU", "European Union");
      for (String[] f : others) {
        Type type;
        switch (f[0]) {
          case "world":
            type = Type.WORLD;
            break;
          case "region":
            type = Type.REGION;
            break;
          case "block":
            type = Type.BLOCK;
            break;
          default:
            throw new IllegalStateException("expected type country, world, region or block in "
                + "gazetteer-places.tsv, found \"" + f[0] + "\"");
        }
        Target t = new Target(f[1], f[2].equals("-") ? null : f[2], type, 0);
        add(f[1], t, false);
        addAll(f[3], t, false);
        addAll(f[4], t, true);
      }
    }

    void addCities(List<String> lines) {
      for (String line : lines) {
        String[] f = line.split("\t", -1);
        if (f.length != 6) {
          throw new IllegalStateException("expected 6 tab-separated columns in gazetteer-cities.tsv, found "
              + f.length + " in \"" + line + "\"");
        }
        long rank = Long.parseLong(f[2]) + (f[3].equals("C") ? CAPITAL : 0);
        Target t = new Target(f[0], f[1], Type.CITY, rank);
        add(f[0], t, false);
        addAll(f[4], t, false);
        addAll(f[5], t, true);
      }
    }

    /**
     * The names of {@code gazetteer-names.tsv}: type, canonical English name (- for a country), country code,
     * language, names.
     */
    void addNames(List<String> lines) {
      for (String line : lines) {
        String[] f = line.split("\t", -1);
        if (f.length != 5) {
          throw new IllegalStateException("expected 5 tab-separated columns in gazetteer-names.tsv, found "
              + f.length + " in \"" + line + "\"");
        }
        String code = f[2].equals("-") ? null : f[2];
        Target t;
        switch (f[0]) {
          case "country":
            t = new Target(countryNames.get(code), code, Type.COUNTRY, 0);
            break;
          case "world":
            t = new Target(f[1], code, Type.WORLD, 0);
            break;
          case "region":
            t = new Target(f[1], code, Type.REGION, 0);
            break;
          case "city":
            t = new Target(f[1], code, Type.CITY, 0);
            break;
          default:
            throw new IllegalStateException("expected type country, world, region or city in "
                + "gazetteer-names.tsv, found \"" + f[0] + "\"");
        }
        Lang lang = f[3].equals("uk") ? Lang.UK : f[3].equals("ru") ? Lang.RU : Lang.OTHER;
        for (String s : f[4].split(";")) {
          add(s, t, lang);
        }
      }
    }

    private void addAll(String list, Target t, boolean russian) {
      if (list.isEmpty() || list.equals("-")) {
        return;
      }
      for (String s : list.split(";")) {
        add(s, t, russian);
      }
    }

    private void add(String written, Target t, boolean russian) {
      add(written, t, russian ? Lang.RU : Lang.OTHER);
    }

    private void add(String written, Target t, Lang lang) {
      String w = written.strip();
      if (w.isEmpty()) {
        return;
      }
      String folded = foldKey(w);
      if (stop.contains(folded)) {
        return;
      }
      int flags = (ambiguous.contains(folded) ? AMBIGUOUS : 0) | (names.contains(folded) ? NAME : 0);
      if (lang != Lang.OTHER) {
        // Declined before the hyphens are folded away: Ростов-на-Дону -> Ростова-на-Дону.
        for (String form : lang == Lang.RU ? RussianDeclension.forms(w) : UkrainianDeclension.forms(w)) {
          String key = foldKey(form);
          put(form, t, flags | (ambiguous.contains(key) ? AMBIGUOUS : 0) | (names.contains(key) ? NAME : 0));
        }
        return;
      }
      put(w, t, flags);
      for (String suffix : SUFFIXES) {
        if (folded.endsWith(suffix) && folded.length() > suffix.length()) {
          put(w + "s", t, flags);
        }
      }
    }

    private void put(String name, Target t, int flags) {
      String written = collapse(name);
      String key = foldKey(written);
      if (stop.contains(key) || key.isEmpty() || !isLetter(key.charAt(0))) {
        return;
      }
      int f = flags | (isAbbreviation(written) ? EXACT : 0) | (MONTHS.contains(key) ? MONTH : 0);
      int suffixStart = -1;
      for (String suffix : SUFFIXES) {
        int i = key.lastIndexOf(suffix);
        if (i > 0 && (i + suffix.length() == key.length() || i + suffix.length() + 1 == key.length())) {
          suffixStart = i;
          break;
        }
      }
      Entry old = byKey.get(key);
      if (old == null || outranks(t, old.target)) {
        byKey.put(key, new Entry(key.toCharArray(), written.toCharArray(), t, f, suffixStart));
      }
    }

    private static boolean outranks(Target a, Target b) {
      return a.type() != b.type() ? a.type().ordinal() > b.type().ordinal() : a.rank() > b.rank();
    }
  }

  /** {@code US}, {@code U.S.}, {@code ДНР}, {@code DR Congo}: a word of two or more capitals, or a dot. */
  static boolean isAbbreviation(String w) {
    if (w.indexOf('.') >= 0) {
      return true;
    }
    int run = 0;
    boolean allUpper = true;
    for (int i = 0; i <= w.length(); i++) {
      char c = i < w.length() ? w.charAt(i) : ' ';
      if (isLetter(c)) {
        run++;
        allUpper &= Character.isUpperCase(c);
      } else {
        if (run >= 2 && allUpper) {
          return true;
        }
        run = 0;
        allUpper = true;
      }
    }
    return false;
  }

  /** Blanks and hyphens collapsed to one blank. */
  static String collapse(String w) {
    StringBuilder b = new StringBuilder(w.length());
    boolean sep = false;
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (isSeparator(c)) {
        sep = true;
        continue;
      }
      if (sep && b.length() > 0) {
        b.append(' ');
      }
      sep = false;
      b.append(c);
    }
    return b.toString();
  }

  /** The folded matching key of a written name. */
  static String foldKey(String written) {
    String w = collapse(written);
    StringBuilder b = new StringBuilder(w.length());
    for (int i = 0; i < w.length(); i++) {
      b.append(fold(w.charAt(i)));
    }
    return b.toString();
  }

  static String cleanEnglish(String s) {
    String out = s.replace(" & ", " and ").replace(" SAR China", "");
    int p = out.indexOf(" (");
    if (p > 0 && out.indexOf(')', p) > 0) {
      out = out.substring(0, p) + out.substring(out.indexOf(')', p) + 1);
    }
    return out.strip();
  }

  static String cleanRussian(String s) {
    String out = s.replace("о-ва ", "острова ").replace("о-в ", "остров ").replace(" о-ва", " острова");
    int p = out.indexOf(" (");
    if (p > 0 && out.indexOf(')', p) > 0) {
      out = out.substring(0, p) + out.substring(out.indexOf(')', p) + 1);
    }
    return out.strip();
  }
}
