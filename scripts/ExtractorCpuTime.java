import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tgparse.Format;
import org.tgparse.MessageReader;
import org.tgparse.ReadOptions;
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
 * The work of ExtractorBenchmark (each extractor over the texts of the generated 16 MB plain-text export), timed by
 * the calling thread's CPU time, for a machine too busy for JMH's wall-clock figures: best of ROUNDS rounds of
 * PASSES passes, in MB/s of the export's bytes. Run with the benchmarks jar of the version to measure:
 *
 * <pre>java -cp target/benchmarks.jar scripts/ExtractorCpuTime.java [INPUT [ROUNDS [PASSES [KINDS]]]]</pre>
 * KINDS is a comma-separated subset of hashtags,dates,dateline,places,all.
 */
public class ExtractorCpuTime {
  public static void main(String[] args) {
    Path input = Path.of(args.length > 0 ? args[0] : "bench-data/jmh/text-16MB-42.txt");
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 12;
    int passes = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    long bytes = input.toFile().length();
    List<String> texts = new ArrayList<>();
    try (MessageReader r = Tgparse.read(input, ReadOptions.defaults().withFormat(Format.TEXT)
        .withExtractEntities(false))) {
      for (Message m : r) {
        texts.add(m.text());
      }
    }
    List<List<EmojiMarker>> emoji = new ArrayList<>();
    List<Dateline> datelines = new ArrayList<>();
    for (String t : texts) {
      emoji.add(EmojiExtractor.extract(t));
      datelines.add(DatelineExtractor.extract(t, null));
    }
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    String[] kinds = args.length > 3 ? args[3].split(",") : new String[] {"hashtags", "dates", "dateline", "places", "all"};
    for (String which : kinds) {
      long best = Long.MAX_VALUE;
      long sink = 0;
      for (int round = 0; round < rounds; round++) {
        long t0 = mx.getCurrentThreadCpuTime();
        for (int p = 0; p < passes; p++) {
          for (int i = 0; i < texts.size(); i++) {
            String t = texts.get(i);
            switch (which) {
              case "hashtags":
                sink += TelegramEntityExtractor.hashtags(t).size() + TelegramEntityExtractor.cashtags(t).size()
                    + TelegramEntityExtractor.mentions(t).size() + LinkExtractor.extract(t).size();
                break;
              case "dates":
                sink += DateExtractor.extract(t, null).size();
                break;
              case "dateline":
                sink += DatelineExtractor.extract(t, null) == null ? 0 : 1;
                break;
              case "places":
                sink += PlaceExtractor.extract(t, emoji.get(i), datelines.get(i)).size();
                break;
              default:
                sink += Extractor.standard().extract(t).places().size();
            }
          }
        }
        long ns = (mx.getCurrentThreadCpuTime() - t0) / passes;
        if (round >= 2) {
          best = Math.min(best, ns);
        }
      }
      System.out.printf(Locale.ROOT, "%-9s %8.1f MB/s  (%.1f ms per pass, best of %d; %d)%n", which,
          bytes / 1e6 / (best / 1e9), best / 1e6, rounds - 2, sink);
    }
  }
}
