package org.tgparse.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.tgparse.model.DateMention;

/**
 * Chrono's test vectors (MIT, see {@code conformance/chrono_NOTICE.md}), one dynamic test per row. Rows listed in
 * {@code conformance/chrono_skipped.tsv} are ones tgparse reads differently on purpose; they assert tgparse's own
 * reading instead and say so in their name.
 */
class DateExtractorConformanceTest {
  private static final String DIR = "/conformance/";

  @TestFactory
  Stream<DynamicNode> english() throws IOException {
    return rows("en", "chrono_en_dates.tsv");
  }

  @TestFactory
  Stream<DynamicNode> russian() throws IOException {
    return rows("ru", "chrono_ru_dates.tsv");
  }

  @Test
  void everyDeviationNamesAnExistingRow() throws IOException {
    Set<String> keys = new HashSet<>();
    for (String[] file : new String[][] {{"en", "chrono_en_dates.tsv"}, {"ru", "chrono_ru_dates.tsv"}}) {
      for (Map<String, String> row : read(file[1])) {
        keys.add(key(file[0], row.get("input"), row.get("expected_start")));
      }
    }
    Map<String, String[]> skipped = skipped();
    assertThat(skipped).isNotEmpty();
    assertThat(keys).containsAll(skipped.keySet());
    for (String[] entry : skipped.values()) {
      assertThat(entry[0]).as("reason").isNotBlank();
      assertThat(entry[1]).as("ours").isNotBlank();
    }
  }

  private Stream<DynamicNode> rows(String lang, String file) throws IOException {
    Map<String, String[]> skipped = skipped();
    List<Map<String, String>> rows = read(file);
    List<DynamicNode> tests = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      Map<String, String> row = rows.get(i);
      String input = row.get("input");
      LocalDate ref = reference(row.get("ref"));
      String[] deviation = skipped.get(key(lang, input, row.get("expected_start")));
      String where = file + " row " + (i + 1) + ": ";
      if (deviation != null) {
        tests.add(DynamicTest.dynamicTest(where + "[deviates: " + deviation[0] + "] " + input,
            () -> assertOurs(input, ref, deviation[1])));
      } else {
        tests.add(DynamicTest.dynamicTest(where + input, () -> assertChrono(row, input, ref)));
      }
    }
    return tests.stream();
  }

  private static void assertChrono(Map<String, String> row, String input, LocalDate ref) {
    List<DateMention> found = DateExtractor.extract(input, ref);
    String index = row.get("index");
    if ("-1".equals(index)) {
      assertThat(found).as("no date expected in %s", input).isEmpty();
      return;
    }
    assertThat(found).as("dates in %s", input).hasSize(1);
    DateMention date = found.get(0);
    if (!row.get("matched_text").isEmpty()) {
      assertThat(date.text()).isEqualTo(row.get("matched_text"));
    }
    if (!index.isEmpty()) {
      assertThat(date.start()).isEqualTo(Integer.parseInt(index));
    }
    assertThat(date.text()).isEqualTo(input.substring(date.start(), date.end()));
    assertThat(date.value()).isEqualTo(row.get("expected_start"));
    String end = row.get("expected_end");
    assertThat(date.endValue()).isEqualTo(end.isEmpty() ? null : end);
  }

  /** @param ours {@code -} for no date, else {@code text=value} or {@code text=value..endValue} */
  private static void assertOurs(String input, LocalDate ref, String ours) {
    List<DateMention> found = DateExtractor.extract(input, ref);
    if (ours.equals("-")) {
      assertThat(found).as("no date in %s", input).isEmpty();
      return;
    }
    int eq = ours.lastIndexOf('=');
    String text = ours.substring(0, eq);
    String[] values = ours.substring(eq + 1).split("\\.\\.");
    assertThat(found).as("dates in %s", input).hasSize(1);
    DateMention date = found.get(0);
    assertThat(date.text()).isEqualTo(text);
    assertThat(date.value()).isEqualTo(values[0]);
    assertThat(date.endValue()).isEqualTo(values.length > 1 ? values[1] : null);
  }

  private static LocalDate reference(String ref) {
    return ref.equals("(now)") ? null : LocalDate.parse(ref.substring(0, 10));
  }

  private static String key(String lang, String input, String expectedStart) {
    return lang + "\t" + input + "\t" + expectedStart;
  }

  /** @return deviation key to {reason, ours} */
  private static Map<String, String[]> skipped() throws IOException {
    Map<String, String[]> out = new HashMap<>();
    for (Map<String, String> row : read("chrono_skipped.tsv")) {
      out.put(key(row.get("file"), row.get("input"), row.get("expected_start")),
          new String[] {row.get("reason"), row.get("ours")});
    }
    return out;
  }

  /** Reads a TSV: a comment line, a header line, then rows; cells are taken verbatim (never trimmed). */
  private static List<Map<String, String>> read(String name) throws IOException {
    String text;
    try (InputStream in = DateExtractorConformanceTest.class.getResourceAsStream(DIR + name)) {
      assertThat(in).as(name).isNotNull();
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String[] lines = text.split("\n", -1);
    assertThat(lines[0]).startsWith("#");
    String[] header = lines[1].split("\t", -1);
    List<Map<String, String>> rows = new ArrayList<>();
    for (int i = 2; i < lines.length; i++) {
      if (lines[i].isEmpty()) {
        continue;
      }
      String[] cells = Arrays.copyOf(lines[i].split("\t", -1), header.length);
      Map<String, String> row = new HashMap<>();
      for (int c = 0; c < header.length; c++) {
        row.put(header[c], cells[c] == null ? "" : cells[c]);
      }
      rows.add(row);
    }
    return rows;
  }
}
