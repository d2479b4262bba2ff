package org.tgparse.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tgparse.model.Media;
import org.tgparse.model.MediaKind;
import org.tgparse.model.Message;
import org.tgparse.model.SourceRef;
import org.tgparse.model.Timestamp;
import org.tgparse.read.TgparseException;

/**
 * What the JSON contract cannot carry, pinned so that a change to it is seen. None of these comes out of an archive
 * reader; each needs a message built by hand. The JSON itself is a contract and stays as it is (issue 11).
 */
class KnownLossesTest {
  private static Message.Builder base() {
    return Message.builder().text("t").source(new SourceRef("in", 1, 1));
  }

  private static Message back(Message m) {
    return MessageJson.fromJson(MessageJson.toJson(m));
  }

  /** The JSON has no field that says "a forward": with every forward field null it reads as no forward. */
  @Test
  void aForwardWithNoKnownFieldReadsBackAsNoForward() {
    Message m = base().forwarded(true).build();
    assertThat(m.forward()).isNotNull();
    assertThat(back(m).forward()).isNull();
    assertThat(back(m)).isEqualTo(base().build());
  }

  /** Jackson (and so MessageJson) writes a non-finite double as a string; inside actionDetails it stays one. */
  @Test
  void aNonFiniteDoubleInActionDetailsReadsBackAsAString() {
    Message m = base().action("a").actionDetails(Map.of("x", Double.NaN)).build();
    assertThat(back(m).service().details()).isEqualTo(Map.of("x", "NaN"));
  }

  /** actionDetails numbers read back as the Desktop JSON reader makes them: Long and Double. */
  @Test
  void otherNumberTypesInActionDetailsReadBackAsLongOrDouble() {
    Message m = base().action("a").actionDetails(Map.of("i", 5, "f", 0.5f)).build();
    assertThat(back(m).service().details()).isEqualTo(Map.of("i", 5L, "f", 0.5d));
  }

  /**
   * Jackson's UTF-8 parser refuses a lone surrogate escape in a field name, which only an {@code actionDetails} key
   * could hold (no archive reader makes one: the Desktop JSON reader runs on the same parser). Read from characters
   * the record comes back equal.
   */
  @Test
  void aLoneSurrogateInAnActionDetailsKeyReadsBackFromCharactersOnly() {
    Message m = base().action("a").actionDetails(Map.of("\uD83Dx", 1L)).build();
    String json = MessageJson.toJson(m);
    assertThat(RoundTrip.readerRecords(json)).containsExactly(m);
    try (JsonLinesReader r = JsonLinesReader.open(
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "bytes")) {
      assertThatThrownBy(r::read).isInstanceOf(TgparseException.class)
          .hasMessageContaining("Broken surrogate pair in field name");
    }
  }

  /** Records the model allows but no reader makes, whose JSON is that of another record. */
  @Test
  void valuesTheJsonWritesAsOtherValuesReadBackAsThose() {
    Instant i = Instant.parse("2023-03-20T09:34:56Z");
    Message both = base().date(new Timestamp(i, LocalDateTime.of(2023, 3, 20, 12, 34, 56))).build();
    assertThat(back(both).date()).isEqualTo(Timestamp.of(i));
    Media photoAsOther = new Media(MediaKind.OTHER, "photo", null, null, null, null, null, null, null, null, null,
        null, null, null, null, null, null);
    assertThat(back(base().media(List.of(photoAsOther)).build()).media().get(0).kind()).isEqualTo(MediaKind.PHOTO);
  }
}
