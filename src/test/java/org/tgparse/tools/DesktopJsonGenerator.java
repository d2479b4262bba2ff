package org.tgparse.tools;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes a large synthetic Telegram Desktop single-chat JSON export for benchmarks, laid out the way Telegram
 * Desktop's serializer lays it out (one-space indentation per level, keys in {@code SerializeMessage} order).
 * Messages average about 440 bytes (in Telegram's layout a short plain message with its {@code text_entities}
 * is already about 350): mostly plain text (Latin and Cyrillic), some with {@code text} arrays and
 * {@code text_entities}, photos, files, service records, edits, replies, forwards and reactions. Deterministic for a
 * given seed.
 *
 * <pre>{@code
 * java -cp target/test-classes:target/classes org.tgparse.tools.DesktopJsonGenerator /tmp/big.json 1000000 [seed]
 * }</pre>
 */
public final class DesktopJsonGenerator {
  private static final String[] WORDS = {
      "the", "minister", "said", "on", "Tuesday", "that", "talks", "would", "continue", "in", "Geneva",
      "next", "week", "according", "to", "officials", "report", "security", "council", "meeting", "вчера",
      "министр", "заявил", "что", "переговоры", "продолжатся", "в", "Москве", "на", "следующей", "неделе"};
  private static final String[] TAGS = {"#news", "#Geneva", "#СВО", "#briefing", "#UN"};
  private static final long START = LocalDateTime.of(2023, 1, 1, 8, 0).toEpochSecond(ZoneOffset.UTC);

  private final SplittableRandom random;
  private final Writer out;

  private DesktopJsonGenerator(Writer out, long seed) {
    this.out = out;
    this.random = new SplittableRandom(seed);
  }

  /**
   * @param args output path, message count, optional seed
   * @throws IOException when writing fails
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: DesktopJsonGenerator OUTPUT.json COUNT [SEED]");
      System.exit(2);
    }
    Path path = Path.of(args[0]);
    long count = Long.parseLong(args[1]);
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 42;
    try (Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(path), StandardCharsets.UTF_8),
        1 << 16)) {
      write(w, count, seed);
    }
    System.err.printf(Locale.ROOT, "wrote %d messages, %d bytes to %s%n", count, Files.size(path), path);
  }

  /**
   * Writes an export.
   *
   * @param w where to write
   * @param count how many messages
   * @param seed random seed
   * @throws IOException when writing fails
   */
  public static void write(Writer w, long count, long seed) throws IOException {
    new DesktopJsonGenerator(w, seed).export(count);
  }

  private void export(long count) throws IOException {
    out.write("{\n \"name\": \"Synthetic News\",\n \"type\": \"public_channel\",\n \"id\": 1082552904,\n"
        + " \"messages\": [");
    for (long i = 1; i <= count; i++) {
      out.write(i == 1 ? "\n" : ",\n");
      message(i);
    }
    out.write("\n ]\n}\n");
  }

  private void message(long id) throws IOException {
    long t = START + id * 37;
    int kind = random.nextInt(100);
    StringBuilder m = new StringBuilder(400);
    m.append("  {\n   \"id\": ").append(id).append(",\n   \"type\": \"").append(kind < 3 ? "service" : "message")
        .append("\",\n");
    field(m, "date", LocalDateTime.ofEpochSecond(t, 0, ZoneOffset.ofHours(3)).toString());
    field(m, "date_unixtime", Long.toString(t));
    if (kind < 3) {
      field(m, "actor", "Synthetic News");
      field(m, "actor_id", "channel1082552904");
      field(m, "action", "pin_message");
      m.append("   \"message_id\": ").append(Math.max(1, id - 1)).append(",\n");
      m.append("   \"text\": \"\",\n   \"text_entities\": []\n  }");
      out.append(m);
      return;
    }
    if (kind < 10) {
      field(m, "edited", LocalDateTime.ofEpochSecond(t + 60, 0, ZoneOffset.ofHours(3)).toString());
      field(m, "edited_unixtime", Long.toString(t + 60));
    }
    field(m, "from", "Synthetic News");
    field(m, "from_id", "channel1082552904");
    if (kind >= 10 && kind < 15) {
      field(m, "forwarded_from", "Другой канал");
    }
    if (kind >= 15 && kind < 20) {
      m.append("   \"reply_to_message_id\": ").append(Math.max(1, id - 3)).append(",\n");
    }
    if (kind >= 20 && kind < 30) {
      field(m, "photo", "photos/photo_" + id + "@01-01-2023_08-00-00.jpg");
      m.append("   \"photo_file_size\": ").append(50_000 + random.nextInt(200_000)).append(",\n");
      m.append("   \"width\": 1280,\n   \"height\": 720,\n");
    } else if (kind >= 30 && kind < 33) {
      field(m, "file", "(File not included. Change data exporting settings to download.)");
      field(m, "file_name", "clip" + id + ".mp4");
      m.append("   \"file_size\": ").append(1_000_000 + random.nextInt(9_000_000)).append(",\n");
      field(m, "media_type", "video_file");
      field(m, "mime_type", "video/mp4");
      m.append("   \"duration_seconds\": ").append(5 + random.nextInt(300)).append(",\n");
    }
    String sentence = sentence(3 + random.nextInt(6));
    if (kind >= 40 && kind < 52) {
      String tag = TAGS[random.nextInt(TAGS.length)];
      String bold = sentence(2);
      m.append("   \"text\": [\n    {\n     \"type\": \"bold\",\n     \"text\": \"").append(bold)
          .append("\"\n    },\n    \"").append(' ').append(sentence).append(' ')
          .append("\",\n    {\n     \"type\": \"hashtag\",\n     \"text\": \"").append(tag).append("\"\n    }\n   ],\n");
      m.append("   \"text_entities\": [\n    {\n     \"type\": \"bold\",\n     \"text\": \"").append(bold)
          .append("\"\n    },\n    {\n     \"type\": \"plain\",\n     \"text\": \" ").append(sentence)
          .append(" \"\n    },\n    {\n     \"type\": \"hashtag\",\n     \"text\": \"").append(tag)
          .append("\"\n    }\n   ]");
    } else {
      m.append("   \"text\": \"").append(sentence).append("\",\n");
      m.append("   \"text_entities\": [\n    {\n     \"type\": \"plain\",\n     \"text\": \"").append(sentence)
          .append("\"\n    }\n   ]");
    }
    if (kind >= 90) {
      m.append(",\n   \"reactions\": [\n     {\n      \"type\": \"emoji\",\n      \"count\": ")
          .append(1 + random.nextInt(500)).append(",\n      \"emoji\": \"👍\"\n     }\n    ]");
    }
    m.append("\n  }");
    out.append(m);
  }

  private static void field(StringBuilder m, String key, String value) {
    m.append("   \"").append(key).append("\": \"").append(value).append("\",\n");
  }

  private String sentence(int words) {
    StringBuilder sb = new StringBuilder(words * 8);
    for (int i = 0; i < words; i++) {
      if (i > 0) {
        sb.append(i % 9 == 8 ? "\\n" : " ");
      }
      sb.append(WORDS[random.nextInt(WORDS.length)]);
    }
    return sb.append('.').toString();
  }
}
