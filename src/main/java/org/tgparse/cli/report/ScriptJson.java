package org.tgparse.cli.report;

/**
 * Makes JSON text safe inside an HTML {@code <script type="application/json">} element.
 *
 * <p>Inside a script element the HTML parser looks only for {@code </script} (and {@code <!--}, which changes
 * how it looks); JSON's own escaping does not prevent either. Replacing every {@code <}, {@code >} and
 * {@code &} by its {@code \}{@code u} escape removes both, and leaves the JSON equal: these characters can only
 * occur inside JSON strings, where the escape means the same character. U+2028 and U+2029 are escaped too, so
 * that the text stays valid if a reader ever evaluates it as JavaScript (before ES2019 they end a line there).
 * See the HTML standard, "Restrictions for contents of script elements".
 */
final class ScriptJson {
  private ScriptJson() {
  }

  /**
   * @param json JSON text
   * @return the same JSON, with {@code < > &} U+2028 U+2029 written as {@code \}{@code u} escapes
   */
  static String escape(String json) {
    StringBuilder out = null;
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      String esc;
      switch (c) {
        case '<':
          esc = "\\u003c";
          break;
        case '>':
          esc = "\\u003e";
          break;
        case '&':
          esc = "\\u0026";
          break;
        case '\u2028':
          esc = "\\u2028";
          break;
        case '\u2029':
          esc = "\\u2029";
          break;
        default:
          if (out != null) {
            out.append(c);
          }
          continue;
      }
      if (out == null) {
        out = new StringBuilder(json.length() + 64).append(json, 0, i);
      }
      out.append(esc);
    }
    return out == null ? json : out.toString();
  }
}
