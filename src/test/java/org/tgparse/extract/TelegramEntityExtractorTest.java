package org.tgparse.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tgparse.model.Cashtag;
import org.tgparse.model.Entity;
import org.tgparse.model.Hashtag;
import org.tgparse.model.Mention;

/** One test per TDLib rule, each with the cases it lets through and the cases it stops. */
class TelegramEntityExtractorTest {

  private static List<String> hashtags(String text) {
    return texts(TelegramEntityExtractor.hashtags(text));
  }

  private static List<String> cashtags(String text) {
    return texts(TelegramEntityExtractor.cashtags(text));
  }

  private static List<String> mentions(String text) {
    return texts(TelegramEntityExtractor.mentions(text));
  }

  private static List<String> texts(List<? extends Entity> entities) {
    return entities.stream().map(Entity::text).collect(Collectors.toList());
  }

  @Nested
  class Hashtags {
    @Test
    void recordHasOffsetsTagAndNoUsername() {
      String text = "Talks within the #CSTO.";
      Hashtag h = TelegramEntityExtractor.hashtags(text).get(0);
      assertThat(h.text()).isEqualTo("#CSTO");
      assertThat(h.start()).isEqualTo(17);
      assertThat(h.end()).isEqualTo(22);
      assertThat(text.substring(h.start(), h.end())).isEqualTo("#CSTO");
      assertThat(h.tag()).isEqualTo("CSTO");
      assertThat(h.username()).isNull();
    }

    @Test
    void offsetsAreUtf16Units() {
      // U+1F604 is two UTF-16 units.
      Hashtag h = TelegramEntityExtractor.hashtags("\uD83D\uDE04 #a").get(0);
      assertThat(h.start()).isEqualTo(3);
      assertThat(h.end()).isEqualTo(5);
    }

    @Test
    void onlyAsciiHashSignStartsATag() {
      assertThat(hashtags("#tag")).containsExactly("#tag");
      assertThat(hashtags("\uFF03tag")).isEmpty(); // FULLWIDTH NUMBER SIGN
      assertThat(hashtags("\uFE5Ftag")).isEmpty(); // SMALL NUMBER SIGN
    }

    @Test
    void signAfterAHashtagLetterIsNoTag() {
      assertThat(hashtags("a#b")).isEmpty();
      assertThat(hashtags("я#b")).isEmpty();
      assertThat(hashtags("1#b")).isEmpty();
      assertThat(hashtags("_#b")).isEmpty();
      assertThat(hashtags("\u00B7#b")).isEmpty();
      // Punctuation, spaces, symbols and emoji before the sign are fine.
      assertThat(hashtags("(#GCC)")).containsExactly("#GCC");
      assertThat(hashtags("-#b ,#c /#d \uD83C\uDDF7\uD83C\uDDFA#e")).containsExactly("#b", "#c", "#d", "#e");
    }

    @Test
    void hashtagLettersAreLettersDigitsUnderscoreZwnjMiddleDotAndSinhala() {
      assertThat(hashtags("#Eurasia4You")).containsExactly("#Eurasia4You");
      assertThat(hashtags("#Росія_2023")).containsExactly("#Росія_2023");
      assertThat(hashtags("#te·st")).containsExactly("#te·st");
      // ZWNJ inside a Persian word
      assertThat(hashtags("#\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645 ")).containsExactly(
          "#\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645");
      // Sinhala vowel signs are marks, but the whole block counts
      assertThat(hashtags("#\u0DC1\u0DCA\u200D\u0DBB\u0DD3")).containsExactly("#\u0DC1\u0DCA");
      // CJK letters outside the BMP
      assertThat(hashtags("#\uD840\uDC00\uD840\uDC01")).containsExactly("#\uD840\uDC00\uD840\uDC01");
    }

    @Test
    void otherCharactersEndTheTag() {
      assertThat(hashtags("#a\u2122")).containsExactly("#a"); // trade mark sign, So
      assertThat(hashtags("#a-b")).containsExactly("#a");
      assertThat(hashtags("#a.b")).containsExactly("#a");
      assertThat(hashtags("#EAEU, #SCO & #BRICS")).containsExactly("#EAEU", "#SCO", "#BRICS");
      // A combining mark outside the Sinhala block is no hashtag letter: decomposed "é" cuts the tag.
      assertThat(hashtags("#cafe\u0301")).containsExactly("#cafe");
      // Numbers that are not decimal digits (superscripts, Roman numerals) are no hashtag letters.
      assertThat(hashtags("#a\u00B2")).containsExactly("#a");
      assertThat(hashtags("#a\u2163")).containsExactly("#a");
    }

    @Test
    void atLeastOneLetter() {
      assertThat(hashtags("#123")).isEmpty();
      assertThat(hashtags("#_")).isEmpty();
      assertThat(hashtags("#1_2")).isEmpty();
      assertThat(hashtags("#123a")).containsExactly("#123a");
      assertThat(hashtags("#_a")).containsExactly("#_a");
      assertThat(hashtags("#2023год")).containsExactly("#2023год");
    }

    @Test
    void emptyTagIsNoTag() {
      assertThat(hashtags("#")).isEmpty();
      assertThat(hashtags("# tag")).isEmpty();
      assertThat(hashtags("###")).isEmpty();
    }

    @Test
    void longRunIsCutAt256CodePointsNotDropped() {
      String run = "a".repeat(300);
      List<Hashtag> found = TelegramEntityExtractor.hashtags("#" + run + " next");
      assertThat(found).hasSize(1);
      assertThat(found.get(0).text()).isEqualTo("#" + "a".repeat(256));
      assertThat(found.get(0).tag()).hasSize(256);
      assertThat(found.get(0).end()).isEqualTo(257);
      assertThat(hashtags("#" + "a".repeat(256))).containsExactly("#" + "a".repeat(256));
      assertThat(hashtags("#" + "a".repeat(255))).containsExactly("#" + "a".repeat(255));
    }

    @Test
    void cutCountsCodePointsNotUtf16Units() {
      String letter = "\uD840\uDC00"; // U+20000, a CJK letter of two UTF-16 units
      Hashtag h = TelegramEntityExtractor.hashtags("#" + letter.repeat(300)).get(0);
      assertThat(h.tag()).isEqualTo(letter.repeat(256));
      assertThat(h.end()).isEqualTo(1 + 512);
    }

    @Test
    void letterBeyondTheCutDoesNotCount() {
      assertThat(hashtags("#" + "1".repeat(256) + "a")).isEmpty();
      assertThat(hashtags("#" + "1".repeat(255) + "a")).containsExactly("#" + "1".repeat(255) + "a");
    }

    @Test
    void tagDirectlyFollowedByHashIsNoTag() {
      assertThat(hashtags("#tag#")).isEmpty();
      assertThat(hashtags("#tag#other")).isEmpty();
      assertThat(hashtags("#a#b #c #d")).containsExactly("#c", "#d");
      // The rule looks past the cut: a run of 300 letters then '#' is no tag at all.
      assertThat(hashtags("#" + "a".repeat(300) + "#")).isEmpty();
      // A space in between is enough.
      assertThat(hashtags("#tag #")).containsExactly("#tag");
    }

    @Test
    void usernameSuffixIsPartOfTheTag() {
      Hashtag h = TelegramEntityExtractor.hashtags("see #news@mfa_russia today").get(0);
      assertThat(h.text()).isEqualTo("#news@mfa_russia");
      assertThat(h.tag()).isEqualTo("news");
      assertThat(h.username()).isEqualTo("mfa_russia");
      assertThat(h.end()).isEqualTo(4 + "#news@mfa_russia".length());
    }

    @Test
    void usernameSuffixNeedsThreeCharactersAndIsCutAt32() {
      assertThat(hashtags("#test@")).containsExactly("#test");
      assertThat(hashtags("#test@ab")).containsExactly("#test");
      assertThat(hashtags("#test@a-c")).containsExactly("#test");
      assertThat(hashtags("#test@абв")).containsExactly("#test");
      assertThat(TelegramEntityExtractor.hashtags("#test@ab").get(0).username()).isNull();
      assertThat(hashtags("#test@abc")).containsExactly("#test@abc");
      Hashtag longName = TelegramEntityExtractor.hashtags("#test@" + "x".repeat(40)).get(0);
      assertThat(longName.username()).isEqualTo("x".repeat(32));
    }

    @Test
    void cutTagTakesNoUsername() {
      Hashtag h = TelegramEntityExtractor.hashtags("#" + "a".repeat(300) + "@abc").get(0);
      assertThat(h.username()).isNull();
      assertThat(h.tag()).hasSize(256);
    }

    @Test
    void noHashNoWork() {
      assertThat(TelegramEntityExtractor.hashtags("")).isEmpty();
      assertThat(TelegramEntityExtractor.hashtags("plain text without tags")).isEmpty();
    }
  }

  @Nested
  class Cashtags {
    @Test
    void recordHasSymbolAndOffsets() {
      Cashtag c = TelegramEntityExtractor.cashtags("Buy $USD now").get(0);
      assertThat(c.text()).isEqualTo("$USD");
      assertThat(c.symbol()).isEqualTo("USD");
      assertThat(c.start()).isEqualTo(4);
      assertThat(c.end()).isEqualTo(8);
      assertThat(c.username()).isNull();
    }

    @Test
    void oneToEightAsciiCapitals() {
      assertThat(cashtags("$A")).containsExactly("$A");
      assertThat(cashtags("$ABCDEFGH")).containsExactly("$ABCDEFGH");
      assertThat(cashtags("$ABCDEFGHI")).isEmpty();
      assertThat(cashtags("$usd")).isEmpty();
      assertThat(cashtags("$Usd")).isEmpty();
      assertThat(cashtags("$АВС")).isEmpty(); // Cyrillic capitals
      assertThat(cashtags("$")).isEmpty();
    }

    @Test
    void digitsSpoilIt() {
      assertThat(cashtags("about $5 billion")).isEmpty();
      assertThat(cashtags("$ABC1")).isEmpty();
      assertThat(cashtags("$1ABC")).isEmpty();
    }

    @Test
    void oneInchIsTheException() {
      assertThat(cashtags("$1INCH")).containsExactly("$1INCH");
      assertThat(cashtags("...$1INCH...")).containsExactly("$1INCH");
      assertThat(cashtags("$1INC")).isEmpty();
      assertThat(cashtags("$1INCHA")).isEmpty();
      assertThat(cashtags("$1inch")).isEmpty();
    }

    @Test
    void notAfterAHashtagLetterOrDollar() {
      assertThat(cashtags("a$ABC")).isEmpty();
      assertThat(cashtags("1$ABC")).isEmpty();
      assertThat(cashtags("$$ABC")).isEmpty();
      assertThat(cashtags("($ABC)")).containsExactly("$ABC");
      assertThat(cashtags("\u2122$ABC")).containsExactly("$ABC");
    }

    @Test
    void notFollowedByAHashtagLetterOrDollar() {
      assertThat(cashtags("$ABC$")).isEmpty();
      assertThat(cashtags("$ABCя")).isEmpty();
      assertThat(cashtags("$ABC\u0D81")).isEmpty(); // Sinhala sign
      assertThat(cashtags("$ABC,")).containsExactly("$ABC");
      assertThat(cashtags("$ABC$DEF $GHI $KLM")).containsExactly("$GHI", "$KLM");
    }

    @Test
    void usernameSuffix() {
      Cashtag c = TelegramEntityExtractor.cashtags("$BTC@exchange_bot rises").get(0);
      assertThat(c.text()).isEqualTo("$BTC@exchange_bot");
      assertThat(c.symbol()).isEqualTo("BTC");
      assertThat(c.username()).isEqualTo("exchange_bot");
      assertThat(cashtags("$TEST@ab")).containsExactly("$TEST");
      assertThat(cashtags("$TEST@a-c")).containsExactly("$TEST");
      // A name over 32 characters is not cut: the cashtag stands without it.
      assertThat(cashtags("$TEST@" + "x".repeat(33))).containsExactly("$TEST");
      assertThat(cashtags("$TEST@" + "x".repeat(32))).containsExactly("$TEST@" + "x".repeat(32));
    }

    @Test
    void noDollarNoWork() {
      assertThat(TelegramEntityExtractor.cashtags("")).isEmpty();
      assertThat(TelegramEntityExtractor.cashtags("USD 5")).isEmpty();
    }
  }

  @Nested
  class Mentions {
    @Test
    void recordHasUsernameAndNoUserId() {
      Mention m = TelegramEntityExtractor.mentions("Follow @mfa_russia.").get(0);
      assertThat(m.text()).isEqualTo("@mfa_russia");
      assertThat(m.username()).isEqualTo("mfa_russia");
      assertThat(m.userId()).isNull();
      assertThat(m.start()).isEqualTo(7);
      assertThat(m.end()).isEqualTo(18);
    }

    @Test
    void fourToThirtyTwoCharacters() {
      assertThat(mentions("@abcd")).containsExactly("@abcd");
      assertThat(mentions("@abc")).isEmpty();
      assertThat(mentions("@ab")).isEmpty();
      assertThat(mentions("@a")).isEmpty();
      assertThat(mentions("@" + "a".repeat(32))).containsExactly("@" + "a".repeat(32));
      assertThat(mentions("@" + "a".repeat(33))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"gif", "nft", "pic", "ufc", "vid", "GIF", "Vid"})
    void shortUsernamesThatTelegramAllows(String name) {
      assertThat(mentions("@" + name)).containsExactly("@" + name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"cap", "bin", "yar", "ya", "gi"})
    void otherShortNamesAreNoMentions(String name) {
      assertThat(mentions("@" + name)).isEmpty();
    }

    @Test
    void notInsideAWord() {
      assertThat(mentions("a@bcde")).isEmpty();
      assertThat(mentions("press@mid.ru")).isEmpty();
      assertThat(mentions("нет@mention")).isEmpty();
      assertThat(mentions("1@abcde")).isEmpty();
      assertThat(mentions("\u00B2@abcde")).isEmpty(); // a superscript number is a word character
      assertThat(mentions("_@abcde")).isEmpty();
      assertThat(mentions("(@abcde)")).containsExactly("@abcde");
      assertThat(mentions("#tag@abcde")).isEmpty();
    }

    @Test
    void notFollowedByAWordCharacter() {
      assertThat(mentions("@abcdé")).isEmpty();
      assertThat(mentions("@abcdя")).isEmpty();
      assertThat(mentions("@abcd.")).containsExactly("@abcd");
      assertThat(mentions("@abcd-e")).containsExactly("@abcd");
    }

    @Test
    void adjacentMentions() {
      assertThat(mentions("@xxxxx@yyyyy @ttttt")).containsExactly("@xxxxx", "@ttttt");
    }

    @Test
    void noAtNoWork() {
      assertThat(TelegramEntityExtractor.mentions("")).isEmpty();
      assertThat(TelegramEntityExtractor.mentions("@")).isEmpty();
    }
  }
}
