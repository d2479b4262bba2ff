package org.tgparse.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tgparse.cli.stats.ArchiveStats;
import org.tgparse.cli.stats.TopCounter;
import org.tgparse.model.MessageType;

/**
 * Prints an {@link ArchiveStats} as aligned plain text, the output of {@code --summary}. Counts stand in a
 * right-aligned column in front of the names they count: names come from the archive (emoji, any script, any
 * length), and a column after them could not be aligned.
 */
final class SummaryTable {
  /** Entries shown in each top list. */
  static final int TOP = 10;
  /** Places shown after each country. */
  static final int PLACES_PER_COUNTRY = 3;

  private final StringBuilder out = new StringBuilder(2048);

  private SummaryTable() {
  }

  /**
   * @param s the overview
   * @param inputs how many inputs were given
   * @return the summary, lines ending in {@code \n}
   */
  static String render(ArchiveStats s, int inputs) {
    SummaryTable t = new SummaryTable();
    t.header(s, inputs);
    t.top("Channels", s.topChannels(TOP), s.channelCount());
    if (s.withoutChannel() > 0) {
      t.line("  " + number(s.withoutChannel()) + " messages name no channel (plain-text copies do not)");
    }
    t.top("Top forward sources", s.topForwardSources(TOP), -1);
    t.top("Top hashtags", s.topHashtags(TOP), -1);
    t.countries(s);
    t.years(s);
    if (!s.isExact()) {
      t.out.append('\n');
      t.line(String.format(Locale.ROOT, "~ marks a count that may be too high: a list met more than %,d distinct "
          + "names and kept the most frequent (space-saving counts, never too low).", TopCounter.DEFAULT_CAPACITY));
    }
    return t.out.toString();
  }

  private void header(ArchiveStats s, int inputs) {
    Map<String, String> rows = new LinkedHashMap<>();
    rows.put("Inputs", number(inputs) + (s.failedInputs() > 0 ? " (" + number(s.failedInputs()) + " failed)" : ""));
    rows.put("Messages", number(s.messages()));
    for (Map.Entry<MessageType, Long> e : s.byType().entrySet()) {
      rows.put("  " + e.getKey().jsonName(), number(e.getValue()));
    }
    rows.put("Forwards", number(s.forwards()));
    String range = s.firstDate() == null ? "none"
        : s.firstDate().equals(s.lastDate()) ? s.firstDate().toString()
        : s.firstDate() + " .. " + s.lastDate();
    rows.put("Dates", range + (s.undated() > 0 && s.messages() > 0 ? " (" + number(s.undated()) + " without a date)" : ""));
    rows.put("Issues", number(s.issues()));
    int width = 0;
    for (String label : rows.keySet()) {
      width = Math.max(width, label.length());
    }
    for (Map.Entry<String, String> e : rows.entrySet()) {
      line(pad(e.getKey(), width + 2) + e.getValue());
    }
  }

  /** A top list: {@code shown} entries, or a note when there are none; {@code distinct} (if not -1) in the title. */
  private void top(String title, List<TopCounter.Counted> list, int distinct) {
    out.append('\n');
    String more = distinct > list.size() ? ", " + number(list.size()) + " of " + number(distinct) : "";
    line(title + " (messages" + more + ")");
    if (list.isEmpty()) {
      if (distinct != 0) { // the channel list says why it is empty itself
        line("  none");
      }
      return;
    }
    List<String> counts = new ArrayList<>(list.size());
    for (TopCounter.Counted c : list) {
      counts.add(count(c));
    }
    int width = widest(counts);
    for (int i = 0; i < list.size(); i++) {
      line("  " + padLeft(counts.get(i), width) + "  " + list.get(i).key());
    }
  }

  private void countries(ArchiveStats s) {
    out.append('\n');
    line("Places mentioned, by country (messages)");
    Map<String, Long> countries = s.topCountries(TOP);
    if (countries.isEmpty()) {
      line("  none");
      return;
    }
    // Places of the shown countries, most mentioned first: from the whole counter, which is bounded.
    Map<String, List<String>> placesOf = new LinkedHashMap<>();
    for (TopCounter.Counted p : s.topPlaces(TopCounter.DEFAULT_CAPACITY)) {
      int tab = p.key().indexOf('\t');
      List<String> names = placesOf.computeIfAbsent(p.key().substring(0, tab), k -> new ArrayList<>());
      if (names.size() < PLACES_PER_COUNTRY) {
        names.add(p.key().substring(tab + 1) + " " + count(p));
      }
    }
    List<String> counts = new ArrayList<>();
    for (Long n : countries.values()) {
      counts.add(number(n));
    }
    int width = widest(counts);
    int i = 0;
    for (Map.Entry<String, Long> e : countries.entrySet()) {
      String code = e.getKey().isEmpty() ? "--" : e.getKey();
      List<String> names = placesOf.getOrDefault(e.getKey(), List.of());
      line("  " + padLeft(counts.get(i++), width) + "  " + code + (names.isEmpty() ? "" : "  " + String.join(", ", names)));
    }
  }

  private void years(ArchiveStats s) {
    out.append('\n');
    line("Dates mentioned, by year (messages)");
    Map<Integer, Long> years = s.mentionedYears();
    if (years.isEmpty() && s.datesWithoutYear() == 0) {
      line("  none");
      return;
    }
    List<String> labels = new ArrayList<>();
    List<String> counts = new ArrayList<>();
    for (Map.Entry<Integer, Long> e : years.entrySet()) {
      labels.add(String.format(Locale.ROOT, "%04d", e.getKey()));
      counts.add(number(e.getValue()));
    }
    if (s.datesWithoutYear() > 0) {
      labels.add("no year");
      counts.add(number(s.datesWithoutYear()));
    }
    int labelWidth = widest(labels);
    int width = widest(counts);
    for (int i = 0; i < labels.size(); i++) {
      line("  " + pad(labels.get(i), labelWidth) + "  " + padLeft(counts.get(i), width));
    }
  }

  private void line(String s) {
    out.append(s).append('\n');
  }

  private static String count(TopCounter.Counted c) {
    return (c.error() > 0 ? "~" : "") + number(c.count());
  }

  private static String number(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  private static int widest(List<String> values) {
    int w = 0;
    for (String v : values) {
      w = Math.max(w, v.length());
    }
    return w;
  }

  private static String pad(String s, int width) {
    return s.length() >= width ? s : s + " ".repeat(width - s.length());
  }

  private static String padLeft(String s, int width) {
    return s.length() >= width ? s : " ".repeat(width - s.length()) + s;
  }
}
