package org.tgparse.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.tgparse.model.Message;

/**
 * For the records of every input form (every golden input and the sample): JSON written and read back gives an
 * equal record, through {@link JsonLinesReader}, {@link MessageJson#fromJson} and an {@code ObjectMapper} with
 * {@link TgparseModule}; and the mapper writes the very bytes the command line prints. The committed expected
 * files themselves read back and write again byte for byte.
 */
class GoldenRoundTripTest {

  @TestFactory
  Stream<DynamicTest> everyRecordOfEveryFormReadsBackEqual() {
    return RoundTrip.goldenInputs().stream().map(input -> DynamicTest.dynamicTest(input.toString(), () -> {
      List<Message> messages = RoundTrip.read(input);
      assertThat(messages).isNotEmpty();
      for (Message m : messages) {
        String json = MessageJson.toJson(m);
        String what = input + " record " + m.sequence();
        assertThat(MessageJson.fromJson(json)).as(what).isEqualTo(m);
        assertThat(RoundTrip.viaMapper(json)).as(what).isEqualTo(m);
        assertThat(RoundTrip.mapperJson(m)).as(what).isEqualTo(json);
        assertThat(RoundTrip.mapperBytes(m)).as(what).isEqualTo(MessageJson.toJsonBytes(m));
      }
      String lines = RoundTrip.write(messages, false, false);
      assertThat(RoundTrip.readerRecords(lines)).isEqualTo(messages);
      assertThat(RoundTrip.readerRecordsFromBytes(lines)).isEqualTo(messages);
      assertThat(RoundTrip.mapperRecords(lines)).isEqualTo(messages);
      String array = RoundTrip.write(messages, true, false);
      assertThat(RoundTrip.readerRecordsFromBytes(array)).isEqualTo(messages);
      assertThat(RoundTrip.mapperRecords(array)).isEqualTo(messages);
      String pretty = RoundTrip.write(messages, true, true);
      assertThat(RoundTrip.readerRecordsFromBytes(pretty)).isEqualTo(messages);
      assertThat(RoundTrip.mapperRecords(pretty)).isEqualTo(messages);
    }));
  }

  @TestFactory
  Stream<DynamicTest> everyExpectedFileReadsBackAndWritesAgainByteForByte() throws IOException {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> s = Stream.concat(Files.walk(Path.of("src/test/resources/golden")),
        Files.list(Path.of("samples")))) {
      s.filter(p -> p.getFileName().toString().endsWith(".expected.jsonl")).sorted().forEach(files::add);
    }
    assertThat(files).hasSizeGreaterThan(10);
    return files.stream().map(file -> DynamicTest.dynamicTest(file.toString(), () -> {
      String expected = Files.readString(file, StandardCharsets.UTF_8);
      List<Message> messages;
      try (JsonLinesReader r = JsonLinesReader.open(file)) {
        messages = r.stream().toList();
      }
      assertThat(RoundTrip.write(messages, false, false)).isEqualTo(expected);
    }));
  }
}
