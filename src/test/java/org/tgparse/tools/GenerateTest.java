package org.tgparse.tools;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tgparse.MessageReader;
import org.tgparse.Tgparse;
import org.tgparse.model.Message;
import org.tgparse.read.Format;
import org.tgparse.read.ReadOptions;

class GenerateTest {
  @TempDir
  Path dir;

  private static long[] generate(String format, long size, Path out, long seed) throws IOException {
    return new Generate(Generate.Corpus.load(), seed).write(format, size, out, 20);
  }

  @Test
  void parsesSizes() {
    assertThat(Generate.parseSize("10MB")).isEqualTo(10L << 20);
    assertThat(Generate.parseSize("1GB")).isEqualTo(1L << 30);
    assertThat(Generate.parseSize("512K")).isEqualTo(512L << 10);
    assertThat(Generate.parseSize("1.5M")).isEqualTo(3L << 19);
    assertThat(Generate.parseSize("12345")).isEqualTo(12345);
  }

  @Test
  void textExportReadsBackAsTheMessagesWritten() throws IOException {
    Path out = dir.resolve("t.txt");
    long[] r = generate("text", 300_000, out, 1);
    assertThat(r[0]).isEqualTo(Files.size(out)).isGreaterThanOrEqualTo(300_000).isLessThan(320_000);
    List<Message> ms = new ArrayList<>();
    try (MessageReader reader = Tgparse.read(out, ReadOptions.defaults().withFormat(Format.TEXT))) {
      reader.forEach(ms::add);
      assertThat(reader.issues()).isEmpty();
    }
    assertThat(ms).hasSize((int) r[1]);
    assertThat(ms).allSatisfy(m -> assertThat(m.forward().from()).isNotBlank());
    // Most posts repeat their body, as the sample does, and are collapsed.
    assertThat(ms.stream().filter(Message::duplicateCollapsed).count()).isGreaterThan(ms.size() * 7 / 10);
    // Nothing is trivially repeated.
    Set<String> texts = new HashSet<>();
    ms.forEach(m -> texts.add(m.text()));
    assertThat(texts.size()).isGreaterThan(ms.size() * 95 / 100);
  }

  @Test
  void theSameSeedGivesTheSameBytesAndAnotherSeedOthers() throws IOException {
    generate("text", 50_000, dir.resolve("a.txt"), 5);
    generate("text", 50_000, dir.resolve("b.txt"), 5);
    generate("text", 50_000, dir.resolve("c.txt"), 6);
    assertThat(Files.readAllBytes(dir.resolve("a.txt"))).isEqualTo(Files.readAllBytes(dir.resolve("b.txt")));
    assertThat(Files.readAllBytes(dir.resolve("a.txt"))).isNotEqualTo(Files.readAllBytes(dir.resolve("c.txt")));
  }

  @Test
  void desktopJsonIsDesktopJsonGeneratorsExportAtTheSizeAsked() throws IOException {
    Path out = dir.resolve("json");
    long[] r = generate("desktop-json", 2_000_000, out, 2);
    Path file = out.resolve("result.json");
    assertThat(r[0]).isEqualTo(Files.size(file));
    assertThat((double) r[0]).isCloseTo(2_000_000, org.assertj.core.data.Percentage.withPercentage(2));
    JsonNode root = new ObjectMapper().readTree(file.toFile());
    assertThat(root.get("messages").size()).isEqualTo((int) r[1]);
    try (MessageReader reader = Tgparse.read(out, ReadOptions.defaults().withExtractEntities(false))) {
      assertThat(reader.format()).isEqualTo(Format.DESKTOP_JSON);
      assertThat(reader.stream().count()).isEqualTo(r[1]);
      assertThat(reader.issues()).isEmpty();
    }
  }

  @Test
  void desktopHtmlHasAThousandMessagesPerFileAndPagination() throws IOException {
    Path out = dir.resolve("html");
    long[] r = generate("desktop-html", 1_800_000, out, 3);
    assertThat(r[2]).isGreaterThanOrEqualTo(2);
    Pattern message = Pattern.compile("<div class=\"message (default clearfix( joined)?|service)\" id=\"message(-?\\d+)\">");
    long total = 0;
    for (int f = 1; f <= r[2]; f++) {
      String html = Files.readString(out.resolve(f == 1 ? "messages.html" : "messages" + f + ".html"));
      assertThat(html).startsWith("<!DOCTYPE html>").contains("<div class=\"page_wrap\">", "<div class=\"history\">")
          .endsWith("</html>\n");
      Matcher m = message.matcher(html);
      int counted = 0;
      boolean firstReal = true;
      while (m.find()) {
        if (Long.parseLong(m.group(3)) > 0) {
          counted++;
          if (firstReal) {
            assertThat(m.group(2)).as("a file's first message is never joined").isNull();
            firstReal = false;
          }
        }
      }
      if (f < r[2]) {
        assertThat(counted).isEqualTo(Generate.HTML_MESSAGES_PER_FILE);
        assertThat(html).contains("href=\"messages" + (f + 1) + ".html\">\n\nNext messages");
      }
      if (f > 1) {
        assertThat(html).contains("Previous messages");
      }
      total += counted;
    }
    assertThat(total).isEqualTo(r[1]);
    assertThat(Files.readString(out.resolve("messages.html"))).contains(" joined\"", "ShowHashtag(&quot;",
        "class=\"forwarded body\"", "title=\"", " UTC+03:00\"");
  }

  @Test
  void tmePagesHoldTheirPostsWithDistinctIds() throws IOException {
    Path out = dir.resolve("tme");
    long[] r = generate("tme", 300_000, out, 4);
    Set<String> posts = new HashSet<>();
    long pages;
    try (Stream<Path> files = Files.list(out)) {
      List<Path> list = files.sorted().toList();
      pages = list.size();
      for (Path p : list) {
        String html = Files.readString(p, StandardCharsets.UTF_8);
        assertThat(html).contains("tgme_channel_history", "tgme_widget_message_text");
        Matcher m = Pattern.compile("data-post=\"([^\"]+)\"").matcher(html);
        int n = 0;
        while (m.find()) {
          assertThat(posts.add(m.group(1))).isTrue();
          n++;
        }
        assertThat(n).isBetween(1, 20);
      }
    }
    assertThat(pages).isEqualTo(r[2]);
    assertThat((long) posts.size()).isEqualTo(r[1]);
  }
}
