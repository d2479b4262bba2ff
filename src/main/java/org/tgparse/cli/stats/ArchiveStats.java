package org.tgparse.cli.stats;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.tgparse.model.Channel;
import org.tgparse.model.DateMention;
import org.tgparse.model.Forward;
import org.tgparse.model.Message;
import org.tgparse.model.MessageType;
import org.tgparse.model.Place;
import org.tgparse.model.Timestamp;

/**
 * An overview of an archive, gathered one message at a time in one pass and in bounded memory: what
 * {@code --summary} prints (through {@link SummaryTable}) and what a report's header shows, so that both give the
 * same numbers.
 *
 * <p><b>What is counted.</b> Messages by type, forwards, the date range of the messages' own dates, and then, for
 * channels, forward sources, hashtags, places, countries and years mentioned, the number of <em>messages</em> that
 * have each (a post that names Moscow three times counts once for Moscow). Issues and unreadable inputs are added
 * by the caller, who sees the readers ({@link #addIssues}, {@link #addFailedInput}); {@link ArchivePass} does it
 * all in one pass over the inputs.
 *
 * <p><b>Memory.</b> Channels, forward sources, hashtags and places are counted by {@link TopCounter}s of
 * {@link TopCounter#DEFAULT_CAPACITY} strings each: exact while a list has no more distinct strings than that,
 * otherwise within the space-saving bound (see {@link TopCounter}; {@link #isExact()} says which). Countries are
 * counted exactly: a code has two letters, so there are at most 677 keys with "none". Years are counted exactly: a
 * date mention's year has four digits, at most 10,000 keys. Nothing else grows with the input.
 *
 * <p>Not thread-safe: feed it from one thread.
 */
public final class ArchiveStats {
  /** Country key of places without a country code (a named place outside any country, a bare location). */
  public static final String NO_COUNTRY = "";

  private long messages;
  private final EnumMap<MessageType, Long> byType = new EnumMap<>(MessageType.class);
  private long forwards;
  private long undated;
  private Timestamp first;
  private Timestamp last;
  private final TopCounter channels = new TopCounter();
  private long withoutChannel;
  private final TopCounter forwardSources = new TopCounter();
  private final TopCounter hashtags = new TopCounter();
  private final Map<String, Long> countries = new HashMap<>();
  /** Keyed {@code countryCode + '\t' + name}: the same name in two countries stays two places. */
  private final TopCounter places = new TopCounter();
  private final TreeMap<Integer, Long> years = new TreeMap<>();
  private long datesWithoutYear;
  private long issues;
  private long failedInputs;

  /** An empty overview. */
  public ArchiveStats() {
    for (MessageType t : MessageType.values()) {
      byType.put(t, 0L);
    }
  }

  /**
   * Counts one message.
   *
   * @param m the message; not null
   */
  public void add(Message m) {
    messages++;
    byType.merge(m.type(), 1L, Long::sum);
    addDate(m.date());
    addChannel(m.channel());
    Forward f = m.forward();
    if (f != null) {
      forwards++;
      String source = firstNonNull(f.from(), f.fromId(), f.link());
      if (source != null) {
        forwardSources.add(source);
      }
    }
    for (String h : m.hashtags()) { // already distinct
      hashtags.add(h);
    }
    addPlaces(m.places());
    addYears(m.dates());
  }

  private void addDate(Timestamp date) {
    if (date == null) {
      undated++;
      return;
    }
    if (first == null || key(date).isBefore(key(first))) {
      first = date;
    }
    if (last == null || key(date).isAfter(key(last))) {
      last = date;
    }
  }

  /** Instants and local times are compared on one clock: an instant's UTC wall time (archives rarely mix them). */
  private static LocalDateTime key(Timestamp t) {
    return t.instant() != null ? LocalDateTime.ofInstant(t.instant(), ZoneOffset.UTC) : t.local();
  }

  private void addChannel(Channel c) {
    String name = c == null ? null
        : firstNonNull(c.name(), c.username() == null ? null : "@" + c.username(), c.id());
    if (name == null) {
      withoutChannel++;
    } else {
      channels.add(name);
    }
  }

  private void addPlaces(List<Place> list) {
    if (list.isEmpty()) {
      return;
    }
    Set<String> seenCountries = new HashSet<>();
    Set<String> seenPlaces = new HashSet<>();
    for (Place p : list) {
      String country = p.countryCode() == null ? NO_COUNTRY : p.countryCode();
      if (seenCountries.add(country)) {
        countries.merge(country, 1L, Long::sum);
      }
      if (p.name() != null && seenPlaces.add(country + '\t' + p.name())) {
        places.add(country + '\t' + p.name());
      }
    }
  }

  private void addYears(List<DateMention> dates) {
    if (dates.isEmpty()) {
      return;
    }
    Set<Integer> seen = new HashSet<>();
    boolean noYear = false;
    for (DateMention d : dates) {
      Integer year = year(d.value());
      if (year == null) {
        noYear = true;
      } else if (seen.add(year)) {
        years.merge(year, 1L, Long::sum);
      }
    }
    if (noYear) {
      datesWithoutYear++;
    }
  }

  /** The year of {@code yyyy}, {@code yyyy-MM} or {@code yyyy-MM-dd}; null for {@code --MM-dd}. */
  private static Integer year(String value) {
    if (value == null || value.length() < 4) {
      return null;
    }
    int y = 0;
    for (int i = 0; i < 4; i++) {
      char c = value.charAt(i);
      if (c < '0' || c > '9') {
        return null;
      }
      y = y * 10 + (c - '0');
    }
    return y;
  }

  /**
   * Adds issues met while reading (the readers' {@code issueCount()} plus {@code droppedIssues()}).
   *
   * @param n how many
   */
  public void addIssues(long n) {
    issues += n;
  }

  /** Counts an input that could not be read, or whose reading ended in an error. */
  public void addFailedInput() {
    failedInputs++;
  }

  /** @return the messages counted */
  public long messages() {
    return messages;
  }

  /** @return messages by type, every type present (0 when none), in the enum's order */
  public Map<MessageType, Long> byType() {
    return Collections.unmodifiableMap(new EnumMap<>(byType));
  }

  /** @return messages that are forwards (have a forward source, even an unnamed one) */
  public long forwards() {
    return forwards;
  }

  /** @return the earliest message date, or null when no message has one */
  public Timestamp firstDate() {
    return first;
  }

  /** @return the latest message date, or null when no message has one */
  public Timestamp lastDate() {
    return last;
  }

  /** @return messages without a date of their own (plain-text copies have none) */
  public long undated() {
    return undated;
  }

  /** @return how many distinct channels were counted (at most the counter's capacity) */
  public int channelCount() {
    return channels.size();
  }

  /**
   * @param k how many at most
   * @return channels by messages (name, else {@code @username}, else id), most first
   */
  public List<TopCounter.Counted> topChannels(int k) {
    return channels.top(k);
  }

  /** @return messages whose format names no channel (plain-text copies) */
  public long withoutChannel() {
    return withoutChannel;
  }

  /**
   * @param k how many at most
   * @return forward sources by forwarded messages (name, else id, else link), most first
   */
  public List<TopCounter.Counted> topForwardSources(int k) {
    return forwardSources.top(k);
  }

  /**
   * @param k how many at most
   * @return hashtags as written with {@code #}, by messages that use them, most first
   */
  public List<TopCounter.Counted> topHashtags(int k) {
    return hashtags.top(k);
  }

  /**
   * @param k how many at most
   * @return country codes ({@link #NO_COUNTRY} for places without one) by messages that mention a place there, most
   *     first (ties by code), as an ordered map
   */
  public Map<String, Long> topCountries(int k) {
    Map<String, Long> out = new LinkedHashMap<>();
    countries.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(k)
        .forEach(e -> out.put(e.getKey(), e.getValue()));
    return Collections.unmodifiableMap(out);
  }

  /**
   * @param k how many at most
   * @return places by messages that mention them, most first; each key is {@code countryCode + "\t" + name} (the
   *     country code empty when there is none)
   */
  public List<TopCounter.Counted> topPlaces(int k) {
    return places.top(k);
  }

  /** @return years of the dates mentioned, by messages that mention a date in that year, in year order */
  public Map<Integer, Long> mentionedYears() {
    return Collections.unmodifiableMap(new TreeMap<>(years));
  }

  /** @return messages that mention a date without a year ({@code --MM-dd}) */
  public long datesWithoutYear() {
    return datesWithoutYear;
  }

  /** @return issues met while reading, as added */
  public long issues() {
    return issues;
  }

  /** @return inputs that could not be read to their end, as added */
  public long failedInputs() {
    return failedInputs;
  }

  /** @return true when every top list is exact (no counter had to drop a string) */
  public boolean isExact() {
    return channels.isExact() && forwardSources.isExact() && hashtags.isExact() && places.isExact();
  }

  private static String firstNonNull(String a, String b, String c) {
    return a != null ? a : b != null ? b : c;
  }
}
