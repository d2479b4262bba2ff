package org.tgparse.extract;

/**
 * The words the date scanner knows: month and weekday names in English and Russian (every case form), and the
 * small function words that decide whether a bare four-digit number is a year. Built once; {@link #lookup} reads a
 * word straight from the text, case-insensitively, without allocating.
 */
final class DateWords {
  /** Low four bits: the month number 1-12, 0 when the word is no month. */
  static final int MONTH = 0xF;
  /** An English word: as a month or weekday name it must be capitalised ({@code May}, not {@code may}). */
  static final int EN = 1 << 4;
  /** An abbreviation that may carry a full stop: {@code Mar.}, {@code фев.}, {@code г.}. */
  static final int ABBR = 1 << 5;
  /** A weekday name, kept as part of the date when it directly precedes one: {@code Monday, March 20}. */
  static final int WEEKDAY = 1 << 6;
  /** Before a bare four-digit number, makes it a year: {@code in 1944}, {@code since 2014}, {@code в 2022}. */
  static final int STRONG = 1 << 7;
  /** Before a bare four-digit number, makes it a year unless it is a round hundred: {@code of 2022}. */
  static final int WEAK = 1 << 8;
  /** Before a bare four-digit number, makes it a year whatever follows: {@code the year 2022}. */
  static final int DECISIVE = 1 << 9;
  /** Joins a year to the year before it: {@code 2025 and 2026}. */
  static final int CONJ = 1 << 10;
  /** May follow a bare year without making it a count: {@code in 2022 the GDP}, not {@code in 1500 cases}. */
  static final int FOLLOW = 1 << 11;
  /** Joins the two ends of a day range: {@code August 10 to 22}, {@code с 10 по 22 августа}. */
  static final int CONNECTOR = 1 << 12;
  /** Opens a range and belongs to it when a connector word closes it: {@code с 10 по 22 августа}. */
  static final int FROM = 1 << 13;
  /** Between day and month: {@code 6th of March}. */
  static final int OF = 1 << 14;
  /** The Russian word for year after a number: {@code 1944 году}, {@code 2023 г.}, {@code 2025–2026 гг.}. */
  static final int YEAR_SUFFIX = 1 << 15;
  /** The Russian ordinal ending of a year before {@link #YEAR_SUFFIX}: {@code 2022-м году}. */
  static final int ORDINAL_ENDING = 1 << 16;

  /** Longest word looked up; longer letter runs are no known word. */
  static final int MAX_WORD = 16;

  private static final int SIZE = 1024;
  private static final String[] KEYS = new String[SIZE];
  private static final int[] CODES = new int[SIZE];
  /**
   * For each first letter (Latin a-z, then Cyrillic а-я), bit k set when some word of length k starts with it: a
   * cheap reject before hashing, since most words of a text are no known word.
   */
  private static final int[] LENGTHS = new int[26 + 32];

  static {
    String[][] en = {
        {"january", "jan"}, {"february", "feb"}, {"march", "mar"}, {"april", "apr"}, {"may"},
        {"june", "jun"}, {"july", "jul"}, {"august", "aug"}, {"september", "sep", "sept"},
        {"october", "oct"}, {"november", "nov"}, {"december", "dec"}};
    for (int m = 1; m <= 12; m++) {
      String[] names = en[m - 1];
      put(names[0], m | EN);
      for (int i = 1; i < names.length; i++) {
        put(names[i], m | EN | ABBR);
      }
    }
    // Russian months in every case form (nominative, genitive, prepositional, dative, instrumental, with and
    // without ё), then the abbreviations news copy uses.
    String[][] ru = {
        {"январь", "января", "январе", "январю", "январём", "январем"},
        {"февраль", "февраля", "феврале", "февралю", "февралём", "февралем"},
        {"март", "марта", "марте", "марту", "мартом"},
        {"апрель", "апреля", "апреле", "апрелю", "апрелем"},
        {"май", "мая", "мае", "маю", "маем"},
        {"июнь", "июня", "июне", "июню", "июнем"},
        {"июль", "июля", "июле", "июлю", "июлем"},
        {"август", "августа", "августе", "августу", "августом"},
        {"сентябрь", "сентября", "сентябре", "сентябрю", "сентябрём", "сентябрем"},
        {"октябрь", "октября", "октябре", "октябрю", "октябрём", "октябрем"},
        {"ноябрь", "ноября", "ноябре", "ноябрю", "ноябрём", "ноябрем"},
        {"декабрь", "декабря", "декабре", "декабрю", "декабрём", "декабрем"}};
    String[][] ruAbbr = {{"янв"}, {"фев", "февр"}, {"мар"}, {"апр"}, {}, {"июн"}, {"июл"}, {"авг"},
        {"сен", "сент"}, {"окт"}, {"ноя", "нояб"}, {"дек"}};
    for (int m = 1; m <= 12; m++) {
      for (String name : ru[m - 1]) {
        put(name, m);
      }
      for (String name : ruAbbr[m - 1]) {
        put(name, m | ABBR);
      }
    }
    for (String w : new String[] {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}) {
      put(w, WEEKDAY | EN);
    }
    for (String w : new String[] {"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"}) {
      put(w, WEEKDAY | EN | ABBR);
    }
    for (String w : new String[] {"понедельник", "вторник", "среда", "среду", "четверг", "пятница", "пятницу",
        "суббота", "субботу", "воскресенье"}) {
      put(w, WEEKDAY);
    }

    // Context before a bare year. STRONG: the preposition is temporal whenever a plausible year follows.
    for (String w : new String[] {"in", "since", "until", "till", "before", "after", "during", "circa", "early",
        "mid", "late", "spring", "summer", "autumn", "fall", "winter",
        "в", "во", "с", "со", "до", "после", "к", "ко"}) {
      put(w, STRONG);
    }
    // WEAK: also common before counts ("of 2000 people", "by 1500 tonnes").
    for (String w : new String[] {"of", "for", "to", "from", "by", "between", "through", "around", "than",
        "по", "от", "на", "между", "за"}) {
      put(w, WEAK);
    }
    for (String w : new String[] {"year", "years"}) {
      put(w, DECISIVE);
    }
    for (String w : new String[] {"and", "or", "и", "или"}) {
      put(w, CONJ);
    }
    for (String w : new String[] {"to", "through", "till", "until", "thru", "по", "до"}) {
      put(w, CONNECTOR);
    }
    for (String w : new String[] {"from", "с", "со"}) {
      put(w, FROM);
    }
    put("of", OF);
    // Function words and a few verbs that may follow a year; a count is followed by a noun ("1500 cases").
    for (String w : new String[] {"and", "or", "to", "through", "till", "until", "the", "a", "an", "that",
        "which", "when", "while", "as", "at", "on", "in", "with", "but", "after", "before", "compared", "vs",
        "versus", "than", "was", "were", "is", "are", "has", "have", "had", "will", "would", "saw", "onwards",
        "onward", "inclusive", "respectively", "alone", "itself", "only", "also", "too", "there", "we", "it",
        "they", "he", "she", "i", "you",
        "и", "или", "по", "до", "в", "на", "с", "а", "но", "был", "была", "было", "были", "включительно",
        "также", "уже", "мы", "он", "она", "они", "это"}) {
      put(w, FOLLOW);
    }
    for (String w : new String[] {"год", "года", "году", "годом", "годе", "годы", "годов", "годах", "годам",
        "годами"}) {
      put(w, YEAR_SUFFIX);
    }
    put("г", YEAR_SUFFIX | ABBR);
    put("гг", YEAR_SUFFIX | ABBR);
    for (String w : new String[] {"м", "го", "й", "му", "ом"}) {
      put(w, ORDINAL_ENDING);
    }
  }

  private DateWords() {
  }

  private static void put(String key, int code) {
    int i = slot(hash(key, 0, key.length()));
    while (KEYS[i] != null && !KEYS[i].equals(key)) {
      i = (i + 1) & (SIZE - 1);
    }
    KEYS[i] = key;
    CODES[i] |= code;
    int letter = letterIndex(key.charAt(0));
    if (letter < 0 || key.length() > MAX_WORD) {
      throw new IllegalStateException("expected a short word starting with a Latin or Cyrillic letter: " + key);
    }
    LENGTHS[letter] |= 1 << key.length();
  }

  /** @return 0-25 for Latin a-z, 26-57 for Cyrillic а-я (either case), else -1 */
  private static int letterIndex(char c) {
    if (c <= 'z') {
      int k = (c | 0x20) - 'a';
      return k >= 0 && k < 26 ? k : -1;
    }
    if (c >= 'А' && c <= 'я') {
      return 26 + (c >= 'а' ? c - 'а' : c - 'А');
    }
    return -1;
  }

  /** Lower case, with fast paths for ASCII and the basic Cyrillic block. */
  static char lower(char c) {
    if (c < 128) {
      return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }
    if (c >= 'А' && c <= 'Я') {
      return (char) (c + 32);
    }
    return Character.toLowerCase(c);
  }

  private static int hash(CharSequence s, int from, int to) {
    int h = 0;
    for (int i = from; i < to; i++) {
      h = 31 * h + lower(s.charAt(i));
    }
    return h;
  }

  private static int slot(int h) {
    return (h ^ (h >>> 11) ^ (h >>> 21)) & (SIZE - 1);
  }

  /**
   * @param text any text
   * @param from first char of the word, inclusive
   * @param to end of the word, exclusive
   * @return the word's flags, 0 when it is no known word
   */
  static int lookup(String text, int from, int to) {
    int len = to - from;
    if (len <= 0 || len > MAX_WORD) {
      return 0;
    }
    int letter = letterIndex(text.charAt(from));
    if (letter < 0 || (LENGTHS[letter] & 1 << len) == 0) {
      return 0;
    }
    int i = slot(hash(text, from, to));
    String key;
    while ((key = KEYS[i]) != null) {
      if (key.length() == len && matches(key, text, from)) {
        return CODES[i];
      }
      i = (i + 1) & (SIZE - 1);
    }
    return 0;
  }

  private static boolean matches(String key, String text, int from) {
    for (int k = 0; k < key.length(); k++) {
      if (key.charAt(k) != lower(text.charAt(from + k))) {
        return false;
      }
    }
    return true;
  }
}
