package org.tgparse.internal.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.tgparse.MessageReader;
import org.tgparse.Tgparse;
import org.tgparse.cli.Main;
import org.tgparse.read.ParseIssue;
import org.tgparse.read.ReadOptions;

/**
 * Issue 14, item 21: warnings quoted the bad value whole (a 10 MB value gave a 10 MB line on stderr). At most
 * {@value Quote#MAX} characters of a value are shown, with its length, on one line.
 */
class QuoteTest {
  @Test
  void shortValuesAreQuotedAsTheyAre() {
    assertThat(Quote.quoted("photo")).isEqualTo("\"photo\"");
    assertThat(Quote.quoted(null)).isEqualTo("null");
    assertThat(Quote.quoted("x".repeat(80))).hasSize(82);
  }

  @Test
  void longValuesShowTheirStartAndLength() {
    assertThat(Quote.quoted("y".repeat(10_000_000))).isEqualTo("\"" + "y".repeat(77) + "... (10000000 characters)\"");
    // A surrogate pair across the cut is not split.
    String emoji = "z".repeat(76) + "\uD83D\uDE00" + "z".repeat(10);
    assertThat(Quote.abbreviated(emoji)).isEqualTo("z".repeat(76) + "... (88 characters)");
  }

  @Test
  void lineBreaksAreEscapedSoThatAnIssueIsOneLine() {
    assertThat(Quote.quoted("a\nb\r\nc")).isEqualTo("\"a\\nb\\r\\nc\"");
  }

  @Test
  void aHugeDesktopJsonValueGivesAShortWarning() {
    String mediaType = "m".repeat(1_000_000);
    String json = "{\"name\":\"C\",\"messages\":[{\"id\":1,\"type\":\"message\",\"text\":\"a\",\"file\":\"f\","
        + "\"media_type\":\"" + mediaType + "\"}]}";
    try (MessageReader r = Tgparse.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "in",
        ReadOptions.defaults())) {
      r.read();
      assertThat(r.issues()).singleElement().extracting(ParseIssue::message).asString()
          .startsWith("unknown media_type \"mmm").contains("... (1000000 characters)\"").hasSizeLessThan(400);
    }
  }

  @Test
  void aHugeOptionValueGivesAShortError() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(new String[] {"--zone", "Z".repeat(100_000), "x"}, new ByteArrayInputStream(new byte[0]),
        new ByteArrayOutputStream(), new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(code).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("tgparse: --zone: unknown time zone \""
        + "Z".repeat(77) + "... (100000 characters)\" (expected e.g. Europe/Moscow or +03:00)\n");
  }
}
