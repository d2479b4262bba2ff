package org.tgparse.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.tgparse.read.Format;
import org.tgparse.MessageReader;
import org.tgparse.read.ReadOptions;
import org.tgparse.Tgparse;
import org.tgparse.extract.DateExtractor;
import org.tgparse.extract.DatelineExtractor;
import org.tgparse.extract.EmojiExtractor;
import org.tgparse.extract.Extractor;
import org.tgparse.extract.LinkExtractor;
import org.tgparse.extract.PlaceExtractor;
import org.tgparse.extract.TelegramEntityExtractor;
import org.tgparse.model.Dateline;
import org.tgparse.model.EmojiMarker;
import org.tgparse.model.Message;

/**
 * Each extractor alone over the texts of the generated plain-text export. The {@code bytes} counter counts the
 * export's bytes, so that its rate compares directly with {@link TextExportBenchmark} without extraction: an
 * extractor meets its budget (a fifth of the parse time) when its bytes/s is at least 5 times the parser's.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class ExtractorBenchmark {
  /** Size of the generated export the texts come from. */
  @Param("16MB")
  public String size;

  /**
   * hashtags (TelegramEntityExtractor hashtags, cashtags, mentions and LinkExtractor), emoji, dates, dateline,
   * places (given the emoji and dateline found beforehand), or all (the whole Extractor).
   */
  @Param({"hashtags", "emoji", "dates", "dateline", "places", "all"})
  public String extractor;

  private List<String> texts;
  private List<List<EmojiMarker>> emoji;
  private List<Dateline> datelines;
  private long inputBytes;

  /** Reads the texts out of the generated export, without extraction. */
  @Setup
  public void setup() {
    java.nio.file.Path p = BenchInputs.get("text", size);
    inputBytes = p.toFile().length();
    texts = new ArrayList<>();
    try (MessageReader r = Tgparse.read(p, ReadOptions.defaults().withFormat(Format.TEXT)
        .withExtractEntities(false))) {
      for (Message m : r) {
        texts.add(m.text());
      }
    }
    emoji = new ArrayList<>();
    datelines = new ArrayList<>();
    if (extractor.equals("places")) {
      for (String t : texts) {
        emoji.add(EmojiExtractor.extract(t));
        datelines.add(DatelineExtractor.extract(t, null));
      }
    }
  }

  /**
   * Runs the extractor over every text.
   *
   * @param bh sink
   * @param c counters
   */
  @Benchmark
  public void extract(Blackhole bh, Counters c) {
    switch (extractor) {
      case "hashtags":
        for (String t : texts) {
          bh.consume(TelegramEntityExtractor.hashtags(t));
          bh.consume(TelegramEntityExtractor.cashtags(t));
          bh.consume(TelegramEntityExtractor.mentions(t));
          bh.consume(LinkExtractor.extract(t));
        }
        break;
      case "emoji":
        for (String t : texts) {
          bh.consume(EmojiExtractor.extract(t));
        }
        break;
      case "dates":
        for (String t : texts) {
          bh.consume(DateExtractor.extract(t, null));
        }
        break;
      case "dateline":
        for (String t : texts) {
          bh.consume(DatelineExtractor.extract(t, null));
        }
        break;
      case "places":
        for (int i = 0; i < texts.size(); i++) {
          bh.consume(PlaceExtractor.extract(texts.get(i), emoji.get(i), datelines.get(i)));
        }
        break;
      case "all":
        Extractor x = Extractor.standard();
        for (String t : texts) {
          bh.consume(x.extract(t));
        }
        break;
      default:
        throw new IllegalArgumentException("unknown extractor " + extractor);
    }
    c.bytes += inputBytes;
    c.messages += texts.size();
  }
}
