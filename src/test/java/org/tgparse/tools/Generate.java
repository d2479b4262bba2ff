package org.tgparse.tools;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Writes large synthetic archives of every input format, built from the plain-text sample
 * ({@code samples/mfa-forwarded-posts.txt}) and varied so that nothing is trivially cached: every message has its
 * own id and date, its lines are sample lines with words, numbers, hashtags, dates, places, links and mentions
 * replaced or inserted at random, and its length varies. The same seed gives the same bytes.
 *
 * <pre>
 * mvn -q -o test-compile
 * java -cp target/classes:target/test-classes org.tgparse.tools.Generate FORMAT SIZE OUT [--seed N] [--per-page N]
 *   FORMAT  text | desktop-json | desktop-html | tme
 *   SIZE    bytes, or with a binary suffix: 10MB, 100MB, 1GB (MiB, GiB)
 *   OUT     text: a file; desktop-json: a folder (OUT/result.json); desktop-html: a folder of messages.html,
 *           messages2.html, ... with 1000 messages each; tme: a folder of saved t.me/s pages page-000001.html, ...
 * </pre>
 *
 * <p>{@code scripts/generate.sh} wraps this. The format details follow the format notes (formats.md): the HTML
 * exporter's skeleton, joined messages, day separators, forwards and pagination links; the t.me web view's
 * {@code tgme_widget_message} markup. The Desktop JSON export is {@link DesktopJsonGenerator}'s, sized here.
 */
public final class Generate {
  /** Messages per Desktop HTML file, as Telegram Desktop writes them. */
  public static final int HTML_MESSAGES_PER_FILE = 1000;

  private static final String[] CHANNELS = {
      "Russian MFA 🇷🇺", "MFA Russia 🇷🇺", "Russian Mission Geneva", "Embassy of Russia in the UK",
      "Russia in the UN", "Maria Zakharova", "Russian Embassy in India 🇷🇺🇮🇳", "Россия в ООН"};
  private static final String[] USERNAMES = {
      "MFARussia", "mfa_russia", "MissionRussian", "RussianEmbassy", "RussiaUN", "MariaVladimirovnaZ",
      "RusEmbIndia", "russiaun_ru"};
  private static final String[] CITIES = {
      "Moscow", "Minsk", "Astana", "Beijing", "New Delhi", "Brasilia", "Pretoria", "Cairo", "Tehran", "Ankara",
      "Yerevan", "Baku", "Tashkent", "Geneva", "New York", "Vienna", "Jakarta", "Havana", "Caracas", "Abu Dhabi",
      "Saint Petersburg", "Kazan", "Sochi", "Vladivostok", "Bishkek", "Dushanbe", "Hanoi", "Addis Ababa"};
  private static final String[] FLAGS = {
      "🇷🇺", "🇦🇲", "🇧🇾", "🇰🇿", "🇨🇳", "🇮🇳", "🇧🇷", "🇿🇦", "🇪🇬", "🇮🇷", "🇹🇷", "🇦🇿", "🇺🇿", "🇨🇺",
      "🇻🇪", "🇦🇪", "🇻🇳", "🇪🇹"};
  private static final String[] MONTHS = {
      "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
      "November", "December"};
  private static final String[] PLACEHOLDERS = {"Media is too big", "VIEW IN TELEGRAM",
      "This media is not supported in your browser", "Please open Telegram to view this post"};
  private static final String[] REACTIONS = {"👍", "❤", "🔥", "👏", "😁", "🤔", "😢", "🙏"};

  private final SplittableRandom rnd;
  private final long seed;
  private final Corpus corpus;
  private long nextId = 1000;
  private long unix = 1_640_995_200L; // 2022-01-01T00:00:00Z

  /** One run of a message's text: plain text or a marked entity (as a Desktop export marks it). */
  record Seg(String kind, String text, String href) {
    static Seg plain(String t) {
      return new Seg("plain", t, null);
    }
  }

  /**
   * One synthetic message.
   *
   * @param id the message id
   * @param unix Unix seconds
   * @param channel index into the channel names
   * @param lines the text, line by line (the first line is the headline), each a list of runs
   * @param repeated lines (after the first) that the plain-text copy writes twice
   * @param placeholder a media placeholder line, or null
   * @param photo whether the message has a photo
   * @param service whether it is a service message (pinned message)
   * @param views view count
   * @param reaction index of a reaction, or -1
   * @param edited whether it was edited
   */
  record Post(long id, long unix, int channel, List<List<Seg>> lines, boolean repeated, String placeholder,
      boolean photo, boolean service, long views, int reaction, boolean edited) {

    String text() {
      StringBuilder sb = new StringBuilder(256);
      for (int i = 0; i < lines.size(); i++) {
        if (i > 0) {
          sb.append('\n');
        }
        for (Seg s : lines.get(i)) {
          sb.append(s.text);
        }
      }
      return sb.toString();
    }
  }

  /**
   * @param corpus the lines and words to build messages from
   * @param seed the random seed
   */
  public Generate(Corpus corpus, long seed) {
    this.corpus = corpus;
    this.seed = seed;
    this.rnd = new SplittableRandom(seed);
  }

  /**
   * Runs the generator from the command line.
   *
   * @param args FORMAT SIZE OUT [--seed N] [--per-page N] [--sample FILE]
   * @throws IOException when writing fails
   */
  public static void main(String[] args) throws IOException {
    List<String> pos = new ArrayList<>();
    long seed = 42;
    int perPage = 100;
    Path sample = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--seed":
          seed = Long.parseLong(args[++i]);
          break;
        case "--per-page":
          perPage = Integer.parseInt(args[++i]);
          break;
        case "--sample":
          sample = Path.of(args[++i]);
          break;
        default:
          pos.add(args[i]);
      }
    }
    if (pos.size() != 3) {
      System.err.println("usage: Generate text|desktop-json|desktop-html|tme SIZE OUT [--seed N] [--per-page N]"
          + " [--sample FILE]   (SIZE: bytes or 10MB, 100MB, 1GB)");
      System.exit(2);
    }
    long size = parseSize(pos.get(1));
    Path out = Path.of(pos.get(2));
    Corpus corpus = sample == null ? Corpus.load() : Corpus.load(sample);
    long t0 = System.nanoTime();
    long[] r = new Generate(corpus, seed).write(pos.get(0), size, out, perPage);
    System.err.printf(Locale.ROOT, "%s: %,d bytes, %,d messages in %d file(s), %.1f s%n", out, r[0], r[1], r[2],
        (System.nanoTime() - t0) / 1e9);
  }

  /**
   * Writes one archive.
   *
   * @param format text, desktop-json, desktop-html or tme
   * @param size the least number of bytes to write
   * @param out the file (text) or folder (other formats)
   * @param perPage posts per t.me page
   * @return bytes written, messages written, files written
   * @throws IOException when writing fails
   */
  public long[] write(String format, long size, Path out, int perPage) throws IOException {
    switch (format) {
      case "text": {
        if (out.getParent() != null) {
          Files.createDirectories(out.getParent());
        }
        try (Counting c = new Counting(Files.newOutputStream(out))) {
          long n = writeText(c, size);
          return new long[] {c.count, n, 1};
        }
      }
      case "desktop-json": {
        Files.createDirectories(out);
        try (Counting c = new Counting(Files.newOutputStream(out.resolve("result.json")))) {
          long n = writeDesktopJson(c, size, seed);
          c.flush();
          return new long[] {c.count, n, 1};
        }
      }
      case "desktop-html":
        return writeDesktopHtml(out, size);
      case "tme":
        return writeTme(out, size, perPage);
      default:
        throw new IllegalArgumentException("unknown format " + format
            + ": expected text, desktop-json, desktop-html or tme");
    }
  }

  /**
   * @param s a size such as {@code 1048576}, {@code 10MB}, {@code 1GB}, {@code 512KB} (binary units)
   * @return bytes
   */
  public static long parseSize(String s) {
    String t = s.trim().toUpperCase(Locale.ROOT);
    long mult = 1;
    if (t.endsWith("B") && t.length() > 1 && !Character.isDigit(t.charAt(t.length() - 2))) {
      t = t.substring(0, t.length() - 1);
    }
    if (t.endsWith("K")) {
      mult = 1L << 10;
    } else if (t.endsWith("M")) {
      mult = 1L << 20;
    } else if (t.endsWith("G")) {
      mult = 1L << 30;
    }
    if (mult != 1) {
      t = t.substring(0, t.length() - 1);
    }
    if (t.endsWith("B")) {
      t = t.substring(0, t.length() - 1);
    }
    return Math.round(Double.parseDouble(t) * mult);
  }

  // ---------------------------------------------------------------------------------------------------------
  // Messages

  /**
   * @param longPosts true for sample-like channel posts (headline and a body of several lines), false for a mix
   *     that is mostly short messages (about 300 bytes of Desktop JSON each)
   * @return the next message
   */
  Post nextPost(boolean longPosts) {
    nextId += 1 + rnd.nextInt(3);
    unix += 30 + rnd.nextInt(5400);
    // Channel 0 is the exporting channel: its own posts; others are forwards (most posts of a text export).
    int channel = longPosts || rnd.nextInt(4) == 0 ? rnd.nextInt(CHANNELS.length) : 0;
    List<List<Seg>> lines = new ArrayList<>();
    boolean isLong = longPosts ? rnd.nextInt(10) != 0 : rnd.nextInt(25) == 0;
    boolean service = !longPosts && rnd.nextInt(60) == 0;
    if (service) {
      lines.add(List.of());
    } else if (isLong) {
      lines.add(headline());
      if (rnd.nextInt(3) == 0) {
        lines.add(dateline());
      }
      int body = 1 + rnd.nextInt(longPosts ? 7 : 3);
      for (int i = 0; i < body; i++) {
        lines.add(line(true));
      }
      if (rnd.nextInt(3) == 0) {
        lines.add(List.of(Seg.plain(rnd.nextBoolean() ? "📄 Read in full" : "Read in full")));
      }
      if (rnd.nextInt(3) == 0) {
        lines.add(List.of(hashtag()));
      }
    } else {
      lines.add(shortLine());
    }
    String placeholder = longPosts && rnd.nextInt(12) == 0 ? PLACEHOLDERS[rnd.nextInt(PLACEHOLDERS.length)] : null;
    boolean photo = !service && rnd.nextInt(6) == 0;
    long views = 100 + rnd.nextLong(2_000_000);
    int reaction = rnd.nextInt(6) == 0 ? rnd.nextInt(REACTIONS.length) : -1;
    return new Post(nextId, unix, channel, lines, isLong && lines.size() >= 2, placeholder, photo, service, views,
        reaction, rnd.nextInt(15) == 0);
  }

  private List<Seg> headline() {
    List<Seg> out = new ArrayList<>();
    StringBuilder sb = new StringBuilder();
    if (rnd.nextInt(3) == 0) {
      sb.append(FLAGS[rnd.nextInt(FLAGS.length)]).append(FLAGS[rnd.nextInt(FLAGS.length)]).append(' ');
    } else {
      sb.append(corpus.prefixes[rnd.nextInt(corpus.prefixes.length)]);
    }
    String[] ws = corpus.headlines[rnd.nextInt(corpus.headlines.length)];
    words(ws, 0, ws.length, out, sb, 0.2);
    if (sb.length() > 0) {
      out.add(Seg.plain(sb.toString()));
    }
    return out;
  }

  private List<Seg> dateline() {
    int[] d = randomDate();
    return List.of(Seg.plain("📍 " + CITIES[rnd.nextInt(CITIES.length)] + ", " + MONTHS[d[1] - 1] + " " + d[2]
        + ", " + d[0]));
  }

  private int[] randomDate() {
    return new int[] {2015 + rnd.nextInt(11), 1 + rnd.nextInt(12), 1 + rnd.nextInt(28)};
  }

  /** A body line: a mutated sample line with entities inserted at random word boundaries. */
  private List<Seg> line(boolean prefix) {
    List<Seg> out = new ArrayList<>();
    StringBuilder sb = new StringBuilder(200);
    if (prefix && rnd.nextInt(3) == 0) {
      sb.append(corpus.prefixes[rnd.nextInt(corpus.prefixes.length)]);
    }
    String[] words = corpus.lines[rnd.nextInt(corpus.lines.length)];
    int insertAt = rnd.nextInt(words.length + 1);
    int kind = rnd.nextInt(20);
    if (kind < 9) {
      words(words, 0, insertAt, out, sb, 0.12);
      if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ' ') {
        sb.append(' ');
      }
      if (sb.length() > 0) {
        out.add(Seg.plain(sb.toString()));
        sb.setLength(0);
      }
      out.add(entity(kind));
      words(words, insertAt, words.length, out, sb, 0.12);
    } else {
      words(words, 0, words.length, out, sb, 0.12);
    }
    if (sb.length() > 0) {
      out.add(Seg.plain(sb.toString()));
    }
    return out;
  }

  private Seg entity(int kind) {
    switch (kind) {
      case 0:
      case 1:
      case 2:
      case 3:
        return hashtag();
      case 4: {
        int[] d = randomDate();
        String t = rnd.nextBoolean() ? MONTHS[d[1] - 1] + " " + d[2] + ", " + d[0]
            : String.format(Locale.ROOT, "%02d.%02d.%d", d[2], d[1], d[0]);
        return Seg.plain(t);
      }
      case 5:
        return Seg.plain("in " + CITIES[rnd.nextInt(CITIES.length)]);
      case 6: {
        String url = "https://mid.ru/en/foreign_policy/news/" + (1_000_000 + rnd.nextInt(9_000_000)) + "/";
        return new Seg("link", url, null);
      }
      case 7:
        return new Seg("mention", "@" + USERNAMES[rnd.nextInt(USERNAMES.length)], null);
      default:
        return new Seg("bold", corpus.words[rnd.nextInt(corpus.words.length)], null);
    }
  }

  private Seg hashtag() {
    return new Seg("hashtag", corpus.hashtags[rnd.nextInt(corpus.hashtags.length)], null);
  }

  /** A short message: part of a sample line, sometimes with one entity. */
  private List<Seg> shortLine() {
    List<Seg> out = new ArrayList<>();
    String[] words = corpus.lines[rnd.nextInt(corpus.lines.length)];
    int n = Math.min(words.length, 3 + rnd.nextInt(10));
    int from = rnd.nextInt(words.length - n + 1);
    StringBuilder sb = new StringBuilder(120);
    if (rnd.nextInt(4) == 0) {
      sb.append(corpus.prefixes[rnd.nextInt(corpus.prefixes.length)]);
    }
    words(words, from, from + n, out, sb, 0.15);
    int kind = rnd.nextInt(14);
    if (kind < 8) {
      sb.append(' ');
      out.add(Seg.plain(sb.toString()));
      out.add(entity(kind));
    } else if (sb.length() > 0) {
      out.add(Seg.plain(sb.toString()));
    }
    return out;
  }

  /** Appends a word, replaced by a random corpus word with probability p; numbers always vary. */
  private void word(String w, StringBuilder sb, double p) {
    char c0 = w.isEmpty() ? ' ' : w.charAt(0);
    if (c0 >= '0' && c0 <= '9') {
      sb.append(rnd.nextInt(2030));
    } else if (c0 != '#' && Character.isLetter(c0) && rnd.nextDouble() < p) {
      sb.append(corpus.words[rnd.nextInt(corpus.words.length)]);
    } else {
      sb.append(w);
    }
  }

  /**
   * Appends words as runs: a word that is a hashtag ({@code #EAEU,}) becomes a marked hashtag run, as a Desktop
   * export marks it, with its trailing punctuation left in the plain run that follows.
   */
  private void words(String[] words, int from, int to, List<Seg> out, StringBuilder sb, double p) {
    for (int i = from; i < to; i++) {
      if (i > from || (sb.length() > 0 && sb.charAt(sb.length() - 1) != ' ')) {
        sb.append(' ');
      }
      String w = words[i];
      if (w.length() > 1 && w.charAt(0) == '#') {
        int e = 1;
        while (e < w.length() && (Character.isLetterOrDigit(w.charAt(e)) || w.charAt(e) == '_')) {
          e++;
        }
        if (e > 1) {
          if (sb.length() > 0) {
            out.add(Seg.plain(sb.toString()));
            sb.setLength(0);
          }
          // Half of the sample's hashtags are swapped for others, so that hashtag values vary.
          out.add(rnd.nextBoolean() ? new Seg("hashtag", w.substring(0, e), null) : hashtag());
          sb.append(w, e, w.length());
          continue;
        }
      }
      word(w, sb, p);
    }
  }

  // ---------------------------------------------------------------------------------------------------------
  // Plain-text export

  /**
   * Writes a plain-text export: {@code Forwarded from} headers, media placeholder lines, the headline once and
   * the rest of the body twice, as in the sample.
   *
   * @param out where to write
   * @param size the least number of bytes
   * @return messages written
   * @throws IOException when writing fails
   */
  public long writeText(OutputStream out, long size) throws IOException {
    Counting c = out instanceof Counting ? (Counting) out : new Counting(out);
    StringBuilder sb = new StringBuilder(8192);
    long n = 0;
    while (c.count + sb.length() < size) {
      Post p = nextPost(true);
      sb.append("Forwarded from ").append(CHANNELS[p.channel]).append('\n');
      if (p.placeholder != null) {
        sb.append(p.placeholder).append('\n');
        if (p.placeholder.equals("Media is too big")) {
          sb.append("VIEW IN TELEGRAM\n");
        }
      }
      appendLine(sb, p.lines.get(0));
      int copies = p.repeated ? 2 : 1;
      for (int k = 0; k < copies; k++) {
        for (int i = 1; i < p.lines.size(); i++) {
          appendLine(sb, p.lines.get(i));
        }
      }
      n++;
      if (sb.length() > 4096) {
        c.write(sb.toString().getBytes(StandardCharsets.UTF_8));
        sb.setLength(0);
      }
    }
    c.write(sb.toString().getBytes(StandardCharsets.UTF_8));
    c.flush();
    return n;
  }

  private static void appendLine(StringBuilder sb, List<Seg> line) {
    for (Seg s : line) {
      sb.append(s.text);
    }
    sb.append('\n');
  }

  // ---------------------------------------------------------------------------------------------------------
  // Desktop JSON export: DesktopJsonGenerator (written with the Desktop JSON reader) makes the messages; this
  // only picks the count that gives the size asked for.

  /**
   * Writes a single-channel Telegram Desktop {@code result.json} of about {@code size} bytes with
   * {@link DesktopJsonGenerator}.
   *
   * @param out where to write
   * @param size the size wanted (the result is within a few tenths of a percent)
   * @param seed the seed
   * @return messages written
   * @throws IOException when writing fails
   */
  public static long writeDesktopJson(OutputStream out, long size, long seed) throws IOException {
    long count = desktopJsonCount(size, seed);
    java.io.Writer w = new java.io.BufferedWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8),
        1 << 16);
    DesktopJsonGenerator.write(w, count, seed);
    w.flush();
    return count;
  }

  /** Measures the generator's average message size on a sample of 5000 messages. */
  static long desktopJsonCount(long size, long seed) throws IOException {
    int sample = 5000;
    Counting probe = new Counting(OutputStream.nullOutputStream());
    java.io.Writer w = new java.io.OutputStreamWriter(probe, StandardCharsets.UTF_8);
    DesktopJsonGenerator.write(w, sample, seed);
    w.flush();
    double perMessage = probe.count / (double) sample;
    return Math.max(1, Math.round(size / perMessage));
  }

  // ---------------------------------------------------------------------------------------------------------
  // Desktop HTML export

  private long[] writeDesktopHtml(Path dir, long size) throws IOException {
    Files.createDirectories(dir);
    long total = 0;
    long messages = 0;
    int file = 0;
    while (total < size) {
      file++;
      String name = file == 1 ? "messages.html" : "messages" + file + ".html";
      try (Counting c = new Counting(Files.newOutputStream(dir.resolve(name)))) {
        messages += writeDesktopHtmlFile(c, file, size - total);
        total += c.count;
      }
    }
    return new long[] {total, messages, file};
  }

  /**
   * Writes one {@code messagesN.html} of a Desktop HTML export: up to {@value #HTML_MESSAGES_PER_FILE} messages
   * (fewer when {@code budget} bytes are reached first), with day separators, joined messages and pagination.
   *
   * @param out where to write
   * @param fileNumber 1 for {@code messages.html}, 2 for {@code messages2.html}, ...
   * @param budget stop adding messages once this many bytes are written
   * @return messages written
   * @throws IOException when writing fails
   */
  public long writeDesktopHtmlFile(OutputStream out, int fileNumber, long budget) throws IOException {
    Counting c = out instanceof Counting ? (Counting) out : new Counting(out);
    StringBuilder sb = new StringBuilder(16384);
    sb.append("<!DOCTYPE html>\n<html>\n\n <head>\n\n  <meta charset=\"utf-8\"/>\n<title>Exported Data</title>\n\n"
        + "  <meta content=\"width=device-width, initial-scale=1.0\" name=\"viewport\"/>\n\n"
        + "  <link href=\"css/style.css\" rel=\"stylesheet\"/>\n\n"
        + "  <script src=\"js/script.js\" type=\"text/javascript\">\n\n  </script>\n\n </head>\n\n"
        + " <body onload=\"CheckLocation();\">\n\n  <div class=\"page_wrap\">\n\n"
        + "   <div class=\"page_header\">\n\n    <div class=\"content\">\n\n     <div class=\"text bold\">\n"
        + "Russian MFA 🇷🇺\n     </div>\n\n    </div>\n\n   </div>\n\n"
        + "   <div class=\"page_body chat_page\">\n\n    <div class=\"history\">\n\n");
    if (fileNumber > 1) {
      sb.append("     <a class=\"pagination block_link\" href=\"")
          .append(fileNumber == 2 ? "messages.html" : "messages" + (fileNumber - 1) + ".html")
          .append("\">\n\nPrevious messages\n     </a>\n\n");
    }
    long n = 0;
    long lastDay = -1;
    long lastUnix = Long.MIN_VALUE;
    int sepId = 0;
    boolean prevGroupable = false;
    while (n < HTML_MESSAGES_PER_FILE && c.count + sb.length() < budget) {
      Post p = nextPost(false);
      long local = p.unix + 3 * 3600;
      long day = Math.floorDiv(local, 86400);
      LocalDateTime t = LocalDateTime.ofEpochSecond(local, 0, ZoneOffset.UTC);
      if (day != lastDay) {
        sepId--;
        sb.append("     <div class=\"message service\" id=\"message").append(sepId).append("\">\n\n")
            .append("      <div class=\"body details\">\n").append(t.getDayOfMonth()).append(' ')
            .append(MONTHS[t.getMonthValue() - 1]).append(' ').append(t.getYear())
            .append("\n      </div>\n\n     </div>\n\n");
        prevGroupable = false;
      }
      String title = String.format(Locale.ROOT, "%02d.%02d.%d %02d:%02d:%02d UTC+03:00", t.getDayOfMonth(),
          t.getMonthValue(), t.getYear(), t.getHour(), t.getMinute(), t.getSecond());
      if (p.service) {
        sb.append("     <div class=\"message service\" id=\"message").append(p.id).append("\">\n\n")
            .append("      <div class=\"body details\">\nRussian MFA 🇷🇺 pinned ")
            .append("<a href=\"#go_to_message").append(p.id - 1).append("\" onclick=\"return GoToMessage(")
            .append(p.id - 1).append(")\">this message</a>\n      </div>\n\n     </div>\n\n");
        prevGroupable = false;
      } else {
        boolean forwarded = p.channel != 0;
        boolean joined = prevGroupable && !forwarded && day == lastDay && p.unix - lastUnix <= 900;
        sb.append("     <div class=\"message default clearfix").append(joined ? " joined" : "")
            .append("\" id=\"message").append(p.id).append("\">\n\n");
        if (!joined) {
          sb.append("      <div class=\"pull_left userpic_wrap\">\n\n       <div class=\"userpic userpic2\""
              + " style=\"width: 42px; height: 42px\">\n\n        <div class=\"initials\""
              + " style=\"line-height: 42px\">\nRM\n        </div>\n\n       </div>\n\n      </div>\n\n");
        }
        sb.append("      <div class=\"body\">\n\n       <div class=\"pull_right date details\" title=\"")
            .append(title).append("\">\n").append(title, 11, 16).append("\n       </div>\n\n");
        if (!joined) {
          sb.append("       <div class=\"from_name\">\nRussian MFA 🇷🇺 \n       </div>\n\n");
        }
        String indent = "       ";
        if (forwarded) {
          LocalDateTime f = t.minusHours(1 + p.id % 50);
          String fdate = String.format(Locale.ROOT, "%02d.%02d.%d %02d:%02d:%02d", f.getDayOfMonth(),
              f.getMonthValue(), f.getYear(), f.getHour(), f.getMinute(), f.getSecond());
          sb.append("       <div class=\"pull_left forwarded userpic_wrap\">\n\n        <div class=\"userpic"
              + " userpic5\" style=\"width: 42px; height: 42px\">\n\n         <div class=\"initials\""
              + " style=\"line-height: 42px\">\nRE\n         </div>\n\n        </div>\n\n       </div>\n\n")
              .append("       <div class=\"forwarded body\">\n\n        <div class=\"from_name\">\n");
          html(sb, CHANNELS[p.channel]);
          sb.append(" <span class=\"date details\" title=\"").append(fdate).append(" UTC+03:00\"> ")
              .append(fdate).append("</span>\n        </div>\n\n");
          indent = "        ";
        }
        if (p.photo) {
          sb.append(indent).append("<div class=\"media_wrap clearfix\">\n\n").append(indent)
              .append(" <a class=\"photo_wrap clearfix pull_left\" href=\"photos/photo_").append(p.id)
              .append(".jpg\">\n\n").append(indent).append("  <img class=\"photo\" src=\"photos/photo_")
              .append(p.id).append("_thumb.jpg\" style=\"width: 260px; height: 146px\"/>\n\n").append(indent)
              .append(" </a>\n\n").append(indent).append("</div>\n\n");
        }
        sb.append(indent).append("<div class=\"text\">\n");
        htmlText(sb, p);
        sb.append('\n').append(indent).append("</div>\n\n");
        if (p.reaction >= 0) {
          sb.append(indent).append("<span class=\"reactions\">\n\n").append(indent)
              .append(" <span class=\"reaction\">\n\n").append(indent).append("  <span class=\"emoji\">\n")
              .append(REACTIONS[p.reaction]).append("\n").append(indent).append("  </span>\n\n").append(indent)
              .append("  <span class=\"count\">\n").append(1 + p.views % 977).append('\n').append(indent)
              .append("  </span>\n\n").append(indent).append(" </span>\n\n").append(indent).append("</span>\n\n");
        }
        if (forwarded) {
          sb.append("       </div>\n\n");
        }
        sb.append("      </div>\n\n     </div>\n\n");
        prevGroupable = !forwarded;
      }
      lastDay = day;
      lastUnix = p.unix;
      n++;
      if (sb.length() > 8192) {
        c.write(sb.toString().getBytes(StandardCharsets.UTF_8));
        sb.setLength(0);
      }
    }
    if (n == HTML_MESSAGES_PER_FILE) {
      sb.append("     <a class=\"pagination block_link\" href=\"messages").append(fileNumber + 1)
          .append(".html\">\n\nNext messages\n     </a>\n\n");
    }
    sb.append("    </div>\n\n   </div>\n\n  </div>\n\n </body>\n\n</html>\n");
    c.write(sb.toString().getBytes(StandardCharsets.UTF_8));
    c.flush();
    return n;
  }

  private static void htmlText(StringBuilder sb, Post p) {
    for (int i = 0; i < p.lines.size(); i++) {
      if (i > 0) {
        sb.append("<br>");
      }
      for (Seg s : p.lines.get(i)) {
        switch (s.kind) {
          case "hashtag":
            sb.append("<a href=\"\" onclick=\"return ShowHashtag(&quot;").append(s.text, 1, s.text.length())
                .append("&quot;)\">");
            html(sb, s.text);
            sb.append("</a>");
            break;
          case "mention":
            sb.append("<a href=\"https://t.me/").append(s.text, 1, s.text.length()).append("\">").append(s.text)
                .append("</a>");
            break;
          case "link":
            sb.append("<a href=\"").append(s.text).append("\">").append(s.text).append("</a>");
            break;
          case "bold":
            sb.append("<strong>");
            html(sb, s.text);
            sb.append("</strong>");
            break;
          default:
            html(sb, s.text);
        }
      }
    }
  }

  static void html(StringBuilder sb, String s) {
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      switch (ch) {
        case '&':
          sb.append("&amp;");
          break;
        case '<':
          sb.append("&lt;");
          break;
        case '>':
          sb.append("&gt;");
          break;
        case '"':
          sb.append("&quot;");
          break;
        case '\'':
          sb.append("&apos;");
          break;
        default:
          sb.append(ch);
      }
    }
  }

  // ---------------------------------------------------------------------------------------------------------
  // t.me pages

  private long[] writeTme(Path dir, long size, int perPage) throws IOException {
    Files.createDirectories(dir);
    long total = 0;
    long messages = 0;
    int page = 0;
    while (total < size) {
      page++;
      Path f = dir.resolve(String.format(Locale.ROOT, "page-%06d.html", page));
      try (Counting c = new Counting(Files.newOutputStream(f))) {
        messages += writeTmePage(c, perPage, size - total);
        total += c.count;
      }
    }
    return new long[] {total, messages, page};
  }

  /**
   * Writes one saved {@code t.me/s/<channel>} page holding up to {@code perPage} posts, oldest first.
   *
   * @param out where to write
   * @param perPage posts on the page
   * @param budget stop adding posts once this many bytes are written
   * @return posts written
   * @throws IOException when writing fails
   */
  public long writeTmePage(OutputStream out, int perPage, long budget) throws IOException {
    Counting c = out instanceof Counting ? (Counting) out : new Counting(out);
    int ch = 0;
    String user = USERNAMES[ch];
    StringBuilder sb = new StringBuilder(16384);
    sb.append("<!DOCTYPE html>\n<html>\n  <head>\n    <meta charset=\"utf-8\">\n    <title>")
        .append(CHANNELS[ch]).append(" – Telegram</title>\n    <meta name=\"viewport\" content=\"width=device-width,"
            + " initial-scale=1.0, minimum-scale=1.0, maximum-scale=1.0, user-scalable=no\" />\n"
            + "    <meta property=\"og:title\" content=\"").append(CHANNELS[ch]).append("\">\n"
            + "    <link href=\"//telegram.org/css/widget-frame.css?72\" rel=\"stylesheet\">\n  </head>\n"
            + "  <body class=\"widget_frame_base tgme_webpage\">\n    <main class=\"tgme_main\">\n"
            + "      <div class=\"tgme_channel_info\">\n        <div class=\"tgme_channel_info_header\">\n"
            + "          <div class=\"tgme_channel_info_header_title\"><span dir=\"auto\">").append(CHANNELS[ch])
        .append("</span></div>\n          <div class=\"tgme_channel_info_header_username\"><a href=\"https://t.me/")
        .append(user).append("\">@").append(user).append("</a></div>\n        </div>\n"
            + "        <div class=\"tgme_channel_info_description\">Official channel of the Ministry of Foreign"
            + " Affairs</div>\n        <div class=\"tgme_channel_info_counters\"><div class=\"tgme_channel_info_counter\">"
            + "<span class=\"counter_value\">").append(100 + rnd.nextInt(900)).append("K</span>"
            + " <span class=\"counter_type\">subscribers</span></div></div>\n      </div>\n"
            + "      <section class=\"tgme_channel_history js-message_history\">\n");
    long n = 0;
    List<Post> posts = new ArrayList<>();
    while (n < perPage && c.count + sb.length() < budget) {
      Post p = nextPost(false);
      posts.add(p);
      if (n == 0) {
        sb.append("        <div class=\"tgme_widget_message_centered js-messages_more_wrap\"><a href=\"/s/")
            .append(user).append("?before=").append(p.id).append("\" class=\"tme_messages_more js-messages_more\""
                + " data-before=\"").append(p.id).append("\"></a></div>\n");
      }
      tmePost(sb, p, user, ch);
      n++;
      if (sb.length() > 8192) {
        c.write(sb.toString().getBytes(StandardCharsets.UTF_8));
        sb.setLength(0);
      }
    }
    sb.append("      </section>\n    </main>\n  </body>\n</html>\n");
    c.write(sb.toString().getBytes(StandardCharsets.UTF_8));
    c.flush();
    return n;
  }

  private void tmePost(StringBuilder sb, Post p, String user, int ch) {
    String post = user + "/" + p.id;
    String iso = LocalDateTime.ofEpochSecond(p.unix, 0, ZoneOffset.UTC).toString();
    if (iso.length() == 16) {
      iso += ":00";
    }
    sb.append("        <div class=\"tgme_widget_message_wrap js-widget_message_wrap\"><div class=\"tgme_widget_message"
        + " text_not_supported_wrap").append(p.service ? " service_message" : "")
        .append(" js-widget_message\" data-post=\"").append(post).append("\" data-view=\"eyJjIjotMTA4MjU1MjkwNCwicCI6")
        .append(p.id).append("\">\n          <div class=\"tgme_widget_message_user\"><a href=\"https://t.me/")
        .append(user).append("\"><i class=\"tgme_widget_message_user_photo bgcolor4\" data-content=\"R\"></i></a>"
            + "</div>\n          <div class=\"tgme_widget_message_bubble\">\n"
            + "            <i class=\"tgme_widget_message_bubble_tail\"><svg class=\"bubble_icon\" width=\"9px\""
            + " height=\"20px\" viewBox=\"0 0 9 20\"><g fill=\"none\"><path class=\"background\" fill=\"#ffffff\""
            + " d=\"M8,1 L9,1 L9,20 L8,20 L8,18 C7.807,15.161 7.124,12.233 5.950,9.218 Z\"></path></g></svg></i>\n"
            + "            <div class=\"tgme_widget_message_author accent_color\"><a class=\"tgme_widget_message_owner_name\""
            + " href=\"https://t.me/").append(user).append("\"><span dir=\"auto\">");
    html(sb, CHANNELS[ch]);
    sb.append("</span></a></div>\n");
    if (p.service) {
      sb.append("            <div class=\"tgme_widget_message_text js-message_text\" dir=\"auto\">Channel photo"
          + " updated</div>\n");
    } else {
      if (p.channel != 0) {
        sb.append("            <div class=\"tgme_widget_message_forwarded_from accent_color\">Forwarded from&nbsp;"
            + "<a class=\"tgme_widget_message_forwarded_from_name\" href=\"https://t.me/").append(USERNAMES[p.channel])
            .append('/').append(p.id % 5000 + 1).append("\"><span dir=\"auto\">");
        html(sb, CHANNELS[p.channel]);
        sb.append("</span></a></div>\n");
      }
      if (p.photo) {
        sb.append("            <a class=\"tgme_widget_message_photo_wrap\" href=\"https://t.me/").append(post)
            .append("\" style=\"width:800px;background-image:url('https://cdn4.telesco.pe/file/")
            .append(Long.toHexString(p.unix * 2654435761L)).append(".jpg')\"><div class=\"tgme_widget_message_photo\""
                + " style=\"padding-top:56.25%\"></div></a>\n");
      }
      if (p.placeholder != null) {
        sb.append("            <a class=\"tgme_widget_message_video_player not_supported\" href=\"https://t.me/")
            .append(post).append("\"><div class=\"message_media_not_supported_wrap\"><div class=\"message_media_not"
                + "_supported\"><div class=\"message_media_not_supported_label\">Media is too big</div>"
                + "<span class=\"message_media_view_in_telegram\">VIEW IN TELEGRAM</span></div></div></a>\n");
      }
      sb.append("            <div class=\"tgme_widget_message_text js-message_text\" dir=\"auto\">");
      for (int i = 0; i < p.lines.size(); i++) {
        if (i > 0) {
          sb.append("<br/>");
        }
        for (Seg s : p.lines.get(i)) {
          switch (s.kind) {
            case "hashtag":
              sb.append("<a href=\"?q=%23").append(s.text, 1, s.text.length()).append("\">");
              html(sb, s.text);
              sb.append("</a>");
              break;
            case "mention":
              sb.append("<a href=\"https://t.me/").append(s.text, 1, s.text.length()).append("\">")
                  .append(s.text).append("</a>");
              break;
            case "link":
              sb.append("<a href=\"").append(s.text).append("\" target=\"_blank\" rel=\"noopener\" onclick=\"return"
                  + " confirm('Open this link?\\n\\n'+this.href);\">").append(s.text).append("</a>");
              break;
            case "bold":
              sb.append("<b>");
              html(sb, s.text);
              sb.append("</b>");
              break;
            default:
              html(sb, s.text);
          }
        }
      }
      sb.append("</div>\n");
      if (p.reaction >= 0) {
        sb.append("            <div class=\"tgme_widget_message_reactions js-message_reactions\"><span class=\"tgme_"
            + "reaction\"><i class=\"emoji\" style=\"background-image:url('//telegram.org/img/emoji/40/F09F918D.png')\">"
            + "<b>").append(REACTIONS[p.reaction]).append("</b></i>").append(1 + p.views % 977).append("</span></div>\n");
      }
    }
    String views = p.views >= 1_000_000 ? String.format(Locale.ROOT, "%.2fM", p.views / 1e6)
        : p.views >= 1000 ? String.format(Locale.ROOT, "%.1fK", p.views / 1e3) : Long.toString(p.views);
    sb.append("            <div class=\"tgme_widget_message_footer compact js-message_footer\">\n"
        + "              <div class=\"tgme_widget_message_info short js-message_info\">\n"
        + "                <span class=\"tgme_widget_message_views\">").append(views).append("</span>"
            + "<span class=\"copyonclick\" data-copy=\"https://t.me/").append(post).append("\"></span>"
            + "<span class=\"tgme_widget_message_meta\">").append(p.edited ? "edited&nbsp;" : "")
        .append("<a class=\"tgme_widget_message_date\" href=\"https://t.me/").append(post)
        .append("\"><time datetime=\"").append(iso).append("+00:00\" class=\"time\">").append(iso, 11, 16)
        .append("</time></a></span>\n              </div>\n            </div>\n          </div>\n"
            + "        </div></div>\n");
  }

  // ---------------------------------------------------------------------------------------------------------

  /** The lines, words, hashtags and line prefixes taken from the sample. */
  public static final class Corpus {
    final String[][] lines;
    final String[][] headlines;
    final String[] words;
    final String[] hashtags;
    final String[] prefixes;

    private Corpus(List<String> sampleLines) {
      Set<String> body = new LinkedHashSet<>();
      Set<String> heads = new LinkedHashSet<>();
      Set<String> words = new LinkedHashSet<>();
      Set<String> tags = new LinkedHashSet<>();
      Set<String> prefixes = new LinkedHashSet<>();
      boolean afterHeader = false;
      for (String l : sampleLines) {
        String s = l.strip();
        if (s.isEmpty()) {
          continue;
        }
        if (s.startsWith("Forwarded from ")) {
          afterHeader = true;
          continue;
        }
        int k = 0;
        while (k < s.length() && !Character.isLetterOrDigit(s.codePointAt(k)) && s.charAt(k) != '#') {
          k += Character.charCount(s.codePointAt(k));
        }
        String lower = s.toLowerCase(Locale.ROOT);
        if (lower.endsWith("read in full") || lower.equals("media is too big") || lower.equals("view in telegram")) {
          continue;
        }
        String prefix = s.substring(0, k);
        String rest = s.substring(k).strip();
        if (rest.isEmpty() || rest.split(" ").length < 3) {
          continue;
        }
        if (!prefix.isBlank()) {
          prefixes.add(prefix.strip() + " ");
        }
        String[] ws = rest.split(" +");
        if (afterHeader && rest.length() < 200) {
          heads.add(rest);
        }
        afterHeader = false;
        body.add(rest);
        for (String w : ws) {
          if (w.startsWith("#") && w.length() > 1) {
            tags.add(w.replaceAll("[^#\\p{L}\\p{N}_]", ""));
          }
          String letters = w.replaceAll("[^\\p{L}]", "");
          if (letters.length() >= 3 && letters.equals(w)) {
            words.add(letters);
          }
        }
      }
      // More hashtags than the sample has, so that hashtag tables see many distinct values.
      List<String> wl = new ArrayList<>(words);
      SplittableRandom r = new SplittableRandom(7);
      while (tags.size() < 600) {
        String a = wl.get(r.nextInt(wl.size()));
        String b = wl.get(r.nextInt(wl.size()));
        tags.add("#" + Character.toUpperCase(a.charAt(0)) + a.substring(1) + Character.toUpperCase(b.charAt(0))
            + b.substring(1) + (r.nextInt(4) == 0 ? Integer.toString(r.nextInt(100)) : ""));
      }
      this.lines = body.stream().map(x -> x.split(" +")).toArray(String[][]::new);
      List<String> h = new ArrayList<>(heads);
      if (h.isEmpty()) {
        h.addAll(body);
      }
      this.headlines = h.stream().map(x -> x.split(" +")).toArray(String[][]::new);
      this.words = wl.toArray(new String[0]);
      this.hashtags = tags.toArray(new String[0]);
      this.prefixes = prefixes.isEmpty() ? new String[] {"👉 "} : prefixes.toArray(new String[0]);
    }

    /**
     * Loads the sample from {@code samples/mfa-forwarded-posts.txt} in the working directory or one of its
     * parents.
     *
     * @return the corpus
     */
    public static Corpus load() {
      Path dir = Path.of("").toAbsolutePath();
      while (dir != null) {
        Path p = dir.resolve("samples/mfa-forwarded-posts.txt");
        if (Files.isRegularFile(p)) {
          return load(p);
        }
        dir = dir.getParent();
      }
      throw new IllegalStateException("samples/mfa-forwarded-posts.txt not found from " + Path.of("").toAbsolutePath()
          + ": run from the repository, or pass --sample FILE");
    }

    /**
     * @param sample a plain-text export
     * @return the corpus built from its lines
     */
    public static Corpus load(Path sample) {
      try {
        return new Corpus(Files.readAllLines(sample, StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** Counts the bytes written. */
  static final class Counting extends FilterOutputStream {
    long count;

    Counting(OutputStream out) {
      super(out instanceof BufferedOutputStream || out instanceof Counting ? out
          : new BufferedOutputStream(out, 1 << 16));
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
      count += len;
    }
  }
}
