package org.tgparse.internal.desktopjson;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tgparse.MessageReader;
import org.tgparse.Tgparse;
import org.tgparse.model.Media;
import org.tgparse.model.Message;
import org.tgparse.read.Format;
import org.tgparse.read.ParseIssue;
import org.tgparse.read.ReadOptions;

/**
 * Values of the wrong JSON type, as hand-edited exports and other tools have them: read where they can be, else
 * null with an issue naming the key and what was found.
 */
class DesktopJsonValueTypesTest {

  record Read(List<Message> messages, List<ParseIssue> issues) {
  }

  private static Read read(String messages) {
    String json = "{\"name\": \"c\", \"type\": \"public_channel\", \"id\": 1, \"messages\": [\n" + messages + "\n]}";
    List<Message> out = new ArrayList<>();
    try (MessageReader r = Tgparse.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "t.json",
        ReadOptions.defaults().withFormat(Format.DESKTOP_JSON))) {
      r.forEach(out::add);
      return new Read(out, r.issues());
    }
  }

  @Test
  void numbersAsStringsFloatsAndOutOfRange() {
    Read r = read("{\"id\": 1, \"type\": \"message\", \"text\": \"\", \"photo\": \"photos/a.jpg\","
        + " \"photo_file_size\": \"2048\", \"width\": 3000000000, \"height\": \"abc\"},\n"
        + "{\"id\": 2, \"type\": \"message\", \"text\": \"\", \"file\": \"files/b.mp4\", \"media_type\":"
        + " \"video_file\", \"file_size\": 1.9, \"duration_seconds\": \"\", \"width\": \"640\", \"height\": null},\n"
        + "{\"id\": 3, \"type\": \"message\", \"text\": \"\", \"file\": \"f\", \"file_size\":"
        + " 99999999999999999999, \"duration_seconds\": true}");
    Media photo = r.messages().get(0).media().get(0);
    assertThat(photo.fileSize()).isEqualTo(2048L);
    assertThat(photo.width()).isNull();
    assertThat(photo.height()).isNull();
    Media video = r.messages().get(1).media().get(0);
    assertThat(video.fileSize()).isEqualTo(1L);
    assertThat(video.durationSeconds()).isNull();
    assertThat(video.width()).isEqualTo(640);
    assertThat(video.height()).isNull();
    Media file = r.messages().get(2).media().get(0);
    assertThat(file.fileSize()).isNull();
    assertThat(file.durationSeconds()).isNull();
    assertThat(r.issues()).extracting(ParseIssue::message).containsExactly(
        "expected a 32-bit integer for \"width\", found 3000000000",
        "expected an integer for \"height\", found \"abc\"",
        "expected a 64-bit integer for \"file_size\", found 99999999999999999999",
        "expected a number for \"duration_seconds\", found a boolean; skipped");
    assertThat(r.issues()).allSatisfy(i -> assertThat(i.line()).isPositive());
  }

  @Test
  void decimalsAndBooleans() {
    Read r = read("{\"id\": 1, \"type\": \"message\", \"text\": \"\", \"location_information\":"
        + " {\"latitude\": \"55.75\", \"longitude\": \"east\"}},\n"
        + "{\"id\": 2, \"type\": \"message\", \"text\": \"\", \"location_information\":"
        + " {\"latitude\": 1, \"longitude\": null}},\n"
        + "{\"id\": 3, \"type\": \"message\", \"text\": \"\", \"location_information\":"
        + " {\"latitude\": [1], \"longitude\": 2.5}},\n"
        + "{\"id\": 4, \"type\": \"message\", \"text\": \"\", \"poll\": {\"question\": \"q\", \"closed\": \"no\","
        + " \"total_voters\": 3, \"answers\": [{\"text\": \"a\", \"voters\": 3, \"chosen\": null}]}}");
    assertThat(r.messages()).hasSize(4);
    assertThat(r.messages().get(0).media().get(0).latitude()).isEqualTo(55.75);
    assertThat(r.messages().get(0).media().get(0).longitude()).isNull();
    assertThat(r.messages().get(1).media().get(0).latitude()).isEqualTo(1.0);
    assertThat(r.messages().get(2).media().get(0).latitude()).isNull();
    assertThat(r.messages().get(2).media().get(0).longitude()).isEqualTo(2.5);
    assertThat(r.messages().get(3).media().get(0).poll().closed()).isNull();
    assertThat(r.issues()).extracting(ParseIssue::message).containsExactly(
        "expected a number for \"longitude\", found \"east\"",
        "expected a number for \"latitude\", found an array; skipped",
        "expected true or false for \"closed\", found a string; skipped");
  }
}
