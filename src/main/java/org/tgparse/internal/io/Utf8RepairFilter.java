package org.tgparse.internal.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Locale;

/**
 * Passes UTF-8 bytes through unchanged, but replaces each ill-formed sequence (the maximal subpart, as the JDK
 * decoder and the Unicode standard count them) with the three bytes of U+FFFD and reports an issue naming its
 * byte offset. It sits before Jackson's byte parser in the Desktop JSON reader, which would otherwise stop the
 * whole file at the first bad byte (issue 7: decode with replacement, say where, lose nothing).
 *
 * <p>Error columns that Jackson reports after a replacement on the same line are two bytes further right per
 * replaced sequence; lines are exact. Not thread-safe.
 */
public final class Utf8RepairFilter extends FilterInputStream {
  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long HIGHS = 0x8080808080808080L;
  private static final byte[] REPLACEMENT = {(byte) 0xEF, (byte) 0xBF, (byte) 0xBD};

  private final String name;
  private final IssueSink issues;
  private final byte[] buf = new byte[64 * 1024];
  /** Unread bytes are buf[pos, limit); of them, buf[pos, checked) are known to be well-formed. */
  private int pos;
  private int checked;
  private int limit;
  /** Absolute input offset of buf[0]. */
  private long base;
  private boolean eof;
  /** Bytes of U+FFFD still to hand out. */
  private int replacementLeft;

  /**
   * @param in the raw bytes
   * @param name the input's name, for issues
   * @param issues where the replacements are reported
   */
  public Utf8RepairFilter(InputStream in, String name, IssueSink issues) {
    super(in);
    this.name = name;
    this.issues = issues;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    while (true) {
      if (replacementLeft > 0) {
        int n = Math.min(len, replacementLeft);
        System.arraycopy(REPLACEMENT, REPLACEMENT.length - replacementLeft, b, off, n);
        replacementLeft -= n;
        return n;
      }
      if (checked == pos && !check()) {
        if (replacementLeft > 0) {
          continue;
        }
        return -1;
      }
      int n = Math.min(len, checked - pos);
      System.arraycopy(buf, pos, b, off, n);
      pos += n;
      return n;
    }
  }

  /**
   * Extends the well-formed run at {@code pos}. Returns true when there are checked bytes to hand out; false at
   * the end of input, or when an ill-formed sequence at {@code pos} was skipped (then {@link #replacementLeft}
   * is set).
   */
  private boolean check() throws IOException {
    int i = checked;
    while (true) {
      if (i == limit) {
        if (i > pos) {
          break;
        }
        if (!fill()) {
          return false;
        }
        i = checked;
        continue;
      }
      // ASCII fast path, eight bytes at a time.
      while (i + 8 <= limit && (((long) LONGS.get(buf, i)) & HIGHS) == 0) {
        i += 8;
      }
      if (i == limit) {
        continue;
      }
      int c = buf[i] & 0xFF;
      if (c < 0x80) {
        i++;
        continue;
      }
      // The usual well-formed sequences (Cyrillic, Greek, ...: two bytes; most of the BMP: three) without the
      // general check of wellFormedPrefix, which only lead bytes with narrower second bytes need.
      if (c >= 0xC2 && c <= 0xDF && i + 1 < limit && isContinuation(buf[i + 1])) {
        i += 2;
        continue;
      }
      if (c >= 0xE1 && c <= 0xEF && c != 0xED && i + 2 < limit && isContinuation(buf[i + 1])
          && isContinuation(buf[i + 2])) {
        i += 3;
        continue;
      }
      int need = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
      int good = need == 0 ? 0 : wellFormedPrefix(i, c, need);
      if (need > 0 && good == need) {
        i += need;
        continue;
      }
      if (i + good == limit && !eof) {
        // The sequence may go on in bytes not read yet: hand out what is checked, or read more.
        if (i > pos) {
          break;
        }
        checked = i;
        if (!fill()) {
          return false;
        }
        i = checked;
        continue;
      }
      if (i > pos) {
        break; // hand out the good bytes first; the bad sequence is met again at pos
      }
      int length = Math.max(1, good);
      report(i, length);
      pos = i + length;
      checked = pos;
      replacementLeft = REPLACEMENT.length;
      return false;
    }
    checked = i;
    return true;
  }

  /** @return whether {@code b} is a continuation byte, 0x80..0xBF */
  private static boolean isContinuation(byte b) {
    return (b & 0xC0) == 0x80;
  }

  /** How many bytes from {@code i} on form the start of a well-formed sequence of {@code need} bytes. */
  private int wellFormedPrefix(int i, int lead, int need) {
    int k = 1;
    while (k < need && i + k < limit) {
      int b = buf[i + k] & 0xFF;
      int lo = 0x80;
      int hi = 0xBF;
      if (k == 1) {
        // Unicode Table 3-7: no overlong forms, no surrogates, nothing past U+10FFFF.
        if (lead == 0xE0) {
          lo = 0xA0;
        } else if (lead == 0xED) {
          hi = 0x9F;
        } else if (lead == 0xF0) {
          lo = 0x90;
        } else if (lead == 0xF4) {
          hi = 0x8F;
        }
      }
      if (b < lo || b > hi) {
        return k;
      }
      k++;
    }
    return k;
  }

  private void report(int at, int length) {
    StringBuilder hex = new StringBuilder();
    for (int k = 0; k < length; k++) {
      hex.append(k == 0 ? "" : " ").append(String.format(Locale.ROOT, "0x%02X", buf[at + k] & 0xFF));
    }
    issues.warn(name, 0, 0, String.format(Locale.ROOT,
        "invalid UTF-8: byte%s %s at byte offset %d replaced with U+FFFD; expected UTF-8 text",
        length == 1 ? "" : "s", hex, base + at));
  }

  /** Moves the unread bytes to the front and reads more; false when nothing more came (end of input). */
  private boolean fill() throws IOException {
    if (eof) {
      return false;
    }
    if (pos > 0) {
      System.arraycopy(buf, pos, buf, 0, limit - pos);
      base += pos;
      checked -= pos;
      limit -= pos;
      pos = 0;
    }
    int n = in.read(buf, limit, buf.length - limit);
    if (n <= 0) {
      eof = true;
      // A sequence cut off by the end of input is now known to be bad: let check() see it again.
      return limit > pos;
    }
    limit += n;
    return true;
  }
}
