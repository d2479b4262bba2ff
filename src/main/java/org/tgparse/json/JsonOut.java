package org.tgparse.json;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Compact JSON as UTF-8 bytes, straight into a buffer: the writer behind {@link MessageJson}. It knows only what a
 * message needs (objects, arrays, strings, integers, doubles, booleans, null) and gives exactly the bytes Jackson's
 * {@code UTF8JsonGenerator} gives for them with the factory of {@link MessageJson#factory()} (tested against it).
 *
 * <p>Why not Jackson's generator: profiled, the generator's per-call state checks and field-name path were about
 * half the cost of writing a record, and the methods C2 compiled from it were the largest of the pipeline (long
 * JIT warm-up on every run of the command line). A record has a fixed shape, so the writer need not check it.
 *
 * <p>Commas are placed by one flag: after a value or a closed container the next value or name needs one. Not
 * thread-safe.
 */
final class JsonOut {
  private static final byte[] NULL = bytes("null");
  private static final byte[] TRUE = bytes("true");
  private static final byte[] FALSE = bytes("false");

  private final OutputStream out;
  private byte[] buf;
  private int pos;
  private boolean needComma;
  /** Scratch for strings: their chars copied out once (faster than {@code charAt} per char). */
  private char[] chars = new char[256];

  /**
   * @param out where full buffers go; null to keep everything in memory (see {@link #toByteArray})
   * @param capacity the buffer's initial size in bytes
   */
  JsonOut(OutputStream out, int capacity) {
    this.out = out;
    this.buf = new byte[Math.max(64, capacity)];
  }

  /**
   * A field name, with the comma before it if one is due.
   *
   * @param quotedNameColon the name's bytes as written: {@code "name":}
   */
  void name(byte[] quotedNameColon) throws IOException {
    ensure(quotedNameColon.length + 1);
    if (needComma) {
      buf[pos++] = ',';
    }
    System.arraycopy(quotedNameColon, 0, buf, pos, quotedNameColon.length);
    pos += quotedNameColon.length;
    needComma = false;
  }

  /** A field name given as a string (the keys of {@code actionDetails}), escaped like a string value. */
  void name(String name) throws IOException {
    string(name);
    ensure(1);
    buf[pos++] = ':';
    needComma = false;
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
    ensure(2);
    if (needComma) {
      buf[pos++] = ',';
    }
    buf[pos++] = (byte) c;
    needComma = false;
  }

  private void close(char c) throws IOException {
    ensure(1);
    buf[pos++] = (byte) c;
    needComma = true;
  }

  void nullValue() throws IOException {
    literal(NULL);
  }

  void bool(boolean v) throws IOException {
    literal(v ? TRUE : FALSE);
  }

  private void literal(byte[] b) throws IOException {
    ensure(b.length + 1);
    if (needComma) {
      buf[pos++] = ',';
    }
    System.arraycopy(b, 0, buf, pos, b.length);
    pos += b.length;
    needComma = true;
  }

  void number(long v) throws IOException {
    ensure(21);
    if (needComma) {
      buf[pos++] = ',';
    }
    if (v >= 0 && v < 10) {
      buf[pos++] = (byte) ('0' + v);
    } else if (v == Long.MIN_VALUE) {
      ascii(Long.toString(v));
    } else {
      pos = digits(v, buf, pos);
    }
    needComma = true;
  }

  /** As Jackson writes a double by default: {@link Double#toString}, and NaN or infinity quoted. */
  void number(double v) throws IOException {
    String s = Double.toString(v);
    ensure(s.length() + 3);
    if (needComma) {
      buf[pos++] = ',';
    }
    boolean quoted = Double.isNaN(v) || Double.isInfinite(v);
    if (quoted) {
      buf[pos++] = '"';
    }
    ascii(s);
    if (quoted) {
      buf[pos++] = '"';
    }
    needComma = true;
  }

  /** A string value, or null. */
  void string(String s) throws IOException {
    if (s == null) {
      nullValue();
      return;
    }
    int len = s.length();
    if (chars.length < len) {
      chars = new char[Math.max(len, chars.length * 2)];
    }
    s.getChars(0, len, chars, 0);
    // Worst case: 6 bytes (a backslash-u escape) per UTF-16 unit, two quotes and a comma.
    long worst = 6L * len + 3;
    if (worst > Integer.MAX_VALUE - 16) {
      throw new IOException("text too long to write: " + len + " UTF-16 units");
    }
    ensure((int) worst);
    if (needComma) {
      buf[pos++] = ',';
    }
    buf[pos++] = '"';
    pos = JsonStrings.encode(chars, len, buf, pos);
    buf[pos++] = '"';
    needComma = true;
    if (chars.length > 1 << 16) {
      shrink(); // one huge text does not pin its scratch
    }
  }

  private void shrink() throws IOException {
    chars = new char[256];
    if (out != null && buf.length > 1 << 20) {
      drain();
      buf = new byte[1 << 16];
    }
  }

  /**
   * A complete JSON value already encoded (a record filtered by {@link NonEmptyFields}), with the comma before it
   * if one is due.
   */
  void rawValue(byte[] b, int off, int n) throws IOException {
    ensure(n + 1);
    if (needComma) {
      buf[pos++] = ',';
    }
    System.arraycopy(b, off, buf, pos, n);
    pos += n;
    needComma = true;
  }

  /** A byte that stands outside the JSON values, such as the line break after a record. */
  void rawByte(char c) throws IOException {
    ensure(1);
    buf[pos++] = (byte) c;
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
    return java.util.Arrays.copyOf(buf, pos);
  }

  private void ascii(String s) {
    for (int i = 0; i < s.length(); i++) {
      buf[pos++] = (byte) s.charAt(i);
    }
  }

  /** Makes room for {@code n} more bytes: drains the buffer to the stream, or grows it. */
  private void ensure(int n) throws IOException {
    if (pos + n > buf.length) {
      drain();
      if (pos + n > buf.length) {
        long size = Math.max((long) pos + n, (long) buf.length * 2);
        if (size > Integer.MAX_VALUE - 16) {
          throw new IOException("record too large to write: " + size + " bytes");
        }
        buf = java.util.Arrays.copyOf(buf, (int) size);
      }
    }
  }

  /** Writes a long that is not {@link Long#MIN_VALUE} in decimal. @return the new position */
  private static int digits(long v, byte[] b, int p) {
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

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  /**
   * @param name a field name of plain ASCII letters (the record's own names)
   * @return its bytes as written: {@code "name":}
   */
  static byte[] fieldName(String name) {
    return bytes('"' + name + "\":");
  }
}
