package org.tgparse.read;

import java.util.Locale;
import org.tgparse.Tgparse;

/** The input formats tgparse reads. The command line names them with {@link #cliName()}. */
public enum Format {
  /** Decide by content: see {@link Tgparse#detect(java.nio.file.Path)}. */
  AUTO("auto"),
  /** Plain-text copies of channel posts: {@code Forwarded from ...} headers and a repeated body. */
  TEXT("text"),
  /** Any text, read whole as the text of one message: no headers, no collapsing. */
  PLAIN("plain"),
  /** Telegram Desktop's JSON export ({@code result.json}). */
  DESKTOP_JSON("desktop-json"),
  /** Telegram Desktop's HTML export ({@code messages.html}, {@code messages2.html}, ...). */
  DESKTOP_HTML("desktop-html"),
  /** A saved {@code t.me/s/<channel>} web page. */
  TME_HTML("tme");

  private final String cliName;

  Format(String cliName) {
    this.cliName = cliName;
  }

  /** @return the name used by {@code --format} */
  public String cliName() {
    return cliName;
  }

  /**
   * @param name a {@code --format} value, case-insensitive
   * @return the format
   * @throws IllegalArgumentException naming the accepted values when there is none of that name
   */
  public static Format fromCliName(String name) {
    for (Format f : values()) {
      if (f.cliName.equalsIgnoreCase(name)) {
        return f;
      }
    }
    StringBuilder names = new StringBuilder();
    for (Format f : values()) {
      names.append(names.length() == 0 ? "" : ", ").append(f.cliName);
    }
    throw new IllegalArgumentException(String.format(Locale.ROOT,
        "unknown format \"%s\": expected one of %s", name, names));
  }
}
