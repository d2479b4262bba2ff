package org.tgparse.internal.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.tgparse.read.ParseIssue;

/**
 * {@link Utf8Lines} (lines cut and decoded on the bytes) must give what the char path gives ({@link Utf8Reader}
 * read through {@link LineReader}): the same lines, cuts, line numbers and issues (line, column, message), for
 * any bytes, any read sizes, any line limit and any buffer size.
 */
class Utf8LinesTest {

  /** What a line source gave: each line with its number and cut flag, then every issue. */
  private record Run(List<String> lines, List<ParseIssue> issues) {
  }

  private static Run charPath(byte[] data, long seed, int maxLineLength) throws IOException {
    IssueSink issues = new IssueSink(false);
    return run(new LineReader(new Utf8Reader(new Chunked(data, seed), "f", issues), maxLineLength), issues);
  }

  private static Run bytePath(byte[] data, long seed, int maxLineLength, int bufferSize) throws IOException {
    IssueSink issues = new IssueSink(false);
    return run(new Utf8Lines(new Chunked(data, seed), "f", issues, maxLineLength, bufferSize), issues);
  }

  private static Run run(Lines r, IssueSink issues) throws IOException {
    List<String> lines = new ArrayList<>();
    try (r) {
      String line;
      while ((line = r.readLine()) != null) {
        lines.add(r.lineNumber() + (r.lastLineCut() ? " cut " : " ") + line);
      }
      assertThat(r.readLine()).isNull();
    }
    return new Run(lines, issues.issues());
  }

  @Property(tries = 3000)
  void bytePathGivesWhatTheCharPathGives(@ForAll long seed, @ForAll @IntRange(min = 1, max = 60) int maxLineLength,
      @ForAll @IntRange(min = 8, max = 40) int bufferSize) throws IOException {
    byte[] data = randomInput(new SplittableRandom(seed));
    assertThat(bytePath(data, seed, maxLineLength, bufferSize)).isEqualTo(charPath(data, seed, maxLineLength));
    assertThat(bytePath(data, seed, Integer.MAX_VALUE, bufferSize))
        .isEqualTo(charPath(data, seed, Integer.MAX_VALUE));
  }

  @Property(tries = 1500)
  void repeatedLinesGiveWhatTheCharPathGives(@ForAll long seed, @ForAll @IntRange(min = 8, max = 300) int bufferSize,
      @ForAll @IntRange(min = 1, max = 60) int maxLineLength) throws IOException {
    // The copy repeats a post's lines: repeated lines are handed out from the decoded-line cache when their bytes
    // are still in the buffer, so repeat lines at every distance, with bad bytes and other line ends.
    SplittableRandom rnd = new SplittableRandom(seed);
    byte[] part = randomInput(rnd);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    String longLine = "0123456789abcdef\u00e9\u2019 ".repeat(1 + rnd.nextInt(3));
    for (int i = 0; i < 3; i++) {
      out.writeBytes(part);
      out.writeBytes(utf8("\n" + longLine + (rnd.nextBoolean() ? "\r\n" : "\n")));
      if (rnd.nextBoolean() && part.length > 0) {
        part[rnd.nextInt(part.length)] ^= (byte) (1 << rnd.nextInt(8)); // nearly the same line
      }
    }
    byte[] data = out.toByteArray();
    assertThat(bytePath(data, seed, Integer.MAX_VALUE, bufferSize))
        .isEqualTo(charPath(data, seed, Integer.MAX_VALUE));
    assertThat(bytePath(data, seed, maxLineLength, bufferSize)).isEqualTo(charPath(data, seed, maxLineLength));
  }

  @Test
  void aRepeatedLineIsTheSameStringWhileItsBytesAreInTheBuffer() throws IOException {
    String line = "a line long enough for the cache, \u2019 \uD83D\uDE00";
    byte[] data = utf8(line + "\n" + line + "\r\nother line, also long enough\n" + line + "\n");
    IssueSink issues = new IssueSink(false);
    Lines r = new Utf8Lines(new ByteArrayInputStream(data), "f", issues, 1000);
    String first = r.readLine();
    assertThat(r.readLine()).isSameAs(first);
    assertThat(r.readLine()).isEqualTo("other line, also long enough");
    assertThat(r.readLine()).isSameAs(first);
    assertThat(r.readLine()).isNull();
    // With a buffer that holds about one line, the earlier bytes are gone: decoded again, still equal.
    r = new Utf8Lines(new ByteArrayInputStream(data), "f", issues, 1000, 64);
    first = r.readLine();
    assertThat(r.readLine()).isEqualTo(first);
    assertThat(r.readLine()).isEqualTo("other line, also long enough");
    assertThat(r.readLine()).isEqualTo(first).isNotSameAs(first);
    assertThat(issues.issues()).isEmpty();
  }

  @Test
  void aRepeatedLineWithBadBytesIsReportedEachTime() throws IOException {
    byte[] line = utf8("0123456789 bad byte here: X and more\n");
    line[27] = (byte) 0xFF;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(line);
    out.writeBytes(line);
    IssueSink issues = new IssueSink(false);
    Run got = run(new Utf8Lines(new ByteArrayInputStream(out.toByteArray()), "f", issues, 100),
        issues);
    assertThat(got.lines()).hasSize(2);
    assertThat(got.issues()).extracting(ParseIssue::location).containsExactly("f:1:28", "f:2:28");
  }

  @Property(tries = 300)
  void defaultBufferGivesWhatTheCharPathGives(@ForAll long seed,
      @ForAll @IntRange(min = 1, max = 60) int maxLineLength) throws IOException {
    byte[] data = randomInput(new SplittableRandom(seed));
    IssueSink issues = new IssueSink(false);
    Run got = run(new Utf8Lines(new Chunked(data, seed), "f", issues, maxLineLength), issues);
    assertThat(got).isEqualTo(charPath(data, seed, maxLineLength));
  }

  @Test
  void invalidByteRightAtTheBufferEndIsReportedOnceWithItsColumn() throws IOException {
    // Lines longer than the 64 KiB buffer take the streaming path; put bad and multi-byte sequences across its end.
    for (int shift = -4; shift <= 4; shift++) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      out.writeBytes("x".repeat(65_536 + shift).getBytes(StandardCharsets.UTF_8));
      out.writeBytes(new byte[] {(byte) 0xE2, (byte) 0x82, (byte) 0xFF, (byte) 0xF0, (byte) 0x9F, (byte) 0x98,
          (byte) 0x80, (byte) 0xC3});
      out.writeBytes("\nnext\r\n\u00e9".getBytes(StandardCharsets.UTF_8));
      byte[] data = out.toByteArray();
      for (int max : new int[] {10, 65_536 + shift + 1, 1 << 20}) {
        IssueSink issues = new IssueSink(false);
        Run got = run(new Utf8Lines(new ByteArrayInputStream(data), "f", issues, max), issues);
        assertThat(got).as("shift %d max %d", shift, max).isEqualTo(charPath(data, shift, max));
        assertThat(got.issues()).hasSize(3);
      }
    }
    IssueSink issues = new IssueSink(false);
    byte[] data = ("x".repeat(70_000) + "\uFFFDé").getBytes(StandardCharsets.UTF_8);
    data[1000] = (byte) 0xFF;
    Run got = run(new Utf8Lines(new ByteArrayInputStream(data), "f", issues, 1 << 20), issues);
    assertThat(got.lines()).singleElement().satisfies(l -> assertThat(l).hasSize(2 + 70_002).endsWith("\uFFFDé"));
    assertThat(got.issues()).extracting(ParseIssue::location).containsExactly("f:1:1001");
  }

  @Test
  void aLiteralReplacementCharacterIsKeptWithoutAnIssue() throws IOException {
    IssueSink issues = new IssueSink(false);
    byte[] data = "a\uFFFDb\nc".getBytes(StandardCharsets.UTF_8);
    Run got = run(new Utf8Lines(new ByteArrayInputStream(data), "f", issues, 100), issues);
    assertThat(got.lines()).containsExactly("1 a\uFFFDb", "2 c");
    assertThat(got.issues()).isEmpty();
  }

  @Test
  void sequenceCutOffByALineEndIsOneBadSequence() throws IOException {
    IssueSink issues = new IssueSink(false);
    byte[] data = {'a', (byte) 0xF0, (byte) 0x9F, (byte) 0x98, '\r', '\n', (byte) 0xE2, (byte) 0x82, '\r', 'b'};
    Run got = run(new Utf8Lines(new ByteArrayInputStream(data), "f", issues, 100), issues);
    assertThat(got.lines()).containsExactly("1 a\uFFFD", "2 \uFFFD", "3 b");
    assertThat(got.issues()).extracting(i -> i.location() + " " + i.message()).containsExactly(
        "f:1:2 invalid UTF-8: bytes 0xF0 0x9F 0x98 at byte offset 1 replaced with U+FFFD; expected UTF-8 text",
        "f:2:1 invalid UTF-8: bytes 0xE2 0x82 at byte offset 6 replaced with U+FFFD; expected UTF-8 text");
  }

  @Test
  void byteOrderMarkOnlyAtTheStartIsDropped() throws IOException {
    IssueSink issues = new IssueSink(false);
    byte[] data = "\uFEFFa\n\uFEFFb".getBytes(StandardCharsets.UTF_8);
    Run got = run(new Utf8Lines(new ByteArrayInputStream(data), "f", issues, 100), issues);
    assertThat(got.lines()).containsExactly("1 a", "2 \uFEFFb");
    IssueSink none = new IssueSink(false);
    assertThat(run(new Utf8Lines(new ByteArrayInputStream(new byte[] {(byte) 0xEF, (byte) 0xBB,
        (byte) 0xBF}), "f", none, 100), none).lines()).isEmpty();
  }

  /** Text made of pieces that stress the decoder and the line ends, sometimes longer than the buffer. */
  private static byte[] randomInput(SplittableRandom rnd) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (rnd.nextInt(8) == 0) {
      out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    }
    int n = rnd.nextInt(120);
    for (int i = 0; i < n; i++) {
      switch (rnd.nextInt(13)) {
        case 0:
          out.write('\n');
          break;
        case 1:
          out.write('\r');
          break;
        case 2:
          out.writeBytes(new byte[] {'\r', '\n'});
          break;
        case 3:
          out.writeBytes(utf8(new String(Character.toChars(0x80 + rnd.nextInt(0x780)))));
          break;
        case 4:
          out.writeBytes(utf8(new String(Character.toChars(0x800 + rnd.nextInt(0xD800 - 0x800)))));
          break;
        case 5:
          out.writeBytes(utf8(new String(Character.toChars(0x10000 + rnd.nextInt(0x100000)))));
          break;
        case 6:
          out.writeBytes(utf8(rnd.nextBoolean() ? "\uFFFD" : "\uFEFF"));
          break;
        case 7:
          out.write(0x80 + rnd.nextInt(0x80)); // stray continuation, overlong lead, F5..FF
          break;
        case 8: {
          // a valid sequence cut short: its lead and some continuation bytes
          int cp = 0x800 + rnd.nextInt(0x100000);
          byte[] b = utf8(new String(Character.toChars(cp >= 0xD800 && cp <= 0xDFFF ? 0x4E00 : cp)));
          out.write(b, 0, 1 + rnd.nextInt(b.length - 1));
          break;
        }
        case 9:
          // a surrogate (ED A0..BF) or an overlong form (E0 80..9F, F0 80..8F)
          out.writeBytes(new byte[] {(byte) (rnd.nextBoolean() ? 0xED : 0xE0), (byte) (0x80 + rnd.nextInt(0x40)),
              (byte) 0x80});
          break;
        case 10:
          out.write(rnd.nextInt(0x10)); // a control byte: the line-end scan stops at them too
          break;
        default:
          out.writeBytes(utf8("abcdefghij \t".substring(0, rnd.nextInt(13))));
      }
    }
    return out.toByteArray();
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /** Hands out the bytes in reads of random size, so that lines and sequences are cut at every place. */
  private static final class Chunked extends InputStream {
    private final byte[] data;
    private final SplittableRandom rnd;
    private int pos;

    Chunked(byte[] data, long seed) {
      this.data = data;
      this.rnd = new SplittableRandom(seed);
    }

    @Override
    public int read() {
      return pos < data.length ? data[pos++] & 0xFF : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (pos >= data.length) {
        return -1;
      }
      int n = Math.min(Math.min(len, 1 + rnd.nextInt(9)), data.length - pos);
      System.arraycopy(data, pos, b, off, n);
      pos += n;
      return n;
    }
  }
}
