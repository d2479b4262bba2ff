package org.tgparse.extract;

import java.util.List;
import org.tgparse.model.Dateline;
import org.tgparse.model.EmojiMarker;
import org.tgparse.model.Place;

/** Places: the dateline's place, gazetteer mentions and flag emoji. */
public final class PlaceExtractor {
  private PlaceExtractor() {
  }

  /**
   * @param text any text
   * @param emoji the emoji markers found in it (flags become places)
   * @param dateline the dateline found in it, or null
   * @return places in order
   */
  public static List<Place> extract(String text, List<EmojiMarker> emoji, Dateline dateline) {
    return List.of();
  }
}
