package org.tgparse.internal.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tgparse.read.ParseIssue;
import org.tgparse.read.TgparseException;

class Utf8ReaderTest {

  private static String readAll(Reader r) throws IOException {
    StringBuilder sb = new StringBuilder();
    char[] buf = new char[100];
    int n;
    while ((n = r.read(buf, 0, buf.length)) >= 0) {
      assertThat(n).as("read() returned 0 for a non-empty request").isPositive();
      sb.append(buf, 0, n);
    }
    return sb.toString();
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /** Hands out its bytes in chunks of the given size, like a pipe or a socket. */
  private static InputStream chunked(byte[] data, int chunk) {
    return new ByteArrayInputStream(data) {
      @Override
      public synchronized int read(byte[] b, int off, int len) {
        return super.read(b, off, Math.min(len, chunk));
      }
    };
  }

  @Test
  void validTextPassesUnchangedWithoutIssues() throws IOException {
    IssueSink issues = new IssueSink(false);
    String text = "Привет, мир 🇷🇺 #tag\nsecond line 👍🏽";
    assertThat(readAll(new Utf8Reader(new ByteArrayInputStream(utf8(text)), "f", issues))).isEqualTo(text);
    assertThat(issues.issues()).isEmpty();
  }

  @Test
  void invalidByteIsReplacedAndItsOffsetNamed() throws IOException {
    IssueSink issues = new IssueSink(false);
    byte[] data = concat(utf8("abc"), new byte[] {(byte) 0xFF}, utf8("def"));
    assertThat(readAll(new Utf8Reader(new ByteArrayInputStream(data), "in.txt", issues))).isEqualTo("abc\uFFFDdef");
    assertThat(issues.issues()).singleElement().satisfies(i -> {
      assertThat(i.file()).isEqualTo("in.txt");
      assertThat(i.severity()).isEqualTo(ParseIssue.Severity.WARNING);
      assertThat(i.message()).isEqualTo(
          "invalid UTF-8: byte 0xFF at byte offset 3 replaced with U+FFFD; expected UTF-8 text");
    });
  }

  @Test
  void everyBadSequenceGetsItsOwnOffset() throws IOException {
    IssueSink issues = new IssueSink(false);
    // an overlong encoding of '/', a lone continuation byte, a surrogate encoded in UTF-8
    byte[] data = concat(utf8("a"), new byte[] {(byte) 0xC0, (byte) 0xAF}, utf8("b"), new byte[] {(byte) 0x80},
        utf8("c"), new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, utf8("d"));
    String s = readAll(new Utf8Reader(new ByteArrayInputStream(data), "f", issues));
    assertThat(s).startsWith("a\uFFFD").contains("b\uFFFDc").endsWith("\uFFFDd");
    assertThat(issues.issues()).extracting(ParseIssue::message)
        .allMatch(m -> m.startsWith("invalid UTF-8: byte"))
        .anyMatch(m -> m.contains("at byte offset 1 "))
        .anyMatch(m -> m.contains("byte 0x80 at byte offset 4 "))
        .anyMatch(m -> m.contains("at byte offset 6 "));
  }

  @Test
  void sequenceCutOffByTheEndIsOneReplacement() throws IOException {
    IssueSink issues = new IssueSink(false);
    byte[] euro = utf8("€"); // E2 82 AC
    byte[] data = concat(utf8("price 5"), new byte[] {euro[0], euro[1]});
    assertThat(readAll(new Utf8Reader(new ByteArrayInputStream(data), "f", issues))).isEqualTo("price 5\uFFFD");
    assertThat(issues.issues()).singleElement().extracting(ParseIssue::message)
        .isEqualTo("invalid UTF-8: bytes 0xE2 0x82 at byte offset 7 replaced with U+FFFD; expected UTF-8 text");
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 5, 7, 4096, 65535, 65536, 65537})
  void sequencesSplitAcrossReadsAndBuffersDecodeWhole(int chunk) throws IOException {
    // Four-byte emoji placed so that they straddle every chunk boundary and the 64 KiB buffer's edge.
    StringBuilder sb = new StringBuilder();
    sb.append("x".repeat(65536 - 2));
    for (int i = 0; i < 2000; i++) {
      sb.append("🇷🇺é€").append(i % 7 == 0 ? "\n" : "");
    }
    String text = sb.toString();
    IssueSink issues = new IssueSink(false);
    assertThat(readAll(new Utf8Reader(chunked(utf8(text), chunk), "f", issues))).isEqualTo(text);
    assertThat(issues.issues()).isEmpty();
  }

  @Test
  void badByteAtTheBufferEdgeHasTheRightOffset() throws IOException {
    byte[] data = concat(utf8("y".repeat(65536 - 1)), new byte[] {(byte) 0xF0, (byte) 0x9F}, utf8("z"));
    IssueSink issues = new IssueSink(false);
    String s = readAll(new Utf8Reader(chunked(data, 1000), "f", issues));
    assertThat(s).endsWith("y\uFFFDz").hasSize(65536 + 1);
    assertThat(issues.issues()).singleElement().extracting(ParseIssue::message).asString()
        .contains("bytes 0xF0 0x9F at byte offset 65535 ");
  }

  @Test
  void oneCharReadsMakeProgressOnSurrogatePairs() throws IOException {
    String text = "a🇷🇺b😀";
    Reader r = new Utf8Reader(new ByteArrayInputStream(utf8(text)), "f", new IssueSink(false));
    StringBuilder sb = new StringBuilder();
    char[] one = new char[1];
    int n;
    while ((n = r.read(one, 0, 1)) != -1) {
      assertThat(n).isEqualTo(1);
      sb.append(one[0]);
    }
    assertThat(sb.toString()).isEqualTo(text);
    assertThat(r.read()).isEqualTo(-1);
  }

  @Test
  void zeroLengthReadReadsNothing() throws IOException {
    Reader r = new Utf8Reader(new ByteArrayInputStream(utf8("abc")), "f", new IssueSink(false));
    assertThat(r.read(new char[4], 1, 0)).isZero();
    assertThat(readAll(r)).isEqualTo("abc");
  }

  @Test
  void strictModeThrowsAtTheFirstBadByte() {
    byte[] data = concat(utf8("ok\nbad "), new byte[] {(byte) 0xFE});
    LineReader lines = new LineReader(new Utf8Reader(new ByteArrayInputStream(data), "s.txt",
        new IssueSink(true)), 1000);
    assertThatThrownBy(() -> {
      while (lines.readLine() != null) {
        // read on
      }
    }).isInstanceOf(TgparseException.class)
        .hasMessage("s.txt:2:5: invalid UTF-8: byte 0xFE at byte offset 7 replaced with U+FFFD;"
            + " expected UTF-8 text");
  }

  @Test
  void lineReaderGivesLineAndColumnOfEachReplacement() throws IOException {
    byte[] data = concat(utf8("first\r\nsé"), new byte[] {(byte) 0xC3}, utf8("x\n\n🇷🇺"), new byte[] {(byte) 0xFF},
        utf8("\nlast"), new byte[] {(byte) 0xE2, (byte) 0x82});
    IssueSink issues = new IssueSink(false);
    LineReader lines = new LineReader(new Utf8Reader(chunked(data, 3), "f", issues), 1000);
    List<String> read = new ArrayList<>();
    String l;
    while ((l = lines.readLine()) != null) {
      read.add(l);
    }
    assertThat(read).containsExactly("first", "sé\uFFFDx", "", "🇷🇺\uFFFD", "last\uFFFD");
    assertThat(issues.issues()).extracting(ParseIssue::location).containsExactly("f:2:3", "f:4:5", "f:5:5");
    assertThat(issues.issues()).extracting(ParseIssue::message).allSatisfy(m -> assertThat(m).contains("byte offset"));
    assertThat(issues.issues().get(0).message()).contains("byte 0xC3 at byte offset 10 ");
  }

  @Test
  void byteOrderMarkIsColumnNeutral() throws IOException {
    byte[] data = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8("ab"), new byte[] {(byte) 0x80});
    IssueSink issues = new IssueSink(false);
    LineReader lines = new LineReader(new Utf8Reader(new ByteArrayInputStream(data), "f", issues), 1000);
    assertThat(lines.readLine()).isEqualTo("ab\uFFFD");
    assertThat(issues.issues()).singleElement().satisfies(i -> {
      assertThat(i.location()).isEqualTo("f:1:3");
      assertThat(i.message()).contains("at byte offset 5 ");
    });
  }

  @Test
  void utf16WithByteOrderMarkIsDecoded() throws IOException {
    String text = "Forwarded from Канал 🇷🇺\nТекст #тег";
    for (String cs : List.of("UTF-16LE", "UTF-16BE")) {
      byte[] bom = cs.endsWith("LE") ? new byte[] {(byte) 0xFF, (byte) 0xFE} : new byte[] {(byte) 0xFE, (byte) 0xFF};
      byte[] data = concat(bom, text.getBytes(java.nio.charset.Charset.forName(cs)));
      IssueSink issues = new IssueSink(false);
      InputStream in = new java.io.BufferedInputStream(chunked(data, 5));
      assertThat(readAll(Decoding.reader(in, "f", issues))).as(cs).isEqualTo(text);
      assertThat(issues.issues()).isEmpty();
    }
  }

  @Test
  void brokenUtf16IsReplacedWithItsByteOffset() throws IOException {
    // BOM, 'a', a lone high surrogate followed by 'b', then an odd byte at the end
    byte[] data = {(byte) 0xFF, (byte) 0xFE, 'a', 0, 0x3D, (byte) 0xD8, 'b', 0, 'c'};
    IssueSink issues = new IssueSink(false);
    String s = readAll(Decoding.reader(new java.io.BufferedInputStream(new ByteArrayInputStream(data)), "w",
        issues));
    assertThat(s).isEqualTo("a\uFFFDb\uFFFD");
    assertThat(issues.issues()).extracting(ParseIssue::message).containsExactly(
        "invalid UTF-16LE: bytes 0x3D 0xD8 at byte offset 4 replaced with U+FFFD; expected UTF-16LE text",
        "invalid UTF-16LE: byte 0x63 at byte offset 8 replaced with U+FFFD; expected UTF-16LE text");
  }

  @Test
  void closeClosesTheStream() throws IOException {
    boolean[] closed = {false};
    InputStream in = new ByteArrayInputStream(new byte[0]) {
      @Override
      public void close() {
        closed[0] = true;
      }
    };
    new Utf8Reader(in, "f", new IssueSink(false)).close();
    assertThat(closed[0]).isTrue();
  }
}
