package org.tgparse.internal.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * Repairs the one kind of invalid JSON Telegram Desktop is known to write: control characters below U+0020 other
 * than {@code \n}, {@code \r} and {@code \t} come out of its {@code SerializeString} as {@code \xHH}, which JSON
 * does not have. This stream rewrites every {@code \xHH} escape to <code>&#92;u00HH</code>; everything else passes
 * through unchanged, byte for byte (see {@code docs/formats.md}, section 1, "Escaping").
 *
 * <p>An {@code x} is an escape when it follows an odd run of backslashes ({@code "\\x41"} is an escaped backslash
 * and the text {@code x41}). Quotes need not be tracked: outside strings a backslash is invalid JSON either way, and
 * the parser reports it. UTF-8 continuation bytes are never a backslash, so multi-byte characters need no care.
 *
 * <p>Streaming and in place: bytes are read straight into the caller's buffer and scanned once, eight at a time
 * while none is a backslash; only a rewritten escape costs a short copy.
 *
 * <p>Each rewrite makes the output two bytes longer than the input. The output offsets of the last rewrites are kept
 * (a bounded window, enough for the parser's read-ahead) so that {@link #expansionsBetween(long, long)} can turn
 * the parser's columns back into columns of the original file.
 *
 * <p>Not thread-safe.
 */
public final class ControlCharFilter extends FilterInputStream {
  /** Rewrites remembered for column correction; older ones are far behind the parser. */
  private static final int MAX_REMEMBERED = 1 << 15;
  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long ONES = 0x0101010101010101L;
  private static final long HIGHS = 0x8080808080808080L;
  private static final long BACKSLASHES = 0x5C5C5C5C5C5C5C5CL;

  /** Whether the bytes scanned so far end in an odd run of backslashes: the next byte is escaped. */
  private boolean escaping;
  /** Zeros still to emit after a {@code \x} was turned into <code>&#92;u</code>. */
  private int zerosPending;
  /** Raw input bytes read ahead but not yet scanned (after a rewrite cut a read short). */
  private byte[] stash = new byte[0];
  private int stashPos;
  private int stashLimit;
  /** Whether a <code>&#92;u</code> escape was handed out (the {@code \xHH} rewrites aside). */
  private boolean unicodeEscapes;
  /** Bytes handed out so far. */
  private long outOffset;
  private long rewrites;
  /** Ring of output offsets of the {@code u} of each rewrite, the last {@link #MAX_REMEMBERED}. */
  private long[] rewriteOffsets;

  /** @param in the raw export bytes (UTF-8) */
  public ControlCharFilter(InputStream in) {
    super(in);
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
    if (zerosPending > 0) {
      int n = Math.min(len, zerosPending);
      Arrays.fill(b, off, off + n, (byte) '0');
      zerosPending -= n;
      outOffset += n;
      return n;
    }
    int n;
    if (stashPos < stashLimit) {
      n = Math.min(len, stashLimit - stashPos);
      System.arraycopy(stash, stashPos, b, off, n);
      stashPos += n;
    } else {
      n = in.read(b, off, len);
      if (n <= 0) {
        return n;
      }
    }
    int end = off + n;
    int i = off;
    boolean esc = escaping;
    while (i < end) {
      if (!esc) {
        // Fast path: skip eight bytes at a time while none of them is a backslash (the classic "has zero byte"
        // test on the bytes XOR 0x5C). A hit is confirmed byte by byte below.
        while (i + 8 <= end) {
          long v = (long) LONGS.get(b, i) ^ BACKSLASHES;
          if (((v - ONES) & ~v & HIGHS) != 0) {
            break;
          }
          i += 8;
        }
        while (i < end && b[i] != '\\') {
          i++;
        }
        if (i < end) {
          esc = true;
          i++;
        }
      } else if (b[i] == 'x') {
        // \xHH -> backslash-u00HH: emit "u" now, "00" on the next read, then the unscanned rest (HH first).
        b[i] = 'u';
        zerosPending = 2;
        unread(b, i + 1, end - (i + 1));
        escaping = false;
        int handed = i + 1 - off;
        remember(outOffset + handed - 1);
        outOffset += handed;
        return handed;
      } else {
        // The escaped byte: a second backslash, n, t, ", u, ...; the escape is complete.
        unicodeEscapes |= b[i] == 'u';
        esc = false;
        i++;
      }
    }
    escaping = esc;
    outOffset += n;
    return n;
  }

  /** Puts scanned-ahead raw bytes back in front of the stash. */
  private void unread(byte[] b, int from, int count) {
    if (count == 0) {
      return;
    }
    int left = stashLimit - stashPos;
    byte[] next = count + left <= stash.length ? stash : new byte[Math.max(count + left, 8192)];
    // Keep the stash's unread tail after the bytes put back.
    System.arraycopy(stash, stashPos, next, count, left);
    System.arraycopy(b, from, next, 0, count);
    stash = next;
    stashPos = 0;
    stashLimit = count + left;
  }

  private void remember(long offset) {
    if (rewriteOffsets == null) {
      rewriteOffsets = new long[64];
    } else if (rewrites == rewriteOffsets.length && rewriteOffsets.length < MAX_REMEMBERED) {
      rewriteOffsets = Arrays.copyOf(rewriteOffsets, rewriteOffsets.length * 2);
    }
    rewriteOffsets[(int) (rewrites % rewriteOffsets.length)] = offset;
    rewrites++;
  }

  /**
   * Counts the rewrites whose {@code u} lies in {@code [from, to)} of the output, among the remembered ones.
   *
   * @param from first output byte offset, inclusive
   * @param to last output byte offset, exclusive
   * @return how many rewrites (each made the output two bytes longer) lie in that range
   */
  public long expansionsBetween(long from, long to) {
    if (rewriteOffsets == null) {
      return 0;
    }
    long count = 0;
    long kept = Math.min(rewrites, rewriteOffsets.length);
    for (long k = rewrites - kept; k < rewrites; k++) {
      long o = rewriteOffsets[(int) (k % rewriteOffsets.length)];
      if (o >= from && o < to) {
        count++;
      }
    }
    return count;
  }

  /**
   * Whether the bytes handed out so far hold a <code>&#92;u</code> escape of the input. In well-formed UTF-8 only
   * such an escape can spell a lone surrogate: while there is none, a JSON parser reading these bytes decodes
   * none, and its strings need no check for one.
   *
   * @return whether a <code>&#92;u</code> escape was handed out
   */
  public boolean unicodeEscapes() {
    return unicodeEscapes;
  }

  /** @return how many {@code \xHH} escapes were rewritten so far */
  public long rewrites() {
    return rewrites;
  }

  @Override
  public long skip(long n) throws IOException {
    // Skipping would bypass the scanner and lose the string state; read and drop instead.
    byte[] buf = new byte[(int) Math.min(8192, Math.max(0, n))];
    long left = n;
    while (left > 0) {
      int r = read(buf, 0, (int) Math.min(buf.length, left));
      if (r < 0) {
        break;
      }
      left -= r;
    }
    return n - left;
  }

  @Override
  public int available() throws IOException {
    return zerosPending + (stashLimit - stashPos) + in.available();
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  @Override
  public synchronized void mark(int readlimit) {
    // not supported
  }

  @Override
  public synchronized void reset() throws IOException {
    throw new IOException("mark/reset not supported");
  }
}
