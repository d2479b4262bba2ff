package org.tgparse.internal.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ControlCharFilterTest {

  /** Reads everything through the filter in reads of at most {@code chunk} bytes. */
  static String filter(String in, int chunk) throws IOException {
    try (InputStream f = new ControlCharFilter(new ByteArrayInputStream(in.getBytes(StandardCharsets.UTF_8)))) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buf = new byte[chunk];
      int n;
      while ((n = f.read(buf, 0, chunk)) >= 0) {
        out.write(buf, 0, n);
      }
      return out.toString(StandardCharsets.UTF_8);
    }
  }

  @ParameterizedTest(name = "chunk {0}")
  @ValueSource(ints = {1, 2, 3, 5, 7, 8192})
  void rewritesEscapesInsideStringsWhateverTheReadSize(int chunk) throws IOException {
    assertThat(filter("{\"a\": \"x\\x01y\\x1Fz\"}", chunk)).isEqualTo("{\"a\": \"x\\u0001y\\u001Fz\"}");
    assertThat(filter("[\"\\x00\\x0b\\x7F\"]", chunk)).isEqualTo("[\"\\u0000\\u000b\\u007F\"]");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      // an escaped backslash followed by x41 is text, not an escape
      "`\"\\\\x41\"`|`\"\\\\x41\"`",
      // a backslash outside strings is invalid JSON either way: rewritten or not, the parser says where
      "`[\\x01]`|`[\\u0001]`",
      // three backslashes: an escaped backslash, then an escape
      "`\"\\\\\\x05\"`|`\"\\\\\\u0005\"`",
      // an escaped quote does not end the string
      "`\"a\\\"\\x02\"`|`\"a\\\"\\u0002\"`",
      // other escapes pass through
      "`\"\\n\\t\\u00e9\\/\"`|`\"\\n\\t\\u00e9\\/\"`",
      // after a string ends, x is just a letter
      "`\"a\" x \"\\x03\"`|`\"a\" x \"\\u0003\"`",
      // non-ASCII text around an escape
      "`\"привет\\x07мир\"`|`\"привет\\u0007мир\"`"})
  void onlyRealEscapesAreRewritten(String in, String expected) throws IOException {
    assertThat(filter(in, 8192)).isEqualTo(expected);
    assertThat(filter(in, 1)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "chunk {0}")
  @ValueSource(ints = {1, 3, 4096})
  void longInputWithManyEscapesComesOutWhole(int chunk) throws IOException {
    StringBuilder in = new StringBuilder("[");
    StringBuilder want = new StringBuilder("[");
    for (int i = 0; i < 3000; i++) {
      String hex = String.format("%02X", i % 32);
      in.append("\"t\\x").append(hex).append("é\",");
      want.append("\"t\\u00").append(hex).append("é\",");
    }
    in.append("0]");
    want.append("0]");
    assertThat(filter(in.toString(), chunk)).isEqualTo(want.toString());
  }

  @ParameterizedTest(name = "chunk {0}")
  @ValueSource(ints = {1, 8192})
  void singleByteReadsMatchBulkReads(int chunk) throws IOException {
    String in = "{\"k\\x05\": \"v\\x1a\\\\x\"}";
    try (InputStream f = new ControlCharFilter(new ByteArrayInputStream(in.getBytes(StandardCharsets.UTF_8)))) {
      StringBuilder sb = new StringBuilder();
      int c;
      while ((c = f.read()) >= 0) {
        sb.append((char) c);
      }
      assertThat(sb.toString()).isEqualTo(filter(in, chunk)).isEqualTo("{\"k\\u0005\": \"v\\u001a\\\\x\"}");
    }
  }

  @org.junit.jupiter.api.Test
  void remembersWhereItRewroteForColumnCorrection() throws IOException {
    String in = "\"\\x01\\x02\" \"\\x03\"";
    try (ControlCharFilter f = new ControlCharFilter(
        new ByteArrayInputStream(in.getBytes(StandardCharsets.UTF_8)))) {
      f.readAllBytes();
      assertThat(f.rewrites()).isEqualTo(3);
      // Output: "\u0001\u0002" "\u0003": the u of each rewrite at output offsets 2, 8 and 17.
      assertThat(f.expansionsBetween(0, 100)).isEqualTo(3);
      assertThat(f.expansionsBetween(0, 8)).isEqualTo(1);
      assertThat(f.expansionsBetween(3, 18)).isEqualTo(2);
      assertThat(f.expansionsBetween(18, 100)).isZero();
    }
  }

  @org.junit.jupiter.api.Test
  void skipGoesThroughTheScanner() throws IOException {
    String in = "\"ab\\x01\" \"\\x02\"";
    try (InputStream f = new ControlCharFilter(new ByteArrayInputStream(in.getBytes(StandardCharsets.UTF_8)))) {
      assertThat(f.skip(9)).isEqualTo(9);
      assertThat(new String(f.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("\" \"\\u0002\"");
    }
  }
}
