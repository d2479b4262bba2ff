package org.tgparse.internal.io;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The lines of UTF-8 input, found and decoded on the bytes: the same lines, the same U+FFFD and the same issues
 * (line, column, message) as {@link Utf8Reader} read through {@link LineReader}'s character path, with fewer
 * copies. Profiled on the plain-text export: decoding into a char buffer, scanning it for line ends and copying
 * each line into a String was about 60% of the reader's time.
 *
 * <p>Why lines can be cut on bytes: in UTF-8 the bytes 0x0A and 0x0D occur only as LF and CR, never inside a
 * multi-byte sequence, and the JDK decoder never takes an ASCII byte into a malformed sequence. So a line's bytes
 * decode to exactly the characters the whole input's decoding has between the two line ends; a sequence cut off
 * by a line end is malformed as it is cut off by the end of the input (checked against the char path by
 * {@code Utf8LinesTest}).
 *
 * <p>Line ends are found eight bytes at a time. A line that lies in the buffer (64 KiB) and is well formed is
 * decoded by {@code new String(bytes, UTF_8)}, which the JDK makes fast for valid input, or, when the same bytes
 * were decoded a moment ago (the copy repeats each line of a post), handed out as that String again. Any other
 * line (a U+FFFD in it, or longer than the buffer) takes the repairing path, which streams the line through a
 * reporting {@link CharsetDecoder} as {@link Utf8Reader} does and keeps at most {@code maxLineLength} characters
 * of it.
 *
 * <p>Not thread-safe.
 */
final class Utf8Lines implements Lines {
  private static final int BUFFER = 64 * 1024;
  private static final char REPLACEMENT = '\uFFFD';
  /** Reads eight bytes of a {@code byte[]} as one little-endian long. */
  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class,
      ByteOrder.LITTLE_ENDIAN);
  private static final long ONES = 0x0101010101010101L;
  private static final long HIGHS = 0x8080808080808080L;
  /** Slots of the decoded-line cache, a power of two: a post's body has far fewer lines. */
  private static final int CACHE_SLOTS = 512;
  /** Shorter lines are decoded each time: cheap, and the slot hash reads two eight-byte words. */
  private static final int MIN_CACHED = 16;
  /**
   * Longer lines are decoded each time: the cache holds on to its Strings after their bytes left the buffer, and
   * this bounds it to {@code CACHE_SLOTS * MAX_CACHED} chars (2M, 4 MiB) even for many long lines.
   */
  private static final int MAX_CACHED = 4096;
  private static final long LFS = 0x0A0A0A0A0A0A0A0AL;
  private static final long CRS = 0x0D0D0D0D0D0D0D0DL;

  private final InputStream in;
  private final String name;
  private final IssueSink issues;
  private final int maxLineLength;
  private final byte[] buf;
  /** Next unread byte in {@link #buf}. */
  private int pos;
  /** End of the bytes read into {@link #buf}. */
  private int limit;
  /** Byte offset in the whole input of {@code buf[0]}, for issues. */
  private long bufBase;
  private boolean eof;
  private boolean first = true;
  /** A CR ended the last line at the end of the buffer: an LF after it belongs to it. */
  private boolean pendingCr;
  private long lineNumber;
  private boolean lastLineCut;
  private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT)
      .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final char[] chunk = new char[8 * 1024];
  private final StringBuilder kept = new StringBuilder(256);
  /**
   * Lines decoded lately, by a hash of their bytes: the copy repeats each line of a post's body, and a line with
   * the same bytes as one still in the buffer is handed out as that line's String, not decoded again (profiled:
   * decoding was a third of the reader's time, half of it spent on the copy that is then dropped; and the
   * collapser then compares the copy by identity). Direct-mapped: a slot keeps the last line that hashed to it.
   */
  private final long[] cachedAt = new long[CACHE_SLOTS];
  private final int[] cachedLength = new int[CACHE_SLOTS];
  private final String[] cachedLine = new String[CACHE_SLOTS];
  /** UTF-16 units of the current line decoded so far on the repairing path (kept or not). */
  private long lineChars;

  /**
   * @param in the bytes, at the start of the input; closed by {@link #close()}
   * @param name the input's name, for issues
   * @param issues where invalid bytes are reported
   * @param maxLineLength longest line kept, in UTF-16 code units
   */
  Utf8Lines(InputStream in, String name, IssueSink issues, int maxLineLength) {
    this(in, name, issues, maxLineLength, BUFFER);
  }

  /**
   * With a buffer of another size: tests use a small one, so that lines cross its end everywhere.
   *
   * @param bufferSize bytes held at once, at least 8 (a cut-off sequence is at most 3)
   */
  Utf8Lines(InputStream in, String name, IssueSink issues, int maxLineLength, int bufferSize) {
    if (bufferSize < 8) {
      throw new IllegalArgumentException("buffer too small: " + bufferSize);
    }
    this.in = in;
    this.name = name;
    this.issues = issues;
    this.maxLineLength = maxLineLength;
    this.buf = new byte[bufferSize];
    Arrays.fill(cachedAt, -1);
  }

  /**
   * @return the next line without its terminator, or null at the end of input
   * @throws IOException when the stream fails
   */
  @Override
  public String readLine() throws IOException {
    lastLineCut = false;
    if (first) {
      first = false;
      skipBom();
    }
    if (pendingCr) {
      pendingCr = false;
      if (available() && buf[pos] == '\n') {
        pos++;
      }
    }
    int end = findLineEnd(pos);
    while (end < 0 && !eof) {
      if (pos == 0 && limit == buf.length) {
        return repairedLine(); // longer than the buffer: streamed
      }
      int scanned = limit - pos;
      fill();
      end = findLineEnd(pos + scanned);
    }
    boolean lineEnd = end >= 0;
    if (!lineEnd) {
      if (pos == limit) {
        return null;
      }
      end = limit; // the last line has no line end
    }
    String line = decodedLine(end);
    if (line == null) {
      return repairedLine();
    }
    pos = end;
    if (lineEnd) {
      skipLineEnd();
    }
    return line;
  }

  /** @return the 1-based number of the line last returned (0 before the first) */
  @Override
  public long lineNumber() {
    return lineNumber;
  }

  /** @return true when the line last returned was longer than the limit and was cut */
  @Override
  public boolean lastLineCut() {
    return lastLineCut;
  }

  /**
   * The fast path: the line from {@link #pos} to {@code end}, decoded by the JDK, or null when it holds a
   * U+FFFD. The JDK puts U+FFFD for each invalid sequence but cannot say where they were; the rare line with
   * one (or with a real U+FFFD) is decoded again by {@link #repairedLine()}, which reports them.
   */
  private String decodedLine(int end) {
    int length = end - pos;
    int slot = length >= MIN_CACHED && length <= MAX_CACHED && length <= maxLineLength ? slot(length) : -1;
    String s = slot >= 0 ? cached(slot, length) : null;
    if (s == null) {
      s = new String(buf, pos, length, StandardCharsets.UTF_8);
      if (s.indexOf(REPLACEMENT) >= 0) {
        return null;
      }
      if (slot >= 0) {
        remember(slot, length, s);
      }
    }
    lineNumber++;
    if (s.length() > maxLineLength) {
      lastLineCut = true;
      return s.substring(0, maxLineLength);
    }
    return s;
  }

  /** The cache slot of the line at {@link #pos}: a hash of its length and its first and last eight bytes. */
  private int slot(int length) {
    long first = (long) LONGS.get(buf, pos);
    long last = (long) LONGS.get(buf, pos + length - Long.BYTES);
    long h = (first * 0x9E3779B97F4A7C15L) ^ (last * 0xC2B2AE3D27D4EB4FL) ^ length;
    return (int) (h ^ (h >>> 32)) & (CACHE_SLOTS - 1);
  }

  /**
   * @return the String of an earlier line with the same bytes as the line at {@link #pos}, if the slot holds one
   *     whose bytes are still in the buffer; else null
   */
  private String cached(int slot, int length) {
    long at = cachedAt[slot] - bufBase;
    if (cachedLength[slot] != length || at < 0) {
      return null;
    }
    int from = (int) at;
    return Arrays.equals(buf, from, from + length, buf, pos, pos + length) ? cachedLine[slot] : null;
  }

  private void remember(int slot, int length, String line) {
    cachedAt[slot] = bufBase + pos;
    cachedLength[slot] = length;
    cachedLine[slot] = line;
  }

  /**
   * The repairing path: decodes the line at {@link #pos} through its line end, reading on as needed, with an
   * issue for each invalid sequence at its line and column. Keeps the first {@code maxLineLength} characters.
   */
  private String repairedLine() throws IOException {
    lineNumber++;
    kept.setLength(0);
    lineChars = 0;
    decoder.reset();
    while (true) {
      int end = findLineEnd(pos);
      boolean last = end >= 0 || eof;
      decodeSpan(end >= 0 ? end : limit, last);
      if (last) {
        if (end >= 0) {
          skipLineEnd();
        }
        break;
      }
      fill(); // keeps the bytes of a sequence cut off by the buffer's end
    }
    lastLineCut = lineChars > maxLineLength;
    return kept.toString();
  }

  /**
   * Decodes {@code buf[pos..end)} into {@link #kept}, replacing and reporting invalid sequences. Unless
   * {@code endOfLine}, a sequence cut off at {@code end} is left for the next call.
   */
  private void decodeSpan(int end, boolean endOfLine) {
    ByteBuffer bytes = ByteBuffer.wrap(buf, pos, end - pos);
    while (true) {
      CharBuffer out = CharBuffer.wrap(chunk);
      // At the line end a cut-off sequence is malformed, as the char path's decoder finds it at the next byte.
      CoderResult r = decoder.decode(bytes, out, endOfLine);
      keep(chunk, out.position());
      if (r.isError()) {
        bad(bytes, r.length());
      } else if (r.isUnderflow()) {
        break;
      }
    }
    pos = bytes.position();
  }

  /** Counts decoded characters and keeps those within the line limit. */
  private void keep(char[] chars, int n) {
    long room = maxLineLength - lineChars;
    if (room > 0) {
      kept.append(chars, 0, (int) Math.min(n, room));
    }
    lineChars += n;
  }

  /** Skips the invalid sequence at the buffer's position, puts U+FFFD for it and reports it where it is. */
  private void bad(ByteBuffer bytes, int length) {
    int at = bytes.position();
    String message = Utf8Reader.badBytesMessage("UTF-8", buf, at, length, bufBase + at);
    bytes.position(at + length);
    chunk[0] = REPLACEMENT;
    long column = lineChars + 1;
    keep(chunk, 1);
    issues.warn(name, lineNumber, column, message);
  }

  /**
   * @return the index of the first LF or CR in {@code buf[from..limit)}, or -1. Looks at eight bytes at a time:
   *     measured 2.1 times as fast as a byte loop, which was a fifth of the reader's time. The test is exact (no
   *     other byte is taken for a line end), so the loop has no branch that only rare input takes: such a branch
   *     sent the compiled method back to the interpreter when a tab first came.
   */
  private int findLineEnd(int from) {
    byte[] b = buf;
    int end = limit;
    int i = from;
    while (i + Long.BYTES <= end) {
      long word = (long) LONGS.get(b, i);
      long ends = zeroBytes(word ^ LFS) | zeroBytes(word ^ CRS);
      if (ends != 0) {
        return i + (Long.numberOfTrailingZeros(ends) >>> 3); // little-endian: the lowest byte comes first
      }
      i += Long.BYTES;
    }
    for (; i < end; i++) {
      byte c = b[i];
      if (c == '\n' || c == '\r') {
        return i;
      }
    }
    return -1;
  }

  /**
   * The high bit set in each zero byte of {@code word}, and perhaps in bytes above the lowest zero byte (a borrow
   * runs on), never below it: so the lowest bit set marks exactly the first zero byte.
   */
  private static long zeroBytes(long word) {
    return (word - ONES) & ~word & HIGHS;
  }

  /** Steps over the LF, CR or CRLF at {@link #pos}. */
  private void skipLineEnd() {
    byte c = buf[pos++];
    if (c == '\r') {
      if (pos < limit) {
        if (buf[pos] == '\n') {
          pos++;
        }
      } else {
        pendingCr = true;
      }
    }
  }

  /** Drops a UTF-8 byte-order mark at the start of the input (the char path drops its U+FEFF). */
  private void skipBom() throws IOException {
    while (limit < 3 && !eof) {
      fill();
    }
    if (limit >= 3 && buf[0] == (byte) 0xEF && buf[1] == (byte) 0xBB && buf[2] == (byte) 0xBF) {
      pos = 3;
    }
  }

  /** @return whether a byte is there to read at {@link #pos}, reading more if needed */
  private boolean available() throws IOException {
    while (pos == limit && !eof) {
      fill();
    }
    return pos < limit;
  }

  /** Moves the unread bytes to the front of the buffer and reads more after them, or sets {@link #eof}. */
  private void fill() throws IOException {
    if (pos > 0) {
      System.arraycopy(buf, pos, buf, 0, limit - pos);
      bufBase += pos;
      limit -= pos;
      pos = 0;
    }
    int n = in.read(buf, limit, buf.length - limit);
    if (n < 0) {
      eof = true;
    } else {
      limit += n;
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
