package org.tgparse.json;

import java.util.Arrays;

/**
 * Drops the fields whose value is {@code null}, {@code []} or {@code {}} from one compact JSON record written by
 * {@link MessageJson}: what {@link JsonLinesWriter.Fields#NON_EMPTY} prints. An object that has nothing left once
 * its own empty fields are gone ({@code "channel":{"name":null,...}}) goes too. Array elements are kept whatever
 * they hold, so that positions in a list keep their meaning; {@code false} and {@code 0} are values, and stay.
 *
 * <p>Why a second pass over the bytes rather than a mode of the record writer: the default output (every field) is
 * the hot path of the command line, and stays exactly as fast when this filter exists; the filter costs only those
 * who ask for it. It reads only what {@link JsonOut} writes: no whitespace, valid UTF-8, strings with escapes.
 * Not thread-safe: one per writer, its buffer reused.
 */
final class NonEmptyFields {
  private byte[] in;
  private int p;
  private int end;
  private byte[] out = new byte[4096];
  private int len;

  /**
   * @param record one compact JSON object, as {@link MessageJson#toJsonBytes} gives it
   * @param length how many bytes of {@code record} hold it
   * @return the number of bytes of {@link #buffer()} holding the filtered record
   */
  int filter(byte[] record, int length) {
    in = record;
    p = 0;
    len = 0;
    if (out.length < length) {
      out = new byte[Math.max(length, out.length * 2)];
    }
    end = length;
    value(); // the record itself stays, even if nothing were left in it ({})
    in = null;
    return len;
  }

  /** @return the buffer holding the last filtered record (valid up to the length {@link #filter} returned) */
  byte[] buffer() {
    return out;
  }

  /**
   * Copies one value at {@code p}, filtering the objects in it.
   *
   * @return false when the value is null or an empty object or array (then it is still copied; the caller cuts it)
   */
  private boolean value() {
    byte b = in[p];
    switch (b) {
      case '{':
        return object();
      case '[':
        return array();
      case '"':
        string();
        return true;
      case 'n':
        copy(4); // null
        return false;
      default:
        scalar(); // a number, true or false
        return true;
    }
  }

  private boolean object() {
    append(in[p++]); // {
    boolean any = false;
    while (in[p] != '}') {
      if (in[p] == ',') {
        p++;
      }
      int mark = len;
      if (any) {
        append((byte) ',');
      }
      string(); // the field name
      append(in[p++]); // :
      if (value()) {
        any = true;
      } else {
        len = mark; // an empty field leaves no trace, not even its comma
      }
    }
    append(in[p++]); // }
    return any;
  }

  private boolean array() {
    append(in[p++]); // [
    boolean any = false;
    while (in[p] != ']') {
      if (in[p] == ',') {
        append(in[p++]);
      }
      value(); // elements stay, even null or empty ones: their position means something
      any = true;
    }
    append(in[p++]); // ]
    return any;
  }

  /** Copies a string with its quotes; a backslash escapes the byte after it (multi-byte UTF-8 has no '"' or '\'). */
  private void string() {
    int start = p++;
    while (in[p] != '"') {
      p += in[p] == '\\' ? 2 : 1;
    }
    p++;
    copyFrom(start);
  }

  private void scalar() {
    int start = p;
    while (p < end && in[p] != ',' && in[p] != '}' && in[p] != ']') {
      p++;
    }
    copyFrom(start);
  }

  private void copy(int n) {
    int start = p;
    p += n;
    copyFrom(start);
  }

  private void copyFrom(int start) {
    int n = p - start;
    ensure(n);
    System.arraycopy(in, start, out, len, n);
    len += n;
  }

  private void append(byte b) {
    ensure(1);
    out[len++] = b;
  }

  private void ensure(int n) {
    if (len + n > out.length) {
      out = Arrays.copyOf(out, Math.max(len + n, out.length * 2));
    }
  }
}
