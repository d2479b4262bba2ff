package org.tgparse.cli;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tgparse.internal.io.Quote;
import org.tgparse.read.Format;
import org.tgparse.read.Limits;
import org.tgparse.read.ReadOptions;

/** The command line's options, parsed. Bad usage throws {@link UsageException} with a one-line message. */
final class CliOptions {
  ReadOptions read = ReadOptions.defaults();
  boolean array;
  boolean pretty;
  boolean help;
  boolean version;
  boolean progress;
  /** {@code --compact}: records without their null and empty fields. */
  boolean compact;
  /** {@code --summary}: an overview of the inputs instead of their records. */
  boolean summary;
  /** {@code --report FILE}: the HTML report's path ({@code -}: standard output), or null for records. */
  String report;
  int threads = Runtime.getRuntime().availableProcessors();
  final List<String> inputs = new ArrayList<>();

  /** A usage error. */
  static final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }

  static CliOptions parse(String[] args) throws UsageException {
    CliOptions o = new CliOptions();
    Limits limits = Limits.DEFAULTS;
    boolean onlyFiles = false;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      // The short forms every Unix tool takes; a file of that name is read after "--" (or as ./-h).
      if (!onlyFiles && (a.equals("-h") || a.equals("-V"))) {
        a = a.equals("-h") ? "--help" : "--version";
      }
      if (onlyFiles || a.equals("-") || !a.startsWith("--")) {
        o.inputs.add(a);
        continue;
      }
      String value = null;
      int eq = a.indexOf('=');
      String name = eq < 0 ? a : a.substring(0, eq);
      if (eq >= 0) {
        value = a.substring(eq + 1);
      }
      switch (name) {
        case "--":
          onlyFiles = true;
          break;
        case "--help":
          o.help = true;
          break;
        case "--version":
          o.version = true;
          break;
        case "--pretty":
          o.pretty = true;
          o.array = true;
          break;
        case "--array":
          o.array = true;
          break;
        case "--strict":
          o.read = o.read.withStrict(true);
          break;
        case "--no-entities":
          o.read = o.read.withExtractEntities(false);
          break;
        case "--compact":
          o.compact = true;
          break;
        case "--summary":
          o.summary = true;
          break;
        case "--progress":
          o.progress = true;
          break;
        case "--format":
          value = value != null ? value : next(args, ++i, name);
          try {
            o.read = o.read.withFormat(Format.fromCliName(value));
          } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
          }
          break;
        case "--zone":
          value = value != null ? value : next(args, ++i, name);
          try {
            o.read = o.read.withZone(ZoneId.of(value));
          } catch (DateTimeException e) {
            throw new UsageException("--zone: unknown time zone " + Quote.quoted(value)
                + " (expected e.g. Europe/Moscow or +03:00)");
          }
          break;
        case "--report":
          o.report = value != null ? value : next(args, ++i, name);
          break;
        case "--threads":
          o.threads = positive(name, value != null ? value : next(args, ++i, name));
          break;
        case "--max-text-length":
          limits = limits.withMaxTextLength(positive(name, value != null ? value : next(args, ++i, name)));
          break;
        case "--max-line-length":
          limits = limits.withMaxLineLength(positive(name, value != null ? value : next(args, ++i, name)));
          break;
        case "--max-nesting-depth":
          limits = limits.withMaxNestingDepth(positive(name, value != null ? value : next(args, ++i, name)));
          break;
        case "--max-html-depth":
          limits = limits.withMaxHtmlDepth(positive(name, value != null ? value : next(args, ++i, name)));
          break;
        case "--max-entities":
          limits = limits.withMaxEntitiesPerMessage(positive(name, value != null ? value : next(args, ++i, name)));
          break;
        default:
          throw new UsageException("unknown option " + Quote.abbreviated(a) + " (see --help)");
      }
    }
    o.read = o.read.withLimits(limits);
    if (o.summary && (o.array || o.compact)) {
      throw new UsageException("--summary prints no records: it cannot be combined with "
          + (o.compact ? "--compact" : o.pretty ? "--pretty" : "--array"));
    }
    if (o.report != null && o.summary) {
      // Each reads the inputs in a pass of its own: one run gives one of them.
      throw new UsageException("--report and --summary cannot be combined: run them one after the other");
    }
    return o;
  }

  private static String next(String[] args, int i, String name) throws UsageException {
    if (i >= args.length) {
      throw new UsageException(name + " needs a value");
    }
    return args[i];
  }

  private static int positive(String name, String value) throws UsageException {
    try {
      int v = Integer.parseInt(value);
      if (v > 0) {
        return v;
      }
    } catch (NumberFormatException e) {
      // fall through to the message below
    }
    throw new UsageException(String.format(Locale.ROOT, "%s: expected a positive integer, found %s", name,
        Quote.quoted(value)));
  }
}
