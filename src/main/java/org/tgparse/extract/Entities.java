package org.tgparse.extract;

import java.util.List;
import org.tgparse.model.Cashtag;
import org.tgparse.model.DateMention;
import org.tgparse.model.Dateline;
import org.tgparse.model.EmojiMarker;
import org.tgparse.model.Hashtag;
import org.tgparse.model.Link;
import org.tgparse.model.Mention;
import org.tgparse.model.Place;

/**
 * Everything the extractors found in one text. Offsets are UTF-16 code units into that text, half-open. Lists are
 * never null and are sorted by start offset.
 *
 * @param hashtags hashtags
 * @param cashtags cashtags
 * @param mentions mentions
 * @param links links
 * @param emoji emoji markers
 * @param dates dates
 * @param places places (the dateline's place first where there is one)
 * @param dateline the dateline, or null
 */
public record Entities(List<Hashtag> hashtags, List<Cashtag> cashtags, List<Mention> mentions, List<Link> links,
    List<EmojiMarker> emoji, List<DateMention> dates, List<Place> places, Dateline dateline) {

  /** Copies the lists. */
  public Entities {
    hashtags = List.copyOf(hashtags);
    cashtags = List.copyOf(cashtags);
    mentions = List.copyOf(mentions);
    links = List.copyOf(links);
    emoji = List.copyOf(emoji);
    dates = List.copyOf(dates);
    places = List.copyOf(places);
  }
}
