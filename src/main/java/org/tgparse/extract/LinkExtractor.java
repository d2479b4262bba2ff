package org.tgparse.extract;

import java.util.List;
import org.tgparse.model.Link;

/** URLs with and without scheme, and e-mail addresses. */
public final class LinkExtractor {
  private LinkExtractor() {
  }

  /** @param text any text @return links in order */
  public static List<Link> extract(String text) {
    return List.of();
  }
}
