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
  /**
   * The first word of a Levantine month of two words ({@code تشرين الثاني}, {@code كانون الأول}): the month is
   * the low bits when {@link #PAIR_FIRST} follows, the next month when {@link #PAIR_SECOND} follows.
   */
  static final int PAIR = 1 << 17;
  /** {@code الأول}, "the first", after a {@link #PAIR} word. */
  static final int PAIR_FIRST = 1 << 18;
  /** {@code الثاني}, "the second", after a {@link #PAIR} word. */
  static final int PAIR_SECOND = 1 << 19;
  /**
   * A mark of the Islamic calendars after a year ({@code 1445 هـ}, {@code 1375 AH}, {@code ۱۴۰۲ ش}): the year is no
   * Gregorian year, so neither it nor a date ending with it is read.
   */
  static final int HIJRI = 1 << 20;
  /** Joins two days of one month: {@code 1st & 2nd November}, {@code 1 و2 نوفمبر}. */
  static final int AND = 1 << 21;
  /** A unit or magnitude after a number, which makes {@code 1.05} no day and month: {@code million}, {@code грн}. */
  static final int UNIT = 1 << 22;
  /** Before a time of day: {@code в 12.05}, {@code о 20.30}, {@code at 12.05} is no day and month. */
  static final int TIME = 1 << 23;

  /** Longest word looked up; longer letter runs are no known word. */
  static final int MAX_WORD = 16;

  private static final int SIZE = 1024;
  private static final String[] KEYS = new String[SIZE];
  private static final int[] CODES = new int[SIZE];
  /**
   * For each first letter (Latin a-z, then the Cyrillic and the Arabic blocks), bit k set when some word of length k starts with it: a
   * cheap reject before hashing, since most words of a text are no known word.
   */
  private static final int[] LENGTHS = new int[26 + 256 + 256];

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
    ukrainian();
    arabicAndPersian();
    for (String w : new String[] {"ah", "h"}) {
      put(w, HIJRI);
    }
    for (String w : new String[] {"and", "и", "і", "та", "و"}) {
      put(w, AND);
    }
    for (String w : new String[] {"в", "во", "о", "об", "at", "around", "about", "ساعت", "الساعة"}) {
      put(w, TIME);
    }
    // Events named by their year: "World Cup 2026", "كأس العالم 2022", "جام جهانی ۲۰۲۶", "Expo 2030".
    for (String w : new String[] {"cup", "expo", "olympics", "euro", "championship", "summit", "кубок", "чемпионат",
        "чемпионата", "олимпиада", "олимпиады", "чемпіонат", "олімпіада", "العالم", "جهانی", "اکسپو", "إكسبو"}) {
      put(w, STRONG);
    }
    for (String w : new String[] {"из", "весной", "летом", "осенью", "зимой"}) {
      put(w, STRONG);
    }
    put("х", HIJRI | ABBR);
    put("хиджры", HIJRI);
    for (String w : new String[] {"gb", "mb", "kb", "tb", "гб", "мб", "кб"}) {
      put(w, UNIT);
    }
    for (String w : new String[] {"million", "millions", "billion", "billions", "thousand", "trillion", "mln", "bn",
        "k", "m", "bln", "percent", "per", "usd", "eur", "uah", "rub", "kg", "km", "tons", "pts", "points", "тыс",
        "млн", "млрд", "трлн", "тис", "руб", "рублей", "грн", "гривень", "долларов", "доларів", "процента",
        "процентов", "відсотка", "відсотків", "пункта", "пункту", "кг", "км", "тонн", "балів", "баллов", "мільйона",
        "мільйонів", "миллиона", "миллионов", "مليون", "مليار", "ألف", "دولار", "میلیون", "میلیارد", "هزار", "درصد",
        "بالمئة", "بالمائة", "دلار", "تومان", "ریال"}) {
      put(w, UNIT);
    }
  }

  /** Ukrainian months (nominative, genitive, locative, dative), weekdays, year words and prepositions. */
  private static void ukrainian() {
    String[][] uk = {
        {"січень", "січня", "січні", "січню"}, {"лютий", "лютого", "лютому"},
        {"березень", "березня", "березні", "березню"}, {"квітень", "квітня", "квітні", "квітню"},
        {"травень", "травня", "травні", "травню"}, {"червень", "червня", "червні", "червню"},
        {"липень", "липня", "липні", "липню"}, {"серпень", "серпня", "серпні", "серпню"},
        {"вересень", "вересня", "вересні", "вересню"}, {"жовтень", "жовтня", "жовтні", "жовтню"},
        {"листопад", "листопада", "листопаді", "листопаду"}, {"грудень", "грудня", "грудні", "грудню"}};
    String[][] ukAbbr = {{"січ"}, {"лют"}, {"бер"}, {"квіт"}, {"трав"}, {"черв"}, {"лип"}, {"серп"}, {"вер"},
        {"жовт"}, {"лист"}, {"груд"}};
    for (int m = 1; m <= 12; m++) {
      for (String name : uk[m - 1]) {
        put(name, m);
      }
      for (String name : ukAbbr[m - 1]) {
        put(name, m | ABBR);
      }
    }
    for (String w : new String[] {"понеділок", "вівторок", "середа", "четвер", "п'ятниця", "п'ятницю", "субота",
        "неділя", "неділю"}) {
      put(w, WEEKDAY);
    }
    for (String w : new String[] {"у", "з", "із", "зі", "після", "протягом", "навесні", "влітку", "восени",
        "взимку"}) {
      put(w, STRONG);
    }
    for (String w : new String[] {"від", "між"}) {
      put(w, WEAK);
    }
    for (String w : new String[] {"рік", "року", "році", "роком", "роки", "років", "роках", "рокам"}) {
      put(w, YEAR_SUFFIX);
    }
    put("р", YEAR_SUFFIX | ABBR);
    put("рр", YEAR_SUFFIX | ABBR);
    put("з", FROM);
    put("із", FROM);
    put("та", CONJ);
    put("і", CONJ);
    for (String w : new String[] {"та", "і", "у", "й", "вже", "також", "був", "була", "було", "були"}) {
      put(w, FOLLOW);
    }
  }

  /**
   * Arabic and Persian names of the Gregorian months (the Egyptian and Gulf forms, the Levantine ones of Syriac
   * origin, the Persian transliterations of the French names), weekdays, the words that make a bare number a year,
   * and the marks of the Islamic calendars. Keys are folded as {@link #lower} folds the text ({@code أ} as
   * {@code ا}, {@code ي} as {@code ی}, {@code ك} as {@code ک}).
   */
  private static void arabicAndPersian() {
    String[][] months = {
        {"يناير", "كانون الثاني", "ژانویه", "ژانوبه", "جنوری"}, {"فبراير", "شباط", "فوریه", "فبروری"},
        {"مارس", "آذار", "مارچ"}, {"أبريل", "إبريل", "ابريل", "نيسان", "آوریل", "اپریل"},
        {"مايو", "أيار", "ايار", "مه", "مى"}, {"يونيو", "يونيه", "حزيران", "ژوئن", "جون"},
        {"يوليو", "يوليه", "تموز", "ژوئیه", "جولای"}, {"أغسطس", "اغسطس", "آب", "اوت", "آگوست", "اگوست", "اگست"},
        {"سبتمبر", "أيلول", "ايلول", "سپتامبر", "سپتمبر"}, {"أكتوبر", "اكتوبر", "تشرين الأول", "اکتبر", "اکتوبر"},
        {"نوفمبر", "تشرين الثاني", "نوامبر", "نومبر"}, {"ديسمبر", "كانون الأول", "دسامبر", "دسمبر"}};
    for (int m = 1; m <= 12; m++) {
      for (String name : months[m - 1]) {
        if (name.indexOf(' ') < 0) {
          put(name, m);
        }
      }
    }
    put("تشرين", 10 | PAIR);
    put("كانون", 12 | PAIR);
    put("الأول", PAIR_FIRST);
    put("الثاني", PAIR_SECOND);
    for (String w : new String[] {"الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت",
        "یکشنبه", "دوشنبه", "چهارشنبه", "پنجشنبه", "پنج‌شنبه", "جمعه", "شنبه"}) {
      put(w, WEEKDAY);
    }
    // في in, منذ since, خلال during, حتى until, قبل before, بعد after, بين between, موسم season; Persian در in,
    // از from, تا until, and the seasons.
    for (String w : new String[] {"في", "منذ", "خلال", "حتى", "قبل", "بعد", "بين", "موسم", "مطلع", "نهاية", "أواخر",
        "اواخر", "أوائل", "اوائل", "در", "از", "تا", "تابستان", "زمستان", "بهار", "پاییز", "اواخر", "اوایل"}) {
      put(w, STRONG);
    }
    // من of/from, لعام for the year, های of سال‌های (the years), Persian برای for.
    for (String w : new String[] {"من", "إلى", "الى", "های", "برای"}) {
      put(w, WEAK);
    }
    // عام, سنة, العام: "year"; Persian سال.
    for (String w : new String[] {"عام", "العام", "سنة", "لعام", "سال", "بعام"}) {
      put(w, DECISIVE);
    }
    for (String w : new String[] {"و"}) {
      put(w, CONJ);
    }
    put("تا", CONNECTOR);
    put("حتى", CONNECTOR);
    put("إلى", CONNECTOR);
    put("از", FROM);
    put("من", FROM);
    // After a year: م and میلادی, "of the Christian era".
    for (String w : new String[] {"م", "میلادی", "ميلادي", "ميلادية"}) {
      put(w, YEAR_SUFFIX);
    }
    // هـ, ه, ه.ق, ه.ش, ق, ش: the lunar and the solar Hijri calendars.
    for (String w : new String[] {"هـ", "ه", "ق", "ش", "هجری", "هجري", "هجرية", "شمسی", "قمری"}) {
      put(w, HIJRI);
    }
  }

  private DateWords() {
  }

  private static void put(String written, int code) {
    StringBuilder folded = new StringBuilder(written.length());
    for (int k = 0; k < written.length(); k++) {
      folded.append(lower(written.charAt(k)));
    }
    String key = folded.toString();
    int i = slot(hash(key.toCharArray(), 0, key.length()));
    while (KEYS[i] != null && !KEYS[i].equals(key)) {
      i = (i + 1) & (SIZE - 1);
    }
    KEYS[i] = key;
    CODES[i] |= code;
    int letter = letterIndex(key.charAt(0));
    if (letter < 0 || key.length() > MAX_WORD) {
      throw new IllegalStateException("expected a short word starting with a Latin, Cyrillic or Arabic letter: "
          + key);
    }
    LENGTHS[letter] |= 1 << key.length();
  }

  /** @return 0-25 for Latin a-z, 26-281 for the Cyrillic block, 282-537 for the Arabic block (folded), else -1 */
  private static int letterIndex(char c) {
    if (c <= 'z') {
      int k = (c | 0x20) - 'a';
      return k >= 0 && k < 26 ? k : -1;
    }
    if (c >= 'а' && c <= 'я') {
      return 26 + c - '\u0400';
    }
    char f = lower(c);
    if (f >= '\u0400' && f <= '\u04FF') {
      return 26 + f - '\u0400';
    }
    if (f >= '\u0600' && f <= '\u06FF') {
      return 282 + f - '\u0600';
    }
    return -1;
  }

  /**
   * Lower case, with fast paths for ASCII and the basic Cyrillic block; the Arabic-script letters that writers
   * interchange fold to one ({@code أ إ آ ٱ} to {@code ا}, Arabic {@code ي ى} to Persian {@code ی}, Arabic
   * {@code ك} to Persian {@code ک}), and the typographic apostrophe to {@code '} ({@code п’ятниця}).
   */
  static char lower(char c) {
    if (c < 128) {
      return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }
    if (c >= 'А' && c <= 'Я') {
      return (char) (c + 32);
    }
    if (c >= 'а' && c <= 'я') {
      return c;
    }
    switch (c) {
      case '\u0623', '\u0625', '\u0622', '\u0671':
        return '\u0627';
      case '\u064A', '\u0649':
        return '\u06CC';
      case '\u0643':
        return '\u06A9';
      case '\u2019', '\u02BC':
        return '\'';
      default:
        return Character.toLowerCase(c);
    }
  }

  private static int hash(char[] s, int from, int to) {
    int h = 0;
    for (int i = from; i < to; i++) {
      h = 31 * h + lower(s[i]);
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
  static int lookup(char[] text, int from, int to) {
    int len = to - from;
    if (len <= 0 || len > MAX_WORD) {
      return 0;
    }
    int letter = letterIndex(text[from]);
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

  private static boolean matches(String key, char[] text, int from) {
    for (int k = 0; k < key.length(); k++) {
      if (key.charAt(k) != lower(text[from + k])) {
        return false;
      }
    }
    return true;
  }
}
