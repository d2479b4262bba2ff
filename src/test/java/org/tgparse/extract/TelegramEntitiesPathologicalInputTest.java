package org.tgparse.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tgparse.model.Link;

/**
 * Megabyte inputs made of the characters the scanners key on. Every scan is linear (each resumes after what it
 * has read), so these complete quickly; the tests check that they complete and give sane results, not how fast.
 */
class TelegramEntitiesPathologicalInputTest {
  private static final int MB = 1 << 20;

  @Test
  void megabyteOfHashSigns() {
    String text = "#".repeat(MB);
    assertThat(TelegramEntityExtractor.hashtags(text)).isEmpty();
    assertThat(LinkExtractor.extract(text)).isEmpty();
  }

  @Test
  void megabyteOfAtSigns() {
    String text = "@".repeat(MB);
    assertThat(TelegramEntityExtractor.mentions(text)).isEmpty();
    assertThat(LinkExtractor.extract(text)).isEmpty();
  }

  @Test
  void megabyteOfDollarSigns() {
    assertThat(TelegramEntityExtractor.cashtags("$".repeat(MB))).isEmpty();
  }

  @Test
  void megabyteOfDots() {
    assertThat(LinkExtractor.extract(".".repeat(MB))).isEmpty();
    assertThat(LinkExtractor.extract(". ".repeat(MB / 2))).isEmpty();
  }

  @Test
  void megabyteOfColonsAndSlashes() {
    assertThat(LinkExtractor.extract(":".repeat(MB))).isEmpty();
    assertThat(LinkExtractor.extract("://".repeat(MB / 3))).isEmpty();
    assertThat(LinkExtractor.extract("tg:".repeat(MB / 3))).isEmpty();
  }

  @Test
  void megabyteOfOneLongHashtagRun() {
    // One '#' then a megabyte of letters: one tag, cut at 256 code points.
    String text = "#" + "a".repeat(MB);
    assertThat(TelegramEntityExtractor.hashtags(text)).singleElement()
        .satisfies(h -> assertThat(h.tag()).hasSize(256));
    // The same run followed by '#' is no tag at all.
    assertThat(TelegramEntityExtractor.hashtags(text + "#")).isEmpty();
  }

  @Test
  void megabyteOfAlternatingSigilsAndLetters() {
    int n = MB / 2;
    // "#a#a#a...": the first tag is followed by '#', every later '#' follows a letter: no tags.
    assertThat(TelegramEntityExtractor.hashtags("#a".repeat(n))).isEmpty();
    assertThat(TelegramEntityExtractor.hashtags("#a ".repeat(n / 2))).hasSize(n / 2);
    assertThat(TelegramEntityExtractor.mentions("@a".repeat(n))).isEmpty();
    assertThat(TelegramEntityExtractor.mentions("@abcd ".repeat(MB / 6))).hasSize(MB / 6);
    assertThat(TelegramEntityExtractor.cashtags("$A".repeat(n))).isEmpty();
    assertThat(TelegramEntityExtractor.cashtags("$A ".repeat(n / 2))).hasSize(n / 2);
  }

  @Test
  void megabyteOfDottedWords() {
    int n = MB / 2;
    // One long host of one-letter labels: its TLD is one letter, so no link.
    assertThat(LinkExtractor.extract("a.".repeat(n))).isEmpty();
    assertThat(LinkExtractor.extract("1.".repeat(n))).isEmpty();
    assertThat(LinkExtractor.extract("@a.".repeat(MB / 3))).isEmpty();
    assertThat(LinkExtractor.extract("/a.".repeat(MB / 3))).isEmpty();
    assertThat(LinkExtractor.extract("a@b.".repeat(MB / 4))).isEmpty();
    // A megabyte path is one link.
    List<Link> path = LinkExtractor.extract("https://mid.ru/" + "a.b/".repeat(MB / 4));
    assertThat(path).singleElement().satisfies(l -> assertThat(l.end()).isEqualTo(15 + MB));
    // Many short links.
    assertThat(LinkExtractor.extract("mid.ru ".repeat(MB / 7))).hasSize(MB / 7);
  }

  @Test
  void megabyteThroughTheWholePipeline() {
    String text = "#tag @mention $USD mid.ru a.b@c.com ".repeat(MB / 36);
    Entities found = Extractor.standard().extract(text);
    int copies = MB / 36;
    assertThat(found.hashtags()).hasSize(copies);
    assertThat(found.mentions()).hasSize(copies);
    assertThat(found.cashtags()).hasSize(copies);
    assertThat(found.links()).hasSize(2 * copies);
  }
}
