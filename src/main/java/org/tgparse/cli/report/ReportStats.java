package org.tgparse.cli.report;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.tgparse.model.DateMention;
import org.tgparse.model.DatePrecision;
import org.tgparse.model.EmojiMarker;
import org.tgparse.model.Media;
import org.tgparse.model.Message;
import org.tgparse.model.MessageType;
import org.tgparse.model.Reaction;
import org.tgparse.model.Timestamp;

/**
 * What the report draws beyond the summary's numbers, gathered one message at a time in one pass and in bounded
 * memory: posts, forwards, views and reactions per day; a weekday x hour grid; each top hashtag's weekly timeline;
 * emoji and media kinds; dates mentioned against post months.
 *
 * <p><b>Time.</b> A post's day and hour are its wall-clock time in the report's zone: an exact instant is moved
 * into the zone given ({@code --zone}), else into UTC; a local time of unknown zone (old Desktop exports) is taken
 * as written. Posts without a date (plain-text copies) count everywhere but in the time charts.
 *
 * <p><b>Memory.</b> Per-day counters ({@link DayCounters}) grow with the archive's span in days; the top lists are
 * {@link TopTracker}s of {@value #TOP_CAPACITY} strings (media kinds {@value #MEDIA_CAPACITY}); a hashtag's
 * timeline has one entry per week it was used; the mention grid holds at most {@value MentionMatrix#MAX_CELLS}
 * cells. Nothing else grows with the input. Not thread-safe: feed it from one thread.
 */
public final class ReportStats {
  /** Strings tracked per top list: as many as the summary's counters, so that both rank alike. */
  static final int TOP_CAPACITY = 1000;
  /** Media kinds tracked: the model knows about twenty; the rest are names an archive made up. */
  static final int MEDIA_CAPACITY = 100;

  private final ZoneId zone;
  private final DayCounters days = new DayCounters();
  private final long[] weekHour = new long[7 * 24];
  private final TopTracker<WeekCounts> hashtags = new TopTracker<>(TOP_CAPACITY, WeekCounts::new);
  private final TopTracker<String[]> emoji = new TopTracker<>(TOP_CAPACITY, () -> new String[1]);
  private final TopTracker<Void> mediaKinds = new TopTracker<>(MEDIA_CAPACITY, () -> null);
  private final MentionMatrix mentions = new MentionMatrix();
  private long posts;
  private long datedPosts;
  private boolean sawLocalTime;
  private boolean sawInstant;

  /**
   * @param zone the zone exact instants are shown in, or null for UTC
   */
  public ReportStats(ZoneId zone) {
    this.zone = zone;
  }

  /**
   * Counts one message. Service messages (channel created, message pinned) are no posts: they count only in the
   * summary's numbers.
   *
   * @param m the message; not null
   */
  public void add(Message m) {
    if (m.type() == MessageType.SERVICE) {
      return;
    }
    posts++;
    LocalDateTime at = wallClock(m.date());
    int week = 0;
    int month = 0;
    if (at != null) {
      datedPosts++;
      long epochDay = at.toLocalDate().toEpochDay();
      week = WeekCounts.weekOf(epochDay);
      month = at.getYear() * 12 + at.getMonthValue() - 1;
      weekHour[(at.getDayOfWeek().getValue() - 1) * 24 + at.getHour()]++;
      addDay(m, days.day(epochDay));
      addMentions(m.dates(), month);
    }
    for (String h : m.hashtags()) { // distinct: a message counts once per tag, as in the summary
      WeekCounts timeline = hashtags.add(h);
      if (at != null) {
        timeline.add(week, 1);
      }
    }
    addEmoji(m.emoji());
    for (Media media : m.media()) {
      mediaKinds.add(media.kindName());
    }
  }

  private LocalDateTime wallClock(Timestamp t) {
    if (t == null) {
      return null;
    }
    if (t.instant() == null) {
      sawLocalTime = true;
      return t.local();
    }
    sawInstant = true;
    return LocalDateTime.ofInstant(t.instant(), zone == null ? ZoneOffset.UTC : zone);
  }

  private static void addDay(Message m, long[] day) {
    day[DayCounters.POSTS]++;
    if (m.forward() != null) {
      day[DayCounters.FORWARDS]++;
    }
    if (m.views() != null && m.views().count() != null) {
      day[DayCounters.VIEWS] += m.views().count();
      day[DayCounters.VIEWED]++;
    }
    long reactions = 0;
    boolean counted = false;
    for (Reaction r : m.reactions()) {
      if (r.count() != null) {
        reactions += r.count();
        counted = true;
      }
    }
    if (counted) {
      day[DayCounters.REACTIONS] += reactions;
      day[DayCounters.REACTED]++;
    }
  }

  private void addMentions(List<DateMention> dates, int postMonth) {
    for (DateMention d : dates) {
      String v = d.value();
      // --MM-dd: a day without a year places no period on the axis.
      if (v.length() < 4 || !Character.isDigit(v.charAt(0))) {
        continue;
      }
      try {
        int year = Integer.parseInt(v.substring(0, 4));
        if (d.precision() == DatePrecision.YEAR || v.length() < 7) {
          mentions.add(new MentionMatrix.Cell(postMonth, year, true));
        } else {
          int month = Integer.parseInt(v.substring(5, 7));
          mentions.add(new MentionMatrix.Cell(postMonth, year * 12 + month - 1, false));
        }
      } catch (NumberFormatException e) {
        // not an ISO value: the model promises one, but a report is no place to fail over it
      }
    }
  }

  private void addEmoji(List<EmojiMarker> list) {
    if (list.isEmpty()) {
      return;
    }
    Set<String> seen = new HashSet<>();
    for (EmojiMarker e : list) {
      if (seen.add(e.text())) {
        emoji.add(e.text())[0] = e.name();
      }
    }
  }

  /** @return the zone exact instants are shown in, or null for UTC */
  ZoneId zone() {
    return zone;
  }

  /** @return posts counted (messages that are not service messages) */
  long posts() {
    return posts;
  }

  /** @return posts with a date of their own */
  long datedPosts() {
    return datedPosts;
  }

  /** @return true when some post had a local time of unknown zone */
  boolean sawLocalTime() {
    return sawLocalTime;
  }

  /** @return true when some post had an exact instant */
  boolean sawInstant() {
    return sawInstant;
  }

  DayCounters days() {
    return days;
  }

  /** @return posts by weekday (Monday 0) times 24 plus hour */
  long[] weekHour() {
    return weekHour.clone();
  }

  TopTracker<WeekCounts> hashtags() {
    return hashtags;
  }

  TopTracker<String[]> emoji() {
    return emoji;
  }

  TopTracker<Void> mediaKinds() {
    return mediaKinds;
  }

  MentionMatrix mentions() {
    return mentions;
  }
}
