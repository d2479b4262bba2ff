package org.tgparse.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.tgparse.model.EmojiMarker;

/**
 * Every line of the vendored {@code emoji-test.txt} (and the 15.1-17.0 supplement) as one dynamic test: the
 * sequence alone and inside a line of text is read as exactly one marker covering it, with the listed name.
 */
class EmojiConformanceTest {

  /** One data line of emoji-test.txt. */
  record Row(String file, int line, String status, int[] codePoints, String name) {
    String text() {
      return new String(codePoints, 0, codePoints.length);
    }

    String label() {
      StringBuilder cps = new StringBuilder();
      for (int cp : codePoints) {
        cps.append(cps.length() == 0 ? "" : " ").append(String.format(Locale.ROOT, "%04X", cp));
      }
      return file + ":" + line + " " + status + " " + cps + " " + name;
    }

    boolean singleTextDefaultBmpWithoutVs16() {
      return codePoints.length == 1 && codePoints[0] <= 0xFFFF && !status.equals("fully-qualified")
          && !status.equals("component");
    }

    boolean flag() {
      return name.startsWith("flag: ");
    }
  }

  static List<Row> rows(String file) throws IOException {
    List<Row> rows = new ArrayList<>();
    try (InputStream in = EmojiTable.class.getResourceAsStream("emoji/" + file)) {
      assertThat(in).as(file).isNotNull();
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      int lineNo = 0;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        lineNo++;
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        int semi = line.indexOf(';');
        int hash = line.indexOf('#');
        String status = line.substring(semi + 1, hash).trim();
        String[] hex = line.substring(0, semi).trim().split(" +");
        int[] cps = new int[hex.length];
        for (int i = 0; i < hex.length; i++) {
          cps[i] = Integer.parseInt(hex[i], 16);
        }
        // "# 😀 E1.0 grinning face": the name follows the version.
        String comment = line.substring(hash + 1).trim();
        String afterEmoji = comment.substring(comment.indexOf(" E") + 2);
        String name = afterEmoji.substring(afterEmoji.indexOf(' ') + 1);
        rows.add(new Row(file, lineNo, status, cps, name));
      }
    }
    return rows;
  }

  static Stream<Row> allRows() throws IOException {
    return Stream.concat(rows("emoji-test.txt").stream(), rows("emoji-test-supplement.txt").stream());
  }

  @Test
  void filesHaveTheExpectedCounts() throws IOException {
    // emoji-test.txt 15.0 closes with its own status counts; the supplement adds Emoji 15.1-17.0.
    List<Row> base = rows("emoji-test.txt");
    assertThat(base.stream().filter(r -> r.status().equals("fully-qualified")).count()).isEqualTo(3655);
    assertThat(base.stream().filter(r -> r.status().equals("minimally-qualified")).count()).isEqualTo(827);
    assertThat(base.stream().filter(r -> r.status().equals("unqualified")).count()).isEqualTo(242);
    assertThat(base.stream().filter(r -> r.status().equals("component")).count()).isEqualTo(9);
    assertThat(rows("emoji-test-supplement.txt")).hasSize(289).allMatch(r -> r.status().equals("fully-qualified"));
  }

  @TestFactory
  Stream<DynamicTest> fullyQualifiedAloneAndInText() throws IOException {
    return allRows().filter(r -> r.status().equals("fully-qualified"))
        .map(r -> DynamicTest.dynamicTest(r.label(), () -> {
          String seq = r.text();
          assertOne(EmojiExtractor.extract(seq), seq, 0, r.name(), true, r);
          assertOne(EmojiExtractor.extract("a " + seq + " b"), seq, 2, r.name(), false, r);
          assertOne(EmojiExtractor.extract("a" + seq + "b"), seq, 1, r.name(), false, r);
        }));
  }

  @TestFactory
  Stream<DynamicTest> minimallyQualifiedAndUnqualifiedTakeTheFullyQualifiedName() throws IOException {
    return allRows().filter(r -> r.status().equals("minimally-qualified") || r.status().equals("unqualified"))
        .map(r -> DynamicTest.dynamicTest(r.label(), () -> {
          String seq = r.text();
          // At the start of a line every form is a marker.
          assertOne(EmojiExtractor.extract(seq), seq, 0, r.name(), true, r);
          assertOne(EmojiExtractor.extract("x\n  " + seq + " b"), seq, 4, r.name(), true, r);
          List<EmojiMarker> mid = EmojiExtractor.extract("a " + seq + " b");
          if (r.singleTextDefaultBmpWithoutVs16()) {
            // A text-default BMP symbol without VS16 in the middle of a line is text.
            assertThat(mid).as(r.label()).isEmpty();
          } else {
            assertOne(mid, seq, 2, r.name(), false, r);
          }
        }));
  }

  @TestFactory
  Stream<DynamicTest> components() throws IOException {
    return allRows().filter(r -> r.status().equals("component"))
        .map(r -> DynamicTest.dynamicTest(r.label(), () -> {
          String seq = r.text();
          if (EmojiTable.isSkinTone(r.codePoints()[0])) {
            // A lone skin-tone modifier is never a marker.
            assertThat(EmojiExtractor.extract(seq)).as(r.label()).isEmpty();
            assertThat(EmojiExtractor.extract("a " + seq + " b")).as(r.label()).isEmpty();
          } else {
            // Hair components show as swatches on their own.
            assertOne(EmojiExtractor.extract("a " + seq + " b"), seq, 2, r.name(), false, r);
          }
        }));
  }

  private static void assertOne(List<EmojiMarker> markers, String seq, int start, String name, boolean lineStart,
      Row r) {
    assertThat(markers).as(r.label()).hasSize(1);
    EmojiMarker m = markers.get(0);
    assertThat(m.text()).as(r.label()).isEqualTo(seq);
    assertThat(m.start()).as(r.label()).isEqualTo(start);
    assertThat(m.end()).as(r.label()).isEqualTo(start + seq.length());
    assertThat(m.name()).as(r.label()).isEqualTo(name);
    assertThat(m.lineStart()).as(r.label()).isEqualTo(lineStart);
    if (r.flag()) {
      assertThat(m.regionCode()).as(r.label()).matches("[A-Z]{2}(-[A-Z0-9]{1,3})?");
    } else {
      assertThat(m.regionCode()).as(r.label()).isNull();
    }
  }
}
