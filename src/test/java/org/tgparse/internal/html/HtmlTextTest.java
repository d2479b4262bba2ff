package org.tgparse.internal.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tgparse.model.Link;
import org.tgparse.model.TextEntity;

class HtmlTextTest {

  private static HtmlText.Result desktop(String inner) {
    return convert(inner, HtmlText.Dialect.DESKTOP, 1_000_000, 10_000);
  }

  private static HtmlText.Result tme(String inner) {
    return convert(inner, HtmlText.Dialect.TME, 1_000_000, 10_000);
  }

  private static HtmlText.Result convert(String inner, HtmlText.Dialect d, int maxText, int maxEntities) {
    Element div = Jsoup.parseBodyFragment("<div id=t>" + inner + "</div>").getElementById("t");
    return HtmlText.convert(div, d, maxText, maxEntities);
  }

  @Test
  void brIsANewlineAndLayoutLineBreaksAroundTheTextAreDropped() {
    HtmlText.Result r = desktop("\nFirst<br>Second<br><br>Fourth\n       ");
    assertThat(r.text()).isEqualTo("First\nSecond\n\nFourth");
  }

  @Test
  void linesDoNotRunTogether() {
    // The failing of other scrapers: text of <br>-separated lines glued into one.
    assertThat(tme("#CSTO<br/>#EAEU").text()).isEqualTo("#CSTO\n#EAEU");
  }

  @Test
  void aLayoutLineBreakBetweenWordsReadsAsOneSpace() {
    assertThat(desktop("one\n   two").text()).isEqualTo("one two");
    assertThat(desktop("one\n<b>two</b>").entities()).extracting(TextEntity::start).containsExactly(4);
  }

  @Test
  void spacesWrittenInTheTextAreKept() {
    assertThat(desktop("\n  indented<br>a  b\n ").text()).isEqualTo("  indented\na  b");
  }

  @Test
  void preKeepsItsRawText() {
    HtmlText.Result r = tme("<pre><code class=\"language-java\">int a;\n  int b;</code></pre>");
    assertThat(r.text()).isEqualTo("int a;\n  int b;");
    assertThat(r.entities()).extracting(TextEntity::typeName, TextEntity::language)
        .containsExactly(tuple("pre", "java"));
  }

  @Test
  void tmeEmojiImagesAreNeitherItalicNorBold() {
    HtmlText.Result r = tme("<i class=\"emoji\" style=\"background-image:url('x.png')\"><b>🇷🇺</b></i> <i>real</i>");
    assertThat(r.text()).isEqualTo("🇷🇺 real");
    assertThat(r.entities()).extracting(TextEntity::typeName, TextEntity::text).containsExactly(tuple("italic", "real"));
  }

  @Test
  void offsetsAreUtf16CodeUnits() {
    HtmlText.Result r = desktop("😀 <strong>x</strong>");
    assertThat(r.entities().get(0).start()).isEqualTo(3);
    assertThat(r.text().substring(3, 4)).isEqualTo("x");
  }

  @Test
  void entitiesAreInDocumentOrderOuterFirst() {
    HtmlText.Result r = desktop("<strong>a <em>b</em></strong> <u>c</u>");
    assertThat(r.entities()).extracting(TextEntity::typeName, TextEntity::start, TextEntity::end)
        .containsExactly(tuple("bold", 0, 3), tuple("italic", 2, 3), tuple("underline", 4, 5));
  }

  @Test
  void emptyElementsMarkNothing() {
    assertThat(desktop("a<strong></strong>b").entities()).isEmpty();
  }

  @ParameterizedTest(name = "{0} -> {2}")
  @CsvSource(delimiter = '|', value = {
      "https://mid.ru/en/|https://mid.ru/en/|link",
      "mid.ru|mid.ru|link",
      "http://mid.ru|MID.RU/|link",
      "https://mid.ru/en/|Read in full|text_link",
      "tg://resolve?domain=x|open|text_link",
      "https://t.me/user|@user|mention",
      "https://t.me/user|user|text_link",
      "https://t.me/user/5|@user|text_link",
      "https://t.me/other|@user|text_link",
      "mailto:a@b.org|a@b.org|email",
      "tel:+123|+1 23|phone"})
  void aLinkIsTypedByItsHrefAndText(String href, String text, String type) {
    HtmlText.Result r = tme("<a href=\"" + href + "\">" + text + "</a>");
    assertThat(r.entities()).extracting(TextEntity::typeName).containsExactly(type);
  }

  @Test
  void typedListsFollowTheMarkup() {
    HtmlText.Result r = tme("<a href=\"?q=%23CSTO\">#CSTO</a> <a href=\"?q=%24BTC\">$BTC</a> "
        + "<a href=\"?q=%23tag\">#tag@chan</a> <a href=\"https://x.org\">x</a> <a href=\"https://t.me/u_1\">@u_1</a>");
    assertThat(r.hashtags()).extracting(h -> h.text(), h -> h.tag(), h -> h.username())
        .containsExactly(tuple("#CSTO", "CSTO", null), tuple("#tag@chan", "tag", "chan"));
    assertThat(distinct(r)).containsExactly("#CSTO", "#tag@chan");
    assertThat(r.cashtags()).extracting(c -> c.symbol()).containsExactly("BTC");
    assertThat(r.links()).extracting(Link::url, Link::type)
        .containsExactly(tuple("https://x.org", Link.LinkType.TEXT_LINK));
    assertThat(r.mentions()).extracting(m -> m.username()).containsExactly("u_1");
  }

  @Test
  void aHashtagLinkWhoseTextIsNotAHashtagGivesNoTypedHashtag() {
    HtmlText.Result r = desktop("<a href=\"\" onclick=\"return ShowHashtag(&quot;x&quot;)\">x</a>");
    assertThat(r.entities()).extracting(TextEntity::typeName).containsExactly("hashtag");
    assertThat(r.hashtags()).isEmpty();
  }

  @Test
  void aDesktopLinkWithoutHrefOrKnownOnclickMarksNothing() {
    assertThat(desktop("<a href=\"\">plain</a>").entities()).isEmpty();
  }

  @Test
  void relativeHrefsAreCustomEmojiOnlyInTheDesktopDialect() {
    assertThat(desktop("<a href=\"../../stickers/a.webp\">😀</a>").entities())
        .extracting(TextEntity::typeName, TextEntity::documentId).containsExactly(tuple("custom_emoji", "stickers/a.webp"));
    assertThat(tme("<a href=\"stickers/a.webp\">😀</a>").entities()).extracting(TextEntity::typeName)
        .containsExactly("text_link");
  }

  @Test
  void spoilersAndQuotes() {
    HtmlText.Result d = desktop("<span class=\"spoiler hidden\" onclick=\"ShowSpoiler(this)\"><span aria-hidden=\"true\">"
        + "s</span></span> <blockquote>q</blockquote>");
    assertThat(d.entities()).extracting(TextEntity::typeName, TextEntity::collapsed)
        .containsExactly(tuple("spoiler", null), tuple("blockquote", null));
    HtmlText.Result t = tme("<tg-spoiler>s</tg-spoiler><blockquote class=\"expandable\">q</blockquote>");
    assertThat(t.entities()).extracting(TextEntity::typeName, TextEntity::collapsed)
        .containsExactly(tuple("spoiler", null), tuple("blockquote", true));
  }

  @Test
  void textLongerThanTheLimitIsCutAndItsEntitiesWithIt() {
    HtmlText.Result r = convert("ab<strong>cdef</strong> <a href=\"?q=%23tag\">#tag</a>", HtmlText.Dialect.TME, 4,
        100);
    assertThat(r.cut()).isTrue();
    assertThat(r.text()).isEqualTo("abcd");
    assertThat(r.entities()).extracting(TextEntity::text, TextEntity::end).containsExactly(tuple("cd", 4));
    assertThat(r.hashtags()).isEmpty();
  }

  @Test
  void theCutNeverSplitsASurrogatePair() {
    HtmlText.Result r = convert("a😀b", HtmlText.Dialect.TME, 2, 100);
    assertThat(r.text()).isEqualTo("a");
  }

  @Test
  void entitiesPastTheLimitAreDropped() {
    HtmlText.Result r = convert("<b>a</b><b>b</b><b>c</b>", HtmlText.Dialect.TME, 100, 2);
    assertThat(r.entitiesDropped()).isTrue();
    assertThat(r.entities()).hasSize(2);
    assertThat(convert("<b>a</b>", HtmlText.Dialect.TME, 100, 2).entitiesDropped()).isFalse();
  }

  @Test
  void deeplyNestedEntitiesAroundALongTextDoNotCopyItOverAndOver() {
    String inner = "x".repeat(1000);
    HtmlText.Result r = convert("<b>".repeat(100) + inner + "</b>".repeat(100), HtmlText.Dialect.TME, 10_000, 10_000);
    assertThat(r.text()).isEqualTo(inner);
    assertThat(r.entities()).hasSize(40);
    assertThat(r.entitiesDropped()).isTrue();
  }

  @Test
  void repeatedHashtagsAreListedOnce() {
    HtmlText.Result r = tme("<a href=\"?q=%23a\">#a</a> <a href=\"?q=%23b\">#b</a> <a href=\"?q=%23a\">#a</a>");
    assertThat(r.hashtags()).hasSize(3);
    assertThat(distinct(r)).containsExactly("#a", "#b");
  }

  @Test
  void plainTextOfAMissingElementIsEmpty() {
    assertThat(HtmlText.plain(null)).isEmpty();
    assertThat(HtmlText.plainOrNull(null)).isNull();
    assertThat(HtmlText.plainOrNull(Jsoup.parseBodyFragment("<p id=p> \n </p>").getElementById("p"))).isNull();
  }

  @Test
  void deepNestingDoesNotOverflowTheStack() {
    String deep = "<span>".repeat(5000) + "x" + "</span>".repeat(5000);
    assertThat(desktop(deep).text()).isEqualTo("x");
  }

  /** The record's distinct hashtags ({@code Message.hashtags()}) of a markup's hashtag occurrences. */
  private static java.util.List<String> distinct(HtmlText.Result r) {
    return org.tgparse.model.Message.builder().hashtagEntities(r.hashtags())
        .source(new org.tgparse.model.SourceRef("t", 1, 1)).build().hashtags();
  }
}
