package org.tgparse.extract;

/**
 * Character classes of Telegram's entity parser (TDLib: {@code td/utils/unicode.h},
 * {@code get_unicode_simple_category}, and the predicates at the top of {@code td/telegram/MessageEntity.cpp}).
 * All methods take a Unicode code point. Stateless; tables are built once.
 */
final class TelegramChars {
  /** Anything that is none of the categories below (punctuation, symbols, marks, controls). */
  static final int UNKNOWN = 0;
  /** General category L (Lu, Ll, Lt, Lm, Lo). Combining marks (M) are not letters here. */
  static final int LETTER = 1;
  /** General category Nd. */
  static final int DECIMAL_NUMBER = 2;
  /** General categories Nl and No (Roman numerals, superscripts, fractions). */
  static final int NUMBER = 3;
  /** General categories Zs, Zl and Zp, plus the C0 controls other than line feed (see {@link #category}). */
  static final int SEPARATOR = 4;

  /** U+200C ZERO WIDTH NON-JOINER: joins Persian and Indic words, so it may sit inside a hashtag. */
  static final int ZWNJ = 0x200C;
  /** U+200D ZERO WIDTH JOINER. */
  static final int ZWJ = 0x200D;
  /** U+00B7 MIDDLE DOT: Catalan {@code l·l} writes it inside words. */
  static final int MIDDLE_DOT = 0xB7;

  private static final byte[] ASCII_CATEGORY = new byte[128];

  static {
    for (int c = 0; c < 128; c++) {
      ASCII_CATEGORY[c] = (byte) nonAsciiCategory(c);
    }
    // TDLib finds entities in text that fix_formatted_text has cleaned: every C0 control other than '\n' is
    // replaced by a space there ('\r' is dropped). Treating them as separators gives the same entity bounds on
    // text that still has tabs and carriage returns.
    for (int c = 0; c < 0x20; c++) {
      if (c != '\n') {
        ASCII_CATEGORY[c] = SEPARATOR;
      }
    }
  }

  private TelegramChars() {
  }

  /**
   * @param cp a code point
   * @return TDLib's simple category of it: {@link #UNKNOWN}, {@link #LETTER}, {@link #DECIMAL_NUMBER},
   *     {@link #NUMBER} or {@link #SEPARATOR}
   */
  static int category(int cp) {
    if (cp < 128) {
      return cp < 0 ? UNKNOWN : ASCII_CATEGORY[cp];
    }
    return nonAsciiCategory(cp);
  }

  private static int nonAsciiCategory(int cp) {
    switch (Character.getType(cp)) {
      case Character.UPPERCASE_LETTER:
      case Character.LOWERCASE_LETTER:
      case Character.TITLECASE_LETTER:
      case Character.MODIFIER_LETTER:
      case Character.OTHER_LETTER:
        return LETTER;
      case Character.DECIMAL_DIGIT_NUMBER:
        return DECIMAL_NUMBER;
      case Character.LETTER_NUMBER:
      case Character.OTHER_NUMBER:
        return NUMBER;
      case Character.SPACE_SEPARATOR:
      case Character.LINE_SEPARATOR:
      case Character.PARAGRAPH_SEPARATOR:
        return SEPARATOR;
      default:
        return UNKNOWN;
    }
  }

  /**
   * TDLib's {@code is_hashtag_letter}: a character that may be part of a hashtag, and that may not stand right
   * before its {@code #} (or a cashtag's {@code $}).
   *
   * @param cp a code point
   * @param category {@link #category(int)} of it
   * @return true for letters (L), decimal digits (Nd), {@code _}, ZWNJ (U+200C), the middle dot (U+00B7) and
   *     anything in the Sinhala block (U+0D80..U+0DFF, whose vowel signs are marks, not letters)
   */
  static boolean isHashtagLetter(int cp, int category) {
    if (cp == '_' || cp == ZWNJ || cp == MIDDLE_DOT || (0xD80 <= cp && cp <= 0xDFF)) {
      return true;
    }
    return category == LETTER || category == DECIMAL_NUMBER;
  }

  /**
   * @param cp a code point
   * @return {@link #isHashtagLetter(int, int)} with the category looked up
   */
  static boolean isHashtagLetter(int cp) {
    return isHashtagLetter(cp, category(cp));
  }

  /**
   * TDLib's {@code is_word_character}: what makes a {@code @} part of a word rather than a mention.
   *
   * @param cp a code point
   * @return true for letters (L), numbers (Nd, Nl, No) and {@code _}
   */
  static boolean isWordCharacter(int cp) {
    int c = category(cp);
    return c == LETTER || c == DECIMAL_NUMBER || c == NUMBER || cp == '_';
  }

  /**
   * @param c a character
   * @return true for ASCII {@code [0-9A-Za-z]}
   */
  static boolean isAlphaDigit(int c) {
    return ('0' <= c && c <= '9') || ('a' <= c && c <= 'z') || ('A' <= c && c <= 'Z');
  }

  /**
   * @param c a character
   * @return true for ASCII {@code [0-9A-Za-z_]}, the characters of a username
   */
  static boolean isAlphaDigitOrUnderscore(int c) {
    return isAlphaDigit(c) || c == '_';
  }

  /**
   * @param c a character
   * @return true for ASCII {@code [0-9A-Za-z_-]}
   */
  static boolean isAlphaDigitOrUnderscoreOrMinus(int c) {
    return isAlphaDigitOrUnderscore(c) || c == '-';
  }

  /**
   * TDLib's {@code is_url_unicode_symbol}: a character that may be part of a URL's host or path.
   *
   * @param cp a code point
   * @return false for separators (Z) and, in the General Punctuation block (U+2000..U+206F), for everything but
   *     ZWNJ, ZWJ and the dashes U+2010..U+2015 (so that an ellipsis, quotes or a double bar end a URL)
   */
  static boolean isUrlUnicodeSymbol(int cp) {
    if (0x2000 <= cp && cp <= 0x206F) {
      return cp == ZWNJ || cp == ZWJ || (0x2010 <= cp && cp <= 0x2015);
    }
    return category(cp) != SEPARATOR;
  }

  /**
   * TDLib's {@code is_url_path_symbol}.
   *
   * @param cp a code point
   * @return {@link #isUrlUnicodeSymbol(int)}, except line feed, {@code < > "} and the guillemets
   *     {@code «} (U+00AB) and {@code »} (U+00BB), which end a path
   */
  static boolean isUrlPathSymbol(int cp) {
    switch (cp) {
      case '\n':
      case '<':
      case '>':
      case '"':
      case 0xAB:
      case 0xBB:
        return false;
      default:
        return isUrlUnicodeSymbol(cp);
    }
  }
}
