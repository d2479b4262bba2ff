package org.tgparse.spark;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Serializable;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tgparse.read.Format;
import org.tgparse.read.Limits;
import org.tgparse.read.ReadOptions;

/**
 * The options of one {@code spark.read.format("tgparse")}, checked on the driver and shipped to the executors.
 * They map to {@link ReadOptions}: {@code format} ({@code text}, {@code plain}, {@code desktop-json},
 * {@code desktop-html}, {@code tme}, or {@code auto}, the default), {@code zone}, {@code entities}
 * ({@code true}/{@code false}), the limits {@code maxTextLength}, {@code maxLineLength}, {@code maxNestingDepth},
 * {@code maxHtmlDepth}, {@code maxEntities}; and {@code mode} ({@link ReadMode}). Every option, these included,
 * also goes into the Hadoop configuration used to open the paths, as with Spark's file sources (so
 * {@code fs.s3a.endpoint} can be given per read). Option names are case-insensitive.
 *
 * <p>{@link ReadOptions} is not serialisable, so the values are kept here and the {@link ReadOptions} is built
 * where it is used.
 *
 * @param paths the paths given to {@code load}, globs not yet expanded
 * @param format the forced format, or {@link Format#AUTO}
 * @param entities whether the user wants entity extraction (a scan may still turn it off, see
 *     {@link MessageSchema#NEEDS_EXTRACTION})
 * @param zone the zone of local times, or null
 * @param mode what to do with issues and unreadable inputs
 * @param limits the limits
 * @param hadoop every option, for the Hadoop configuration
 */
record SourceOptions(List<String> paths, Format format, boolean entities, String zone, ReadMode mode,
    LimitValues limits, Map<String, String> hadoop) implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Copies the lists. */
  SourceOptions {
    paths = List.copyOf(paths);
    hadoop = Map.copyOf(hadoop);
  }

  /**
   * Reads the options of a load.
   *
   * @param options the options as Spark gives them: case-insensitive keys, {@code path} for one path, and
   *     {@code paths} (a JSON array of strings) for several
   * @return the checked options
   * @throws IllegalArgumentException naming the option whose value is not accepted, or when no path is given
   */
  static SourceOptions parse(Map<String, String> options) {
    Map<String, String> o = new HashMap<>();
    options.forEach((k, v) -> o.put(k.toLowerCase(Locale.ROOT), v));
    List<String> paths = new ArrayList<>();
    if (o.containsKey("path")) {
      paths.add(o.get("path"));
    }
    if (o.containsKey("paths")) {
      try {
        paths.addAll(new ObjectMapper().readValue(o.get("paths"), new TypeReference<List<String>>() { }));
      } catch (java.io.IOException e) {
        throw new IllegalArgumentException("option paths: expected a JSON array of strings, found \""
            + o.get("paths") + "\"", e);
      }
    }
    if (paths.isEmpty()) {
      throw new IllegalArgumentException("expected a path: spark.read.format(\"tgparse\").load(\"exports/\")");
    }
    Format format = o.containsKey("format") ? formatOf(o.get("format")) : Format.AUTO;
    boolean entities = !o.containsKey("entities") || bool("entities", o.get("entities"));
    String zone = o.get("zone");
    if (zone != null) {
      try {
        ZoneId.of(zone);
      } catch (DateTimeException e) {
        throw new IllegalArgumentException("option zone: expected a zone such as Europe/Moscow or +03:00, found \""
            + zone + "\"", e);
      }
    }
    ReadMode mode = o.containsKey("mode") ? ReadMode.of(o.get("mode")) : ReadMode.PERMISSIVE;
    Limits d = Limits.DEFAULTS;
    LimitValues limits = new LimitValues(
        positive(o, "maxtextlength", "maxTextLength", d.maxTextLength()),
        positive(o, "maxlinelength", "maxLineLength", d.maxLineLength()),
        positive(o, "maxnestingdepth", "maxNestingDepth", d.maxNestingDepth()),
        positive(o, "maxhtmldepth", "maxHtmlDepth", d.maxHtmlDepth()),
        positive(o, "maxentities", "maxEntities", d.maxEntitiesPerMessage()));
    Map<String, String> hadoop = new HashMap<>(options);
    hadoop.keySet().removeIf(k -> k.equalsIgnoreCase("path") || k.equalsIgnoreCase("paths"));
    return new SourceOptions(paths, format, entities, zone, mode, limits, hadoop);
  }

  /**
   * @param extractEntities whether this scan extracts entities (false when the user said so, or when no column
   *     that needs them is read)
   * @return the options for the core's readers
   */
  ReadOptions readOptions(boolean extractEntities) {
    return ReadOptions.defaults()
        .withFormat(format)
        .withExtractEntities(extractEntities)
        .withZone(zone == null ? null : ZoneId.of(zone))
        .withStrict(mode == ReadMode.FAILFAST)
        .withLimits(limits.toLimits());
  }

  /**
   * The limits, kept as numbers because {@link Limits} is not serialisable.
   *
   * @param maxTextLength see {@link Limits#maxTextLength()}
   * @param maxLineLength see {@link Limits#maxLineLength()}
   * @param maxNestingDepth see {@link Limits#maxNestingDepth()}
   * @param maxHtmlDepth see {@link Limits#maxHtmlDepth()}
   * @param maxEntities see {@link Limits#maxEntitiesPerMessage()}
   */
  record LimitValues(int maxTextLength, int maxLineLength, int maxNestingDepth, int maxHtmlDepth,
      int maxEntities) implements Serializable {
    private static final long serialVersionUID = 1L;

    Limits toLimits() {
      return new Limits(maxTextLength, maxLineLength, maxNestingDepth, maxHtmlDepth, maxEntities);
    }
  }

  private static Format formatOf(String value) {
    try {
      return Format.fromCliName(value.trim());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("option format: " + e.getMessage(), e);
    }
  }

  private static boolean bool(String name, String value) {
    if (value.trim().equalsIgnoreCase("true")) {
      return true;
    }
    if (value.trim().equalsIgnoreCase("false")) {
      return false;
    }
    throw new IllegalArgumentException(String.format(Locale.ROOT,
        "option %s: expected true or false, found \"%s\"", name, value));
  }

  private static int positive(Map<String, String> o, String key, String name, int fallback) {
    String value = o.get(key);
    if (value == null) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(value.trim());
      if (n > 0) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below, with the value
    }
    throw new IllegalArgumentException(String.format(Locale.ROOT,
        "option %s: expected a positive whole number, found \"%s\"", name, value));
  }
}
