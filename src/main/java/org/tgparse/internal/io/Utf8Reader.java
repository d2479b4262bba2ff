package org.tgparse.internal.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Locale;
import java.util.Objects;

/**
 * Decodes bytes like {@link java.io.InputStreamReader}, but reports each invalid byte sequence as an issue that
 * names its byte offset (and the bytes), and puts U+FFFD in its place: lenient, nothing dropped silently. UTF-8
 * by default; {@link Decoding} also uses it for UTF-16 after a byte-order mark, so that every input reports bad
 * bytes the same way.
 *
 * <p>Sequences split across the internal buffer are decoded whole; a sequence cut off by the end of the input is
 * one bad sequence. {@link #read(char[], int, int)} never returns 0 for a non-empty request, even for a request of
 * one {@code char} when the next character is a surrogate pair.
 *
 * <p>When a {@link LineReader} reads from this reader it calls {@link #deferIssues()}: the issues are then held
 * until the line reader knows the line and column of each U+FFFD it put in (see {@link #nextIssueCharOffset()}).
 * Otherwise each issue is reported at once, with the byte offset only.
 */
final class Utf8Reader extends Reader {
  private static final int BUFFER = 64 * 1024;

  private final InputStream in;
  private final String name;
  private final IssueSink issues;
  private final String charsetName;
  private final boolean utf16;
  /** UTF-8: well-formed sequences are decoded by {@link #decodeWellFormed}, the rest by the JDK decoder. */
  private final boolean utf8;
  private final CharsetDecoder decoder;
  private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER);
  /** Byte offset in the whole input of the first byte this reader decodes (a UTF-16 BOM was skipped). */
  private final long byteBase;
  /** Bytes decoded so far (or skipped as invalid), not counting {@link #byteBase}. */
  private long consumed;
  /** Characters handed out so far. */
  private long charsOut;
  private boolean eof;
  private boolean needsInput = true;
  /** A low surrogate that did not fit into a one-character request, or -1. */
  private int carry = -1;
  private final char[] scratch = new char[2];
  private boolean deferred;
  private final ArrayDeque<Bad> pending = new ArrayDeque<>();

  /** A bad sequence not yet reported: where its U+FFFD went and where its bytes were. */
  private record Bad(long charOffset, String message) {
  }

  /**
   * A UTF-8 reader.
   *
   * @param in the bytes; closed by {@link #close()}
   * @param name the input's name, for issues
   * @param issues where issues go
   */
  Utf8Reader(InputStream in, String name, IssueSink issues) {
    this(in, StandardCharsets.UTF_8, 0, name, issues);
  }

  /**
   * A reader for any charset.
   *
   * @param in the bytes, after any byte-order mark; closed by {@link #close()}
   * @param charset the encoding
   * @param byteBase byte offset of the first byte of {@code in} in the whole input (the length of a skipped BOM)
   * @param name the input's name, for issues
   * @param issues where issues go
   */
  Utf8Reader(InputStream in, Charset charset, long byteBase, String name, IssueSink issues) {
    this.in = Objects.requireNonNull(in, "in");
    this.name = name;
    this.issues = issues;
    this.byteBase = byteBase;
    this.charsetName = charset.name();
    this.utf16 = charsetName.startsWith("UTF-16");
    this.utf8 = charset.equals(StandardCharsets.UTF_8);
    this.decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    bytes.flip();
  }

  /** Holds issues until a line reader claims them with their line and column. */
  void deferIssues() {
    deferred = true;
  }

  /**
   * @return the offset, in characters handed out by this reader, of the U+FFFD of the oldest issue not yet
   *     reported, or {@link Long#MAX_VALUE} when there is none
   */
  long nextIssueCharOffset() {
    Bad b = pending.peekFirst();
    return b == null ? Long.MAX_VALUE : b.charOffset();
  }

  /**
   * Reports the oldest held issue.
   *
   * @param line its 1-based line, or 0
   * @param column its 1-based column in UTF-16 code units, or 0
   */
  void reportNextIssue(long line, long column) {
    Bad b = pending.pollFirst();
    if (b != null) {
      issues.warn(name, line, column, b.message());
    }
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    Objects.checkFromIndexSize(off, len, cbuf.length);
    if (len == 0) {
      return 0;
    }
    int n;
    if (carry >= 0) {
      cbuf[off] = (char) carry;
      carry = -1;
      n = 1;
    } else if (len == 1) {
      // Room for one char only: decode into two, so that a surrogate pair still makes progress.
      n = decode(scratch, 0, 2);
      if (n > 0) {
        cbuf[off] = scratch[0];
        if (n == 2) {
          carry = scratch[1];
        }
        n = 1;
      }
    } else {
      n = decode(cbuf, off, len);
    }
    if (n > 0) {
      charsOut += n;
    }
    return n;
  }

  /** Decodes at least one char into {@code cbuf}, or returns -1 at the end of the input. */
  private int decode(char[] cbuf, int off, int len) throws IOException {
    CharBuffer out = CharBuffer.wrap(cbuf, off, len);
    while (out.position() == off) {
      if (needsInput) {
        if (eof) {
          return -1;
        }
        refill();
        needsInput = false;
        continue;
      }
      if (utf8) {
        int fastBefore = bytes.position();
        decodeWellFormed(out);
        consumed += bytes.position() - fastBefore;
        if (out.position() > off) {
          break;
        }
        // The next bytes are not a complete well-formed sequence (or there is no room): the JDK's decoder
        // decides, so invalid and cut input is handled exactly as it would be without this fast path.
      }
      int before = bytes.position();
      // With endOfInput, a sequence cut off by the end is reported as malformed, not left as underflow.
      CoderResult r = decoder.decode(bytes, out, eof);
      consumed += bytes.position() - before;
      if (r.isError()) {
        if (!out.hasRemaining()) {
          break;
        }
        bad(r.length(), charsOut + (out.position() - off));
        out.put('\uFFFD');
      } else if (r.isUnderflow()) {
        needsInput = true;
      } else {
        break; // overflow: out is full
      }
    }
    return out.position() - off;
  }

  /** Skips the bad bytes at the buffer's position and reports (or holds) an issue for them. */
  private void bad(int badLength, long charOffset) {
    // Java's UTF-16 decoder takes the unit after an unpaired surrogate into the bad sequence; skip only the
    // surrogate, so that the character after it is kept.
    int length = utf16 ? Math.min(badLength, 2) : badLength;
    int p = bytes.position();
    String message = badBytesMessage(charsetName, bytes.array(), bytes.arrayOffset() + p, length,
        byteBase + consumed);
    consumed += length;
    bytes.position(p + length);
    if (deferred) {
      pending.addLast(new Bad(charOffset, message));
    } else {
      issues.warn(name, 0, 0, message);
    }
  }

  /**
   * The issue for one invalid sequence; {@link Utf8Lines} reports the same words.
   *
   * @param charsetName the encoding expected
   * @param bytes holds the sequence
   * @param from the sequence's index in {@code bytes}
   * @param length its length in bytes
   * @param byteOffset its offset in the whole input
   * @return the message
   */
  static String badBytesMessage(String charsetName, byte[] bytes, int from, int length, long byteOffset) {
    StringBuilder hex = new StringBuilder();
    for (int i = 0; i < length; i++) {
      hex.append(i == 0 ? "" : " ").append(String.format(Locale.ROOT, "0x%02X", bytes[from + i] & 0xFF));
    }
    return String.format(Locale.ROOT,
        "invalid %s: byte%s %s at byte offset %d replaced with U+FFFD; expected %s text", charsetName,
        length == 1 ? "" : "s", hex, byteOffset, charsetName);
  }

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
