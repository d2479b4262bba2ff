package org.tgparse.format;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Decodes UTF-8 like {@link java.io.InputStreamReader}, but reports each invalid byte sequence as an issue that
 * names its byte offset, and puts U+FFFD in its place (lenient, nothing dropped silently).
 */
final class Utf8Reader extends Reader {
  private final InputStream in;
  private final String name;
  private final IssueSink issues;
  private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT)
      .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final ByteBuffer bytes = ByteBuffer.allocate(64 * 1024);
  private long consumedBefore;
  private boolean eof;
  private CharBuffer pending = CharBuffer.allocate(0);

  Utf8Reader(InputStream in, String name, IssueSink issues) {
    this.in = in;
    this.name = name;
    this.issues = issues;
    bytes.flip();
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    if (pending.hasRemaining()) {
      int n = Math.min(len, pending.remaining());
      pending.get(cbuf, off, n);
      return n;
    }
    if (len == 1) {
      // A supplementary character needs two chars of room: decode into two, keep the second for the next call.
      char[] two = new char[2];
      int n = read(two, 0, 2);
      if (n <= 0) {
        return n;
      }
      cbuf[off] = two[0];
      if (n == 2) {
        pending = CharBuffer.wrap(two, 1, 1);
      }
      return 1;
    }
    CharBuffer out = CharBuffer.wrap(cbuf, off, len);
    while (out.position() == off) {
      if (!bytes.hasRemaining() || needsMore) {
        if (eof) {
          if (bytes.hasRemaining()) {
            // Bytes left at the end that never completed a character.
            report(bytes.remaining());
            consumedBefore += bytes.remaining();
            bytes.position(bytes.limit());
            out.put('\uFFFD');
            continue;
          }
          return -1;
        }
        refill();
        needsMore = false;
        continue;
      }
      int fastBefore = bytes.position();
      decodeWellFormed(out);
      consumedBefore += bytes.position() - fastBefore;
      if (out.position() > off) {
        break;
      }
      // The next bytes are not a complete well-formed sequence (or there is no room): the JDK's decoder decides,
      // so invalid and cut input is handled exactly as before.
      int before = bytes.position();
      CoderResult r = decoder.decode(bytes, out, eof);
      consumedBefore += bytes.position() - before;
      if (r.isError()) {
        if (out.hasRemaining()) {
          report(r.length());
          consumedBefore += r.length();
          bytes.position(bytes.position() + r.length());
          out.put('\uFFFD');
        } else {
          break;
        }
      } else if (r.isUnderflow()) {
        needsMore = true;
      } else {
        break; // overflow: out is full
      }
    }
    return out.position() - off;
  }

  private boolean needsMore;

  /**
   * Decodes the complete, well-formed UTF-8 sequences at the start of {@code bytes} into {@code out}, and stops
   * at the first byte that does not start one (invalid, or cut off by the end of the buffer) or when {@code out}
   * is full. Profiled: the JDK decoder leaves its ASCII fast path at the first non-ASCII character of a buffer
   * and was a third of the plain-text pipeline; this loop goes back to ASCII after each multi-byte character.
   */
  private void decodeWellFormed(CharBuffer out) {
    byte[] src = bytes.array();
    int sp = bytes.arrayOffset() + bytes.position();
    int sl = bytes.arrayOffset() + bytes.limit();
    char[] dst = out.array();
    int dp = out.arrayOffset() + out.position();
    int dl = out.arrayOffset() + out.limit();
    while (sp < sl && dp < dl) {
      int b = src[sp];
      if (b >= 0) {
        dst[dp++] = (char) b;
        sp++;
        continue;
      }
      b &= 0xFF;
      if (b >= 0xC2 && b <= 0xDF) {
        if (sp + 1 >= sl) {
          break;
        }
        int b2 = src[sp + 1];
        if ((b2 & 0xC0) != 0x80) {
          break;
        }
        dst[dp++] = (char) (((b & 0x1F) << 6) | (b2 & 0x3F));
        sp += 2;
      } else if (b >= 0xE0 && b <= 0xEF) {
        if (sp + 2 >= sl) {
          break;
        }
        int b2 = src[sp + 1] & 0xFF;
        int b3 = src[sp + 2];
        // E0 needs A0..BF (no overlong forms), ED needs 80..9F (no surrogates).
        if ((b3 & 0xC0) != 0x80 || (b2 & 0xC0) != 0x80 || (b == 0xE0 && b2 < 0xA0) || (b == 0xED && b2 > 0x9F)) {
          break;
        }
        dst[dp++] = (char) (((b & 0x0F) << 12) | ((b2 & 0x3F) << 6) | (b3 & 0x3F));
        sp += 3;
      } else if (b >= 0xF0 && b <= 0xF4) {
        if (sp + 3 >= sl || dp + 1 >= dl) {
          break;
        }
        int b2 = src[sp + 1] & 0xFF;
        int b3 = src[sp + 2];
        int b4 = src[sp + 3];
        // F0 needs 90..BF (no overlong forms), F4 needs 80..8F (nothing above U+10FFFF).
        if ((b2 & 0xC0) != 0x80 || (b3 & 0xC0) != 0x80 || (b4 & 0xC0) != 0x80 || (b == 0xF0 && b2 < 0x90)
            || (b == 0xF4 && b2 > 0x8F)) {
          break;
        }
        int cp = ((b & 0x07) << 18) | ((b2 & 0x3F) << 12) | ((b3 & 0x3F) << 6) | (b4 & 0x3F);
        dst[dp++] = Character.highSurrogate(cp);
        dst[dp++] = Character.lowSurrogate(cp);
        sp += 4;
      } else {
        break;
      }
    }
    bytes.position(sp - bytes.arrayOffset());
    out.position(dp - out.arrayOffset());
  }

  private void report(int length) {
    issues.warn(name, 0, 0, String.format(Locale.ROOT,
        "invalid UTF-8 (%d byte%s) at byte offset %d replaced with U+FFFD; expected UTF-8 text",
        length, length == 1 ? "" : "s", consumedBefore));
  }

  private void refill() throws IOException {
    bytes.compact();
    int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
    if (n < 0) {
      eof = true;
    } else {
      bytes.position(bytes.position() + n);
    }
    bytes.flip();
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
