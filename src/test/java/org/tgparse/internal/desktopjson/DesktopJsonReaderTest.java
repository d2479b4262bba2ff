package org.tgparse.internal.desktopjson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tgparse.MessageReader;
import org.tgparse.Tgparse;
import org.tgparse.model.Message;
import org.tgparse.model.MessageType;
import org.tgparse.model.Timestamp;
import org.tgparse.read.Format;
import org.tgparse.read.ParseIssue;
import org.tgparse.read.ReadOptions;
import org.tgparse.read.TgparseException;

/** The Desktop JSON reader through the library API: errors, limits, options. The golden files cover the mapping. */
class DesktopJsonReaderTest {
  private static final ReadOptions JSON = ReadOptions.defaults().withFormat(Format.DESKTOP_JSON)
      .withExtractEntities(false);

  static MessageReader read(String json, ReadOptions options) {
    return Tgparse.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "t.json", options);
  }

  static List<Message> readAll(String json, ReadOptions options) {
    try (MessageReader r = read(json, options)) {
      List<Message> out = new ArrayList<>();
      r.forEach(out::add);
      return out;
    }
  }

  static String chat(String messages) {
    return "{\n \"name\": \"C\",\n \"type\": \"public_channel\",\n \"id\": 1,\n \"messages\": [\n" + messages
        + "\n ]\n}\n";
  }

  @Test
  void truncatedFileHandsOutEveryCompleteMessageThenFailsWithLineAndColumn() {
    Path truncated = Path.of("src/test/resources/golden/desktop-json/truncated.json");
    List<String> ids = new ArrayList<>();
    try (MessageReader r = Tgparse.read(truncated, JSON)) {
      Iterator<Message> it = r.iterator();
      assertThatThrownBy(() -> {
        while (it.hasNext()) {
          ids.add(it.next().id());
        }
      }).isInstanceOfSatisfying(TgparseException.class, e -> {
        assertThat(e.line()).isEqualTo(43);
        assertThat(e.column()).isEqualTo(16);
        assertThat(e.file()).isEqualTo(truncated.toString());
        assertThat(e.getMessage()).isEqualTo(truncated + ":43:16: expected the rest of the JSON document, "
            + "found the end of the input (truncated file?)");
      });
      assertThat(it.hasNext()).isFalse();
    }
    assertThat(ids).containsExactly("1", "2");
  }

  @Test
  void truncatedBetweenMessagesAlsoKeepsTheCompleteOnes() {
    String json = "{\"messages\": [{\"id\": 1, \"text\": \"a\"}, {\"id\": 2, \"text\": \"b\"},";
    MessageReader r = read(json, JSON);
    assertThat(r.read().id()).isEqualTo("1");
    assertThat(r.read().id()).isEqualTo("2");
    assertThatThrownBy(r::read).isInstanceOf(TgparseException.class)
        .hasMessage("t.json:1:62: expected the rest of the JSON document, found the end of the input "
            + "(truncated file?)");
    assertThat(r.read()).isNull();
  }

  @Test
  void errorColumnsCountBytesOfTheOriginalFileDespiteRewrittenEscapes() {
    // Each \x01 becomes \u0001 for the parser (two bytes longer); the column must still point at the 'x' of xx.
    String json = "{\"messages\":[{\"id\":1,\"text\":\"\\x01\\x02\\x03\"}, xx]}";
    MessageReader r = read(json, JSON);
    assertThat(r.read().text()).isEqualTo("\u0001\u0002\u0003");
    assertThatThrownBy(r::read).isInstanceOfSatisfying(TgparseException.class, e -> {
      assertThat(e.line()).isEqualTo(1);
      assertThat(e.column()).isEqualTo(json.indexOf("xx") + 1);
      assertThat(e.getMessage()).startsWith("t.json:1:46: expected valid JSON, found: Unrecognized token 'xx'");
    });
  }

  @Test
  void warningColumnsAreCorrectedToo() {
    String json = "{\"messages\":[{\"id\":1,\"from\":\"\\x01\\x01\",\"from_id\":{}}]}";
    try (MessageReader r = read(json, JSON)) {
      assertThat(r.read().from()).isEqualTo("\u0001\u0001");
      assertThat(r.issues()).singleElement().satisfies(i -> {
        assertThat(i.column()).isEqualTo(json.indexOf("{}") + 1);
        assertThat(i.message()).isEqualTo("expected a string for \"from_id\", found an object; skipped");
      });
    }
  }

  @Test
  void nestingDeeperThanTheLimitIsAnErrorNamingTheOption() {
    String deep = "[".repeat(150) + "]".repeat(150);
    String json = chat("  {\"id\": 1, \"text\": \"ok\"},\n  {\"id\": 2, \"rich_message\": " + deep + "}");
    MessageReader r = read(json, JSON);
    assertThat(r.read().id()).isEqualTo("1");
    assertThatThrownBy(r::read).isInstanceOfSatisfying(TgparseException.class, e -> {
      assertThat(e.line()).isEqualTo(7);
      assertThat(e.getMessage()).endsWith("expected JSON nested at most 100 levels deep, found deeper nesting "
          + "(limit maxNestingDepth, option --max-nesting-depth)");
    });
    // Raising the limit reads it, and the unknown key is skipped.
    List<Message> all = readAll(json, JSON.withLimits(JSON.limits().withMaxNestingDepth(200)));
    assertThat(all).extracting(Message::id).containsExactly("1", "2");
  }

  @Test
  void deepServiceValuesAreCutWhenTheNestingLimitWasRaised() {
    String deep = "[".repeat(40) + "1" + "]".repeat(40);
    String json = chat("  {\"id\": 1, \"type\": \"service\", \"action\": \"x\", \"deep\": " + deep
        + ", \"flat\": [[1]]}");
    try (MessageReader r = read(json, JSON.withLimits(JSON.limits().withMaxNestingDepth(500)))) {
      Message m = r.read();
      Object v = m.service().details().get("deep");
      int levels = 0;
      while (v instanceof List) {
        levels++;
        v = ((List<?>) v).isEmpty() ? null : ((List<?>) v).get(0);
      }
      assertThat(levels).isEqualTo(32);
      assertThat(m.service().details().get("flat")).isEqualTo(List.of(List.of(1L)));
      assertThat(r.issues()).extracting(ParseIssue::message)
          .containsExactly("a value of \"deep\" nested deeper than 32 levels was read as null");
    }
  }

  @Test
  void aTopLevelThatIsNotAnObjectIsAnError() {
    assertThatThrownBy(() -> read("[{\"id\": 1}]", JSON).read()).isInstanceOf(TgparseException.class)
        .hasMessage("t.json:1:1: expected a JSON object (result.json), found an array");
    assertThatThrownBy(() -> read("", JSON).read()).isInstanceOf(TgparseException.class)
        .hasMessageEndingWith("expected a JSON object (result.json), found an empty input");
  }

  @Test
  void contentAfterTheTopLevelObjectIsAnErrorAfterTheMessages() {
    MessageReader r = read("{\"messages\": [{\"id\": 1}]}\n{\"messages\": []}", JSON);
    assertThat(r.read().id()).isEqualTo("1");
    assertThatThrownBy(r::read).isInstanceOf(TgparseException.class)
        .hasMessage("t.json:2:1: expected the end of the input after the top-level object, found an object");
  }

  @Test
  void localDatesStayLocalWithoutAZoneAndBecomeInstantsWithOne() {
    String json = chat("  {\"id\": 1, \"date\": \"2019-05-01T10:00:00\", \"edited\": \"2019-05-01T11:00:00\"}");
    Message local = readAll(json, JSON).get(0);
    assertThat(local.dateIsLocal()).isTrue();
    assertThat(local.date().toString()).isEqualTo("2019-05-01T10:00:00");
    assertThat(local.edited().isLocal()).isTrue();
    Message zoned = readAll(json, JSON.withZone(ZoneId.of("Europe/Moscow"))).get(0);
    assertThat(zoned.dateIsLocal()).isFalse();
    assertThat(zoned.date()).isEqualTo(Timestamp.of(Instant.parse("2019-05-01T07:00:00Z")));
    assertThat(zoned.edited()).isEqualTo(Timestamp.of(Instant.parse("2019-05-01T08:00:00Z")));
  }

  @Test
  void unixTimeWinsOverTheLocalDateEvenWithAZone() {
    String json = chat("  {\"id\": 1, \"date\": \"2023-03-20T12:34:56\", \"date_unixtime\": \"1679304896\"}");
    Message m = readAll(json, JSON.withZone(ZoneId.of("America/New_York"))).get(0);
    assertThat(m.date()).isEqualTo(Timestamp.of(Instant.parse("2023-03-20T09:34:56Z")));
    // A number instead of the usual decimal string is read as well.
    Message n = readAll(chat("  {\"id\": 1, \"date_unixtime\": 1679304896}"), JSON).get(0);
    assertThat(n.date()).isEqualTo(m.date());
  }

  @Test
  void longTextIsCutWithAWarningAndEntitiesPastTheCutAreDropped() {
    String json = chat("  {\"id\": 1, \"text\": [\"abcdef\", {\"type\": \"bold\", \"text\": \"gh\"}, "
        + "{\"type\": \"italic\", \"text\": \"ijkl\"}]}");
    ReadOptions cut = JSON.withLimits(JSON.limits().withMaxTextLength(10));
    try (MessageReader r = read(json, cut)) {
      Message m = r.read();
      assertThat(m.text()).isEqualTo("abcdefghij");
      assertThat(m.entities()).extracting(e -> e.typeName()).containsExactly("bold");
      assertThat(r.issues()).extracting(ParseIssue::message).containsExactly(
          "message text of 12 UTF-16 code units was cut to 10 (limit maxTextLength, option --max-text-length)");
    }
  }

  @Test
  void entitiesBeyondTheLimitAreDroppedWithAWarning() {
    String json = chat("  {\"id\": 1, \"text\": [{\"type\": \"bold\", \"text\": \"a\"}, \" \", "
        + "{\"type\": \"hashtag\", \"text\": \"#b\"}, \" \", {\"type\": \"italic\", \"text\": \"c\"}]}");
    try (MessageReader r = read(json, JSON.withLimits(JSON.limits().withMaxEntitiesPerMessage(2)))) {
      Message m = r.read();
      assertThat(m.entities()).extracting(e -> e.typeName()).containsExactly("bold", "hashtag");
      assertThat(m.hashtags()).containsExactly("#b");
      assertThat(r.issues()).extracting(ParseIssue::message).containsExactly(
          "1 entities beyond the first 2 were dropped (limit maxEntitiesPerMessage, option --max-entities)");
    }
  }

  @Test
  void strictModeTurnsAWarningIntoAnError() {
    String json = chat("  {\"id\": 1, \"text\": \"a\", \"text\": \"b\"}");
    assertThat(readAll(json, JSON)).extracting(Message::text).containsExactly("b");
    assertThatThrownBy(() -> readAll(json, JSON.withStrict(true))).isInstanceOf(TgparseException.class)
        .hasMessageContaining("duplicate key \"text\": the last one is kept");
  }

  @Test
  void exportMarkedEntitiesSurviveTheExtractorPipeline() {
    String json = chat("  {\"id\": 1, \"text\": [{\"type\": \"hashtag\", \"text\": \"#marked\"}, \" and "
        + "\", {\"type\": \"text_link\", \"text\": \"here\", \"href\": \"https://x.org/\"}]}");
    Message m = readAll(json, JSON.withExtractEntities(true)).get(0);
    assertThat(m.hashtags()).contains("#marked");
    assertThat(m.hashtagEntities()).anySatisfy(h -> {
      assertThat(h.start()).isZero();
      assertThat(h.end()).isEqualTo(7);
    });
    assertThat(m.links()).anySatisfy(l -> assertThat(l.url()).isEqualTo("https://x.org/"));
  }

  @Test
  void sequenceRunsAcrossChatsAndEachMessageKnowsItsChat() {
    String json = "{\"about\": \"x\", \"chats\": {\"about\": \"y\", \"list\": [\n"
        + "{\"name\": \"A\", \"type\": \"personal_chat\", \"id\": 1, \"messages\": [{\"id\": 5}, {\"id\": 6}]},\n"
        + "{\"name\": \"B\", \"type\": \"private_group\", \"id\": 2, \"messages\": [{\"id\": 5}]}]},\n"
        + "\"left_chats\": {\"list\": [{\"name\": \"C\", \"type\": \"private_channel\", \"id\": 3, "
        + "\"messages\": [{\"id\": -7}]}]}}";
    List<Message> all = readAll(json, JSON);
    assertThat(all).extracting(Message::sequence).containsExactly(1L, 2L, 3L, 4L);
    assertThat(all).extracting(m -> m.channel().name() + "/" + m.channel().id() + "/" + m.id())
        .containsExactly("A/1/5", "A/1/6", "B/2/5", "C/3/-7");
  }

  @Test
  void valuesOfTheWrongTypeAreSkippedWithAWarning() {
    String json = chat("  {\"id\": 1, \"reactions\": {}, \"poll\": [], \"width\": \"wide\", "
        + "\"photo\": \"p.jpg\", \"text\": 5}");
    try (MessageReader r = read(json, JSON)) {
      Message m = r.read();
      assertThat(m.reactions()).isEmpty();
      assertThat(m.media()).singleElement().satisfies(x -> {
        assertThat(x.kindName()).isEqualTo("photo");
        assertThat(x.width()).isNull();
      });
      assertThat(m.text()).isEmpty();
      assertThat(r.issues()).extracting(ParseIssue::message).containsExactly(
          "expected an array for \"reactions\", found an object; skipped",
          "expected an object for \"poll\", found an array; skipped",
          "expected an integer for \"width\", found \"wide\"",
          "expected a string or an array of text parts for \"text\", found a number; skipped");
    }
  }

  @Test
  void typeDecidesTheRecordKindAndServiceKeysGoToActionDetails() {
    String json = chat("  {\"id\": 1, \"type\": \"service\", \"action\": \"proximity_reached\", \"from\": \"A\","
        + " \"from_id\": \"user1\", \"to\": \"B\", \"distance\": 50, \"text\": \"\"},\n"
        + "  {\"id\": 2, \"type\": \"unsupported\"}");
    List<Message> all = readAll(json, JSON);
    assertThat(all).extracting(Message::type).containsExactly(MessageType.SERVICE, MessageType.UNSUPPORTED);
    Message s = all.get(0);
    assertThat(s.from()).isNull();
    assertThat(s.service().details()).containsExactly(java.util.Map.entry("from", "A"),
        java.util.Map.entry("from_id", "user1"), java.util.Map.entry("to", "B"),
        java.util.Map.entry("distance", 50L));
  }

  @Test
  void utf16InputWithAByteOrderMarkIsReadToo() {
    byte[] bytes = ("\uFEFF" + chat("  {\"id\": 1, \"text\": \"привет\"}")).getBytes(StandardCharsets.UTF_16LE);
    try (MessageReader r = Tgparse.read(new ByteArrayInputStream(bytes), "u.json", ReadOptions.defaults())) {
      assertThat(r.format()).isEqualTo(Format.DESKTOP_JSON);
      assertThat(r.read().text()).isEqualTo("привет");
    }
  }

  @Test
  void closingTheReaderClosesTheStreamItWasGiven() {
    boolean[] closed = {false};
    ByteArrayInputStream in = new ByteArrayInputStream(chat("  {\"id\": 1}").getBytes(StandardCharsets.UTF_8)) {
      @Override
      public void close() {
        closed[0] = true;
      }
    };
    MessageReader r = Tgparse.read(in, "t.json", JSON);
    assertThat(r.read().id()).isEqualTo("1");
    assertThat(closed[0]).isFalse();
    r.close();
    assertThat(closed[0]).isTrue();
  }

  @Test
  void sourceLinesSpanTheMessageObject() {
    String json = chat("  {\n   \"id\": 1,\n   \"text\": \"a\"\n  },\n  {\"id\": 2}");
    assertThat(readAll(json, JSON)).extracting(m -> m.source().startLine() + "-" + m.source().endLine())
        .containsExactly("6-9", "10-10");
  }
}
