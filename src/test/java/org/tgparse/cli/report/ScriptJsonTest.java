package org.tgparse.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class ScriptJsonTest {
  @Test
  void nothingThatCanEndOrOpenAnElementRemains() {
    String json = "{\"t\":\"\\\"</script><script>alert(1)</script><!-- & \u2028\u2029\"}";
    String escaped = ScriptJson.escape(json);
    assertThat(escaped).doesNotContain("<", ">", "&", "\u2028", "\u2029");
    assertThat(escaped).contains("\\u003c/script\\u003e", "\\u0026", "\\u2028", "\\u2029");
  }

  @Test
  void theJsonMeansTheSame() throws Exception {
    String json = "{\"t\":\"a\\\\<b>&c\u2028\",\"n\":[1,2]}";
    ObjectMapper mapper = new ObjectMapper();
    assertThat(mapper.readTree(ScriptJson.escape(json))).isEqualTo(mapper.readTree(json));
  }

  @Test
  void textWithoutSpecialCharactersIsReturnedAsIs() {
    String json = "{\"t\":\"Россия 🇷🇺\"}";
    assertThat(ScriptJson.escape(json)).isSameAs(json);
  }
}
