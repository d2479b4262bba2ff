package org.tgparse.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tgparse.MessageReader;
import org.tgparse.Tgparse;
import org.tgparse.model.Message;

class NonEmptyFieldsTest {
  private static String filter(String json) {
    byte[] b = json.getBytes(StandardCharsets.UTF_8);
    NonEmptyFields f = new NonEmptyFields();
    int n = f.filter(b, b.length);
    return new String(f.buffer(), 0, n, StandardCharsets.UTF_8);
  }

  @Test
  void dropsNullsEmptiesAndObjectsLeftEmpty() {
    assertThat(filter("{\"a\":null,\"b\":[],\"c\":{},\"d\":{\"x\":null},\"e\":1}")).isEqualTo("{\"e\":1}");
    assertThat(filter("{\"a\":false,\"b\":0,\"c\":\"\",\"d\":null}")).isEqualTo("{\"a\":false,\"b\":0,\"c\":\"\"}");
    assertThat(filter("{\"a\":[null,[],{\"k\":null,\"v\":2}],\"b\":-1.5E-7}"))
        .isEqualTo("{\"a\":[null,[],{\"v\":2}],\"b\":-1.5E-7}");
    assertThat(filter("{\"s\":\"q\\\"}\\\\\",\"t\":\"🇷🇺 ,]}\"}")).isEqualTo("{\"s\":\"q\\\"}\\\\\",\"t\":\"🇷🇺 ,]}\"}");
    assertThat(filter("{\"a\":null}")).isEqualTo("{}");
  }

  /** Every record of the sample: the same as the full record with its empty fields removed by Jackson. */
  @Test
  void sameAsRemovingEmptyFieldsFromTheFullRecord() throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    try (MessageReader r = Tgparse.read(Path.of("samples/mfa-forwarded-posts.txt"))) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (JsonLinesWriter w = JsonLinesWriter.jsonLines(out, JsonLinesWriter.Fields.NON_EMPTY)) {
        for (Message m : r) {
          w.write(m);
        }
      }
      List<String> full = Files.readAllLines(Path.of("samples/mfa-forwarded-posts.expected.jsonl"));
      String[] compact = out.toString(StandardCharsets.UTF_8).split("\n");
      assertThat(compact).hasSameSizeAs(full.toArray());
      for (int i = 0; i < compact.length; i++) {
        JsonNode expected = prune(mapper.readTree(full.get(i)));
        assertThat(compact[i]).isEqualTo(mapper.writeValueAsString(expected));
      }
    }
  }

  private static JsonNode prune(JsonNode n) {
    if (n.isObject()) {
      List<String> empty = new ArrayList<>();
      for (Map.Entry<String, JsonNode> e : n.properties()) {
        JsonNode v = prune(e.getValue());
        if (v.isNull() || (v.isContainerNode() && v.isEmpty())) {
          empty.add(e.getKey());
        }
      }
      ((ObjectNode) n).remove(empty);
    } else if (n.isArray()) {
      n.forEach(NonEmptyFieldsTest::prune);
    }
    return n;
  }

}
