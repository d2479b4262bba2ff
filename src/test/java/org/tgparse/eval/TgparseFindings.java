package org.tgparse.eval;

import java.util.ArrayList;
import java.util.List;
import org.tgparse.extract.Entities;
import org.tgparse.extract.Extractor;
import org.tgparse.model.DateMention;
import org.tgparse.model.Place;

/**
 * What tgparse finds in a corpus post: places of kind mention, dateline and location (flags are not evaluated; the
 * dateline's place is among the places already) and every date, with no reference date (a corpus post has none).
 */
public final class TgparseFindings {
  private TgparseFindings() {
  }

  /**
   * @param post a corpus post
   * @return tgparse's places and dates in it
   */
  public static List<Finding> of(CorpusPost post) {
    Entities e = Extractor.standard().extract(post.text());
    List<Finding> out = new ArrayList<>();
    for (Place p : e.places()) {
      if (p.placeKind() != Place.PlaceKind.FLAG) {
        out.add(new Finding(GoldSpan.Kind.PLACE, p.start(), p.end(), p.countryCode()));
      }
    }
    for (DateMention d : e.dates()) {
      out.add(new Finding(GoldSpan.Kind.DATE, d.start(), d.end(), d.value(), d.endValue()));
    }
    return out;
  }
}
