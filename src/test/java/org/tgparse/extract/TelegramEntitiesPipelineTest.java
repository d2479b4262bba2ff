package org.tgparse.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tgparse.model.Entity;
import org.tgparse.model.Hashtag;
import org.tgparse.model.Link;
import org.tgparse.model.Message;
import org.tgparse.model.SourceRef;

/**
 * Hashtags, cashtags, mentions and links through {@link Extractor}: links win over what they contain, and the
 * sample's hashtags come out as a reader sees them.
 */
class TelegramEntitiesPipelineTest {
  private static final Extractor EXTRACTOR = Extractor.standard();

  @Test
  void urlWinsOverTheHashtagInsideIt() {
    String text = "Anchor: https://example.com/#anchor and #real";
    // On its own the hashtag extractor sees both tags ...
    assertThat(TelegramEntityExtractor.hashtags(text)).extracting(Hashtag::text).containsExactly("#anchor", "#real");
    // ... the pipeline keeps only the one outside the link.
    Entities found = EXTRACTOR.extract(text);
    assertThat(found.links()).extracting(Link::text).containsExactly("https://example.com/#anchor");
    assertThat(found.hashtags()).extracting(Hashtag::text).containsExactly("#real");
  }

  @Test
  void searchLinkWithEncodedHashIsOneLink() {
    String text = "Search: t.me/s/mfa_russia?q=%23CSTO #CSTO";
    Entities found = EXTRACTOR.extract(text);
    assertThat(found.links()).extracting(Link::text).containsExactly("t.me/s/mfa_russia?q=%23CSTO");
    assertThat(found.links()).extracting(Link::url).containsExactly("https://t.me/s/mfa_russia?q=%23CSTO");
    assertThat(found.hashtags()).extracting(Hashtag::text).containsExactly("#CSTO");
    assertThat(found.hashtags().get(0).start()).isEqualTo(text.lastIndexOf("#CSTO"));
  }

  @Test
  void urlWinsOverMentionAndCashtagInsideIt() {
    String text = "https://t.me/s/channel?x=@abcde&y=$USD and @mfa_russia $RUB";
    Entities found = EXTRACTOR.extract(text);
    assertThat(found.links()).hasSize(1);
    assertThat(found.mentions()).extracting(Entity::text).containsExactly("@mfa_russia");
    assertThat(found.cashtags()).extracting(Entity::text).containsExactly("$RUB");
  }

  @Test
  void emailIsNoMention() {
    Entities found = EXTRACTOR.extract("Contact press@mid.ru or @mid_rf");
    assertThat(found.links()).extracting(Link::type).containsExactly(Link.LinkType.EMAIL);
    assertThat(found.mentions()).extracting(Entity::text).containsExactly("@mid_rf");
  }

  @Test
  void formatMarkedLinksWinOverExtractedEntitiesEvenWhenNested() {
    String text = "Read #one here, then #two and #three.";
    int outerEnd = text.indexOf(" and");
    int inner = text.indexOf("#one");
    // A long marked link over "Read #one here, then #two" and a short one inside it over "#one": "#two" lies
    // after the short link but inside the long one, so the overlap test must keep the long link's end in view.
    Message m = Message.builder().text(text).source(new SourceRef("test", 1, 1)).links(List.of(
        new Link(text.substring(0, outerEnd), 0, outerEnd, "https://a.example", Link.LinkType.TEXT_LINK, false),
        new Link("#one", inner, inner + 4, "https://b.example", Link.LinkType.TEXT_LINK, false)))
        .build();
    Message enriched = EXTRACTOR.enrich(m);
    assertThat(enriched.hashtagEntities()).extracting(Hashtag::text).containsExactly("#three");
    assertThat(enriched.hashtags()).containsExactly("#three");
    assertThat(enriched.links()).extracting(Link::text).containsExactly(text.substring(0, outerEnd), "#one");
  }

  @Test
  void sampleLinesGiveTheirHashtags() throws IOException {
    List<String> lines = Files.readAllLines(Path.of("samples/mfa-forwarded-posts.txt"), StandardCharsets.UTF_8);
    assertThat(tags(lineContaining(lines, "#EAEU, #SCO & #BRICS"))).containsExactly("#EAEU", "#SCO", "#BRICS");
    assertThat(tags(lineContaining(lines, "(#GCC)")))
        .containsExactly("#CIS", "#CSTO", "#EAEU", "#ASEAN", "#GCC", "#CELAC");
    assertThat(tags(lineContaining(lines, "#Eurasia4You"))).containsExactly("#Eurasia4You");
    assertThat(tags(lineContaining(lines, "#UNCharterIsOurRules")))
        .containsExactly("#UNCharterIsOurRules", "#Multilateralism");
    assertThat(tags(lineContaining(lines, "(#EAEU)"))).containsExactly("#EAEU");
    // "$5 billion" and "12.5 percent" are neither cashtags nor links.
    String trade = lineContaining(lines, "$5 billion");
    Entities found = EXTRACTOR.extract(trade);
    assertThat(found.cashtags()).isEmpty();
    assertThat(found.links()).isEmpty();
    assertThat(found.hashtags()).isEmpty();
  }

  @Test
  void gccHashtagOffsetsInsideParentheses() {
    String text = "the Gulf Cooperation Council (#GCC), the Arab League";
    Hashtag gcc = EXTRACTOR.extract(text).hashtags().get(0);
    assertThat(gcc.text()).isEqualTo("#GCC");
    assertThat(gcc.tag()).isEqualTo("GCC");
    assertThat(text.substring(gcc.start(), gcc.end())).isEqualTo("#GCC");
    assertThat(text.charAt(gcc.end())).isEqualTo(')');
  }

  private static List<String> tags(String line) {
    return EXTRACTOR.extract(line).hashtags().stream().map(Hashtag::text).collect(java.util.stream.Collectors.toList());
  }

  private static String lineContaining(List<String> lines, String needle) {
    return lines.stream().filter(l -> l.contains(needle)).findFirst()
        .orElseThrow(() -> new AssertionError("expected a sample line containing \"" + needle + "\", found none"));
  }
}
