package org.tgparse.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tgparse.model.EmojiMarker;

class EmojiExtractorTest {

  private static List<EmojiMarker> extract(String text) {
    return EmojiExtractor.extract(text);
  }

  private static List<String> names(String text) {
    return extract(text).stream().map(EmojiMarker::name).collect(Collectors.toList());
  }

  private static EmojiMarker only(String text) {
    List<EmojiMarker> m = extract(text);
    assertThat(m).as(text).hasSize(1);
    return m.get(0);
  }

  @Test
  void emptyAndPlainTextHaveNoMarkers() {
    assertThat(extract("")).isEmpty();
    assertThat(extract("Plain ASCII text, 2023-03-20, #tag @user $USD 100%")).isEmpty();
    assertThat(extract("Москва, 20 марта — «текст» … ’quotes’ – dash")).isEmpty();
  }

  @Test
  void singleEmojiWithNameOffsetsAndLineStart() {
    EmojiMarker m = only("📍 Moscow, March 20, 2023");
    assertThat(m).isEqualTo(new EmojiMarker("📍", 0, 2, "round pushpin", true, null));
  }

  @Test
  void offsetsAreUtf16CodeUnits() {
    // "Ж" is one unit, 😀 two; the pin starts after "Ж 😀 " = 1 + 1 + 2 + 1 units.
    List<EmojiMarker> m = extract("Ж 😀 📍x");
    assertThat(m).extracting(EmojiMarker::start).containsExactly(2, 5);
    assertThat(m).extracting(EmojiMarker::end).containsExactly(4, 7);
    String text = "Ж 😀 📍x";
    for (EmojiMarker e : m) {
      assertThat(text.substring(e.start(), e.end())).isEqualTo(e.text());
    }
  }

  @Nested
  class VariationSelectors {
    @Test
    void droppedVs16StillGivesTheMarkerNamedLikeTheFullyQualifiedForm() {
      // The sample writes U+1F399 without U+FE0F.
      assertThat(only("🎙 Statement by Foreign Minister")).isEqualTo(
          new EmojiMarker("🎙", 0, 2, "studio microphone", true, null));
      assertThat(only("a 🎙 b").name()).isEqualTo("studio microphone");
      EmojiMarker withVs16 = only("a 🎙️ b");
      assertThat(withVs16.text()).isEqualTo("🎙️");
      assertThat(withVs16.end() - withVs16.start()).isEqualTo(3);
    }

    @Test
    void vs16IsPartOfTheMarker() {
      assertThat(only("✍️ Russia").text()).isEqualTo("✍️");
      assertThat(only("x ✍️ y")).isEqualTo(new EmojiMarker("✍️", 2, 4, "writing hand", false, null));
    }

    @Test
    void textDefaultBmpSymbolMidLineWithoutVs16IsText() {
      for (String s : List.of("©", "®", "™", "‼", "↔", "▶", "☺", "✍", "❤", "☝", "✉", "✔")) {
        assertThat(extract("word " + s + " word")).as(s).isEmpty();
        assertThat(extract("word" + s)).as(s).isEmpty();
      }
    }

    @Test
    void textDefaultBmpSymbolWithVs16IsAMarkerAnywhere() {
      assertThat(extract("© 2022 ©️ x")).extracting(EmojiMarker::text).containsExactly("©", "©️");
      assertThat(names("word ©️ ®️ ™️ ‼️ ↔️ ▶️ ❤️ word")).containsExactly("copyright", "registered", "trade mark",
          "double exclamation mark", "left-right arrow", "play button", "red heart");
    }

    @Test
    void textDefaultBmpSymbolAtLineStartIsAMarker() {
      assertThat(only("© 2022 Unicode")).isEqualTo(new EmojiMarker("©", 0, 1, "copyright", true, null));
      assertThat(only("text\n  ▶ Play").name()).isEqualTo("play button");
      assertThat(only("text\r\n\t‼ Note").lineStart()).isTrue();
      // Not at line start once anything but blanks precedes it, an emoji included.
      assertThat(names("🇷🇺▶ x")).containsExactly("flag: Russia");
      assertThat(names("x ▶\n▶ y")).containsExactly("play button");
    }

    @Test
    void textDefaultSymbolOutsideTheBmpCountsWithoutVs16() {
      // U+1F399 and U+1F5E8 are text-default too, but only BMP symbols are kept as text.
      assertThat(names("a 🎙 and 🗨 b")).containsExactly("studio microphone", "left speech bubble");
    }

    @Test
    void vs15AsksForTextPresentation() {
      assertThat(extract("❤︎ text")).isEmpty();
      assertThat(extract("⌚︎ watch")).isEmpty();
      assertThat(names("⌚ watch")).containsExactly("watch");
    }

    @Test
    void emojiDefaultBmpSymbolMidLineIsAMarker() {
      assertThat(names("Main ⚡ headline ✅ done ⏰ time")).containsExactly("high voltage", "check mark button",
          "alarm clock");
    }
  }

  @Nested
  class Keycaps {
    @Test
    void keycapsWithAndWithoutVs16() {
      assertThat(only("x 1️⃣ y")).isEqualTo(new EmojiMarker("1️⃣", 2, 5, "keycap: 1", false, null));
      assertThat(only("x 1⃣ y")).isEqualTo(new EmojiMarker("1⃣", 2, 4, "keycap: 1", false, null));
      assertThat(names("#️⃣ *️⃣ 0️⃣ 9⃣")).containsExactly("keycap: #", "keycap: *", "keycap: 0", "keycap: 9");
      assertThat(only("#️⃣ tags").lineStart()).isTrue();
    }

    @Test
    void bareDigitsHashAndAsteriskAreNotEmoji() {
      assertThat(extract("1 2 3 # * 42 #tag *bold* ***")).isEmpty();
      assertThat(extract("***\n* * *\n#\n1.")).isEmpty();
    }

    @Test
    void baseWithVs16ButNoKeycapIsNotEmoji() {
      assertThat(extract("1\uFE0F #\uFE0F *\uFE0F")).isEmpty();
      assertThat(extract("\uFE0F\u20E3 x \u20E3")).isEmpty();
    }

    @Test
    void keycapAfterAnotherEmoji() {
      assertThat(names("✅1️⃣2⃣")).containsExactly("check mark button", "keycap: 1", "keycap: 2");
    }
  }

  @Nested
  class Flags {
    @Test
    void twoFlagsAtLineStartOnlyTheFirstOpensTheLine() {
      String line = "🇷🇺🇺🇳 Russia is invariably committed to the policy of upholding multilateralism";
      assertThat(extract(line)).containsExactly(
          new EmojiMarker("🇷🇺", 0, 4, "flag: Russia", true, "RU"),
          new EmojiMarker("🇺🇳", 4, 8, "flag: United Nations", false, "UN"));
    }

    @Test
    void flagAtLineEnd() {
      assertThat(only("Forwarded from Russian MFA 🇷🇺")).isEqualTo(
          new EmojiMarker("🇷🇺", 27, 31, "flag: Russia", false, "RU"));
    }

    @Test
    void oddRegionalIndicatorCountGivesOneFlagAndNothing() {
      assertThat(extract("🇷🇺🇺 x")).containsExactly(new EmojiMarker("🇷🇺", 0, 4, "flag: Russia", true, "RU"));
      // Pairing runs from the start of the run: U+R pairs first and is no region (Uruguay is 🇺🇾), then a lone U;
      // the R+U inside is never read as 🇷🇺.
      assertThat(extract("🇺🇷🇺")).isEmpty();
      assertThat(extract("🇺🇳🇺🇳🇺")).extracting(EmojiMarker::regionCode).containsExactly("UN", "UN");
    }

    @Test
    void loneRegionalIndicatorIsNotEmoji() {
      assertThat(extract("🇷")).isEmpty();
      assertThat(extract("a 🇷 b 🇺")).isEmpty();
    }

    @Test
    void pairThatIsNoFlagGivesNoMarkerButKeepsThePairing() {
      // 🇦🇦 is no region; the next pair is still 🇷🇺, not 🇦🇷 (Argentina).
      assertThat(extract("🇦🇦🇷🇺")).containsExactly(new EmojiMarker("🇷🇺", 4, 8, "flag: Russia", false, "RU"));
    }

    @Test
    void tagSequenceFlags() {
      String england = "🏴󠁧󠁢󠁥󠁮󠁧󠁿";
      assertThat(only("Go " + england + "!")).isEqualTo(
          new EmojiMarker(england, 3, 3 + england.length(), "flag: England", false, "GB-ENG"));
      assertThat(only("🏴󠁧󠁢󠁳󠁣󠁴󠁿").regionCode()).isEqualTo("GB-SCT");
      assertThat(only("🏴󠁧󠁢󠁷󠁬󠁳󠁿").regionCode()).isEqualTo("GB-WLS");
    }

    @Test
    void unlistedTagSequenceIsOneBlackFlagMarkerWithItsSubdivision() {
      String texas = "🏴󠁵󠁳󠁴󠁸󠁿";
      assertThat(only(texas + " Texas")).isEqualTo(
          new EmojiMarker(texas, 0, texas.length(), "black flag", true, "US-TX"));
      // Without the cancel tag the tags are no part of it.
      String broken = "🏴\uDB40\uDC75\uDB40\uDC73\uDB40\uDC74\uDB40\uDC78 x"; // u s t x, no U+E007F
      assertThat(only(broken)).isEqualTo(new EmojiMarker("🏴", 0, 2, "black flag", true, null));
    }

    @Test
    void otherFlagsHaveNoRegionCode() {
      assertThat(only("🏳️‍🌈").regionCode()).isNull();
      assertThat(only("🏴‍☠️").name()).isEqualTo("pirate flag");
      assertThat(only("🏁").regionCode()).isNull();
    }
  }

  @Nested
  class Sequences {
    @Test
    void skinTones() {
      assertThat(only("👍🏽 ok")).isEqualTo(new EmojiMarker("👍🏽", 0, 4, "thumbs up: medium skin tone", true, null));
      assertThat(only("x ☝🏻 y").name()).isEqualTo("index pointing up: light skin tone");
    }

    @Test
    void loneSkinToneModifierIsNotEmoji() {
      assertThat(extract("🏻")).isEmpty();
      assertThat(extract("a 🏿 b 🏽")).isEmpty();
      // A modifier after a base that takes none stays apart and is no marker.
      assertThat(extract("✅🏻")).containsExactly(new EmojiMarker("✅", 0, 1, "check mark button", true, null));
    }

    @Test
    void zwjSequences() {
      assertThat(only("👨‍👩‍👧 family")).isEqualTo(
          new EmojiMarker("👨‍👩‍👧", 0, 8, "family: man, woman, girl", true, null));
      assertThat(only("x 👩🏽‍💻 y").name()).isEqualTo("woman technologist: medium skin tone");
      assertThat(only("🧑🏻‍🤝‍🧑🏿").name()).isEqualTo("people holding hands: light skin tone, dark skin tone");
      assertThat(only("❤️‍🔥").name()).isEqualTo("heart on fire");
      // ZWJ sequence with its VS16 dropped.
      assertThat(only("a ❤‍🔥 b").name()).isEqualTo("heart on fire");
    }

    @Test
    void emojiNewerThanTheBaseFile() {
      assertThat(only("🐦‍🔥").name()).isEqualTo("phoenix");
      assertThat(only("🍋‍🟩").name()).isEqualTo("lime");
      assertThat(only("🫩").name()).isEqualTo("face with bags under eyes");
      assertThat(only("🇨🇶").regionCode()).isEqualTo("CQ");
    }

    @Test
    void unlistedZwjSequenceGivesItsListedParts() {
      // 👨‍👨‍👨 is not RGI: platforms show its parts, so does the extractor; the joiners belong to none.
      List<EmojiMarker> m = extract("👨‍👨‍👨");
      assertThat(m).extracting(EmojiMarker::name).containsExactly("man", "man", "man");
      assertThat(m).extracting(EmojiMarker::start).containsExactly(0, 3, 6);
      // A dangling joiner is not part of the marker.
      assertThat(only("🔥\u200D x")).isEqualTo(new EmojiMarker("🔥", 0, 2, "fire", true, null));
    }

    @Test
    void adjacentEmojiAreSeparateMarkers() {
      assertThat(names("🇷🇺🤝🇦🇲")).containsExactly("flag: Russia", "handshake", "flag: Armenia");
      assertThat(extract("⚡️Main Outcomes⚡️")).extracting(EmojiMarker::lineStart).containsExactly(true, false);
    }
  }

  @Nested
  class NotEmoji {
    @ParameterizedTest
    @ValueSource(strings = {"•", "• Developing the technological potential;", "***", "→", "★", "☆", "✓",
        "–", "—", "«»", "№", "°", "½", "€",
        "\u200D", "\uFE0F", "\u20E3", "\uDB40\uDC67", "\uD83D", "\uDE00", "𝐀", "中文", "🂡"})
    void isNoMarker(String text) {
      assertThat(extract(text)).isEmpty();
      assertThat(extract("a " + text + " b")).isEmpty();
    }
  }

  @Nested
  class LineStart {
    @Test
    void onlyBlanksBeforeOnTheLine() {
      assertThat(extract("  \t📍 x")).extracting(EmojiMarker::lineStart).containsExactly(true);
      assertThat(extract("\u00A0\u2003📍 x")).extracting(EmojiMarker::lineStart).containsExactly(true);
      assertThat(extract("\uFEFF📍 x")).extracting(EmojiMarker::lineStart).containsExactly(true);
      assertThat(extract("a\n📍\r💬\u2028👉")).extracting(EmojiMarker::lineStart)
          .containsExactly(true, true, true);
      assertThat(extract("x 📍 💬")).extracting(EmojiMarker::lineStart).containsExactly(false, false);
      assertThat(extract(". 📍")).extracting(EmojiMarker::lineStart).containsExactly(false);
    }
  }

  @Test
  void resultIsUnmodifiable() {
    List<EmojiMarker> m = extract("📍");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> m.add(m.get(0)))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Nested
  class Sample {
    @Test
    void everyMarkerOfTheSample() throws IOException {
      String text = Files.readString(Path.of("samples/mfa-forwarded-posts.txt"), StandardCharsets.UTF_8);
      List<EmojiMarker> m = extract(text);
      for (EmojiMarker e : m) {
        assertThat(text.substring(e.start(), e.end())).isEqualTo(e.text());
      }
      // Counted by eye from the sample: 23 flags, 71 other emoji, all as line markers except where noted.
      java.util.Map<String, Long> counts = m.stream().collect(Collectors.groupingBy(EmojiMarker::name,
          java.util.TreeMap::new, Collectors.counting()));
      assertThat(counts).hasToString("{alarm clock=2, backhand index pointing right=6, chart increasing=4, "
          + "check mark button=18, envelope=2, flag: Armenia=1, flag: Belarus=1, flag: Kazakhstan=2, "
          + "flag: Russia=17, flag: United Nations=2, globe with meridians=1, handshake=5, high voltage=3, "
          + "index pointing up=2, page facing up=3, red exclamation mark=4, round pushpin=2, speech balloon=8, "
          + "studio microphone=2, writing hand=9}");
      // Not line markers: the flag after "Forwarded from Russian MFA " (9 times), the closing ⚡️ of the
      // headline, and the second emoji of 🇷🇺🇦🇲, 🇷🇺🤝, 🇷🇺🇺🇳 (twice), 🇷🇺🇧🇾, 🇷🇺🇰🇿 (twice).
      assertThat(m.stream().filter(e -> !e.lineStart()).count()).isEqualTo(18);
      assertThat(m).filteredOn(e -> e.text().equals("🎙")).hasSize(2).allMatch(EmojiMarker::lineStart);
      assertThat(m).filteredOn(e -> e.regionCode() != null).hasSize(23);
    }
  }

  @Test
  void pathologicalInputsStayLinear() {
    // Each would take hours if a lookup were not bounded by the longest listed sequence.
    StringBuilder zwj = new StringBuilder();
    while (zwj.length() < 1_000_000) {
      zwj.append("👨\u200D");
    }
    assertThat(extract(zwj.toString())).hasSize(zwj.length() / 3).allMatch(e -> e.name().equals("man"));

    StringBuilder ri = new StringBuilder();
    while (ri.length() < 1_000_000) {
      ri.append("🇷");
    }
    assertThat(extract(ri.toString())).isEmpty();
    assertThat(extract("🇺" + ri)).isEmpty();

    String flags = "🇷🇺".repeat(250_000);
    assertThat(extract(flags)).hasSize(250_000);

    String family = "👨‍👩‍👧‍".repeat(90_000);
    assertThat(extract(family)).hasSize(90_000).allMatch(e -> e.name().equals("family: man, woman, girl"));

    String tags = "🏴" + "\uDB40\uDC67".repeat(500_000);
    assertThat(extract(tags)).containsExactly(new EmojiMarker("🏴", 0, 2, "black flag", true, null));

    String blanks = " ".repeat(1_000_000) + "📍";
    assertThat(extract(blanks)).extracting(EmojiMarker::lineStart).containsExactly(true);

    String keycapBases = "1️".repeat(500_000);
    assertThat(extract(keycapBases)).isEmpty();
  }
}
