package org.tgparse.internal.io;

import java.util.List;
import java.util.Locale;
import org.tgparse.MessageReader;
import org.tgparse.model.Message;
import org.tgparse.read.Limits;

/**
 * Cuts each entity list of a message at {@link org.tgparse.read.Limits#maxEntitiesPerMessage()}, with an issue per list
 * that was cut. The extractors have no issue sink, so the limit is applied after them, to extracted and
 * format-marked entities alike: by {@code MessageReader}, and by the command line's workers when they extract
 * apart from the reader.
 */
public final class EntityLimits {
  private EntityLimits() {
  }

  /**
   * @param m a message, entities extracted
   * @param max the most entities of one kind
   * @param file the input's name, for the issues
   * @param issues where a cut list is reported
   * @return {@code m}, or a copy with the lists cut
   */
  public static Message apply(Message m, int max, String file, IssueSink issues) {
    // The distinct hashtags (Message.hashtags(), derived) are never more than their occurrences.
    if (m.hashtagEntities().size() <= max && m.cashtags().size() <= max
        && m.mentions().size() <= max && m.links().size() <= max && m.emoji().size() <= max
        && m.dates().size() <= max && m.places().size() <= max && m.entities().size() <= max) {
      return m;
    }
    Message.Builder b = m.toBuilder();
    b.hashtagEntities(cut(m, "hashtags", m.hashtagEntities(), max, file, issues));
    b.cashtags(cut(m, "cashtags", m.cashtags(), max, file, issues));
    b.mentions(cut(m, "mentions", m.mentions(), max, file, issues));
    b.links(cut(m, "links", m.links(), max, file, issues));
    b.emoji(cut(m, "emoji", m.emoji(), max, file, issues));
    b.dates(cut(m, "dates", m.dates(), max, file, issues));
    b.places(cut(m, "places", m.places(), max, file, issues));
    b.entities(cut(m, "format entities", m.entities(), max, file, issues));
    return b.build();
  }

  private static <T> List<T> cut(Message m, String what, List<T> list, int max, String file, IssueSink issues) {
    if (list.size() <= max) {
      return list;
    }
    issues.warn(file, m.source().startLine(), 0, String.format(Locale.ROOT,
        "message has %d %s; kept the first %d (limit maxEntitiesPerMessage, option --max-entities)",
        list.size(), what, max));
    return list.subList(0, max);
  }
}
