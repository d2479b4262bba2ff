package org.tgparse.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.tgparse.MessageReader;
import org.tgparse.Tgparse;
import org.tgparse.model.Contact;
import org.tgparse.model.DateMention;
import org.tgparse.model.Dateline;
import org.tgparse.model.Media;
import org.tgparse.model.Message;
import org.tgparse.model.Place;
import org.tgparse.model.Poll;
import org.tgparse.model.SourceRef;
import org.tgparse.read.TgparseException;

/**
 * {@link MessageJson} writes its own bytes ({@link JsonOut}); they must be exactly what the Jackson generator
 * wrote for the same record ({@link JacksonReference}), for every golden input of every format and for a record
 * with every optional part set.
 */
class MessageJsonTest {

  private static String jackson(Message m) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator g = JacksonReference.factory().createGenerator(out)) {
      JacksonReference.write(g, m);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  @TestFactory
  Stream<DynamicTest> everyGoldenInputGivesJacksonsBytes() throws IOException {
    List<Path> inputs = new ArrayList<>();
    inputs.add(Path.of("samples/mfa-forwarded-posts.txt"));
    for (String format : new String[] {"text", "desktop-json", "desktop-html", "tme"}) {
      try (Stream<Path> s = Files.list(Path.of("src/test/resources/golden", format))) {
        s.filter(p -> !p.getFileName().toString().contains(".expected.")).sorted().forEach(inputs::add);
      }
    }
    return inputs.stream().map(p -> DynamicTest.dynamicTest(p.toString(), () -> {
      int n = 0;
      try (MessageReader r = Tgparse.read(p)) {
        Message m;
        while ((m = readOrNull(r)) != null) {
          assertThat(MessageJson.toJson(m)).isEqualTo(jackson(m));
          n++;
        }
      }
      assertThat(n).isPositive();
    }));
  }

  /** @return the next message, or null at the end or where a broken golden input (truncated, garbage) ends */
  private static Message readOrNull(MessageReader r) {
    try {
      return r.read();
    } catch (TgparseException e) {
      return null;
    }
  }

  /** A record with the parts no golden file has: numbers at their limits, odd doubles, nested details. */
  static Message everything() {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("members", List.of("A \"quoted\" name", "Б"));
    details.put("count", Long.MIN_VALUE);
    details.put("ratio", 0.1);
    details.put("tiny", 1e-9);
    details.put("nan", Double.NaN);
    details.put("flag", Boolean.TRUE);
    details.put("nested", Map.of("key\n", List.of()));
    details.put("nothing", null);
    Place p = new Place("Moscow", 0, 6, "Moscow", Place.PlaceKind.DATELINE, "RU", 55.75222, -37.61556);
    DateMention d = new DateMention("May 1", 8, 13, "2025-05-01", org.tgparse.model.DatePrecision.DAY, true, null);
    Media media = Media.builder("poll")
        .poll(new Poll("Q?", true, 12L, List.of(new Poll.Answer("yes", 7L, true), new Poll.Answer("no", null, null))))
        .contact(new Contact("Ann", null, "+1 555"))
        .fileSize(Long.MAX_VALUE).durationSeconds(-1L).width(0).height(Integer.MAX_VALUE)
        .latitude(-0.0).longitude(Double.POSITIVE_INFINITY)
        .build();
    return Message.builder()
        .source(new SourceRef("in.txt", 1, 2))
        .sequence(Long.MAX_VALUE)
        .id("-100")
        .text("Moscow, May 1 — text")
        .viewCount(0L)
        .dateline(new Dateline("Moscow, May 1", 0, 13, p, d))
        .places(List.of(p))
        .dates(List.of(d))
        .media(List.of(media, Media.builder("photo").build()))
        .action("invite_members")
        .actionDetails(details)
        .build();
  }

  @Test
  void aRecordWithEveryPartGivesJacksonsBytes() {
    Message m = everything();
    assertThat(MessageJson.toJson(m)).isEqualTo(jackson(m));
  }

  @Test
  void aCallersGeneratorGetsTheSameRecordPrettyOrNot() throws IOException {
    Message m = everything();
    StringWriter compact = new StringWriter();
    try (JsonGenerator g = MessageJson.factory().createGenerator(compact)) {
      MessageJson.write(g, m);
    }
    assertThat(compact.toString()).isEqualTo(jackson(m));
    StringWriter pretty = new StringWriter();
    StringWriter prettyRef = new StringWriter();
    try (JsonGenerator g = MessageJson.factory().createGenerator(pretty);
        JsonGenerator ref = JacksonReference.factory().createGenerator(prettyRef)) {
      g.setPrettyPrinter(new DefaultPrettyPrinter());
      ref.setPrettyPrinter(new DefaultPrettyPrinter());
      g.writeStartArray();
      ref.writeStartArray();
      MessageJson.write(g, m);
      JacksonReference.write(ref, m);
      MessageJson.write(g, m);
      JacksonReference.write(ref, m);
      g.writeEndArray();
      ref.writeEndArray();
    }
    assertThat(pretty.toString()).isEqualTo(prettyRef.toString()).contains("\n");
  }

  @Test
  void jsonLinesAndArraysAsBefore() throws IOException {
    Message a = everything();
    Message b = Message.builder().source(new SourceRef("-", 3, 3)).text("second").build();
    ByteArrayOutputStream lines = new ByteArrayOutputStream();
    try (JsonLinesWriter w = JsonLinesWriter.jsonLines(lines)) {
      w.write(a);
      w.write(b);
    }
    assertThat(lines.toString(StandardCharsets.UTF_8)).isEqualTo(jackson(a) + "\n" + jackson(b) + "\n");
    ByteArrayOutputStream array = new ByteArrayOutputStream();
    try (JsonLinesWriter w = JsonLinesWriter.jsonArray(array, false)) {
      w.write(a);
      w.write(b);
    }
    assertThat(array.toString(StandardCharsets.UTF_8)).isEqualTo("[" + jackson(a) + "," + jackson(b) + "]\n");
    ByteArrayOutputStream empty = new ByteArrayOutputStream();
    try (JsonLinesWriter w = JsonLinesWriter.jsonArray(empty, false)) {
      w.flush();
    }
    assertThat(empty.toString(StandardCharsets.UTF_8)).isEqualTo("[]\n");
  }
}
