package org.tgparse.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tgparse.MessageReader;
import org.tgparse.Tgparse;
import org.tgparse.model.Message;
import org.tgparse.read.Format;
import org.tgparse.read.Limits;
import org.tgparse.read.ParseIssue;
import org.tgparse.read.ReadOptions;

/**
 * Issue 14, item 15: {@code --max-text-length 1} on two emoji warned "cut to 1" and printed an empty text, and a
 * body repeated three times kept two copies with a "copy cut short" warning. The limit is in UTF-16 code units;
 * the cut keeps whole code points; the warning gives the real length and the length kept.
 */
class CutOnCodePointsTest {
  private static List<String> read(Format f, String input, int max, List<Message> out) {
    ReadOptions o = ReadOptions.defaults().withFormat(f).withExtractEntities(false)
        .withLimits(Limits.DEFAULTS.withMaxTextLength(max));
    try (MessageReader r = Tgparse.read(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), "in",
        o)) {
      r.forEach(out::add);
      return r.issues().stream().map(ParseIssue::message).toList();
    }
  }

  @ParameterizedTest
  @EnumSource(value = Format.class, names = {"TEXT", "PLAIN", "DESKTOP_JSON"})
  void emojiAreNotSplitAndTheWarningSaysWhatWasKept(Format f) {
    String input = f == Format.DESKTOP_JSON
        ? "{\"name\":\"C\",\"messages\":[{\"id\":1,\"type\":\"message\",\"text\":\"\uD83D\uDE00\uD83D\uDE00\"}]}"
        : "\uD83D\uDE00\uD83D\uDE00";
    List<Message> one = new java.util.ArrayList<>();
    assertThat(read(f, input, 1, one)).containsExactly("message text of 4 UTF-16 code units was cut to 0, not 1,"
        + " to keep whole characters (limit maxTextLength, option --max-text-length)");
    assertThat(one.get(0).text()).isEmpty();
    List<Message> three = new java.util.ArrayList<>();
    assertThat(read(f, input, 3, three)).containsExactly("message text of 4 UTF-16 code units was cut to 2, not 3,"
        + " to keep whole characters (limit maxTextLength, option --max-text-length)");
    assertThat(three.get(0).text()).isEqualTo("\uD83D\uDE00");
  }

  @org.junit.jupiter.api.Test
  void bodyRepeatedThreeTimesKeepsOneCopyAndSaysSo() {
    List<Message> out = new java.util.ArrayList<>();
    List<String> issues = read(Format.TEXT, "Forwarded from C\nHead\nline a\nline b\nline a\nline b\nline a\n"
        + "line b\nForwarded from D\nNext\n", 1000, out);
    assertThat(out.get(0).text()).isEqualTo("Head\nline a\nline b");
    assertThat(issues).containsExactly("the body is repeated 3 times (2 lines each): kept one copy");
  }
}
