package org.tgparse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line on HTML inputs: overlapping t.me pages of one run give each post once. */
class MainHtmlInputsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static String post(int n, String text) {
    return "<div class=\"tgme_widget_message js-widget_message\" data-post=\"ch/" + n + "\"><div class=\""
        + "tgme_widget_message_text js-message_text\">" + text + "</div></div>\n";
  }

  private static String page(String... posts) {
    return "<!DOCTYPE html><html><head><title>ch – Telegram</title></head><body><section class=\""
        + "tgme_channel_history\">\n" + String.join("", posts) + "</section></body></html>\n";
  }

  private record Run(int code, List<JsonNode> records, String stderr) {
  }

  private static Run run(String... args) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(args, new ByteArrayInputStream(new byte[0]), out,
        new PrintStream(err, true, StandardCharsets.UTF_8));
    List<JsonNode> records = new ArrayList<>();
    for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
      if (!line.isBlank()) {
        records.add(JSON.readTree(line));
      }
    }
    return new Run(code, records, err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void overlappingPagesGiveEachPostOnce(@TempDir Path dir) throws IOException {
    Path older = dir.resolve("page1.html");
    Path newer = dir.resolve("page2.html");
    Files.writeString(older, page(post(1, "one"), post(2, "two"), post(3, "three")));
    Files.writeString(newer, page(post(3, "three"), post(4, "four")));
    Run r = run(older.toString(), newer.toString());
    assertThat(r.code()).isZero();
    assertThat(r.records()).extracting(n -> n.get("id").asText()).containsExactly("ch/1", "ch/2", "ch/3", "ch/4");
    assertThat(r.stderr()).isEqualTo(newer + ": 1 posts already read from an earlier input were skipped\n");
  }

  @Test
  void theSamePageTwiceGivesItsPostsOnce(@TempDir Path dir) throws IOException {
    Path p = dir.resolve("page.html");
    Files.writeString(p, page(post(1, "one"), post(2, "two")));
    Run r = run(p.toString(), p.toString());
    assertThat(r.records()).hasSize(2);
  }

  @Test
  void desktopExportsAreNotDeduplicated(@TempDir Path dir) throws IOException {
    Path p = Path.of("src", "test", "resources", "golden", "desktop-html", "old-markup.html");
    Run r = run(p.toString(), p.toString());
    assertThat(r.records()).hasSize(6);
    assertThat(r.stderr()).isEmpty();
  }

  @Test
  void htmlInputsAreDetectedAndRead() throws IOException {
    Run r = run("src/test/resources/golden/desktop-html/channel", "src/test/resources/golden/tme/media.html");
    assertThat(r.code()).isZero();
    assertThat(r.records()).hasSize(9 + 12);
    assertThat(r.records().get(0).get("source").get("file").asText())
        .isEqualTo("src/test/resources/golden/desktop-html/channel/messages.html");
  }
}
