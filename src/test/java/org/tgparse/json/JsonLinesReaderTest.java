package org.tgparse.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tgparse.model.Media;
import org.tgparse.model.MediaKind;
import org.tgparse.model.Message;
import org.tgparse.model.SourceRef;
import org.tgparse.read.TgparseException;

/**
 * {@link JsonLinesReader} and {@link MessageJson#fromJson}: the layouts read, the iterator's contract, what is
 * closed, and the errors with their exact line, column and wording.
 */
class JsonLinesReaderTest {
  @TempDir
  Path dir;

  private static Message message(long sequence, String text) {
    return Message.builder().sequence(sequence).text(text).source(new SourceRef("in.txt", 1, 1)).build();
  }

  /** The smallest record as the command line writes it: 674 characters on one line. */
  private static final String OK = MessageJson.toJson(message(0, "hi"));

  private static TgparseException error(String input) {
    try (JsonLinesReader r = JsonLinesReader.open(new StringReader(input), "out.jsonl")) {
      r.forEach(m -> { });
    } catch (TgparseException e) {
      return e;
    }
    throw new AssertionError("expected an error reading: " + input);
  }

  private static void assertError(String input, long line, long column, String message) {
    TgparseException e = error(input);
    assertThat(e.getMessage()).isEqualTo("out.jsonl:" + line + ":" + column + ": " + message);
    assertThat(e.file()).isEqualTo("out.jsonl");
    assertThat(e.line()).isEqualTo(line);
    assertThat(e.column()).isEqualTo(column);
  }

  @Test
  void aValueOfTheWrongTypeNamesItsFieldAndWhereItStarts() {
    assertError(OK + "\n" + OK.replace("\"sequence\":0", "\"sequence\":\"1\""), 2, 30,
        "/sequence: expected an integer, found the string \"1\"");
    assertError(OK.replace("\"text\":\"hi\"", "\"text\":null"), 1, 334, "/text: expected a string, found null");
    assertError(OK.replace("\"media\":[]", "\"media\":[{\"kind\":\"photo\",\"width\":3000000000}]"), 1, 537,
        "/media/0/width: expected an integer from -2147483648 to 2147483647, found the number 3000000000");
    assertError(OK.replace("\"channel\":null", "\"channel\":[]"), 1, 52,
        "/channel: expected a channel object or null, found an array");
  }

  @Test
  void aRecordCutShortNamesWhereItStarts() {
    assertError(OK + "\n" + OK.substring(0, 60), 2, 61,
        "expected the rest of the record that starts at line 2, column 1, found the end of the input");
    assertError("[" + OK + ",\n" + OK, 2, 693,
        "expected the rest of the array that starts at line 1, column 1, found the end of the input");
  }

  @Test
  void aMissingRequiredFieldIsNamedAtTheEndOfItsObject() {
    assertError(OK + "\n" + OK.replace(",\"source\":{\"file\":\"in.txt\",\"startLine\":1,\"endLine\":1}", ""), 2, 639,
        "/: expected field \"source\" (an object), found the end of the object");
    assertError(OK.replace("\"hashtagEntities\":[]", "\"hashtagEntities\":[{\"text\":\"#a\",\"end\":2}]"), 1, 419,
        "/hashtagEntities/0: expected field \"start\" (an integer), found the end of the object");
  }

  @Test
  void valuesTheModelRefusesAreErrorsWithTheModelsWords() {
    assertError(OK.replace("\"hashtagEntities\":[]", "\"hashtagEntities\":[{\"text\":\"#a\",\"start\":5,\"end\":2}]"),
        1, 429, "/hashtagEntities/0: expected 0 <= start <= end, found start=5, end=2");
    assertError(OK.replace("\"startLine\":1", "\"startLine\":0"), 1, 691,
        "/source: expected 1 <= startLine <= endLine, found startLine=0, endLine=1");
  }

  @Test
  void closedSetsAndTimestampsSayWhatTheyAccept() {
    assertError(OK.replace("\"type\":\"message\"", "\"type\":\"post\""), 1, 9,
        "/type: expected one of \"message\", \"service\", \"unsupported\", found the string \"post\"");
    assertError(OK.replace("\"date\":null", "\"date\":\"yesterday\""), 1, 81,
        "/date: expected an ISO-8601 date-time in UTC (2023-03-20T09:34:56Z) or local (2023-03-20T12:34:56) or null,"
            + " found the string \"yesterday\"");
  }

  @Test
  void somethingOtherThanARecordAtTheTopIsAnError() {
    assertError("42\n", 1, 1, "/: expected a record (a JSON object) or an array of records, found the number 42");
    assertError("[[]]", 1, 2, "/0: expected a record (a JSON object) or the end of the array, found an array");
  }

  @Test
  void deepActionDetailsAreAnErrorNotAStackOverflow() {
    String deep = "[".repeat(900) + "]".repeat(900);
    TgparseException e = error(OK.replace("\"actionDetails\":{}", "\"actionDetails\":{\"x\":" + deep + "}"));
    assertThat(e.getMessage()).startsWith("out.jsonl:1:1141: /actionDetails/x/0/0/")
        .contains("…")
        .endsWith("/0/0: expected a value nested at most 500 levels deep in actionDetails, found an array");
  }

  @Test
  void anErrorEndsTheReadingAfterTheRecordsBeforeIt() {
    try (JsonLinesReader r = JsonLinesReader.open(new StringReader(OK + "\n{\"type\":1}\n" + OK), "x")) {
      assertThat(r.read()).isEqualTo(message(0, "hi"));
      assertThatThrownBy(r::read).isInstanceOf(TgparseException.class).hasMessageStartingWith("x:2:9: /type:");
      assertThat(r.read()).isNull();
    }
  }

  @Test
  void fromJsonReadsOneRecordAndNothingElse() {
    assertThat(MessageJson.fromJson(OK)).isEqualTo(message(0, "hi"));
    assertThat(MessageJson.fromJson("\n  " + OK + "  \n")).isEqualTo(message(0, "hi"));
    assertThatThrownBy(() -> MessageJson.fromJson(OK + " {}")).isInstanceOf(TgparseException.class)
        .hasMessage("<string>:1:694: /: expected the end of the input after the record, found an object");
    assertThatThrownBy(() -> MessageJson.fromJson(OK.substring(0, 30))).isInstanceOf(TgparseException.class)
        .hasMessage("<string>:1:31: expected the rest of the record that starts at line 1, column 1, "
            + "found the end of the input");
    assertThatThrownBy(() -> MessageJson.fromJson("")).isInstanceOf(TgparseException.class)
        .hasMessage("<string>:1: /: expected a record (a JSON object), found the end of the input");
  }

  @Test
  void aCallersParserMayStandBeforeOnOrInsideTheRecord() throws IOException {
    for (int skip = 0; skip <= 2; skip++) {
      try (com.fasterxml.jackson.core.JsonParser p = MessageJson.factory().createParser(OK + " 1")) {
        for (int i = 0; i < skip; i++) {
          p.nextToken(); // 1: on START_OBJECT; 2: on the first FIELD_NAME, as Databind hands over
        }
        assertThat(MessageJson.read(p)).isEqualTo(message(0, "hi"));
        assertThat(p.currentToken()).isEqualTo(com.fasterxml.jackson.core.JsonToken.END_OBJECT);
        assertThat(p.nextToken()).isEqualTo(com.fasterxml.jackson.core.JsonToken.VALUE_NUMBER_INT);
      }
    }
  }

  @Test
  void absentFieldsReadAsNullOrEmptyAndUnknownOnesAreSkipped() {
    String minimal = "{\"future\":{\"a\":[1,{\"b\":null}]},\"type\":\"service\",\"sequence\":7,\"text\":\"\","
        + "\"duplicateCollapsed\":true,\"source\":{\"file\":\"-\",\"startLine\":3,\"endLine\":4,\"byteOffset\":9},"
        + "\"media\":[{\"kind\":\"hologram\",\"resolution\":\"8k\"}]}";
    Message m = MessageJson.fromJson(minimal);
    assertThat(m).isEqualTo(Message.builder().type(org.tgparse.model.MessageType.SERVICE).sequence(7).text("")
        .duplicateCollapsed(true).source(new SourceRef("-", 3, 4)).media(List.of(Media.builder("hologram").build()))
        .build());
    assertThat(m.media().get(0).kind()).isEqualTo(MediaKind.OTHER);
    assertThat(m.media().get(0).otherKind()).isEqualTo("hologram");
  }

  @Test
  void everyLayoutTheCommandLineWritesReadsBack() {
    List<Message> ms = List.of(message(1, "a"), message(2, "b\nc"), message(3, "🇷🇺"));
    String lines = RoundTrip.write(ms, false, false);
    assertThat(RoundTrip.readerRecords(lines)).isEqualTo(ms);
    assertThat(RoundTrip.readerRecords(lines.replace("\n", "\r\n\r\n"))).isEqualTo(ms);
    assertThat(RoundTrip.readerRecords(RoundTrip.write(ms, true, false))).isEqualTo(ms);
    assertThat(RoundTrip.readerRecords(RoundTrip.write(ms, true, true))).isEqualTo(ms);
    assertThat(RoundTrip.readerRecords(RoundTrip.write(ms, true, false) + lines)).hasSize(6);
    assertThat(RoundTrip.readerRecords("")).isEmpty();
    assertThat(RoundTrip.readerRecords(" \n\n")).isEmpty();
    assertThat(RoundTrip.readerRecords("[]\n")).isEmpty();
    byte[] bom = ("\uFEFF" + lines).getBytes(StandardCharsets.UTF_8);
    try (JsonLinesReader r = JsonLinesReader.open(new ByteArrayInputStream(bom), "bom")) {
      assertThat(r.stream()).isEqualTo(ms);
    }
  }

  @Test
  void theIteratorHonoursItsContract() {
    try (JsonLinesReader r = JsonLinesReader.open(new StringReader(OK + "\n" + OK), "x")) {
      Iterator<Message> it = r.iterator();
      assertThat(it.hasNext()).isTrue();
      assertThat(it.hasNext()).isTrue();
      assertThat(it.next()).isEqualTo(message(0, "hi"));
      assertThat(it.next()).isEqualTo(message(0, "hi")); // without hasNext()
      assertThat(it.hasNext()).isFalse();
      assertThatThrownBy(it::next).isInstanceOf(NoSuchElementException.class);
      assertThatThrownBy(r::iterator).isInstanceOf(IllegalStateException.class);
    }
  }

  @Test
  void aCallersStreamStaysOpenAndTheReadersOwnFileIsClosed() throws IOException {
    boolean[] closed = {false};
    ByteArrayInputStream in = new ByteArrayInputStream(OK.getBytes(StandardCharsets.UTF_8)) {
      @Override
      public void close() {
        closed[0] = true;
      }
    };
    try (JsonLinesReader r = JsonLinesReader.open(in, "in")) {
      assertThat(r.name()).isEqualTo("in");
      assertThat(r.read()).isNotNull();
    }
    assertThat(closed[0]).isFalse();

    Path file = dir.resolve("out.jsonl");
    Files.writeString(file, OK + "\n" + OK + "\n");
    JsonLinesReader r = JsonLinesReader.open(file);
    try (Stream<Message> s = r.stream()) {
      assertThat(s.limit(1)).hasSize(1);
    }
    assertThat(r.read()).isNull(); // closing the stream closed the reader
    r.close(); // idempotent
    Files.delete(file); // nothing holds the file
  }

  @Test
  void aMissingFileIsNamed() {
    Path missing = dir.resolve("missing.jsonl");
    assertThatThrownBy(() -> JsonLinesReader.open(missing)).isInstanceOf(TgparseException.class)
        .hasMessage(missing + ": no such file");
  }
}
