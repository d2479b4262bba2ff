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

  /** {@code forwarded} says "a forward" even when no field of the source is known (a deleted account). */
  @Test
  void aForwardWithNoKnownFieldReadsBackAsAForward() {
    Message m = base().forwarded(true).build();
    assertThat(m.forward()).isNotNull();
    assertThat(MessageJson.toJson(m)).contains("\"forwarded\":true,\"forwardedFrom\":null");
    assertThat(back(m)).isEqualTo(m);
  }

  /** Jackson (and so MessageJson) writes a non-finite double as a string; inside actionDetails it stays one. */
  @Test
  void aNonFiniteDoubleInActionDetailsReadsBackAsAString() {
    Message m = base().action("a").actionDetails(Map.of("x", Double.NaN)).build();
    assertThat(back(m).service().details()).isEqualTo(Map.of("x", "NaN"));
  }

  /** actionDetails numbers are kept as JSON reads them back (Long and Double), so other number types round-trip. */
  @Test
  void otherNumberTypesInActionDetailsAreKeptAsLongOrDoubleAndReadBackEqual() {
    Message m = base().action("a").actionDetails(Map.of("i", 5, "f", 0.5f)).build();
    assertThat(m.service().details()).isEqualTo(Map.of("i", 5L, "f", 0.5d));
    assertThat(back(m)).isEqualTo(m);
  }

  /**
   * A lone surrogate cannot be written as UTF-8: the writer puts U+FFFD in its place (the output is always valid
   * UTF-8 JSON, issue 14), in texts and keys alike, so the record reads back with U+FFFD, from bytes or characters.
   */
  @Test
  void aLoneSurrogateIsWrittenAndReadBackAsTheReplacementCharacter() {
    Message m = base().text("a\uD800").action("a").actionDetails(Map.of("\uD83Dx", 1L)).build();
    Message expected = base().text("a\uFFFD").action("a").actionDetails(Map.of("\uFFFDx", 1L)).build();
    String json = MessageJson.toJson(m);
    assertThat(RoundTrip.readerRecords(json)).containsExactly(expected);
    try (JsonLinesReader r = JsonLinesReader.open(
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "bytes")) {
      assertThat(r.read()).isEqualTo(expected);
    }
  }

  /** Values whose JSON would be that of another value cannot be built: equal JSON means equal records. */
  @Test
  void valuesTheJsonCannotTellApartAreOneValue() {
    Instant i = Instant.parse("2023-03-20T09:34:56Z");
    assertThatThrownBy(() -> new Timestamp(i, LocalDateTime.of(2023, 3, 20, 12, 34, 56)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("found both");
    Media photoAsOther = new Media(MediaKind.OTHER, "photo", null, null, null, null, null, null, null, null, null,
        null, null, null, null, null, null);
    assertThat(photoAsOther).isEqualTo(Media.builder(MediaKind.PHOTO).build());
    Message m = base().media(List.of(photoAsOther)).build();
    assertThat(back(m)).isEqualTo(m);
  }
}
