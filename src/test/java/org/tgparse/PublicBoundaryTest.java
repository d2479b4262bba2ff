package org.tgparse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tgparse.json.JsonLinesWriter;
import org.tgparse.json.MessageJson;
import org.tgparse.model.Message;
import org.tgparse.read.Format;
import org.tgparse.read.ReadOptions;

/**
 * The public boundary: a null argument is named in a {@link NullPointerException} (the JDK convention), and a
 * closed reader says so in every format instead of passing for the end of its input.
 */
class PublicBoundaryTest {
  private static final ReadOptions O = ReadOptions.defaults();

  static Stream<Arguments> nullArguments() {
    Message m = Tgparse.readString("x", O.withFormat(Format.PLAIN)).read();
    return Stream.of(
        Arguments.of("extract(null)", "text", (ThrowingCallable) () -> Tgparse.extractor().extract(null)),
        Arguments.of("extract(null, date)", "text",
            (ThrowingCallable) () -> Tgparse.extractor().extract(null, null)),
        Arguments.of("enrich(null)", "message", (ThrowingCallable) () -> Tgparse.extractor().enrich(null)),
        Arguments.of("read(null path)", "path", (ThrowingCallable) () -> Tgparse.read((Path) null)),
        Arguments.of("read(path, null)", "options", (ThrowingCallable) () -> Tgparse.read(Path.of("x"), null)),
        Arguments.of("read(null stream)", "in",
            (ThrowingCallable) () -> Tgparse.read((java.io.InputStream) null, "n", O)),
        Arguments.of("read(stream, null name)", "name",
            (ThrowingCallable) () -> Tgparse.read(new ByteArrayInputStream(new byte[0]), null, O)),
        Arguments.of("read(reader, name, null)", "options",
            (ThrowingCallable) () -> Tgparse.read(new StringReader(""), "n", null)),
        Arguments.of("readString(null)", "text", (ThrowingCallable) () -> Tgparse.readString(null, O)),
        Arguments.of("detect(null)", "path", (ThrowingCallable) () -> Tgparse.detect(null)),
        Arguments.of("readAll(null)", "paths", (ThrowingCallable) () -> Tgparse.readAll(null, O, 1)),
        Arguments.of("jsonLines(null)", "out", (ThrowingCallable) () -> JsonLinesWriter.jsonLines(null)),
        Arguments.of("write(null)", "m", (ThrowingCallable) () -> JsonLinesWriter.jsonLines(
            new ByteArrayOutputStream()).write(null)),
        Arguments.of("toJson(null)", "message", (ThrowingCallable) () -> MessageJson.toJson(null)),
        Arguments.of("write(g, null)", "m", (ThrowingCallable) () -> MessageJson.write(
            MessageJson.factory().createGenerator(new ByteArrayOutputStream()), null)),
        Arguments.of("write(null, m)", "g", (ThrowingCallable) () -> MessageJson.write(null, m)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("nullArguments")
  void nullArgumentIsNamed(String call, String parameter, ThrowingCallable code) {
    assertThatThrownBy(code).isExactlyInstanceOf(NullPointerException.class).hasMessage(parameter);
  }

  private static final String TEXT = "Forwarded from A\nH1\nForwarded from B\nH2\n";
  private static final String JSON = "{\"name\":\"C\",\"messages\":[{\"id\":1,\"type\":\"message\",\"text\":\"a\"},"
      + "{\"id\":2,\"type\":\"message\",\"text\":\"b\"}]}";
  private static final String DESKTOP_HTML = "<!DOCTYPE html><html><head><title>Exported Data</title></head><body>"
      + "<div class=\"page_wrap\"><div class=\"history\">"
      + "<div class=\"message default clearfix\" id=\"message1\"><div class=\"body\">"
      + "<div class=\"text\">one</div></div></div>"
      + "<div class=\"message default clearfix\" id=\"message2\"><div class=\"body\">"
      + "<div class=\"text\">two</div></div></div></div></div></body></html>";
  private static final String TME = "<html><body><div class=\"tgme_widget_message_wrap\">"
      + "<div class=\"tgme_widget_message\" data-post=\"c/1\"><div class=\"tgme_widget_message_text\">one</div>"
      + "</div></div><div class=\"tgme_widget_message_wrap\"><div class=\"tgme_widget_message\" data-post=\"c/2\">"
      + "<div class=\"tgme_widget_message_text\">two</div></div></div></body></html>";

  static Stream<Arguments> formats() {
    return Stream.of(Arguments.of(Format.TEXT, TEXT), Arguments.of(Format.PLAIN, TEXT),
        Arguments.of(Format.DESKTOP_JSON, JSON), Arguments.of(Format.DESKTOP_HTML, DESKTOP_HTML),
        Arguments.of(Format.TME_HTML, TME));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("formats")
  void readAfterCloseThrowsInEveryFormat(Format format, String input) {
    for (boolean midway : List.of(false, true)) {
      MessageReader r = Tgparse.read(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), "in",
          O.withFormat(format));
      if (midway) {
        assertThat(r.read()).isNotNull();
      }
      r.close();
      assertThatThrownBy(r::read).isInstanceOf(IllegalStateException.class)
          .hasMessage("expected an open reader, found one already closed: in");
    }
  }
}
