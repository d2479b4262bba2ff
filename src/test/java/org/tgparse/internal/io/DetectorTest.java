package org.tgparse.internal.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tgparse.internal.pipeline.Readers;
import org.tgparse.read.Format;
import org.tgparse.read.ParseIssue;
import org.tgparse.read.ReadOptions;
import org.tgparse.read.TgparseException;

class DetectorTest {

  private static byte[] hex(String s) {
    String[] parts = s.trim().split("\\s+");
    byte[] b = new byte[parts.length];
    for (int i = 0; i < parts.length; i++) {
      b[i] = (byte) Integer.parseInt(parts[i], 16);
    }
    return b;
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "PNG  | 89 50 4E 47 0D 0A 1A 0A 00 00 00 0D 49 48 44 52 | found a PNG image",
      "JPEG | FF D8 FF E0 00 10 4A 46 49 46 00 01             | found a JPEG image",
      "GIF  | 47 49 46 38 39 61 0A 00 0A 00 80 00             | found a GIF image",
      "PDF  | 25 50 44 46 2D 31 2E 37 0A                      | found a PDF document",
      "ZIP  | 50 4B 03 04 14 00 00 00                         | found a ZIP archive",
      "gzip | 1F 8B 08 00 00 00 00 00                         | found a gzip file",
      "ELF  | 7F 45 4C 46 02 01 01 00                         | found an ELF executable",
  })
  void knownBinarySignaturesAreRefusedByName(String kind, String bytes, String expected) {
    byte[] head = hex(bytes);
    assertThatThrownBy(() -> Detector.detect(head, head.length, "x.bin"))
        .isInstanceOf(TgparseException.class)
        .hasMessage("x.bin: binary input refused: " + expected
            + "; expected a Telegram archive as UTF-8 or UTF-16 text (with a byte-order mark)");
  }

  @Test
  void nulByteIsRefusedWithItsOffset() {
    byte[] head = "Forwarded from X\nabc\0def".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> Detector.detect(head, head.length, "f"))
        .isInstanceOf(TgparseException.class)
        .hasMessage("f: binary input refused: NUL byte at byte offset 20 (a binary file?); expected a Telegram"
            + " archive as UTF-8 or UTF-16 text (with a byte-order mark)");
  }

  @Test
  void utf16WithoutByteOrderMarkGetsAHint() {
    byte[] head = "Forwarded".getBytes(StandardCharsets.UTF_16LE);
    assertThatThrownBy(() -> Detector.detect(head, head.length, "f"))
        .hasMessageContaining("NUL byte at byte offset 1 (UTF-16 text without a byte-order mark?)");
  }

  @Test
  void nulBytesAreFineInUtf16WithByteOrderMark() {
    byte[] text = "Forwarded from X".getBytes(StandardCharsets.UTF_16LE);
    byte[] head = new byte[text.length + 2];
    head[0] = (byte) 0xFF;
    head[1] = (byte) 0xFE;
    System.arraycopy(text, 0, head, 2, text.length);
    assertThat(Detector.detect(head, head.length, "f")).isEqualTo(Format.TEXT);
    byte[] be = "{\"name\": 1}".getBytes(StandardCharsets.UTF_16BE);
    byte[] headBe = new byte[be.length + 2];
    headBe[0] = (byte) 0xFE;
    headBe[1] = (byte) 0xFF;
    System.arraycopy(be, 0, headBe, 2, be.length);
    assertThat(Detector.detect(headBe, headBe.length, "f")).isEqualTo(Format.DESKTOP_JSON);
  }

  @Test
  void signatureOfExactlyItsLengthIsRefused() {
    byte[] gif = "GIF89a".getBytes(StandardCharsets.US_ASCII);
    assertThatThrownBy(() -> Detector.detect(gif, gif.length, "g")).hasMessageContaining("found a GIF image");
    assertThat(Detector.detect(gif, 5, "g")).isEqualTo(Format.TEXT);
    byte[] utf16 = {'A', 0, 'B', 0};
    assertThatThrownBy(() -> Detector.detect(utf16, 4, "u")).hasMessageContaining("UTF-16 text without");
    assertThatThrownBy(() -> Detector.detect(utf16, 3, "u")).hasMessageContaining("(a binary file?)");
  }

  @Test
  void byteOrderMarkAloneIsEnough() {
    assertThat(Detector.Encoding.sniff(new byte[] {(byte) 0xFF, (byte) 0xFE}, 2))
        .isEqualTo(Detector.Encoding.UTF16LE);
    assertThat(Detector.Encoding.sniff(new byte[] {(byte) 0xFE, (byte) 0xFF}, 2))
        .isEqualTo(Detector.Encoding.UTF16BE);
    assertThat(Detector.Encoding.sniff(new byte[] {(byte) 0xFE, (byte) 0xFF}, 1))
        .isEqualTo(Detector.Encoding.UTF8);
    assertThat(Detector.Encoding.UTF16BE.charset()).isEqualTo(StandardCharsets.UTF_16BE);
  }

  @Test
  void nulPastTheLengthIsIgnored() {
    byte[] head = "abc\0".getBytes(StandardCharsets.UTF_8);
    assertThat(Detector.detect(head, 3, "f")).isEqualTo(Format.TEXT);
  }

  @Test
  void textFormatsAreStillDetected() {
    assertThat(detect("  {\"name\":\"x\"}")).isEqualTo(Format.DESKTOP_JSON);
    assertThat(detect("<html><div class=\"tgme_widget_message\">")).isEqualTo(Format.TME_HTML);
    assertThat(detect("<!DOCTYPE html><div class=\"page_wrap\">")).isEqualTo(Format.DESKTOP_HTML);
    assertThat(detect("<html><body>no export</body>")).isEqualTo(Format.TEXT);
    assertThat(detect("<html><div class=\"history\">")).isEqualTo(Format.DESKTOP_HTML);
    assertThat(detect("<!doctype html><title>Exported Data</title>")).isEqualTo(Format.DESKTOP_HTML);
    assertThat(detect("Forwarded from X\n<div class=\"tgme_widget_message\">")).isEqualTo(Format.TEXT);
    assertThat(detect("Forwarded from X\nhello")).isEqualTo(Format.TEXT);
    assertThat(detect("")).isEqualTo(Format.TEXT);
  }

  private static Format detect(String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    return Detector.detect(b, b.length, "f");
  }

  @Test
  void binaryIsRefusedEvenWhenTheFormatIsForced() {
    byte[] png = hex("89 50 4E 47 0D 0A 1A 0A 00 00 00 0D");
    for (Format f : new Format[] {Format.TEXT, Format.PLAIN, Format.DESKTOP_JSON}) {
      assertThatThrownBy(() -> Readers.open(new ByteArrayInputStream(png), "p.png",
          ReadOptions.defaults().withFormat(f), new IssueSink(false)))
          .as(f.name()).hasMessageContaining("binary input refused: found a PNG image");
    }
  }

  @Test
  void refusedStreamIsClosed() {
    boolean[] closed = {false};
    java.io.InputStream in = new ByteArrayInputStream(hex("89 50 4E 47 0D 0A 1A 0A")) {
      @Override
      public void close() {
        closed[0] = true;
      }
    };
    assertThatThrownBy(() -> Readers.open(in, "p", ReadOptions.defaults(), new IssueSink(false)))
        .isInstanceOf(TgparseException.class);
    assertThat(closed[0]).isTrue();
  }

  @Test
  void directoryForcedToATextFormatIsRefused(@TempDir Path dir) {
    assertThatThrownBy(() -> Readers.open(dir, "d", ReadOptions.defaults().withFormat(Format.TEXT),
        new IssueSink(false))).isInstanceOf(TgparseException.class).hasMessage(
        "d: a directory can be read only as a Telegram Desktop export (desktop-json or desktop-html), not as text");
  }

  @Test
  void emptyInputIsAnIssue() throws Exception {
    IssueSink issues = new IssueSink(false);
    Readers.Opened opened = Readers.open(new ByteArrayInputStream(new byte[0]), "e.txt", ReadOptions.defaults(),
        issues);
    assertThat(opened.reader().next()).isNull();
    assertThat(issues.issues()).extracting(ParseIssue::toString)
        .containsExactly("e.txt: warning: empty input: no messages");
    assertThatThrownBy(() -> Readers.open(new ByteArrayInputStream(new byte[0]), "e.txt", ReadOptions.defaults(),
        new IssueSink(true))).isInstanceOf(TgparseException.class).hasMessage("e.txt: empty input: no messages");
  }

  @Test
  void directoriesAreDetectedByTheirFiles(@TempDir Path dir) throws Exception {
    assertThatThrownBy(() -> Detector.detectDirectory(dir)).isInstanceOf(TgparseException.class)
        .hasMessageContaining("expected a Telegram Desktop export folder (result.json, or HTML pages with message"
            + " history");
    Files.writeString(dir.resolve("messages.txt"), "x");
    Files.writeString(dir.resolve("messages2.html"), "<html>");
    // Decided by content, not by name (issue 14, item 3).
    assertThatThrownBy(() -> Detector.detectDirectory(dir)).isInstanceOf(TgparseException.class);
    Files.writeString(dir.resolve("renamed.HTM"), "<html><body><div class=\"history\">");
    assertThat(Detector.detectDirectory(dir)).isEqualTo(Format.DESKTOP_HTML);
    Files.writeString(dir.resolve("result.json"), "{}");
    assertThat(Detector.detectDirectory(dir)).isEqualTo(Format.DESKTOP_JSON);
  }

  @Test
  void peekResetsTheStream() throws Exception {
    byte[] data = new byte[Detector.PEEK + 10];
    data[Detector.PEEK + 5] = 7;
    java.io.BufferedInputStream in = new java.io.BufferedInputStream(new ByteArrayInputStream(data));
    assertThat(Detector.peek(in)).hasSize(Detector.PEEK);
    assertThat(in.readAllBytes()).isEqualTo(data);
    java.io.BufferedInputStream small = new java.io.BufferedInputStream(new ByteArrayInputStream(new byte[] {1, 2}));
    assertThat(Detector.peek(small)).containsExactly(1, 2);
  }
}
