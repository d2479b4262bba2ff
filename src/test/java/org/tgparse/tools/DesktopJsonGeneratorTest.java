package org.tgparse.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.tgparse.MessageReader;
import org.tgparse.Tgparse;
import org.tgparse.model.Message;
import org.tgparse.model.MessageType;
import org.tgparse.read.ReadOptions;

/** The benchmark generator writes an export the reader reads without a single issue. */
class DesktopJsonGeneratorTest {

  @Test
  void generatedExportReadsCleanly() throws IOException {
    StringWriter w = new StringWriter();
    DesktopJsonGenerator.write(w, 500, 7);
    byte[] bytes = w.toString().getBytes(StandardCharsets.UTF_8);
    try (MessageReader r = Tgparse.read(new ByteArrayInputStream(bytes), "gen.json",
        ReadOptions.defaults().withExtractEntities(false))) {
      List<Message> all = r.stream().collect(Collectors.toList());
      assertThat(all).hasSize(500);
      assertThat(r.issues()).isEmpty();
      assertThat(all).allSatisfy(m -> assertThat(m.date().isLocal()).isFalse());
      assertThat(all).extracting(Message::type).contains(MessageType.SERVICE, MessageType.MESSAGE);
      assertThat(all).anySatisfy(m -> assertThat(m.hashtags()).isNotEmpty());
      assertThat(all).anySatisfy(m -> assertThat(m.media()).isNotEmpty());
      assertThat(all).anySatisfy(m -> assertThat(m.reactions()).isNotEmpty());
      assertThat(all.get(499).id()).isEqualTo("500");
    }
    // Deterministic for a seed.
    StringWriter again = new StringWriter();
    DesktopJsonGenerator.write(again, 500, 7);
    assertThat(again.toString()).isEqualTo(w.toString());
  }
}
