package org.tgparse.json;

/**
 * Escapes and encodes UTF-16 text as the UTF-8 bytes of a JSON string's contents, in one tight loop. Profiled:
 * Jackson's own path for text with non-ASCII characters (’, emoji, Cyrillic) was a quarter of the plain-text
 * pipeline.
 *
 * <p>The bytes are exactly Jackson's, with {@code COMBINE_UNICODE_SURROGATES_IN_UTF8} on and default escaping:
 * {@code \"}, {@code \\}, {@code \b \t \n \f \r}, other control characters as <code>&#92;u00XX</code> (upper-case hex),
 * a surrogate pair as one 4-byte sequence. Everything else, {@code /}, DEL and U+2028 included, as it is. Unlike
 * Jackson, a lone surrogate is written as U+FFFD (Jackson writes <code>&#92;uXXXX</code>, which strict readers such
 * as jq reject): the output is always valid UTF-8 JSON. Stateless.
 */
final class JsonStrings {
  private static final byte[] HEX = "0123456789ABCDEF".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

  private JsonStrings() {
  }

  /**
   * Encodes the chars {@code from} to {@code to} of a string, copied out through {@code scratch} (faster than
   * {@code charAt} per char).
   *
   * <p>One method for the whole loop on purpose: it is larger than C2 inlines, so it is compiled once, early, and
   * called for every string of a record, instead of being copied into each of the record writer's sixty fields.
   *
   * @param str the string
   * @param from the first char
   * @param to after the last char
   * @param scratch room for {@code to - from} chars
   * @param out room for {@code 6 * (to - from)} bytes from {@code p}
   * @param p where to write in {@code out}
   * @return the position after the bytes written: the escaped UTF-8 of the chars, without quotes
   */
  static int encode(String str, int from, int to, char[] scratch, byte[] out, int p) {
    int len = to - from;
    str.getChars(from, to, scratch, 0);
    char[] s = scratch;
    int i = 0;
    // A run of plain ASCII first, one byte per char: most strings of a record (ids, names, dates, file paths,
    // English text) are nothing else.
    while (i < len) {
      char c = s[i];
      if (c >= 0x80 || c < 0x20 || c == '"' || c == '\\') {
        break;
      }
      out[p++] = (byte) c;
      i++;
    }
    for (; i < len; i++) {
      char c = s[i];
      if (c < 0x80) {
        if (c >= 0x20 && c != '"' && c != '\\') {
          out[p++] = (byte) c;
        } else {
          p = escape(c, out, p);
        }
      } else if (c < 0x800) {
        out[p++] = (byte) (0xC0 | (c >> 6));
        out[p++] = (byte) (0x80 | (c & 0x3F));
      } else if (c < Character.MIN_SURROGATE || c > Character.MAX_SURROGATE) {
        out[p++] = (byte) (0xE0 | (c >> 12));
        out[p++] = (byte) (0x80 | ((c >> 6) & 0x3F));
        out[p++] = (byte) (0x80 | (c & 0x3F));
      } else if (Character.isHighSurrogate(c) && i + 1 < len && Character.isLowSurrogate(s[i + 1])) {
        int cp = Character.toCodePoint(c, s[++i]);
        out[p++] = (byte) (0xF0 | (cp >> 18));
        out[p++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
        out[p++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
        out[p++] = (byte) (0x80 | (cp & 0x3F));
      } else {
        // A lone surrogate has no UTF-8 encoding, and its \\u escape is rejected by strict readers (jq): the
        // output must always be valid UTF-8 JSON. The readers replace and report them; this is the last defence.
        out[p++] = (byte) 0xEF;
        out[p++] = (byte) 0xBF;
        out[p++] = (byte) 0xBD;
      }
    }
    return p;
  }

  private static int escape(char c, byte[] out, int p) {
    char e;
    switch (c) {
      case '"':
        e = '"';
        break;
      case '\\':
        e = '\\';
        break;
      case '\b':
        e = 'b';
        break;
      case '\t':
        e = 't';
        break;
      case '\n':
        e = 'n';
        break;
      case '\f':
        e = 'f';
        break;
      case '\r':
        e = 'r';
        break;
      default:
        return unicodeEscape(c, out, p);
    }
    out[p++] = '\\';
    out[p++] = (byte) e;
    return p;
  }

  private static int unicodeEscape(char c, byte[] out, int p) {
    out[p++] = '\\';
    out[p++] = 'u';
    out[p++] = HEX[(c >> 12) & 0xF];
    out[p++] = HEX[(c >> 8) & 0xF];
    out[p++] = HEX[(c >> 4) & 0xF];
    out[p++] = HEX[c & 0xF];
    return p;
  }
}
