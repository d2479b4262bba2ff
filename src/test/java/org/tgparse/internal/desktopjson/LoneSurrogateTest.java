package org.tgparse.internal.desktopjson;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.tgparse.MessageReader;
import org.tgparse.Tgparse;
import org.tgparse.json.MessageJson;
import org.tgparse.model.Message;
import org.tgparse.read.ParseIssue;
import org.tgparse.read.ReadOptions;

/**
 * Issue 14, item 13: {@code "a\ud800"} in a Desktop JSON export gave {@code "a\uD800"} in the output, which jq
 * rejects. The reader replaces a lone surrogate with U+FFFD and says so; the JSON is valid UTF-8.
 */
class LoneSurrogateTest {
  @Test
  void loneSurrogateBecomesAReplacementCharacterWithAWarning() {
    String json = "{\"name\":\"C\",\"messages\":[{\"id\":1,\"type\":\"message\",\"text\":\"a\\ud800\"},\n"
        + "{\"id\":2,\"type\":\"message\",\"text\":\"\\ud83d\\ude00 pair \\udc00\\udc01\"}]}";
    try (MessageReader r = Tgparse.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "in",
        ReadOptions.defaults())) {
      Message one = r.read();
      Message two = r.read();
      assertThat(one.text()).isEqualTo("a\uFFFD");
      assertThat(two.text()).isEqualTo("\uD83D\uDE00 pair \uFFFD\uFFFD");
      assertThat(r.issues()).extracting(ParseIssue::toString).containsExactly(
          "in:1:57: warning: lone surrogate U+D800 at UTF-16 offset 1 of a string replaced with U+FFFD; expected a"
              + " character or a surrogate pair",
          "in:2:33: warning: lone surrogate U+DC00 at UTF-16 offset 8 of a string (and 1 more) replaced with"
              + " U+FFFD; expected a character or a surrogate pair");
      byte[] out = MessageJson.toJsonBytes(one);
      assertThat(new String(out, StandardCharsets.UTF_8)).contains("\"text\":\"a\uFFFD\"").doesNotContain("\\u");
    }
  }
}
