package org.tgparse.internal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tgparse.MessageReader;
import org.tgparse.Tgparse;
import org.tgparse.internal.desktophtml.DesktopHtmlReaderTest;
import org.tgparse.internal.io.Detector;
import org.tgparse.model.Message;
import org.tgparse.read.Format;
import org.tgparse.read.ReadOptions;

/** Inputs are told apart by content, not by file name; {@code --format} forces a format; detection peeks. */
class FormatDetectionTest {
  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");
  private static final ReadOptions OPTIONS = ReadOptions.defaults().withExtractEntities(false);

  private static Path copy(Path from, Path dir, String name) throws IOException {
    Path to = dir.resolve(name);
    Files.copy(from, to);
    return to;
  }

  private static List<Message> readAll(Path p, ReadOptions o) {
    List<Message> out = new ArrayList<>();
    try (MessageReader r = Tgparse.read(p, o)) {
      r.forEach(out::add);
    }
    return out;
  }

  @Test
  void desktopHtmlNamedTxtIsDesktopHtml(@TempDir Path dir) throws IOException {
    Path p = copy(GOLDEN.resolve("desktop-html/old-markup.html"), dir, "export.txt");
    assertThat(Tgparse.detect(p)).isEqualTo(Format.DESKTOP_HTML);
    try (MessageReader r = Tgparse.read(p, OPTIONS)) {
      assertThat(r.format()).isEqualTo(Format.DESKTOP_HTML);
      assertThat(r.read().from()).isEqualTo("Ivan Petrov");
    }
  }

  @Test
  void aSavedTmePageIsATmePage(@TempDir Path dir) throws IOException {
    Path p = copy(GOLDEN.resolve("tme/channel-page.html"), dir, "MFARussia.html");
    assertThat(Tgparse.detect(p)).isEqualTo(Format.TME_HTML);
    assertThat(readAll(p, OPTIONS)).extracting(Message::id).first().isEqualTo("MFARussia/517");
  }

  @Test
  void aPlainTextExportNamedHtmlIsText(@TempDir Path dir) throws IOException {
    Path p = dir.resolve("posts.html");
    Files.writeString(p, "Forwarded from Russian MFA 🇷🇺\nHeadline\nBody with <b>markup</b> and tgme_ words\n");
    assertThat(Tgparse.detect(p)).isEqualTo(Format.TEXT);
    assertThat(readAll(p, OPTIONS)).extracting(m -> m.forward().from()).containsExactly("Russian MFA 🇷🇺");
  }

  @Test
  void aDesktopExportQuotingTmeMarkupIsStillDesktop(@TempDir Path dir) throws IOException {
    Path p = dir.resolve("messages.html");
    Files.writeString(p, DesktopHtmlReaderTest.page(DesktopHtmlReaderTest.message(1, "01.01.2024 10:00:00 UTC+00:00",
        "A", "class=&quot;tgme_widget_message&quot;", false)));
    assertThat(Tgparse.detect(p)).isEqualTo(Format.DESKTOP_HTML);
  }

  @Test
  void formatForcesOne(@TempDir Path dir) throws IOException {
    Path p = copy(GOLDEN.resolve("tme/channel-page.html"), dir, "page.html");
    List<Message> asText = readAll(p, OPTIONS.withFormat(Format.TEXT));
    assertThat(asText).hasSize(1);
    assertThat(asText.get(0).text()).startsWith("<!DOCTYPE html>");
    List<Message> asPlain = readAll(p, OPTIONS.withFormat(Format.PLAIN));
    assertThat(asPlain.get(0).text()).contains("tgme_channel_info");
    List<Message> asTme = readAll(copy(GOLDEN.resolve("desktop-html/old-markup.html"), dir, "x.html"),
        OPTIONS.withFormat(Format.TME_HTML));
    assertThat(asTme).as("a Desktop export read as a t.me page has no t.me posts").isEmpty();
  }

  @Test
  void detectionReadsAtMost16KiB() throws IOException {
    byte[] big = (DesktopHtmlReaderTest.page() + " ".repeat(100_000)).getBytes(StandardCharsets.UTF_8);
    long[] read = new long[1];
    InputStream counting = new ByteArrayInputStream(big) {
      @Override
      public synchronized int read(byte[] b, int off, int len) {
        int n = super.read(b, off, len);
        if (n > 0) {
          read[0] += n;
        }
        return n;
      }

      @Override
      public synchronized int read() {
        int c = super.read();
        if (c >= 0) {
          read[0]++;
        }
        return c;
      }
    };
    byte[] head = Detector.peek(counting);
    assertThat(read[0]).isLessThanOrEqualTo(Detector.PEEK);
    assertThat(head).hasSize(Detector.PEEK);
    assertThat(Detector.detect(head, head.length, "x")).isEqualTo(Format.DESKTOP_HTML);
  }

  @Test
  void markupPastThePeekIsNotSeen() {
    String html = "<!DOCTYPE html><html><body>" + "<p>filler</p>".repeat(2000) + "<div class=\"tgme_widget_message\">";
    byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
    assertThat(bytes.length).isGreaterThan(Detector.PEEK);
    assertThat(Detector.detect(bytes, Detector.PEEK, "x")).isEqualTo(Format.TEXT);
    assertThat(Detector.detect(bytes, bytes.length, "x")).isEqualTo(Format.TME_HTML);
  }

  @Test
  void aByteOrderMarkDoesNotHideTheMarkup() {
    byte[] bom = "\uFEFF<!DOCTYPE html><title>Exported Data</title>".getBytes(StandardCharsets.UTF_8);
    assertThat(Detector.detect(bom, bom.length, "x")).isEqualTo(Format.DESKTOP_HTML);
  }
}
