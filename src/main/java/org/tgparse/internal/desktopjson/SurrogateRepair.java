package org.tgparse.internal.desktopjson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import java.io.IOException;
import java.util.Locale;
import org.tgparse.internal.io.ControlCharFilter;
import org.tgparse.internal.io.IssueSink;
import org.tgparse.internal.io.Utf8RepairFilter;

/**
 * Replaces lone surrogates in the strings the parser hands out with U+FFFD, with a warning per string. JSON may
 * spell one ({@code "a\ud800"}), and Jackson decodes it as it is; a lone surrogate cannot be encoded as UTF-8, so
 * it would make the output invalid (jq rejects it). Every string of the export passes through {@link #getText()}
 * or {@link #currentName()}, so this is the one place where the reader decodes strings.
 *
 * <p>Behind {@link Utf8RepairFilter} and {@link ControlCharFilter} the input is well-formed UTF-8, which encodes no
 * surrogate: only a <code>&#92;u</code> escape can spell one, and while the filter has handed out none, the strings
 * are not looked at (a check of every character of every string was 2-3% of a run).
 */
final class SurrogateRepair extends JsonParserDelegate {
  private final String file;
  private final IssueSink issues;
  private final DesktopJsonReader.Locator locator;
  /** The filter the parser reads through, or null when it reads the input as it is (then every string is checked). */
  private final ControlCharFilter filter;

  /**
   * @param p the parser
   * @param filter the filter behind a {@link Utf8RepairFilter} that {@code p} reads, or null
   */
  SurrogateRepair(JsonParser p, ControlCharFilter filter, String file, IssueSink issues,
      DesktopJsonReader.Locator locator) {
    super(p);
    this.filter = filter;
    this.file = file;
    this.issues = issues;
    this.locator = locator;
  }

  @Override
  public String getText() throws IOException {
    return repaired(super.getText());
  }

  @Override
  public String currentName() throws IOException {
    return repaired(super.currentName());
  }

  @Override
  @Deprecated
  public String getCurrentName() throws IOException {
    return currentName();
  }

  @Override
  public String getValueAsString() throws IOException {
    return repaired(super.getValueAsString());
  }

  @Override
  public String getValueAsString(String defaultValue) throws IOException {
    return repaired(super.getValueAsString(defaultValue));
  }

  private String repaired(String s) {
    if (s == null || (filter != null && !filter.unicodeEscapes())) {
      return s;
    }
    int first = firstLoneSurrogate(s);
    return first < 0 ? s : replaced(s, first);
  }

  /** @return {@code s} with its lone surrogates, the first at {@code first}, replaced, with a warning */
  private String replaced(String s, int first) {
    StringBuilder sb = new StringBuilder(s);
    int count = 0;
    for (int i = first; i < sb.length(); i++) {
      char c = sb.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < sb.length() && Character.isLowSurrogate(sb.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        sb.setCharAt(i, '\uFFFD');
        count++;
      }
    }
    long[] at = locator.at(currentTokenLocation());
    issues.warn(file, at[0], at[1], String.format(Locale.ROOT, "lone surrogate U+%04X at UTF-16 offset %d of a string"
        + "%s replaced with U+FFFD; expected a character or a surrogate pair", (int) s.charAt(first), first,
        count > 1 ? String.format(Locale.ROOT, " (and %d more)", count - 1) : ""));
    return sb.toString();
  }

  /** @return the index of the first surrogate not in a pair, or -1 */
  static int firstLoneSurrogate(String s) {
    for (int i = 0, n = s.length(); i < n; i++) {
      char c = s.charAt(i);
      if (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE) {
        if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
          i++;
        } else {
          return i;
        }
      }
    }
    return -1;
  }
}
