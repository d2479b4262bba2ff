package org.tgparse.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.UTF8JsonGenerator;
import java.io.IOException;

/**
 * Writes long strings as JSON faster than {@link JsonGenerator#writeString(String)}: one tight loop escapes and
 * encodes the UTF-16 text into UTF-8 bytes, which Jackson then copies as they are
 * ({@link JsonGenerator#writeRawUTF8String}). Profiled: Jackson's own path for text with non-ASCII characters (’,
 * emoji, Cyrillic) was a quarter of the plain-text pipeline.
 *
 * <p>The bytes are exactly Jackson's, with {@code COMBINE_UNICODE_SURROGATES_IN_UTF8} on and default escaping:
 * {@code \"}, {@code \\}, {@code \b \t \n \f \r}, other control characters as <code>&#92;u00XX</code> (upper-case hex),
 * a surrogate pair as one 4-byte sequence, and a lone surrogate as <code>&#92;uXXXX</code>. Everything else, {@code /},
 * DEL and U+2028 included, as it is. Thread-safe: the scratch buffer is per thread.
 */
final class JsonStrings {
  /** Shorter strings go through Jackson: the call overhead would outweigh the gain. */
  static final int MIN_LENGTH = 48;

  private static final byte[] HEX = "0123456789ABCDEF".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
  private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

  /** Per-thread buffers, kept up to 1 Mi units so that one huge text does not pin memory. */
  private static final class Scratch {
    char[] chars = new char[1024];
    byte[] bytes = new byte[6 * 1024];
  }

  private JsonStrings() {
  }

  /**
   * Writes a string value (or null).
   *
   * @param g the generator
   * @param s the value
   * @throws IOException when writing fails
   */
  static void write(JsonGenerator g, String s) throws IOException {
    // Only a generator that writes bytes takes raw UTF-8; one that writes chars (MessageJson.toJson) does not.
    if (s == null || s.length() < MIN_LENGTH || !(g instanceof UTF8JsonGenerator)) {
      g.writeString(s);
      return;
    }
    Scratch scratch = SCRATCH.get();
    int len = s.length();
    char[] chars = scratch.chars;
    byte[] out = scratch.bytes;
    if (chars.length < len) {
      chars = new char[Math.max(len, chars.length * 2)];
      // Worst case: 6 bytes (a backslash-u escape) per UTF-16 unit.
      out = new byte[chars.length * 6];
      if (chars.length <= 1 << 20) {
        scratch.chars = chars;
        scratch.bytes = out;
      }
    }
    // Copying the chars out first is faster than charAt, which checks the index and the coder every time.
    s.getChars(0, len, chars, 0);
    int n = encode(chars, len, out);
    g.writeRawUTF8String(out, 0, n);
  }

  /**
   * @param s the chars
   * @param len how many
   * @param out room for {@code 6 * len} bytes
   * @return the number of bytes written: the escaped UTF-8 of the chars, without quotes
   */
  private static int encode(char[] s, int len, byte[] out) {
    int p = 0;
    for (int i = 0; i < len; i++) {
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
        p = unicodeEscape(c, out, p); // a lone surrogate
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
