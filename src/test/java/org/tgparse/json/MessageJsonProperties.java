package org.tgparse.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.tgparse.model.Message;

/**
 * For generated messages ({@link GeneratedMessages}): what is written reads back equal, through
 * {@link JsonLinesReader}, {@link MessageJson#fromJson} and an {@code ObjectMapper} with {@link TgparseModule}, one
 * record or many, as JSON Lines, an array or a pretty array; the mapper writes the command line's bytes; and fields
 * a newer version might add are skipped.
 */
class MessageJsonProperties {

  @Provide
  Arbitrary<Message> messages() {
    return GeneratedMessages.message();
  }

  @Provide
  Arbitrary<List<Message>> someMessages() {
    return GeneratedMessages.message().list().ofMaxSize(4);
  }

  @Property(tries = 400)
  void oneRecordReadsBackEqual(@ForAll("messages") Message m) {
    String json = MessageJson.toJson(m);
    assertThat(MessageJson.fromJson(json)).isEqualTo(m);
    assertThat(RoundTrip.readerRecords(json + "\n")).containsExactly(m);
    assertThat(RoundTrip.viaMapper(json)).isEqualTo(m);
  }

  @Property(tries = 400)
  void theMapperWritesTheCommandLinesBytes(@ForAll("messages") Message m) {
    assertThat(RoundTrip.mapperJson(m)).isEqualTo(MessageJson.toJson(m));
    assertThat(RoundTrip.mapperBytes(m)).isEqualTo(MessageJson.toJsonBytes(m));
    assertThat(RoundTrip.viaMapper(RoundTrip.mapperJson(m))).isEqualTo(m);
  }

  @Property(tries = 100)
  void manyRecordsReadBackInOrderInEveryLayout(@ForAll("someMessages") List<Message> ms) {
    for (boolean[] layout : new boolean[][] {{false, false}, {true, false}, {true, true}}) {
      String json = RoundTrip.write(ms, layout[0], layout[1]);
      assertThat(RoundTrip.readerRecords(json)).isEqualTo(ms);
      assertThat(RoundTrip.readerRecordsFromBytes(json)).isEqualTo(ms);
      assertThat(RoundTrip.mapperRecords(json)).isEqualTo(ms);
    }
  }

  @Property(tries = 200)
  void fieldsOfANewerVersionAreSkipped(@ForAll("messages") Message m) throws Exception {
    JsonNode tree = RoundTrip.MAPPER.readTree(MessageJson.toJson(m));
    addUnknownFields(tree, true);
    String json = RoundTrip.MAPPER.writeValueAsString(tree);
    assertThat(MessageJson.fromJson(json)).isEqualTo(m);
    assertThat(RoundTrip.viaMapper(json)).isEqualTo(m);
  }

  /**
   * Adds a field of every JSON type to every object of a record, except inside {@code actionDetails}, whose keys
   * are data.
   */
  @SuppressWarnings("deprecation") // ObjectNode.fields(): its replacement properties() is not in every 2.x
  private static void addUnknownFields(JsonNode node, boolean record) {
    if (node instanceof ObjectNode) {
      ObjectNode o = (ObjectNode) node;
      List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
        fields.add(it.next());
      }
      for (Map.Entry<String, JsonNode> e : fields) {
        if (!(record && e.getKey().equals("actionDetails"))) {
          addUnknownFields(e.getValue(), false);
        }
      }
      o.putObject("zFuture").put("n", 1).putArray("deep").addObject().putNull("x");
      o.putArray("aFuture").add("s").add(2.5).add(true);
      o.put("future", "value");
      o.putNull("futureNull");
    } else if (node instanceof ArrayNode) {
      for (JsonNode e : node) {
        addUnknownFields(e, false);
      }
    }
  }
}
