package org.tgparse.extract;

import java.util.List;
import org.tgparse.model.TextEntity;
import org.tgparse.model.TextEntityType;

/**
 * Where a text holds code, in which nothing is a date, a place or an emoji marker: the {@code code} and
 * {@code pre} entities a format marked, and, in text that kept its Markdown, {@code `inline code`} (within one
 * line) and {@code ```pre blocks```}. Stateless.
 */
final class CodeSpans {
  private CodeSpans() {
  }

  /**
   * Adds the code spans of a text to a builder.
   *
   * @param text any text
   * @param marked entities the format marked (only {@code code} and {@code pre} count), or an empty list
   * @param into where the spans go
   */
  static void add(String text, List<TextEntity> marked, Spans.Builder into) {
    for (TextEntity e : marked) {
      if (e.type() == TextEntityType.CODE || e.type() == TextEntityType.PRE) {
        into.add(e.start(), e.end());
      }
    }
    int i = text.indexOf('`');
    while (i >= 0) {
      int close;
      if (text.startsWith("```", i)) {
        close = text.indexOf("```", i + 3);
        if (close < 0) {
          return;
        }
        into.add(i, close + 3);
        i = text.indexOf('`', close + 3);
      } else {
        close = text.indexOf('`', i + 1);
        int eol = text.indexOf('\n', i + 1);
        if (close < 0) {
          return;
        }
        if (eol >= 0 && eol < close) {
          // A lone backtick: the next one opens a span of its own line.
          i = close;
          continue;
        }
        into.add(i, close + 1);
        i = text.indexOf('`', close + 1);
      }
    }
  }
}
