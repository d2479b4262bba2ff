package org.tgparse.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The string path of {@link JsonOut} ({@link JsonStrings}) must give exactly the bytes Jackson gives, except for
 * lone surrogates, which it writes as U+FFFD (issue 14, item 13: the output must always be valid UTF-8 JSON).
 */
class JsonStringsTest {

  /** @return {@code s} with every surrogate that is not part of a pair replaced by U+FFFD */
  private static String repaired(String s) {
    StringBuilder sb = new StringBuilder(s);
    for (int i = 0; i < sb.length(); i++) {
      char c = sb.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < sb.length() && Character.isLowSurrogate(sb.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        sb.setCharAt(i, '\uFFFD');
      }
    }
    return sb.toString();
  }

  @Test
  void loneSurrogatesAreWrittenAsReplacementCharacters() throws IOException {
    assertThat(new String(fast("a\uD800"), StandardCharsets.UTF_8)).isEqualTo("\"a\uFFFD\"");
    assertThat(new String(fast("\uDE00\uD83D\uDE00\uD83D"), StandardCharsets.UTF_8))
        .isEqualTo("\"\uFFFD\uD83D\uDE00\uFFFD\"");
  }

  private static byte[] jackson(String s) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator g = MessageJson.factory().createGenerator(out)) {
      g.writeString(s);
    }
    return out.toByteArray();
  }

  private static byte[] fast(String s) throws IOException {
    JsonOut out = new JsonOut(null, 64);
    out.string(s);
    return out.toByteArray();
  }

  @Test
  void escapesAndEncodesAsJacksonDoes() throws IOException {
    String[] cases = {
        "",
        "a",
        "short \uD83D",
        "plain ASCII text, with / slashes and DEL \u007F",
        "quotes \" and backslashes \\ and \b\t\n\f\r and \u0001\u001F",
        "’ Cyrillic Россия, accents é, CJK 中文, U+2028 \u2028 and U+2029 \u2029",
        "emoji 😀🇷🇺 and ZWJ 👨\u200D👩\u200D👧 and a BOM \uFEFF",
        "lone high \uD83D then text, lone low \uDE00 and a high at the end \uD83D",
        "\uDE00\uD83D reversed pair",
    };
    for (String s : cases) {
      assertThat(new String(fast(s), StandardCharsets.UTF_8))
          .isEqualTo(new String(jackson(repaired(s)), StandardCharsets.UTF_8));
      assertThat(fast(s)).isEqualTo(jackson(repaired(s)));
    }
  }

  @Test
  void randomStringsGiveJacksonsBytes() throws IOException {
    SplittableRandom rnd = new SplittableRandom(11);
    char[] interesting = {'"', '\\', '\n', '\r', '\t', '\u0000', '\u001F', '\u007F', '\u0080', '\u07FF', '\u0800',
        '\u2028', '\uD800', '\uDBFF', '\uDC00', '\uDFFF', '\uFFFF', 'a', ' ', '/'};
    for (int k = 0; k < 2000; k++) {
      int len = rnd.nextInt(250);
      StringBuilder sb = new StringBuilder(len);
      for (int i = 0; i < len; i++) {
        sb.append(rnd.nextInt(3) == 0 ? interesting[rnd.nextInt(interesting.length)] : (char) rnd.nextInt(0x10000));
      }
      String s = sb.toString();
      assertThat(fast(s)).as("case %d", k).isEqualTo(jackson(repaired(s)));
    }
  }

  @Test
  void nullIsTheLiteral() throws IOException {
    assertThat(fast(null)).isEqualTo(jackson(null));
  }

  @Test
  void veryLongStringsGrowTheBufferAndItShrinksAgain() throws IOException {
    String s = "😀 long text ’".repeat(100_000);
    assertThat(fast(s)).isEqualTo(jackson(s));
    ByteArrayOutputStream sink = new ByteArrayOutputStream();
    JsonOut out = new JsonOut(sink, 64);
    out.string(s);
    out.string("after");
    out.flush();
    assertThat(sink.toString(StandardCharsets.UTF_8)).isEqualTo("\"" + s.replace("\"", "\\\"") + "\",\"after\"");
  }
}
