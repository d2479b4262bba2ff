package org.tgparse.cli.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.tgparse.cli.stats.ArchiveStats;
import org.tgparse.cli.stats.TopCounter;
import org.tgparse.model.MessageType;
import org.tgparse.model.Timestamp;

/**
 * The report's numbers as one JSON object, which the page's script draws: the summary's numbers
 * ({@link ArchiveStats}, so that the header says what {@code --summary} says) and the report's own
 * ({@link ReportStats}). Its size is bounded by the top-list lengths below and the archive's span in days.
 *
 * <p>Field names and shapes are the page script's contract ({@code report.js}); arrays of arrays keep the file
 * small. Days are epoch days, weeks are {@link WeekCounts} numbers, months are {@code year * 12 + month - 1}.
 */
final class ReportData {
  /** Entries of each top list drawn. */
  static final int TOP = 20;
  /** Channels named in the header. */
  static final int TOP_CHANNELS = 10;
  /** Countries sent to the map: every one the archive names (there are fewer than 300). */
  static final int ALL_COUNTRIES = 1000;

  private ReportData() {
  }

  /**
   * @param meta what was read and how
   * @param summary the summary's numbers
   * @param stats the report's own numbers
   * @return the JSON text (not yet escaped for a script element: see {@link ScriptJson})
   */
  static String toJson(ReportMeta meta, ArchiveStats summary, ReportStats stats) {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = new JsonFactory().createGenerator(w)) {
      g.writeStartObject();
      writeMeta(g, meta, stats);
      writeHeader(g, summary);
      writeDays(g, stats.days());
      g.writeArrayFieldStart("weekHour");
      for (long n : stats.weekHour()) {
        g.writeNumber(n);
      }
      g.writeEndArray();
      writeHashtags(g, stats.hashtags(), summary.topHashtags(TOP));
      writeCounted(g, "forwardSources", summary.topForwardSources(TOP));
      writeCountries(g, summary.topCountries(ALL_COUNTRIES));
      writePlaces(g, summary.topPlaces(TOP));
      writeYears(g, summary);
      writeMentions(g, stats.mentions());
      writeEmoji(g, stats.emoji().top(TOP));
      g.writeArrayFieldStart("media");
      for (TopTracker.Entry<Void> e : stats.mediaKinds().top(TOP)) {
        pair(g, e.key(), e.count());
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return w.toString();
  }

  private static void writeMeta(JsonGenerator g, ReportMeta meta, ReportStats stats) throws IOException {
    g.writeStringField("tool", meta.tool());
    g.writeArrayFieldStart("inputs");
    for (String input : meta.inputs()) {
      g.writeString(input);
    }
    g.writeEndArray();
    g.writeNumberField("moreInputs", meta.moreInputs());
    // How the charts' wall-clock times were taken, said under the time charts.
    String zone = stats.zone() == null ? "UTC" : stats.zone().getId();
    g.writeStringField("zone", zone);
    g.writeBooleanField("localTimes", stats.sawLocalTime());
    g.writeBooleanField("instants", stats.sawInstant());
    g.writeNumberField("posts", stats.posts());
    g.writeNumberField("datedPosts", stats.datedPosts());
  }

  private static void writeHeader(JsonGenerator g, ArchiveStats s) throws IOException {
    g.writeObjectFieldStart("header");
    g.writeNumberField("messages", s.messages());
    g.writeObjectFieldStart("byType");
    for (Map.Entry<MessageType, Long> e : s.byType().entrySet()) {
      g.writeNumberField(e.getKey().jsonName(), e.getValue());
    }
    g.writeEndObject();
    g.writeNumberField("forwards", s.forwards());
    g.writeStringField("first", date(s.firstDate()));
    g.writeStringField("last", date(s.lastDate()));
    g.writeNumberField("undated", s.undated());
    g.writeNumberField("channelCount", s.channelCount());
    g.writeNumberField("withoutChannel", s.withoutChannel());
    writeCounted(g, "channels", s.topChannels(TOP_CHANNELS));
    g.writeNumberField("issues", s.issues());
    g.writeNumberField("failedInputs", s.failedInputs());
    g.writeBooleanField("exact", s.isExact());
    g.writeEndObject();
  }

  private static String date(Timestamp t) {
    return t == null ? null : t.toString();
  }

  private static void writeDays(JsonGenerator g, DayCounters days) throws IOException {
    g.writeArrayFieldStart("days");
    for (Map.Entry<Long, long[]> e : days.days().entrySet()) {
      g.writeStartArray();
      g.writeNumber(e.getKey());
      for (long n : e.getValue()) {
        g.writeNumber(n);
      }
      g.writeEndArray();
    }
    g.writeEndArray();
  }

  /**
   * The summary's top hashtags, each with the timeline the report tracked for it. Both count with the same
   * capacity and the same rule, so the same tags are in both tables; a tag that entered the report's table late
   * (after its table was full) has a timeline of its later uses only.
   */
  private static void writeHashtags(JsonGenerator g, TopTracker<WeekCounts> tracked, List<TopCounter.Counted> top)
      throws IOException {
    Map<String, WeekCounts> timelines = new java.util.HashMap<>();
    for (TopTracker.Entry<WeekCounts> e : tracked.top(tracked.capacity())) {
      timelines.put(e.key(), e.companion());
    }
    g.writeArrayFieldStart("hashtags");
    for (TopCounter.Counted c : top) {
      g.writeStartArray();
      g.writeString(c.key());
      g.writeNumber(c.count());
      g.writeStartArray();
      WeekCounts weeks = timelines.get(c.key());
      for (int i = 0; weeks != null && i < weeks.size(); i++) {
        g.writeNumber(weeks.week(i));
        g.writeNumber(weeks.count(i));
      }
      g.writeEndArray();
      g.writeEndArray();
    }
    g.writeEndArray();
  }

  private static void writeCounted(JsonGenerator g, String field, List<TopCounter.Counted> list) throws IOException {
    g.writeArrayFieldStart(field);
    for (TopCounter.Counted c : list) {
      pair(g, c.key(), c.count());
    }
    g.writeEndArray();
  }

  private static void writeCountries(JsonGenerator g, Map<String, Long> countries) throws IOException {
    g.writeArrayFieldStart("countries");
    for (Map.Entry<String, Long> e : countries.entrySet()) {
      pair(g, e.getKey(), e.getValue());
    }
    g.writeEndArray();
  }

  /** Places as [name, country code or "", count]; the summary keys them {@code code + "\t" + name}. */
  private static void writePlaces(JsonGenerator g, List<TopCounter.Counted> places) throws IOException {
    g.writeArrayFieldStart("places");
    for (TopCounter.Counted c : places) {
      int tab = c.key().indexOf('\t');
      g.writeStartArray();
      g.writeString(c.key().substring(tab + 1));
      g.writeString(c.key().substring(0, Math.max(tab, 0)));
      g.writeNumber(c.count());
      g.writeEndArray();
    }
    g.writeEndArray();
  }

  private static void writeYears(JsonGenerator g, ArchiveStats s) throws IOException {
    g.writeArrayFieldStart("mentionedYears");
    for (Map.Entry<Integer, Long> e : s.mentionedYears().entrySet()) {
      g.writeStartArray();
      g.writeNumber(e.getKey());
      g.writeNumber(e.getValue());
      g.writeEndArray();
    }
    g.writeEndArray();
    g.writeNumberField("datesWithoutYear", s.datesWithoutYear());
  }

  private static void writeMentions(JsonGenerator g, MentionMatrix m) throws IOException {
    g.writeArrayFieldStart("mentions");
    for (Map.Entry<MentionMatrix.Cell, Long> e : m.cells().entrySet()) {
      MentionMatrix.Cell c = e.getKey();
      g.writeStartArray();
      g.writeNumber(c.postMonth());
      g.writeNumber(c.mentioned());
      g.writeNumber(c.wholeYear() ? 1 : 0);
      g.writeNumber(e.getValue());
      g.writeEndArray();
    }
    g.writeEndArray();
    g.writeNumberField("mentionOverflow", m.overflow());
  }

  private static void writeEmoji(JsonGenerator g, List<TopTracker.Entry<String[]>> list) throws IOException {
    g.writeArrayFieldStart("emoji");
    for (TopTracker.Entry<String[]> e : list) {
      g.writeStartArray();
      g.writeString(e.key());
      g.writeString(e.companion()[0]);
      g.writeNumber(e.count());
      g.writeEndArray();
    }
    g.writeEndArray();
  }

  private static void pair(JsonGenerator g, String key, long count) throws IOException {
    g.writeStartArray();
    g.writeString(key);
    g.writeNumber(count);
    g.writeEndArray();
  }
}
