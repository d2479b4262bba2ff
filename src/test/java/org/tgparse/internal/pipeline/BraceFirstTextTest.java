package org.tgparse.internal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tgparse.MessageReader;
import org.tgparse.Tgparse;
import org.tgparse.internal.io.Detector;
import org.tgparse.model.Message;
import org.tgparse.read.Format;
import org.tgparse.read.ReadOptions;

/**
 * Issue 14, item 14: a plain-text copy whose first character is a brace was read as Desktop JSON, and every post
 * was lost. Only a brace followed by a member name (or an empty object) is JSON.
 */
class BraceFirstTextTest {
  private static Format detect(String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    return Detector.detect(b, b.length, "in");
  }

  @ParameterizedTest
  @ValueSource(strings = {"{Breaking}\nForwarded from C\nHello\n", "{ breaking }\n", "{{template}}\n",
      "{\n  not json\n}", "\uFEFF{1: x}\n"})
  void braceFirstTextIsText(String input) {
    assertThat(detect(input)).isEqualTo(Format.TEXT);
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"name\":\"C\"}", " {\n  \"name\": \"C\"", "{}", "{ \t\r\n}", "{", "{  "})
  void jsonObjectsAreStillJson(String input) {
    assertThat(detect(input)).isEqualTo(Format.DESKTOP_JSON);
  }

  @org.junit.jupiter.api.Test
  void theIssuesExampleKeepsItsPosts() {
    byte[] in = "{Breaking}\nForwarded from C\nHello\n".getBytes(StandardCharsets.UTF_8);
    try (MessageReader r = Tgparse.read(new ByteArrayInputStream(in), "in", ReadOptions.defaults())) {
      assertThat(r.format()).isEqualTo(Format.TEXT);
      assertThat(r.stream().map(Message::text)).containsExactly("{Breaking}", "Hello");
      assertThat(r.issues()).isEmpty();
    }
  }
}
