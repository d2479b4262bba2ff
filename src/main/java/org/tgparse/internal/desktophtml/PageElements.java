package org.tgparse.internal.desktophtml;

import java.io.IOException;
import java.io.Reader;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.parser.StreamParser;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.tgparse.internal.html.HtmlDocs;
import org.tgparse.internal.io.IssueSink;
import org.tgparse.model.SourceRef;
import org.tgparse.read.Limits;

/**
 * Hands out the page header and the message divs of one Desktop HTML page, complete, one at a time. The page is
 * cut into one chunk per message ({@link MessageChunks}) and each chunk is parsed on its own by jsoup's stream
 * parser, so that
 *
 * <ul>
 *   <li>memory holds one message's tree: at most {@link #MAX_ELEMENTS} elements and
 *       {@link Limits#maxTextLength()} plus {@link #MARKUP_SLACK} characters of its markup, whatever the size of
 *       the page or of the message;
 *   <li>markup left open in one message (an unclosed comment, {@code <script>}, {@code <xmp>},
 *       {@code <plaintext>}, {@code <iframe>}, {@code <noembed>}, or div) ends with that message, with an issue,
 *       instead of swallowing every later message or reordering them;
 *   <li>the work per message does not grow with the messages before it.
 * </ul>
 *
 * <p>Each element handed out is removed from its tree at the next call. Not thread-safe.
 */
final class PageElements {
  /**
   * Most elements parsed for one message: Telegram's longest message (4,096 characters) with a line break after
   * each character and 100 entities needs about 4,300; past this the rest of the message is skipped, with an
   * issue, so that a hostile message of millions of {@code <br>} cannot fill the heap (each element costs a few
   * hundred bytes in jsoup's tree).
   */
  static final int MAX_ELEMENTS = 65_536;
  /** Characters of markup allowed per message beyond {@link Limits#maxTextLength()}. */
  static final int MARKUP_SLACK = 1 << 20;
  /**
   * How much deeper a message div sits in the page ({@code html > body > div.page_wrap > div.page_body >
   * div.history > div.message}) than in its chunk parsed alone ({@code html > body > div.message}).
   */
  static final int FRAME_DEPTH = 3;
  /** Elements whose content the tokenizer reads as raw text up to their end tag (or the end of the input). */
  private static final Set<String> RAW_TEXT = Set.of("script", "style", "xmp", "iframe", "noembed", "noframes",
      "plaintext", "textarea", "title", "noscript");

  private final String file;
  private final Limits limits;
  private final IssueSink issues;
  private final MessageChunks chunks;
  private MessageChunks.Chunk chunk;
  private StreamParser stream;
  private Iterator<Element> elements;
  private int chunkIndex;
  private int elementsInChunk;
  private Element handedOut;
  private boolean headerSeen;
  private boolean depthReported;
  private boolean lastUnclosedReported;
  private boolean ended;
  private int messageDivs;

  /**
   * @param in the page's characters; not closed here
   * @param file the file name for records and issues
   * @param limits the limits
   * @param issues where issues go
   */
  PageElements(Reader in, String file, Limits limits, IssueSink issues) {
    this.file = file;
    this.limits = limits;
    this.issues = issues;
    long maxChars = (long) limits.maxTextLength() + MARKUP_SLACK;
    this.chunks = new MessageChunks(in, maxChars);
  }

  /**
   * @return the next {@code div.page_header} (the first only) or {@code div.message}, complete; null at the end
   *     of the page
   * @throws IOException when the source fails
   */
  Element next() throws IOException {
    if (handedOut != null) {
      handedOut.remove();
      handedOut = null;
    }
    while (!ended) {
      if (elements == null && !startChunk()) {
        endPage();
        return null;
      }
      Element e = nextElement();
      if (e == null) {
        continue;
      }
      if (!headerSeen && "div".equals(e.normalName()) && e.hasClass("page_header")) {
        headerSeen = true;
        return handOut(e);
      }
      if (e == handedOut) {
        return e; // the part of an over-long message, see tooManyElements
      }
      if ("div".equals(e.normalName()) && e.hasClass("message")) {
        messageDivs++;
        checkClosed(e);
        return handOut(e);
      }
    }
    return null;
  }

  /** @return whether the page held no character at all (reported where it is opened) */
  boolean empty() {
    return chunkIndex == 0;
  }

  /** @return how many message divs (day separators included) the page held so far */
  int messageDivs() {
    return messageDivs;
  }

  /**
   * @param e an element handed out by {@link #next()}
   * @return its lines in the file
   */
  SourceRef source(Element e) {
    return HtmlDocs.source(file, e, lineOffset());
  }

  /**
   * @param e an element handed out by {@link #next()}, or one inside it
   * @return the 1-based line of its start tag in the file, or 0 when unknown
   */
  long line(Element e) {
    long l = HtmlDocs.line(e);
    return l == 0 ? 0 : l + lineOffset();
  }

  private long lineOffset() {
    return chunk == null ? 0 : chunk.firstLine() - 1;
  }

  /** Stops reading; the page's reader is closed by its owner. */
  void close() {
    ended = true;
    if (stream != null) {
      stream.close();
    }
  }

  private Element handOut(Element e) {
    if (!depthReported) {
      // Once per file (line 0): past the limit jsoup attached deeper elements at the limit's depth.
      depthReported = HtmlDocs.checkDepth(e, parserDepth(), file, limits, issues, 0);
    }
    handedOut = e;
    return e;
  }

  /** The depth bound of the current chunk: the limit as counted in the whole page. */
  private int parserDepth() {
    int limit = limits.maxHtmlDepth();
    return Math.max(HtmlDocs.MIN_PARSER_DEPTH, chunkIndex <= 1 ? limit : limit - FRAME_DEPTH);
  }

  private boolean startChunk() throws IOException {
    chunk = chunks.next();
    if (chunk == null) {
      return false;
    }
    chunkIndex++;
    elementsInChunk = 0;
    stream = new StreamParser(HtmlDocs.parser(parserDepth(), true)).parse(chunk, "");
    elements = stream.iterator();
    return true;
  }

  /** @return the next complete element of the chunk, or null when the chunk is done (then the next one starts) */
  private Element nextElement() {
    try {
      if (elements.hasNext()) {
        Element e = elements.next();
        if (++elementsInChunk > MAX_ELEMENTS) {
          return tooManyElements();
        }
        return e;
      }
    } catch (RuntimeException ex) {
      if (ex instanceof org.tgparse.read.TgparseException) {
        throw ex;
      }
      // jsoup 1.22.1 can fail on some broken markup (found by fuzzing); the loss stays within this chunk.
      issues.warn(file, chunk.firstLine(), 0, "the HTML parser failed on the markup of this message (" + ex
          + "); skipped it up to the next message");
    }
    endChunk();
    return null;
  }

  /**
   * Past {@link #MAX_ELEMENTS}: the rest of the message is skipped, and the part already parsed (the message
   * div is still open) is handed out.
   */
  private Element tooManyElements() {
    issues.warn(file, chunk.firstLine(), 0, String.format(Locale.ROOT,
        "a message of more than %,d HTML elements: the rest of it was skipped (a fixed bound that keeps memory"
            + " small; real messages have a few thousand at most)", MAX_ELEMENTS));
    Element open = stream.document().selectFirst("div.message");
    stream.close();
    elements = java.util.Collections.emptyIterator();
    if (open != null) {
      // Handed out without the closing check: the issue above says why it is incomplete.
      messageDivs++;
      lastUnclosedReported = true;
      return handOut(open);
    }
    return null;
  }

  private void endChunk() {
    if (chunk.cut()) {
      issues.warn(file, chunk.firstLine(), 0, String.format(Locale.ROOT,
          "a message's markup longer than %,d characters: the rest of it was skipped (limit maxTextLength plus"
              + " %,d, option --max-text-length)", (long) limits.maxTextLength() + MARKUP_SLACK, MARKUP_SLACK));
    }
    stream.close();
    elements = null;
  }

  private void endPage() {
    if (!chunks.endsWithHtmlEndTag() && !lastUnclosedReported && messageDivs > 0) {
      issues.warn(file, 0, 0, "the file ends without </html>: it was cut short (every message up to the cut"
          + " was read); expected a complete Telegram Desktop HTML page");
    }
    ended = true;
  }

  /**
   * A message div whose end tag the parser never met was closed by the end of its chunk: something in it was left
   * open, or the file ends inside it.
   */
  private void checkClosed(Element e) throws IOException {
    lastUnclosedReported = false;
    if (!e.sourceRange().isTracked() || !implicitEnd(e)
        || HtmlDocs.reaches(e, parserDepth())) {
      // Past the depth limit jsoup attaches elements elsewhere and end tags no longer match: that has its issue.
      return;
    }
    String what = culprit(e);
    String id = e.id().startsWith("message") ? e.id().substring(7) : e.id();
    if (!chunks.atEnd()) {
      issues.warn(file, line(e), 0, String.format(Locale.ROOT,
          "message %s is not closed before the next message (an unclosed %s): read up to the next message;"
              + " expected its </div>", id, what));
    } else {
      lastUnclosedReported = true;
      issues.warn(file, line(e), 0, String.format(Locale.ROOT,
          "the file ends inside message %s (an unclosed %s, or the file was cut short): read up to the end;"
              + " expected a complete Telegram Desktop HTML page", id, what));
    }
  }

  /** @return whether the parser closed the element without meeting its end tag (at the end of the chunk) */
  private static boolean implicitEnd(Element e) {
    return !e.endSourceRange().isTracked() || e.endSourceRange().isImplicit();
  }

  /** @return what was left open in a message: a raw-text element, a comment, or else its div */
  private static String culprit(Element message) {
    String[] found = {null};
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (node instanceof Element) {
          Element el = (Element) node;
          if (RAW_TEXT.contains(el.normalName()) && implicitEnd(el)) {
            found[0] = "<" + el.normalName() + ">";
            return FilterResult.STOP;
          }
        } else if (node instanceof Comment && ((Comment) node).getData().contains("</div")) {
          found[0] = "<!--";
          return FilterResult.STOP;
        }
        return FilterResult.CONTINUE;
      }

      @Override
      public FilterResult tail(Node node, int depth) {
        return FilterResult.CONTINUE;
      }
    }, message);
    return found[0] == null ? "<div>" : found[0];
  }
}
