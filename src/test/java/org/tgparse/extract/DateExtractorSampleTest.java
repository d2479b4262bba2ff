package org.tgparse.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tgparse.model.DateMention;

/**
 * Every date a careful reader sees in {@code samples/mfa-forwarded-posts.txt}, and no other: checked by reading the
 * file line by line (every four-digit number and month name in it is accounted for below).
 */
class DateExtractorSampleTest {
  private static String sample;
  private static List<String> posts;

  @BeforeAll
  static void load() throws IOException {
    sample = Files.readString(Path.of("samples", "mfa-forwarded-posts.txt"), StandardCharsets.UTF_8);
    posts = new ArrayList<>();
    int from = 0;
    int next;
    while ((next = sample.indexOf("\nForwarded from", from + 1)) >= 0) {
      posts.add(sample.substring(from, next + 1));
      from = next + 1;
    }
    posts.add(sample.substring(from));
  }

  /** {@code line:text=value}, with {@code ~} for an inferred year. */
  private static List<String> withLines(String text, LocalDate reference) {
    List<String> out = new ArrayList<>();
    for (DateMention d : DateExtractor.extract(text, reference)) {
      int line = 1;
      for (int i = 0; i < d.start(); i++) {
        if (text.charAt(i) == '\n') {
          line++;
        }
      }
      out.add(line + ":" + d.text() + "=" + d.value() + (d.endValue() == null ? "" : ".." + d.endValue())
          + (d.yearInferred() ? "~" : ""));
    }
    return out;
  }

  @Test
  void wholeFileWithoutReference() {
    assertThat(withLines(sample, null)).containsExactly(
        "2:2022=2022", // Main Foreign Policy Outcomes of 2022
        "3:2022=2022", // The year 2022 saw history-making events
        "8:January 2022=2022-01", // was adopted in January 2022.
        "16:2022=2022",
        "21:January 2022=2022-01",
        "31:March 20, 2023=2023-03-20", // 📍 Moscow, March 20, 2023
        "37:March 20, 2023=2023-03-20",
        "44:January 1, 2023=2023-01-01", // On January 1, 2023, ...
        "44:2015=2015", // ... and our country in 2015.
        "52:2022=2022", // In 2022, three of the 11 listed barriers
        "53:2022=2022", // 📈 In 2022, ... as compared to 2021:
        "53:2021=2021",
        "59:2022=2022", // In 2022, the GDP of the EAEU
        "70:2022=2022",
        "71:2022=2022",
        "71:2021=2021",
        "77:2022=2022",
        "83:December 12, 2018=2018-12-12", // On December 12, 2018, ... A/RES/73/127
        "86:March 31, 2023=2023-03-31",
        "88:April 24=2023-04-24~", // Today, on April 24: year from March 31, 2023 above
        "90:December 12, 2018=2018-12-12",
        "93:March 31, 2023=2023-03-31",
        "95:April 24=2023-04-24~",
        "99:1944=1944", // #OnThisDay in 1944, Minsk
        "104:1944=1944",
        "136:February 29, 2024=2024-02-29", // (February 29, 2024)
        "152:July 16, 2024=2024-07-16", // (New York, July 16, 2024)
        "178:November 7, 2024=2024-11-07", // (Astana, November 7, 2024)
        "180:November 27=2024-11-27~", // scheduled for November 27.
        "185:2025=2025", // for 2025 and 2026
        "185:2026=2026",
        "188:November 27=2024-11-27~",
        "193:2025=2025",
        "193:2026=2026");
  }

  @Test
  void yearLessDatesTakeThePostsReference() {
    String april = post("Today, on April 24");
    assertThat(withLines(april, LocalDate.of(2023, 4, 24))).containsExactly("3:December 12, 2018=2018-12-12",
        "6:March 31, 2023=2023-03-31", "8:April 24=2023-04-24~", "10:December 12, 2018=2018-12-12",
        "13:March 31, 2023=2023-03-31", "15:April 24=2023-04-24~");
    String november = post("scheduled for November 27");
    assertThat(withLines(november, LocalDate.of(2024, 11, 7)))
        .containsExactly("2:November 7, 2024=2024-11-07", "4:November 27=2024-11-27~", "9:2025=2025",
            "9:2026=2026", "12:November 27=2024-11-27~", "17:2025=2025", "17:2026=2026");
  }

  @Test
  void yearLessWithNothingBeforeIt() {
    String line = sample.lines().filter(l -> l.startsWith("⏰ Today, on April 24")).findFirst().orElseThrow();
    assertThat(withLines(line, null)).containsExactly("1:April 24=--04-24");
  }

  @Test
  void numbersThatAreNotDates() {
    // Each of these lines holds numbers but no date.
    for (String start : new String[] {"They put an end to 30 years", "✍️ At Russia’s initiative",
        "✅ Agricultural production", "✅ Grain production", "✅ Fixed capital investment", "✅ Mutual trade",
        "✅ The number of completed", "☝️ In addition, over 75 percent", "1. The root causes",
        "Russia and Kazakhstan have made great strides", "In the past eight years", "💬 As of now"}) {
      String line = sample.lines().filter(l -> l.startsWith(start)).findFirst().orElseThrow();
      List<DateMention> found = DateExtractor.extract(line, LocalDate.of(2023, 1, 1));
      if (start.startsWith("✍️ At Russia")) {
        // "5 Nuclear-Weapon States" is a count; "January 2022" is the only date.
        assertThat(found).extracting(DateMention::text).containsExactly("January 2022");
      } else if (start.startsWith("In the past")) {
        // "eight years" and "the 11 listed barriers" are no dates; "In 2022" is.
        assertThat(found).extracting(DateMention::text).containsExactly("2022");
      } else {
        assertThat(found).as(line).isEmpty();
      }
    }
  }

  private static String post(String containing) {
    return posts.stream().filter(p -> p.contains(containing)).findFirst().orElseThrow();
  }
}
