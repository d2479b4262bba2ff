package org.tgparse.internal.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.tgparse.MessageReader;
import org.tgparse.Tgparse;
import org.tgparse.model.Message;
import org.tgparse.read.ParseIssue;
import org.tgparse.read.ReadOptions;

class Utf8RepairFilterTest {

  private static byte[] repair(byte[] in, IssueSink issues, int chunk) throws IOException {
    InputStream source = new FilterInputStream(new ByteArrayInputStream(in)) {
      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        return super.read(b, off, Math.min(len, chunk)); // short reads split sequences across buffers
      }
    };
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (InputStream f = new Utf8RepairFilter(source, "in.json", issues)) {
      byte[] buf = new byte[7];
      int n;
      while ((n = f.read(buf, 0, buf.length)) > 0) {
        out.write(buf, 0, n);
      }
    }
    return out.toByteArray();
  }

  /** What the JDK's decoder makes of the same bytes, re-encoded: the reference for every replacement. */
  private static byte[] jdk(byte[] in) throws IOException {
    String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE).decode(ByteBuffer.wrap(in)).toString();
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void wellFormedBytesPassUnchanged() throws IOException {
    byte[] in = "ascii, кириллица, 🇷🇺 emoji, ✅ and more".getBytes(StandardCharsets.UTF_8);
    IssueSink issues = new IssueSink(false);
    assertThat(repair(in, issues, 3)).isEqualTo(in);
    assertThat(issues.issues()).isEmpty();
  }

  @Test
  void badByteBecomesReplacementWithItsOffset() throws IOException {
    byte[] in = {'a', 'b', (byte) 0xFF, 'c'};
    IssueSink issues = new IssueSink(false);
    assertThat(new String(repair(in, issues, 64), StandardCharsets.UTF_8)).isEqualTo("ab\uFFFDc");
    assertThat(issues.issues()).extracting(ParseIssue::message).containsExactly(
        "invalid UTF-8: byte 0xFF at byte offset 2 replaced with U+FFFD; expected UTF-8 text");
  }

  @Test
  void sequenceCutByTheEndIsOneBadSequence() throws IOException {
    byte[] in = {'a', (byte) 0xE2, (byte) 0x9C};
    IssueSink issues = new IssueSink(false);
    assertThat(new String(repair(in, issues, 1), StandardCharsets.UTF_8)).isEqualTo("a\uFFFD");
    assertThat(issues.issues()).singleElement()
        .satisfies(i -> assertThat(i.message()).contains("bytes 0xE2 0x9C at byte offset 1"));
  }

  @Test
  void agreesWithTheJdkDecoderOnRandomBytes() throws IOException {
    Random random = new Random(42);
    for (int round = 0; round < 500; round++) {
      byte[] in = new byte[random.nextInt(200)];
      for (int i = 0; i < in.length; i++) {
        // Mostly text, with lead, continuation and invalid bytes mixed in.
        int pick = random.nextInt(10);
        in[i] = (byte) (pick < 5 ? 'a' + random.nextInt(26) : 0x80 + random.nextInt(128));
        if (in[i] == (byte) 0xED) {
          in[i] = (byte) 0xEC; // the JDK reads ED A0..BF as one bad sequence: see surrogateLeadIsBadAlone
        }
      }
      assertThat(repair(in, new IssueSink(false), 1 + random.nextInt(9))).as("round %d", round)
          .isEqualTo(jdk(in));
    }
  }

  @Test
  void surrogateLeadIsBadAlone() throws IOException {
    // Unicode Table 3-7: after ED only 80..9F continue a sequence, so "ED AD" is two maximal subparts, two
    // replacements (as WHATWG's decoder does); the JDK decoder makes one of them.
    byte[] in = {(byte) 0xED, (byte) 0xAD, 'a'};
    assertThat(new String(repair(in, new IssueSink(false), 64), StandardCharsets.UTF_8)).isEqualTo("\uFFFD\uFFFDa");
  }

  @Test
  void desktopJsonWithInvalidUtf8IsReadWithAnIssue() {
    byte[] json = ("{\"name\":\"x\",\"type\":\"public_channel\",\"id\":1,\"messages\":[{\"id\":1,\"type\":\"message\","
        + "\"date\":\"2023-01-01T00:00:00\",\"text\":\"ok \u0001bad\"}]}").getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < json.length; i++) {
      if (json[i] == 1) {
        json[i] = (byte) 0xFF;
      }
    }
    try (MessageReader r = Tgparse.read(new ByteArrayInputStream(json), "bad.json", ReadOptions.defaults())) {
      Message m = r.read();
      assertThat(m.text()).isEqualTo("ok \uFFFDbad");
      assertThat(r.read()).isNull();
      assertThat(r.issues()).extracting(ParseIssue::message)
          .anySatisfy(msg -> assertThat(msg).startsWith("invalid UTF-8: byte 0xFF at byte offset"));
    }
  }
}
