package org.tgparse.internal.html;

import java.util.Locale;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.tgparse.internal.io.IssueSink;

/**
 * Replaces lone surrogates in a parsed element with U+FFFD. jsoup decodes a character reference such as
 * {@code &#xD800;} to the lone surrogate itself, while HTML5 says U+FFFD (a surrogate is not a Unicode scalar
 * value, so it cannot be written as UTF-8): left in, it would reach the JSON output as {@code \uD800}, which jq
 * and Python's UTF-8 encoder reject. Raw bytes cannot carry a surrogate (the decoder replaces them already), so
 * only character references bring them in; a valid pair is kept.
 */
public final class LoneSurrogates {
  private LoneSurrogates() {
  }

  /**
   * Repairs the text nodes and attribute values of an element's subtree in place and reports one issue for the
   * element when any was repaired.
   *
   * @param root the element (a message, or a page header)
   * @param file the file name to report
   * @param line the line to report, 0 when unknown
   * @param issues where the issue goes
   * @return how many lone surrogates were replaced
   */
  public static int repair(Element root, String file, long line, IssueSink issues) {
    int[] count = {0};
    int[] first = {-1};
    NodeTraversor.traverse((Node node, int depth) -> {
      if (node instanceof TextNode) {
        TextNode t = (TextNode) node;
        String r = repairedOrNull(t.getWholeText(), count, first);
        if (r != null) {
          t.text(r);
        }
      } else if (node instanceof Element && node.attributesSize() > 0) {
        for (Attribute a : node.attributes()) {
          String r = repairedOrNull(a.getValue(), count, first);
          if (r != null) {
            a.setValue(r);
          }
        }
      }
    }, root);
    if (count[0] > 0) {
      issues.warn(file, line, 0, String.format(Locale.ROOT,
          "%d character reference%s to a lone surrogate (first U+%04X) replaced with U+FFFD, as HTML5 says;"
              + " expected a Unicode scalar value", count[0], count[0] == 1 ? "" : "s", first[0]));
    }
    return count[0];
  }

  /**
   * @param s a string
   * @param count incremented per lone surrogate
   * @param first set to the first lone surrogate met, if unset
   * @return {@code s} itself when it has no lone surrogate, else a repaired copy
   */
  static String repair(String s, int[] count, int[] first) {
    String r = repairedOrNull(s, count, first);
    return r == null ? s : r;
  }

  /** As {@link #repair(String, int[], int[])}, but null when nothing was repaired. */
  private static String repairedOrNull(String s, int[] count, int[] first) {
    StringBuilder out = null;
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (!Character.isSurrogate(c)) {
        if (out != null) {
          out.append(c);
        }
        continue;
      }
      if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
        if (out != null) {
          out.append(c).append(s.charAt(i + 1));
        }
        i++;
        continue;
      }
      if (out == null) {
        out = new StringBuilder(n).append(s, 0, i);
      }
      if (first[0] < 0) {
        first[0] = c;
      }
      count[0]++;
      out.append('\uFFFD');
    }
    return out == null ? null : out.toString();
  }
}
