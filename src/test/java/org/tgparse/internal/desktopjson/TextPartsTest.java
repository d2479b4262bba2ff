package org.tgparse.internal.desktopjson;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextPartsTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "example.com/x, https://example.com/x",
      "www.mid.ru, https://www.mid.ru",
      "https://t.me/s/mfa, https://t.me/s/mfa",
      "HTTP://X.ORG, HTTP://X.ORG",
      "tg://resolve?domain=x, tg://resolve?domain=x",
      "ftp://files.org/a, ftp://files.org/a",
      // a colon that is not a scheme: a host with a port, a path with a colon
      "localhost:8080/a, https://localhost:8080/a",
      "1.2.3.4/x, https://1.2.3.4/x"})
  void linksWithoutASchemeGetHttps(String in, String out) {
    assertThat(TextParts.withScheme(in)).isEqualTo(out);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "+7 (495) 123-45-67|tel:+74951234567",
      "8 800 555-35-35|tel:88005553535",
      "+1.555.0100|tel:+15550100",
      // a plus inside the number is not a prefix
      "12+34|tel:1234"})
  void phonesBecomeTelUrisOfTheirDigits(String in, String out) {
    assertThat(TextParts.telUri(in)).isEqualTo(out);
  }

  @Test
  void partsSpellTheirConcatenation() {
    TextParts p = new TextParts();
    p.addPlain("ab");
    TextParts.Part bold = p.add();
    bold.type = "bold";
    bold.text = "cd";
    p.addPlain("");
    assertThat(p.text()).isEqualTo("abcd");
    assertThat(p.spells("abcd")).isTrue();
    assertThat(p.spells("abc")).isFalse();
    assertThat(p.spells("abcde")).isFalse();
    assertThat(p.spells("abxd")).isFalse();
  }

  @Test
  void plainAndEmptyPartsAreNotEntities() {
    TextParts p = new TextParts();
    p.addPlain("x ");
    TextParts.Part empty = p.add();
    empty.type = "bold";
    TextParts.Part tag = p.add();
    tag.type = "hashtag";
    tag.text = "#a";
    TextParts.Marked m = p.marked(100, 4);
    assertThat(m.entities).singleElement().satisfies(e -> {
      assertThat(e.typeName()).isEqualTo("hashtag");
      assertThat(e.start()).isEqualTo(2);
      assertThat(e.end()).isEqualTo(4);
    });
    assertThat(m.hashtagEntities).singleElement().satisfies(h -> assertThat(h.tag()).isEqualTo("a"));
    assertThat(m.links).isNull();
  }

  @Test
  void aPartWithoutTypeIsUnknown() {
    TextParts p = new TextParts();
    TextParts.Part x = p.add();
    x.text = "?";
    assertThat(p.marked(10, 1).entities).singleElement()
        .satisfies(e -> assertThat(e.typeName()).isEqualTo("unknown"));
  }

  @ParameterizedTest(name = "[{index}]")
  @CsvSource(delimiter = '|', value = {
      "'  Headline  \\nbody'|Headline",
      "'\\n \\nsecond'|second",
      "'one line'|one line"})
  void titleIsTheFirstNonBlankLineStripped(String text, String title) {
    assertThat(org.tgparse.internal.io.Texts.title(text.replace("\\n", "\n"))).isEqualTo(title);
  }

  @Test
  void blankTextHasNoTitle() {
    assertThat(org.tgparse.internal.io.Texts.title("")).isNull();
    assertThat(org.tgparse.internal.io.Texts.title(" \n\u00A0\n")).isNull();
  }
}
