package org.tgparse.internal.html;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.parser.StreamParser;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.tgparse.internal.io.IssueSink;
import org.tgparse.model.SourceRef;
import org.tgparse.read.Limits;

/** What the two HTML readers share: stream parsing with positions, source lines, and the small value parsers. */
public final class HtmlDocs {
  private HtmlDocs() {
  }

  /**
   * Reads a whole file and closes the stream.
   *
   * @param in the bytes
   * @return all of them
   * @throws IOException when the stream fails
   */
  public static byte[] readAll(InputStream in) throws IOException {
    try (in) {
      return in.readAllBytes();
    }
  }

  /**
   * Starts jsoup's stream parser on one file's bytes, optionally tracking source positions (for {@link SourceRef}
   * lines) and bounding the element depth ({@link Limits#maxHtmlDepth()}: deeper elements are attached at that
   * depth, not refused). The bytes are decoded as jsoup decodes a whole document: the charset of a byte-order mark
   * or of a {@code <meta charset>} in the first 5 KiB (jsoup finds it), else UTF-8; invalid sequences become
   * U+FFFD.
   *
   * @param bytes the file
   * @param limits the limits (element depth)
   * @param positions whether to track source positions
   * @return the parser, started
   */
  public static StreamParser stream(byte[] bytes, Limits limits, boolean positions) {
    Charset charset = StandardCharsets.UTF_8;
    int skip = 0;
    if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
      skip = 3;
    } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
      charset = StandardCharsets.UTF_16BE;
      skip = 2;
    } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
      charset = StandardCharsets.UTF_16LE;
      skip = 2;
    } else if (mentionsCharset(bytes)) {
      try {
        Document head = Jsoup.parse(new ByteArrayInputStream(bytes, 0, Math.min(bytes.length, HEAD)), null, "");
        charset = head.charset();
      } catch (IOException | RuntimeException e) {
        charset = StandardCharsets.UTF_8;
      }
    }
    Parser parser = Parser.htmlParser().setTrackPosition(positions).setMaxDepth(limits.maxHtmlDepth());
    Reader reader = new InputStreamReader(new ByteArrayInputStream(bytes, skip, bytes.length - skip), charset);
    return new StreamParser(parser).parse(reader, "");
  }

  /** How much jsoup reads to find a {@code <meta charset>}. */
  private static final int HEAD = 5 * 1024;

  /** @return whether the first {@link #HEAD} bytes hold "charset" in any case (the cheap pre-check) */
  private static boolean mentionsCharset(byte[] bytes) {
    int n = Math.min(bytes.length, HEAD) - 7;
    for (int i = 0; i < n; i++) {
      if ((bytes[i] | 0x20) == 'c' && (bytes[i + 1] | 0x20) == 'h' && (bytes[i + 2] | 0x20) == 'a'
          && (bytes[i + 3] | 0x20) == 'r' && (bytes[i + 4] | 0x20) == 's' && (bytes[i + 5] | 0x20) == 'e'
          && (bytes[i + 6] | 0x20) == 't') {
        return true;
      }
    }
    return false;
  }

  /**
   * Reports an issue when an element's subtree reaches {@link Limits#maxHtmlDepth()}: jsoup then attached the
   * elements nested deeper at that depth (their text is kept, their nesting is not), and says nothing itself.
   * Depths count from the document (0): {@code html} is 1, {@code body} 2.
   *
   * @param root a document, or an element handed out by the stream parser before it is removed
   * @param file the file name to report
   * @param limits the limits
   * @param issues where the issue goes
   * @return whether the limit was reached
   */
  public static boolean checkDepth(Element root, String file, Limits limits, IssueSink issues) {
    return checkDepth(root, file, limits, issues, root instanceof Document ? 0 : line(root));
  }

  /**
   * As {@link #checkDepth(Element, String, Limits, IssueSink)}, reported at the given line.
   *
   * @param root a document, or an element handed out by the stream parser before it is removed
   * @param file the file name to report
   * @param limits the limits
   * @param issues where the issue goes
   * @param line the line to report, 0 for the whole file
   * @return whether the limit was reached
   */
  public static boolean checkDepth(Element root, String file, Limits limits, IssueSink issues, long line) {
    int max = limits.maxHtmlDepth();
    int rootDepth = root instanceof Document ? 0 : root.parents().size() + 1;
    boolean[] reached = {rootDepth >= max};
    if (!reached[0]) {
      NodeTraversor.filter(new NodeFilter() {
        @Override
        public FilterResult head(Node node, int depth) {
          if (node instanceof Element && rootDepth + depth >= max) {
            reached[0] = true;
            return FilterResult.STOP;
          }
          return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
          return FilterResult.CONTINUE;
        }
      }, root);
    }
    if (reached[0]) {
      issues.warn(file, line, 0, String.format(Locale.ROOT,
          "HTML nested %d elements deep: elements nested deeper were attached at that depth (limit maxHtmlDepth,"
              + " option --max-html-depth)", max));
    }
    return reached[0];
  }

  /**
   * @param file the file name to report
   * @param e an element parsed with positions by {@link #stream} (or without: line 1)
   * @return the lines of the element's start tag to its end tag (the start line twice when the end tag is
   *     implied)
   */
  public static SourceRef source(String file, Element e) {
    Range start = e.sourceRange();
    long first = start.isTracked() ? Math.max(1, start.start().lineNumber()) : 1;
    Range end = e.endSourceRange();
    long last = end.isTracked() ? end.end().lineNumber() : first;
    return new SourceRef(file, first, Math.max(first, last));
  }

  /** @param e an element @return the 1-based line of its start tag, or 0 when unknown */
  public static long line(Element e) {
    Range r = e.sourceRange();
    return r.isTracked() ? r.start().lineNumber() : 0;
  }

  /**
   * The text of an element's own text nodes (not of its child elements), layout whitespace collapsed to single
   * spaces and stripped.
   *
   * @param e an element
   * @return the text, possibly empty
   */
  public static String ownText(Element e) {
    StringBuilder sb = new StringBuilder();
    for (Node n : e.childNodes()) {
      if (n instanceof TextNode) {
        sb.append(((TextNode) n).getWholeText());
      }
    }
    return collapse(sb);
  }

  /** @param s text @return the text with runs of layout whitespace (line breaks, tabs) as one space, stripped */
  static String collapse(CharSequence s) {
    StringBuilder out = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\n' || c == '\r' || c == '\t' || c == ' ') {
        space = true;
        continue;
      }
      if (space && out.length() > 0) {
        out.append(' ');
      }
      space = false;
      out.append(c);
    }
    return out.toString();
  }

  /**
   * The URL of a CSS {@code background-image:url('...')} in a {@code style} attribute.
   *
   * @param style the style attribute
   * @return the URL, or null when there is none
   */
  public static String backgroundUrl(String style) {
    int u = style.indexOf("url(");
    if (u < 0) {
      return null;
    }
    int from = u + 4;
    int close = style.indexOf(')', from);
    if (close < 0) {
      return null;
    }
    String url = style.substring(from, close).strip();
    if (url.length() >= 2 && (url.charAt(0) == '\'' || url.charAt(0) == '"')
        && url.charAt(url.length() - 1) == url.charAt(0)) {
      url = url.substring(1, url.length() - 1);
    }
    if (url.startsWith("//")) {
      url = "https:" + url;
    }
    return url.isEmpty() ? null : url;
  }

  /**
   * Parses a count as t.me writes it: {@code 523}, {@code 1.2K} (1200), {@code 8.67M} (8670000), {@code 1B};
   * digit groups with spaces or commas ({@code 12 345}) are accepted.
   *
   * @param text the count as written, may be null
   * @return the number, or null when the text is not a count
   */
  public static Long abbreviatedCount(String text) {
    if (text == null) {
      return null;
    }
    String s = text.strip();
    if (s.isEmpty()) {
      return null;
    }
    long multiplier = 1;
    char last = Character.toUpperCase(s.charAt(s.length() - 1));
    if (last == 'K' || last == 'M' || last == 'B') {
      multiplier = last == 'K' ? 1_000L : last == 'M' ? 1_000_000L : 1_000_000_000L;
      s = s.substring(0, s.length() - 1).strip();
    } else {
      s = s.replace(",", "").replace(" ", "").replace("\u00A0", "").replace("\u202F", "");
    }
    if (s.isEmpty() || s.length() > 18) {
      return null;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!(c >= '0' && c <= '9') && c != '.') {
        return null;
      }
    }
    try {
      BigDecimal v = new BigDecimal(s).multiply(BigDecimal.valueOf(multiplier));
      return v.setScale(0, java.math.RoundingMode.HALF_UP).longValueExact();
    } catch (NumberFormatException | ArithmeticException e) {
      return null;
    }
  }

  /**
   * Parses a duration as the exports write it: {@code 0:41}, {@code 00:41}, {@code 1:02:03}.
   *
   * @param text the duration, may be null
   * @return seconds, or null when the text is not a duration
   */
  public static Long duration(String text) {
    if (text == null) {
      return null;
    }
    String s = text.strip();
    if (s.isEmpty() || s.length() > 12) {
      return null;
    }
    long total = 0;
    long part = 0;
    boolean digits = false;
    int colons = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        part = part * 10 + (c - '0');
        digits = true;
      } else if (c == ':' && digits) {
        total = total * 60 + part;
        part = 0;
        digits = false;
        colons++;
      } else {
        return null;
      }
    }
    if (!digits || colons == 0 || colons > 2) {
      return null;
    }
    return total * 60 + part;
  }

  /**
   * Latitude and longitude from a map link ({@code https://maps.google.com/maps?q=55.75,37.61&ll=...}) or any
   * text holding {@code lat,lon} after {@code q=}, {@code ll=} or {@code center=}.
   *
   * @param url the link or style, may be null
   * @return {latitude, longitude}, or null when there are none
   */
  public static double[] coordinates(String url) {
    if (url == null) {
      return null;
    }
    for (String key : new String[] {"q=", "ll=", "center="}) {
      int k = url.indexOf(key);
      while (k >= 0) {
        if (k == 0 || url.charAt(k - 1) == '?' || url.charAt(k - 1) == '&') {
          double[] ll = latLon(url, k + key.length());
          if (ll != null) {
            return ll;
          }
        }
        k = url.indexOf(key, k + 1);
      }
    }
    return null;
  }

  private static double[] latLon(String s, int from) {
    int end = from;
    while (end < s.length() && "0123456789.,-+%C".indexOf(s.charAt(end)) >= 0) {
      end++;
    }
    String v = s.substring(from, end).replace("%2C", ",").replace("%2c", ",");
    int comma = v.indexOf(',');
    if (comma <= 0) {
      return null;
    }
    try {
      double lat = Double.parseDouble(v.substring(0, comma));
      double lon = Double.parseDouble(v.substring(comma + 1));
      if (Math.abs(lat) > 90 || Math.abs(lon) > 180) {
        return null;
      }
      return new double[] {lat, lon};
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** @param s a string @return it lower-cased in the root locale */
  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
