package org.tgparse.internal.desktophtml;

import java.io.IOException;
import java.io.Reader;

/**
 * Cuts the characters of one Desktop HTML page into chunks at the start tags of its message divs, streaming: a
 * chunk starts at {@code <div class="message } (Telegram Desktop writes {@code class} first, its attributes are
 * sorted, see {@code docs/formats.md}) and ends where the next one starts; the first chunk is the
 * page's frame before the first message. A message's text cannot hold that tag (the exporter escapes {@code <} in
 * text and {@code "} in attributes), so a chunk is one message, and each is parsed on its own: markup left open
 * in one message (an unclosed {@code <!--}, {@code <script>}, {@code <xmp>}, {@code <plaintext>}, div, ...) ends
 * with its chunk instead of swallowing the rest of the file, and the parser's tree never holds more than one
 * chunk.
 *
 * <p>Each chunk is handed out as a {@link Reader} of at most {@code maxChunkChars} characters; the rest of a
 * longer chunk is skipped (see {@link Chunk#cut()}) without being held. Lines are counted as jsoup counts them
 * (at {@code \n}). Not thread-safe.
 */
final class MessageChunks {
  /** The start of a message div as the exporter writes it; a space or quote must follow. */
  private static final char[] MARKER = "<div class=\"message".toCharArray();
  private static final String END = "</html>";

  private final Reader in;
  private final long maxChunkChars;
  private final char[] buf = new char[64 * 1024];
  private int pos;
  private int limit;
  private boolean eof;
  /** Newlines consumed so far. */
  private long newlines;
  private boolean started;
  private Chunk current;
  /** The last non-white-space characters consumed, to tell whether the page ends with {@code </html>}. */
  private final StringBuilder tail = new StringBuilder(END.length());

  /**
   * @param in the page's characters; not closed here
   * @param maxChunkChars most characters handed out per chunk
   */
  MessageChunks(Reader in, long maxChunkChars) {
    this.in = in;
    this.maxChunkChars = maxChunkChars;
  }

  /**
   * Skips what is left of the current chunk and starts the next.
   *
   * @return the next chunk, or null at the end of the page
   * @throws IOException when the source fails
   */
  Chunk next() throws IOException {
    if (current != null) {
      current.skipRest();
    }
    if (!started) {
      started = true;
      // A UTF-8 byte-order mark reaches here as U+FEFF: it is not markup.
      if (fill(1) && buf[pos] == '\uFEFF') {
        pos++;
      }
    }
    if (!fill(1)) {
      current = null;
      return null;
    }
    current = new Chunk(newlines + 1);
    return current;
  }

  /**
   * @return whether nothing follows the current chunk
   * @throws IOException when the source fails
   */
  boolean atEnd() throws IOException {
    return !fill(1);
  }

  /** @return whether the page's last non-white-space characters are {@code </html>} (else it was cut short) */
  boolean endsWithHtmlEndTag() {
    return tail.toString().equalsIgnoreCase(END);
  }

  /** Makes at least {@code n} characters available from {@code pos} unless the input ends; false when none are. */
  private boolean fill(int n) throws IOException {
    while (limit - pos < n && !eof) {
      if (pos > 0) {
        System.arraycopy(buf, pos, buf, 0, limit - pos);
        limit -= pos;
        pos = 0;
      }
      int r = in.read(buf, limit, buf.length - limit);
      if (r < 0) {
        eof = true;
      } else {
        limit += r;
      }
    }
    return limit > pos;
  }

  /** @return whether a message start tag begins at {@code pos} (reads ahead as needed) */
  private boolean markerAt() throws IOException {
    fill(MARKER.length + 1);
    if (limit - pos < MARKER.length + 1) {
      return false;
    }
    for (int i = 0; i < MARKER.length; i++) {
      if (buf[pos + i] != MARKER[i]) {
        return false;
      }
    }
    char after = buf[pos + MARKER.length];
    return after == ' ' || after == '"';
  }

  /** Consumes {@code buf[pos, to)}: counts its lines, remembers its last non-white-space characters. */
  private void consume(int to) {
    for (int i = pos; i < to; i++) {
      char c = buf[i];
      if (c == '\n') {
        newlines++;
      } else if (c != ' ' && c != '\t' && c != '\r') {
        if (tail.length() == END.length()) {
          tail.deleteCharAt(0);
        }
        tail.append(c);
      }
    }
    pos = to;
  }

  /** One chunk: a reader over its characters that ends before the next message's start tag. */
  final class Chunk extends Reader {
    private final long firstLine;
    private long handedOut;
    private boolean ended;
    private boolean cut;

    private Chunk(long firstLine) {
      this.firstLine = firstLine;
    }

    /** @return the 1-based line of the page on which this chunk starts */
    long firstLine() {
      return firstLine;
    }

    /** @return whether the chunk was longer than the limit and its rest skipped (known once it is read) */
    boolean cut() {
      return cut;
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
      if (len == 0) {
        return 0;
      }
      if (ended || this != current) {
        return -1;
      }
      long room = maxChunkChars - handedOut;
      if (room <= 0) {
        cut = !atChunkEnd();
        ended = true;
        return -1;
      }
      int n = scan((int) Math.min(len, room));
      if (n <= 0) {
        ended = true;
        return -1;
      }
      System.arraycopy(buf, pos, cbuf, off, n);
      consume(pos + n);
      handedOut += n;
      return n;
    }

    /**
     * @param max most characters wanted
     * @return how many characters from {@code pos} belong to this chunk (at most {@code max}), 0 at its end
     */
    private int scan(int max) throws IOException {
      if (!fill(1)) {
        return 0;
      }
      if (buf[pos] == '<' && (handedOut > 0) && markerAt()) {
        return 0;
      }
      int end = Math.min(limit, pos + max);
      // The chunk's own start tag is at pos when nothing was handed out yet: look for the next one after it.
      for (int i = pos + 1; i < end; i++) {
        if (buf[i] == '<') {
          return i - pos;
        }
      }
      return end - pos;
    }

    /** @return whether the next character starts the next chunk or the input ends */
    private boolean atChunkEnd() throws IOException {
      return !fill(1) || (buf[pos] == '<' && markerAt());
    }

    /** Consumes the rest of this chunk without holding it. */
    void skipRest() throws IOException {
      boolean skipped = false;
      while (fill(1)) {
        if (buf[pos] == '<' && (handedOut > 0 || skipped) && markerAt()) {
          break;
        }
        int to = pos + 1;
        while (to < limit && buf[to] != '<') {
          to++;
        }
        consume(to);
        skipped = true;
      }
      if (skipped && handedOut >= maxChunkChars) {
        cut = true;
      }
      ended = true;
    }

    @Override
    public void close() {
      // The page's reader is closed by the page; a chunk only ends.
      ended = true;
    }
  }
}
