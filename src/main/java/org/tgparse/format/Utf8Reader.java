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
