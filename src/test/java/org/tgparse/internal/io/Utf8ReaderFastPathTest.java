package org.tgparse.internal.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The well-formed fast path of {@link Utf8Reader} must decode exactly as the JDK does, whatever the chunk
 * boundaries, and leave every invalid or cut sequence to the JDK decoder (one U+FFFD and one issue each).
 */
class Utf8ReaderFastPathTest {

  /** Hands out the bytes in chunks of random size, so that sequences are cut at every possible place. */
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
      int n = Math.min(Math.min(len, 1 + rnd.nextInt(7)), data.length - pos);
      System.arraycopy(data, pos, b, off, n);
      pos += n;
      return n;
    }
  }

  private static String decode(byte[] bytes, long seed, IssueSink issues, int readSize) throws IOException {
    StringBuilder sb = new StringBuilder();
    try (Utf8Reader r = new Utf8Reader(new Chunked(bytes, seed), "t", issues)) {
      char[] buf = new char[readSize];
      int n;
      while ((n = r.read(buf, 0, buf.length)) >= 0) {
        assertThat(n).isPositive();
        sb.append(buf, 0, n);
      }
    }
    return sb.toString();
  }

  private static byte[] randomBytes(SplittableRandom rnd, boolean valid) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int n = 1 + rnd.nextInt(300);
    for (int i = 0; i < n; i++) {
      int kind = rnd.nextInt(valid ? 4 : 6);
      switch (kind) {
        case 0:
          out.write(0x20 + rnd.nextInt(0x5F));
          break;
        case 1:
          out.writeBytes(new String(Character.toChars(0x80 + rnd.nextInt(0x780))).getBytes(StandardCharsets.UTF_8));
          break;
        case 2: {
          int cp = 0x800 + rnd.nextInt(0x10000 - 0x800);
          if (cp >= 0xD800 && cp <= 0xDFFF || cp == 0xFFFD) {
            cp = 0x2019;
          }
          out.writeBytes(new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8));
          break;
        }
        case 3:
          out.writeBytes(new String(Character.toChars(0x10000 + rnd.nextInt(0x100000))).getBytes(
              StandardCharsets.UTF_8));
          break;
        case 4:
          out.write(0x80 + rnd.nextInt(0x80)); // a stray byte: continuation, overlong lead, F5..FF, ...
          break;
        default: {
          // A valid multi-byte character cut short, or a surrogate or overlong encoding.
          byte[] b = new String(Character.toChars(0x800 + rnd.nextInt(0xD800 - 0x800))).getBytes(
              StandardCharsets.UTF_8);
          int variant = rnd.nextInt(3);
          if (variant == 0) {
            out.write(b, 0, 1 + rnd.nextInt(b.length - 1));
          } else if (variant == 1) {
            out.writeBytes(new byte[] {(byte) 0xED, (byte) (0xA0 + rnd.nextInt(0x20)), (byte) 0x80});
          } else {
            out.writeBytes(new byte[] {(byte) 0xE0, (byte) (0x80 + rnd.nextInt(0x20)), (byte) 0x80});
          }
        }
      }
    }
    return out.toByteArray();
  }

  @Test
  void validInputDecodesAsTheJdkDoesWithoutIssues() throws IOException {
    SplittableRandom rnd = new SplittableRandom(1);
    for (int k = 0; k < 500; k++) {
      byte[] b = randomBytes(rnd, true);
      IssueSink issues = new IssueSink(false);
      assertThat(decode(b, k, issues, 1 + rnd.nextInt(100))).isEqualTo(new String(b, StandardCharsets.UTF_8));
      assertThat(issues.issues()).isEmpty();
    }
  }

  @Test
  void invalidInputGetsOneReplacementAndOneIssuePerBadSequenceAsTheJdkDecides() throws IOException {
    SplittableRandom rnd = new SplittableRandom(2);
    for (int k = 0; k < 1000; k++) {
      byte[] b = randomBytes(rnd, false);
      IssueSink issues = new IssueSink(false);
      String got = decode(b, k, issues, 2 + rnd.nextInt(100));
      String expected = new String(b, StandardCharsets.UTF_8);
      assertThat(got).as("case %d", k).isEqualTo(expected);
      long replacements = expected.chars().filter(c -> c == 0xFFFD).count();
      assertThat((long) issues.issues().size()).as("case %d", k).isEqualTo(replacements);
    }
  }

  @Test
  void issuesNameTheByteOffsetOfTheBadSequence() throws IOException {
    byte[] b = "abc’def\u00e9".getBytes(StandardCharsets.UTF_8);
    byte[] bad = new byte[b.length + 1];
    System.arraycopy(b, 0, bad, 0, 6);
    bad[6] = (byte) 0xFF;
    System.arraycopy(b, 6, bad, 7, b.length - 6);
    IssueSink issues = new IssueSink(false);
    assertThat(decode(bad, 3, issues, 64)).isEqualTo("abc’\uFFFDdefé");
    assertThat(issues.issues()).singleElement().satisfies(i -> assertThat(i.message())
        .isEqualTo("invalid UTF-8: byte 0xFF at byte offset 6 replaced with U+FFFD; expected UTF-8 text"));
  }
}
