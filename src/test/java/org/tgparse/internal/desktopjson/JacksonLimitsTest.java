package org.tgparse.internal.desktopjson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.tgparse.MessageReader;
import org.tgparse.Tgparse;
import org.tgparse.read.Limits;
import org.tgparse.read.ReadOptions;
import org.tgparse.read.TgparseException;

/**
 * Issue 14, item 9: Jackson's own limits ended the file with a message citing
 * {@code StreamReadConstraints.getMaxStringLength()}, and {@code --max-text-length} did not reach them. The string
 * limit follows the text limit; every limit is worded as tgparse's, after the messages before it.
 */
class JacksonLimitsTest {
  private static final String FIRST = "{\"id\":1,\"type\":\"message\",\"text\":\"fine\"}";

  private static MessageReader reader(String json, int maxTextLength) {
    return Tgparse.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "in",
        ReadOptions.defaults().withExtractEntities(false)
            .withLimits(Limits.DEFAULTS.withMaxTextLength(maxTextLength)));
  }

  private static String export(String second) {
    return "{\"name\":\"C\",\"messages\":[" + FIRST + ",\n" + second + "]}";
  }

  @Test
  void stringLimitFollowsTheTextLimit() {
    String within = export("{\"id\":2,\"type\":\"message\",\"text\":\"" + "x".repeat(1_500_000) + "\"}");
    try (MessageReader r = reader(within, 300_000)) {
      r.read();
      assertThat(r.read().text()).hasSize(300_000); // cut to the text limit, with a warning
      assertThat(r.issues()).hasSize(1);
    }
    String over = export("{\"id\":2,\"type\":\"message\",\"text\":\"" + "x".repeat(1_500_001) + "\"}");
    try (MessageReader r = reader(over, 300_000)) {
      assertThat(r.read().text()).isEqualTo("fine");
      assertThatThrownBy(r::read).isInstanceOf(TgparseException.class).hasMessageStartingWith("in:2:")
          .hasMessageEndingWith("expected strings of at most 1500000 characters (5 times the text limit, at least"
              + " 1048576), found a longer one; the rest of the file cannot be read (limit maxTextLength, option"
              + " --max-text-length: raise it to read longer strings)")
          .hasMessageNotContaining("StreamReadConstraints");
    }
  }

  @Test
  void aSmallTextLimitDoesNotRefuseTheOtherStrings() {
    try (MessageReader r = reader(export("{\"id\":2,\"type\":\"message\",\"text\":\"" + "x".repeat(2000)
        + "\"}"), 1)) {
      assertThat(r.read().text()).isEqualTo("f");
      assertThat(r.read().text()).isEqualTo("x");
    }
    assertThat(DesktopJsonReader.maxStringLength(1)).isEqualTo(1 << 20);
  }

  @Test
  void defaultStringLimitIsAboutJacksons() {
    assertThat(DesktopJsonReader.maxStringLength(Limits.DEFAULTS.maxTextLength())).isEqualTo(20_971_520);
    assertThat(DesktopJsonReader.maxStringLength(Integer.MAX_VALUE)).isEqualTo(Integer.MAX_VALUE - 16);
  }

  @Test
  void keyAndNumberLimitsAreWordedAsTgparses() {
    try (MessageReader r = reader(export("{\"" + "k".repeat(50_001) + "\":1}"), 1000)) {
      r.read();
      assertThatThrownBy(r::read).hasMessageEndingWith("expected keys of at most 50000 characters, found a longer"
          + " one; the rest of the file cannot be read (a fixed limit: Telegram's keys are short words, so this is"
          + " no Telegram export)");
    }
    try (MessageReader r = reader(export("{\"id\":" + "9".repeat(1001) + "}"), 1000)) {
      r.read();
      assertThatThrownBy(r::read).hasMessageEndingWith("expected numbers of at most 1000 digits, found a longer"
          + " one; the rest of the file cannot be read (a fixed limit: Telegram's ids have at most 20 digits)");
    }
  }
}
