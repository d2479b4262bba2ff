package org.tgparse.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.tgparse.model.Link;

/**
 * The link rules on the kind of text channel posts carry. Telegram's own URL vectors run in
 * {@link TdlibConformanceTest}.
 */
class LinkExtractorTest {

  private static List<String> texts(String text) {
    return LinkExtractor.extract(text).stream().map(Link::text).collect(Collectors.toList());
  }

  private static Link only(String text) {
    List<Link> links = LinkExtractor.extract(text);
    assertThat(links).as("links in \"%s\"", text).hasSize(1);
    return links.get(0);
  }

  @Test
  void urlWithSchemeKeepsItsTarget() {
    String text = "Read more: https://mid.ru/ru/foreign_policy/news/1889487/ today";
    Link l = only(text);
    assertThat(l.text()).isEqualTo("https://mid.ru/ru/foreign_policy/news/1889487/");
    assertThat(l.url()).isEqualTo("https://mid.ru/ru/foreign_policy/news/1889487/");
    assertThat(l.type()).isEqualTo(Link.LinkType.URL);
    assertThat(l.targetLost()).isFalse();
    assertThat(text.substring(l.start(), l.end())).isEqualTo(l.text());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "t.me/channel/123 | t.me/channel/123 | https://t.me/channel/123",
      "see mid.ru | mid.ru | https://mid.ru",
      "www.un.org. | www.un.org | https://www.un.org",
      "гришка.рф | гришка.рф | https://гришка.рф",
      "xn--80afpi2a3c.xn--p1ai | xn--80afpi2a3c.xn--p1ai | https://xn--80afpi2a3c.xn--p1ai",
      "telegram.ORG | telegram.ORG | https://telegram.ORG",
      "127.0.0.1:8080/x | 127.0.0.1:8080/x | https://127.0.0.1:8080/x",
      "HTTP://Telegram.org | HTTP://Telegram.org | http://Telegram.org",
      "ftp://files.example.com/a | ftp://files.example.com/a | ftp://files.example.com/a",
      "tg://resolve?domain=mfa_russia | tg://resolve?domain=mfa_russia | tg://resolve?domain=mfa_russia"})
  void urlWithoutSchemeGetsHttps(String text, String linkText, String url) {
    Link l = only(text);
    assertThat(l.text()).isEqualTo(linkText);
    assertThat(l.url()).isEqualTo(url);
    assertThat(l.type()).isEqualTo(Link.LinkType.URL);
  }

  @Test
  void trailingPunctuationIsNotPartOfTheUrl() {
    assertThat(texts("Details: https://mid.ru/ru/press_service/.")).containsExactly("https://mid.ru/ru/press_service/");
    assertThat(texts("(see mid.ru)")).containsExactly("mid.ru");
    assertThat(texts("«t.me/MFARussia»")).containsExactly("t.me/MFARussia");
    assertThat(texts("Is it un.org?")).containsExactly("un.org");
    assertThat(texts("at https://t.me/abcdef…")).containsExactly("https://t.me/abcdef");
    assertThat(texts("https://example.com/a,b;")).containsExactly("https://example.com/a,b");
  }

  @Test
  void bracketsMustBalance() {
    assertThat(texts("http://foo.com/blah_(wikipedia)")).containsExactly("http://foo.com/blah_(wikipedia)");
    assertThat(texts("(Something like http://foo.com/blah_blah)")).containsExactly("http://foo.com/blah_blah");
    assertThat(texts("http://test.google.com/?q=abc){}[]def")).containsExactly("http://test.google.com/?q=abc");
  }

  @Test
  void portMustBeValid() {
    assertThat(texts("google.com:65535")).containsExactly("google.com:65535");
    assertThat(texts("google.com:65536")).containsExactly("google.com");
    assertThat(texts("google.com:0")).containsExactly("google.com");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "GDP growth of 9.4 percent", "e.g. this", "the U.S. and", "resolution A/RES/73/127 of", "5.3 percent",
      "file.txt", "report.docx", "version 1.0", "127.0.0.256", "telegram.Org", "teiegram.org/test", "test_.com",
      "sftp://telegram.org", "sHTTP://telegram.org", "#views.py", "/views.py", "@views.py", "go#ogle.com",
      "https://t.…", "a.ab", ".com", "11.5 trillion", "at 12:30.", "<...>.", "...", "Mr.Smith", "A.B.C."})
  void noFalseLinks(String text) {
    assertThat(LinkExtractor.extract(text)).as("links in \"%s\"", text).isEmpty();
  }

  @Test
  void topLevelDomainFollowsTdlibList() {
    // .py is Paraguay's and in TDLib's list, so a file name with it is a link in Telegram too.
    assertThat(texts("'views.py'")).containsExactly("views.py");
    assertThat(texts("report.pdf")).isEmpty();
    // With a scheme any TLD goes.
    assertThat(texts("http://intranet.corp/x")).containsExactly("http://intranet.corp/x");
  }

  @Test
  void emailAddress() {
    Link l = only("Write to press@mid.ru.");
    assertThat(l.text()).isEqualTo("press@mid.ru");
    assertThat(l.url()).isEqualTo("mailto:press@mid.ru");
    assertThat(l.type()).isEqualTo(Link.LinkType.EMAIL);
    assertThat(l.start()).isEqualTo(9);
  }

  @Test
  void mailtoPrefixIsNotPartOfTheAddress() {
    String text = "Look mailto:test@example.com";
    Link l = only(text);
    assertThat(l.text()).isEqualTo("test@example.com");
    assertThat(l.start()).isEqualTo(text.indexOf("test@"));
    assertThat(l.url()).isEqualTo("mailto:test@example.com");
  }

  @Test
  void invalidEmailAddresses() {
    assertThat(LinkExtractor.extract("a@b@c.com")).isEmpty();
    assertThat(LinkExtractor.extract("abc@c.com@d.com")).isEmpty();
    assertThat(LinkExtractor.isEmailAddress("security@telegram.org".toCharArray(), 0, 21)).isTrue();
    assertThat(LinkExtractor.isEmailAddress("security.telegram.org".toCharArray(), 0, 21)).isFalse();
    assertThat(LinkExtractor.isEmailAddress("a@a.abcdefghi".toCharArray(), 0, 13)).isFalse(); // TLD over 8 letters
    assertThat(LinkExtractor.isEmailAddress("a@-a.ab".toCharArray(), 0, 7)).isFalse();
  }

  @Test
  void severalLinksInOrder() {
    String text = "Такой сайт: http://www.google.com или такой telegram.org, и почта a.bc@c.com";
    List<Link> links = LinkExtractor.extract(text);
    assertThat(links).extracting(Link::text).containsExactly("http://www.google.com", "telegram.org", "a.bc@c.com");
    assertThat(links).extracting(Link::type)
        .containsExactly(Link.LinkType.URL, Link.LinkType.URL, Link.LinkType.EMAIL);
  }

  @Test
  void carriageReturnsAndTabsEndUrlsAsSpacesDo() {
    // TDLib finds entities after turning control characters into spaces.
    assertThat(texts("see mid.ru/a\r\nnext")).containsExactly("mid.ru/a");
    assertThat(texts("see mid.ru/a\tnext")).containsExactly("mid.ru/a");
  }

  @Test
  void tgUrlsAndUrlsDoNotOverlap() {
    List<Link> links = LinkExtractor.extract("tonsite://telegram.ton and tg://resolve?domain=x");
    assertThat(links).extracting(Link::text).containsExactly("tonsite://telegram.ton", "tg://resolve?domain=x");
  }

  @Test
  void normaliseAddsHttpsOnlyWithoutScheme() {
    assertThat(LinkExtractor.normalise("mid.ru")).isEqualTo("https://mid.ru");
    assertThat(LinkExtractor.normalise("HTTPS://mid.ru/A")).isEqualTo("https://mid.ru/A");
    assertThat(LinkExtractor.normalise("t.me/share?url=https://x.org")).isEqualTo("https://t.me/share?url=https://x.org");
  }
}
