package org.tgparse.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tgparse.model.Message;

/**
 * {@link TgparseModule} where Databind does more than read or write one value: errors, a record inside the caller's
 * own types, pretty printing, trees, sequences in and out.
 */
class TgparseModuleTest {
  private static final ObjectMapper MAPPER = RoundTrip.MAPPER;

  /** Records with emoji, entities, media and details: the first Desktop JSON golden input with a service record. */
  private static List<Message> sample() {
    return RoundTrip.read(Path.of("src/test/resources/golden/desktop-json/service.json"));
  }

  /** A caller's own type holding records. */
  record Envelope(String note, Message message, List<Message> more) {
  }

  @Test
  void anErrorIsJacksonsLocatedParseException() {
    Message m = sample().get(0);
    String bad = MessageJson.toJson(m).replace("\"sequence\":" + m.sequence(), "\"sequence\":true");
    assertThatThrownBy(() -> MAPPER.readValue(bad, Message.class))
        .isInstanceOfSatisfying(JsonParseException.class, e -> {
          assertThat(e.getOriginalMessage()).isEqualTo("/sequence: expected an integer, found true");
          assertThat(e.getLocation().getLineNr()).isEqualTo(1);
          assertThat(e.getLocation().getColumnNr()).isEqualTo(30);
        });
  }

  @Test
  void aRecordInsideTheCallersOwnTypesReadsBackEqual() throws Exception {
    List<Message> ms = sample();
    Envelope e = new Envelope("n", ms.get(0), ms);
    String json = MAPPER.writeValueAsString(e);
    assertThat(json).contains("\"message\":" + MessageJson.toJson(ms.get(0)) + ",");
    assertThat(MAPPER.readValue(json, Envelope.class)).isEqualTo(e);
    assertThat(MAPPER.readValue("null", Message.class)).isNull();
  }

  @Test
  void anIndentingMapperIndentsAndReadsBack() throws Exception {
    ObjectMapper pretty = MAPPER.copy().enable(SerializationFeature.INDENT_OUTPUT);
    for (Message m : sample()) {
      String json = pretty.writeValueAsString(m);
      assertThat(json).contains("\n  \"sequence\" : ");
      assertThat(MAPPER.readValue(json, Message.class)).isEqualTo(m);
    }
  }

  @Test
  void aTreeHoldsTheSameRecord() throws Exception {
    for (Message m : sample()) {
      JsonNode tree = MAPPER.valueToTree(m);
      assertThat(tree).isEqualTo(MAPPER.readTree(MessageJson.toJson(m)));
      assertThat(MAPPER.treeToValue(tree, Message.class)).isEqualTo(m);
    }
  }

  @Test
  void sequencesAreTheCommandLinesJsonLines() throws Exception {
    List<Message> ms = sample();
    StringWriter out = new StringWriter();
    try (SequenceWriter w = MAPPER.writer().withRootValueSeparator("\n").writeValues(out)) {
      w.writeAll(ms);
    }
    String lines = RoundTrip.write(ms, false, false);
    assertThat(out + "\n").isEqualTo(lines);
    try (MappingIterator<Message> it = MAPPER.readerFor(Message.class)
        .readValues(new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)))) {
      assertThat(it.readAll()).isEqualTo(ms);
    }
  }

  @Test
  void theModuleNamesItself() {
    TgparseModule module = new TgparseModule();
    assertThat(module.getModuleName()).isEqualTo("tgparse");
    assertThat(module.version().getGroupId()).isEqualTo("org.tgparse");
    assertThat(module.version().getArtifactId()).isEqualTo("tgparse");
    assertThat(new ObjectMapper().registerModule(module).registerModule(new TgparseModule()).getRegisteredModuleIds())
        .hasSize(1);
  }
}
