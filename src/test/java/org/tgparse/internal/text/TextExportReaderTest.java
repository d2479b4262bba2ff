package org.tgparse.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tgparse.MessageReader;
import org.tgparse.Tgparse;
import org.tgparse.model.Link;
import org.tgparse.model.Media;
import org.tgparse.model.Message;
import org.tgparse.read.Format;
import org.tgparse.read.ReadOptions;

class TextExportReaderTest {

  private static List<Message> read(String input) {
    try (MessageReader r = Tgparse.readString(input,
        ReadOptions.defaults().withFormat(Format.TEXT).withExtractEntities(false))) {
      return r.stream().toList();
    }
  }

  /** One title rule for every reader (issue 14, item 16): no-break spaces are trimmed like other white space. */
  @Test
  void theTitleIsTrimmedOfNoBreakSpaces() {
    Message m = read("Forwarded from X\n\u00A0Headline\u00A0\u202F\nBody\n").get(0);
    assertThat(m.title()).isEqualTo("Headline");
  }

  @Test
  void collapsesHeadlineThenBodyTwice() {
    List<Message> ms = read("Forwarded from MFA 🇷🇺\nHeadline\nA\nB\nA\nB\n");
    assertThat(ms).hasSize(1);
    Message m = ms.get(0);
    assertThat(m.forward().from()).isEqualTo("MFA 🇷🇺");
    assertThat(m.title()).isEqualTo("Headline");
    assertThat(m.text()).isEqualTo("Headline\nA\nB");
    assertThat(m.duplicateCollapsed()).isTrue();
    assertThat(m.source().startLine()).isEqualTo(1);
    assertThat(m.source().endLine()).isEqualTo(6);
    assertThat(m.sequence()).isEqualTo(1);
    assertThat(m.id()).isNull();
    assertThat(m.date()).isNull();
  }

  @Test
  void keepsEveryLineWithoutRepetition() {
    Message m = read("Forwarded from X\nHeadline\nA\nB\nC\n").get(0);
    assertThat(m.text()).isEqualTo("Headline\nA\nB\nC");
    assertThat(m.duplicateCollapsed()).isFalse();
  }

  @Test
  void keepsALineRepeatedOnPurpose() {
    // "A" twice after the headline could be a one-line body written twice by the export; but H A B A is no
    // repetition of halves, so every line stays.
    Message m = read("Forwarded from X\nH\nA\nB\nA\n").get(0);
    assertThat(m.text()).isEqualTo("H\nA\nB\nA");
    assertThat(m.duplicateCollapsed()).isFalse();
  }

  @Test
  void aSingleLineWrittenTwiceWithoutHeadlineIsKept() {
    Message m = read("Forwarded from X\nSame\nSame\n").get(0);
    assertThat(m.text()).isEqualTo("Same\nSame");
    assertThat(m.duplicateCollapsed()).isFalse();
  }

  @Test
  void comparesIgnoringTrailingBlanksAndNoBreakSpacesKeepingFirstSpelling() {
    Message m = read("Forwarded from X\nH\nA \u00A0\nB\nA\nB\t\n").get(0);
    assertThat(m.text()).isEqualTo("H\nA \u00A0\nB");
    assertThat(m.duplicateCollapsed()).isTrue();
  }

  @Test
  void leadingBlanksAreNotIgnored() {
    Message m = read("Forwarded from X\nH\n A\nA\n").get(0);
    assertThat(m.duplicateCollapsed()).isFalse();
  }

  @Test
  void crlfAndBomAndNoTrailingNewline() {
    List<Message> ms = read("\uFEFFForwarded from X\r\nH\r\nA\r\nA\r\nForwarded from Y\r\nOnly");
    assertThat(ms).hasSize(2);
    assertThat(ms.get(0).forward().from()).isEqualTo("X");
    assertThat(ms.get(0).text()).isEqualTo("H\nA");
    assertThat(ms.get(1).forward().from()).isEqualTo("Y");
    assertThat(ms.get(1).text()).isEqualTo("Only");
    assertThat(ms.get(1).source().startLine()).isEqualTo(5);
    assertThat(ms.get(1).source().endLine()).isEqualTo(6);
    assertThat(ms.get(1).sequence()).isEqualTo(2);
  }

  @Test
  void bomOnBytesIsDropped() throws Exception {
    byte[] bytes = "\uFEFFForwarded from X\nH".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    try (MessageReader r = Tgparse.read(new java.io.ByteArrayInputStream(bytes), "bom.txt",
        ReadOptions.defaults().withExtractEntities(false))) {
      Message m = r.read();
      assertThat(m.forward().from()).isEqualTo("X");
      assertThat(m.text()).isEqualTo("H");
    }
  }

  @Test
  void prefaceBeforeTheFirstHeaderIsARecord() {
    List<Message> ms = read("Some notes\nmore\n\nForwarded from X\nH\n");
    assertThat(ms).hasSize(2);
    assertThat(ms.get(0).forward()).isNull();
    assertThat(ms.get(0).text()).isEqualTo("Some notes\nmore");
    assertThat(ms.get(0).source().startLine()).isEqualTo(1);
    assertThat(ms.get(0).source().endLine()).isEqualTo(2);
    assertThat(ms.get(1).sequence()).isEqualTo(2);
  }

  @Test
  void blankPrefaceIsNoRecord() {
    assertThat(read("\n  \nForwarded from X\nH\n")).hasSize(1);
  }

  @Test
  void mediaPlaceholdersAreMediaNotText() {
    Message m = read("Forwarded from X\nMedia is too big\nVIEW IN TELEGRAM\nH\nA\nA\n").get(0);
    assertThat(m.media()).extracting(Media::kindName, Media::label).containsExactly(
        org.assertj.core.groups.Tuple.tuple("placeholder", "Media is too big"),
        org.assertj.core.groups.Tuple.tuple("placeholder", "VIEW IN TELEGRAM"));
    assertThat(m.text()).isEqualTo("H\nA");
    assertThat(m.title()).isEqualTo("H");
  }

  @Test
  void otherPlaceholderKinds() {
    Message m = read("Forwarded from X\nPlease open Telegram to view this post\n").get(0);
    assertThat(m.media()).extracting(Media::label).containsExactly("Please open Telegram to view this post");
    assertThat(m.text()).isEmpty();
    assertThat(m.title()).isNull();
  }

  @Test
  void placeholderTextLaterInThePostIsText() {
    Message m = read("Forwarded from X\nH\nVIEW IN TELEGRAM\n").get(0);
    assertThat(m.media()).isEmpty();
    assertThat(m.text()).isEqualTo("H\nVIEW IN TELEGRAM");
  }

  @Test
  void emptyFileHasNoRecords() {
    assertThat(read("")).isEmpty();
  }

  @Test
  void onlyAHeader() {
    List<Message> ms = read("Forwarded from Russian MFA 🇷🇺\n");
    assertThat(ms).hasSize(1);
    assertThat(ms.get(0).forward().from()).isEqualTo("Russian MFA 🇷🇺");
    assertThat(ms.get(0).text()).isEmpty();
    assertThat(ms.get(0).source().startLine()).isEqualTo(1);
    assertThat(ms.get(0).source().endLine()).isEqualTo(1);
  }

  @Test
  void headerWithoutNameIsText() {
    Message m = read("Forwarded from \nH\n").get(0);
    assertThat(m.forward()).isNull();
    assertThat(m.text()).isEqualTo("Forwarded from \nH");
  }

  @Test
  void copyCutShortAtEndOfInputIsCollapsedWithAnIssue() {
    try (MessageReader r = Tgparse.readString("Forwarded from X\nH\nA\nB\nC\nD\nA\nB\nC",
        ReadOptions.defaults().withFormat(Format.TEXT).withExtractEntities(false))) {
      Message m = r.read();
      assertThat(m.text()).isEqualTo("H\nA\nB\nC\nD");
      assertThat(m.duplicateCollapsed()).isTrue();
      assertThat(r.issues()).singleElement().satisfies(i -> assertThat(i.message()).contains("cut short"));
    }
  }

  @Test
  void copyCutShortInTheMiddleIsNotCollapsed() {
    Message m = read("Forwarded from X\nH\nA\nB\nC\nD\nA\nB\nC\nForwarded from Y\nZ\n").get(0);
    assertThat(m.duplicateCollapsed()).isFalse();
    assertThat(m.text()).isEqualTo("H\nA\nB\nC\nD\nA\nB\nC");
  }

  @Test
  void readInFullIsALinkWhoseTargetWasLost() {
    Message m = read("Forwarded from X\nH\n📄 Read in full\n").get(0);
    assertThat(m.links()).singleElement().satisfies(l -> {
      assertThat(l.text()).isEqualTo("Read in full");
      assertThat(l.targetLost()).isTrue();
      assertThat(l.url()).isNull();
      assertThat(l.type()).isEqualTo(Link.LinkType.TEXT_LINK);
      assertThat(m.text().substring(l.start(), l.end())).isEqualTo("Read in full");
    });
  }

  @Test
  void readInFullInsideASentenceIsNoLink() {
    Message m = read("Forwarded from X\nPlease read in full the statement\n").get(0);
    assertThat(m.links()).isEmpty();
  }
}
