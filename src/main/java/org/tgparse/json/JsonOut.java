package org.tgparse.json;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Compact JSON as UTF-8 bytes, straight into a buffer: the writer behind {@link MessageJson}. It knows only what a
 * message needs (objects, arrays, strings, integers, doubles, booleans, null) and gives exactly the bytes Jackson's
 * {@code UTF8JsonGenerator} gives for them with the factory of {@link MessageJson#factory()} (tested against it).
 *
 * <p>Why not Jackson's generator: measured again in issue 15 with the same records and pre-encoded field names,
 * {@code UTF8JsonGenerator} wrote 270 to 282 MB/s against this writer's 494 MB/s ({@code JsonWriteBenchmark}
 * {@code writeJackson} and {@code write}), and a 300 MB Desktop export with {@code --no-entities} took about
 * 10.0 s of CPU through it against 7.6 s: its per-call state checks and context tracking cost more than the bytes
 * themselves. A record has a fixed shape, so this writer need not check it.
 *
 * <p>Why it is written the way it is: the record writer calls these methods about sixty times per record, and C2
 * inlines each of them at every call site. So every public method is a small fast path (one bounds check, then
 * plain stores), and everything rare (draining or growing the buffer, long strings, escapes, non-ASCII text) is
 * in a separate method that stays out of the inlined code.
 *
 * <p>Commas are placed by one flag: after a value or a closed container the next value or name needs one. Not
 * thread-safe.
 */
final class JsonOut {
  /** Strings up to this many chars are encoded in one piece by the fast path (the scratch array's size). */
  private static final int SHORT_STRING = 1024;
  /** Chars of a long string encoded at a time: the buffer never needs 6 bytes for each char of a huge text. */
  private static final int STRING_CHUNK = 1 << 13;

  private final OutputStream out;
  private byte[] buf;
  private int pos;
  private boolean needComma;
  /** Scratch for {@link JsonStrings#encode}: a string's chars copied out. */
  private char[] chars = new char[SHORT_STRING];

  /**
   * @param out where full buffers go; null to keep everything in memory (see {@link #toByteArray})
   * @param capacity the buffer's initial size in bytes
   */
  JsonOut(OutputStream out, int capacity) {
    this.out = out;
    this.buf = new byte[Math.max(64, capacity)];
  }

  /**
   * Writes a comma at {@code pos} and returns where the next byte goes: after it when one is due, else on it (the
   * next byte overwrites it). No branch; the caller has made room for one byte more than it writes.
   */
  private int comma() {
    int p = pos;
    buf[p] = ',';
    return needComma ? p + 1 : p;
  }

  /**
   * A field name, with the comma before it if one is due.
   *
   * @param quotedNameColon the name's bytes as written: {@code "name":} (see {@link #fieldName})
   */
  void name(byte[] quotedNameColon) throws IOException {
    int n = quotedNameColon.length;
    if (pos + n + 1 > buf.length) {
      makeRoom(n + 1);
    }
    int p = comma();
    System.arraycopy(quotedNameColon, 0, buf, p, n);
    pos = p + n;
    needComma = false;
  }

  /** A field name given as a string (the keys of {@code actionDetails}), escaped like a string value. */
  void name(String name) throws IOException {
    string(name);
    raw((byte) ':');
    needComma = false;
  }

  /** A field whose value is null: {@code "name":null}, the most common field of a record. */
  void nullField(byte[] quotedNameColon) throws IOException {
    int n = quotedNameColon.length;
    if (pos + n + 5 > buf.length) {
      makeRoom(n + 5);
    }
    byte[] b = buf;
    int p = comma();
    System.arraycopy(quotedNameColon, 0, b, p, n);
    p += n;
    b[p] = 'n';
    b[p + 1] = 'u';
    b[p + 2] = 'l';
    b[p + 3] = 'l';
    pos = p + 4;
    needComma = true;
  }

  /** A field and its string value, or null. */
  void stringField(byte[] quotedNameColon, String value) throws IOException {
    if (value == null) {
      nullField(quotedNameColon);
    } else {
      name(quotedNameColon);
      string(value);
    }
  }

  /**
   * Bytes already encoded, with the comma before them if one is due: a complete value (a record filtered by
   * {@link NonEmptyFields}), or a run of complete fields ({@code "a":null,"b":[]}) that a record writes as one.
   */
  void rawValue(byte[] b, int off, int n) throws IOException {
    if (pos + n + 1 > buf.length) {
      makeRoom(n + 1);
    }
    int p = comma();
    System.arraycopy(b, off, buf, p, n);
    pos = p + n;
    needComma = true;
  }

  /** @see #rawValue(byte[], int, int) */
  void rawValue(byte[] b) throws IOException {
    rawValue(b, 0, b.length);
  }

  void beginObject() throws IOException {
    open('{');
  }

  void endObject() throws IOException {
    close('}');
  }

  void beginArray() throws IOException {
    open('[');
  }

  void endArray() throws IOException {
    close(']');
  }

  private void open(char c) throws IOException {
    if (pos + 2 > buf.length) {
      makeRoom(2);
    }
    int p = comma();
    buf[p] = (byte) c;
    pos = p + 1;
    needComma = false;
  }

  private void close(char c) throws IOException {
    raw((byte) c);
    needComma = true;
  }

  void nullValue() throws IOException {
    if (pos + 5 > buf.length) {
      makeRoom(5);
    }
    byte[] b = buf;
    int p = comma();
    b[p] = 'n';
    b[p + 1] = 'u';
    b[p + 2] = 'l';
    b[p + 3] = 'l';
    pos = p + 4;
    needComma = true;
  }

  void bool(boolean v) throws IOException {
    if (pos + 6 > buf.length) {
      makeRoom(6);
    }
    byte[] b = buf;
    int p = comma();
    if (v) {
      b[p] = 't';
      b[p + 1] = 'r';
      b[p + 2] = 'u';
      b[p + 3] = 'e';
      pos = p + 4;
    } else {
      b[p] = 'f';
      b[p + 1] = 'a';
      b[p + 2] = 'l';
      b[p + 3] = 's';
      b[p + 4] = 'e';
      pos = p + 5;
    }
    needComma = true;
  }

  void number(long v) throws IOException {
    if (pos + 21 > buf.length) {
      makeRoom(21);
    }
    int p = comma();
    if (v >= 0 && v < 10) {
      buf[p] = (byte) ('0' + v);
      pos = p + 1;
    } else {
      pos = digits(v, buf, p);
    }
    needComma = true;
  }

  /** As Jackson writes a double by default: {@link Double#toString}, and NaN or infinity quoted. */
  void number(double v) throws IOException {
    String s = Double.toString(v);
    if (pos + s.length() + 3 > buf.length) {
      makeRoom(s.length() + 3);
    }
    int p = comma();
    boolean quoted = Double.isNaN(v) || Double.isInfinite(v);
    if (quoted) {
      buf[p++] = '"';
    }
    for (int i = 0; i < s.length(); i++) {
      buf[p++] = (byte) s.charAt(i);
    }
    if (quoted) {
      buf[p++] = '"';
    }
    pos = p;
    needComma = true;
  }

  /**
   * A string value, or null. A string of up to {@value #SHORT_STRING} chars that fits the buffer as it is (nearly
   * all) is encoded here in one piece; anything else goes to {@link #longString}.
   */
  void string(String s) throws IOException {
    if (s == null) {
      nullValue();
      return;
    }
    int n = s.length();
    // Worst case: 6 bytes (a backslash-u escape) per UTF-16 unit, two quotes and a comma.
    if (n > SHORT_STRING || pos + 6 * n + 3 > buf.length) {
      longString(s);
      return;
    }
    byte[] b = buf;
    int p = comma();
    b[p] = '"';
    p = JsonStrings.encode(s, 0, n, chars, b, p + 1);
    b[p] = '"';
    pos = p + 1;
    needComma = true;
  }

  /**
   * The rare path of {@link #string}: a string longer than the scratch array, or one that does not fit the buffer.
   * A long string is encoded a piece at a time into the buffer, which drains to the stream as it fills: a text of
   * millions of characters needs no buffer of six times its size (a 4 Mi-character text asked for 24 MB at once,
   * and a 64 MB heap ran out of memory).
   */
  private void longString(String s) throws IOException {
    int len = s.length();
    if (pos + 2 > buf.length) {
      makeRoom(2);
    }
    int p = comma();
    buf[p] = '"';
    pos = p + 1;
    for (int from = 0; from < len; ) {
      int to = Math.min(len, from + STRING_CHUNK);
      if (to < len && Character.isHighSurrogate(s.charAt(to - 1))) {
        to--; // a surrogate pair stays in one piece, or it would be written as two lone halves
      }
      int n = to - from;
      if (chars.length < n) {
        chars = new char[Math.max(n, Math.min(STRING_CHUNK, chars.length * 2))];
      }
      if (pos + 6 * n + 1 > buf.length) {
        makeRoom(6 * n + 1); // and the closing quote
      }
      pos = JsonStrings.encode(s, from, to, chars, buf, pos);
      from = to;
    }
    buf[pos++] = '"';
    needComma = true;
    if (out != null && buf.length > 1 << 20) {
      drain(); // one huge text does not pin its buffer
      buf = new byte[1 << 16];
    }
  }

  /** A byte that stands outside the JSON values, such as the line break after a record. */
  void rawByte(char c) throws IOException {
    raw((byte) c);
  }

  private void raw(byte c) throws IOException {
    if (pos + 1 > buf.length) {
      makeRoom(1);
    }
    buf[pos++] = c;
  }

  /** Starts a new top-level value: no comma before it. */
  void resetComma() {
    needComma = false;
  }

  /** Writes the buffer to the stream and flushes the stream. */
  void flush() throws IOException {
    drain();
    if (out != null) {
      out.flush();
    }
  }

  /** Writes the buffer to the stream (not flushing the stream). */
  void drain() throws IOException {
    if (out != null && pos > 0) {
      out.write(buf, 0, pos);
      pos = 0;
    }
  }

  /** @return the bytes written so far (for a writer without a stream) */
  byte[] toByteArray() {
    return Arrays.copyOf(buf, pos);
  }

  /**
   * The rare path of every write: makes room for {@code n} more bytes by draining the buffer to the stream, or
   * growing it. Its own method so that it is not inlined with the fast paths.
   */
  private void makeRoom(int n) throws IOException {
    drain();
    if (pos + n > buf.length) {
      long size = Math.max((long) pos + n, (long) buf.length * 2);
      if (size > Integer.MAX_VALUE - 16) {
        throw new IOException("record too large to write: " + size + " bytes");
      }
      buf = Arrays.copyOf(buf, (int) size);
    }
  }

  /** Writes a long in decimal. @return the new position */
  private static int digits(long v, byte[] b, int p) {
    if (v == Long.MIN_VALUE) {
      byte[] min = Long.toString(v).getBytes(StandardCharsets.US_ASCII);
      System.arraycopy(min, 0, b, p, min.length);
      return p + min.length;
    }
    if (v < 0) {
      b[p++] = '-';
      v = -v;
    }
    int n = 1;
    for (long t = v; t >= 10; t /= 10) {
      n++;
    }
    int end = p + n;
    for (int i = end - 1; i >= p; i--) {
      b[i] = (byte) ('0' + (v % 10));
      v /= 10;
    }
    return end;
  }

  /**
   * @param name a field name of plain ASCII letters (the record's own names)
   * @return its bytes as written: {@code "name":}
   */
  static byte[] fieldName(String name) {
    return ('"' + name + "\":").getBytes(StandardCharsets.US_ASCII);
  }
}
