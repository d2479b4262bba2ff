package org.tgparse.internal.desktophtml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tgparse.MessageReader;
import org.tgparse.Tgparse;
import org.tgparse.internal.io.FormatReader;
import org.tgparse.internal.io.IssueSink;
import org.tgparse.model.Message;
import org.tgparse.model.MessageType;
import org.tgparse.model.Timestamp;
import org.tgparse.read.Format;
import org.tgparse.read.ParseIssue;
import org.tgparse.read.ReadOptions;
import org.tgparse.read.TgparseException;

public class DesktopHtmlReaderTest {
  private static final ReadOptions OPTIONS = ReadOptions.defaults().withExtractEntities(false);

  public static String page(String... messages) {
    return "<!DOCTYPE html>\n<html>\n <head>\n  <meta charset=\"utf-8\"/>\n<title>Exported Data</title>\n </head>\n"
        + " <body onload=\"CheckLocation();\">\n  <div class=\"page_wrap\">\n   <div class=\"page_body chat_page\">\n"
        + "    <div class=\"history\">\n" + String.join("\n", messages)
        + "\n    </div>\n   </div>\n  </div>\n </body>\n</html>\n";
  }

  public static String message(long id, String title, String from, String text, boolean joined) {
    return "     <div class=\"message default clearfix" + (joined ? " joined" : "") + "\" id=\"message" + id + "\">\n"
        + "      <div class=\"body\">\n"
        + "       <div class=\"pull_right date details\" title=\"" + title + "\">\n12:00\n       </div>\n"
        + (from == null ? "" : "       <div class=\"from_name\">\n" + from + "\n       </div>\n")
        + "       <div class=\"text\">\n" + text + "\n       </div>\n"
        + "      </div>\n     </div>";
  }

  static String daySeparator(int id, String day) {
    return "     <div class=\"message service\" id=\"message" + id + "\">\n      <div class=\"body details\">\n"
        + day + "\n      </div>\n     </div>";
  }

  private static List<Message> readAll(MessageReader r) {
    List<Message> out = new ArrayList<>();
    try (r) {
      for (Message m : r) {
        out.add(m);
      }
    }
    return out;
  }

  private static MessageReader read(String html, ReadOptions options) {
    return Tgparse.read(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)), "messages.html", options);
  }

  @Test
  void aFolderIsReadInNumericFileOrder(@TempDir Path dir) throws IOException {
    for (int n : new int[] {10, 1, 9, 2}) {
      String file = n == 1 ? "messages.html" : "messages" + n + ".html";
      Files.writeString(dir.resolve(file), page(message(n, "01.01.2024 10:00:00 UTC+00:00", "A", "file " + n,
          false)));
    }
    Files.writeString(dir.resolve("messages_old.html"), "not a message file");
    Files.writeString(dir.resolve("export_results.html"), "not a message file");
    List<Message> all = readAll(Tgparse.read(dir, OPTIONS));
    assertThat(all).extracting(Message::text).containsExactly("file 1", "file 2", "file 9", "file 10");
    assertThat(all).extracting(m -> m.source().file()).containsExactly(dir + "/messages.html",
        dir + "/messages2.html", dir + "/messages9.html", dir + "/messages10.html");
  }

  @Test
  void fileNumbers() {
    assertThat(ExportFolder.pageNumber("messages.html")).isEqualTo(1);
    assertThat(ExportFolder.pageNumber("messages12.html")).isEqualTo(12);
    assertThat(ExportFolder.pageNumber("messages0.html")).isZero();
    assertThat(ExportFolder.pageNumber("messages5.HTML")).isEqualTo(5);
    assertThat(ExportFolder.pageNumber("messages9999999999.html")).isEqualTo(9_999_999_999L);
    assertThat(ExportFolder.pageNumber("messages_1.html")).isNull();
    assertThat(ExportFolder.pageNumber("lists.html")).isNull();
  }

  @Test
  void aFolderWithoutMessageFilesIsRefused(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("notes.html"), "x");
    assertThatThrownBy(() -> Tgparse.read(dir, OPTIONS.withFormat(Format.DESKTOP_HTML)))
        .isInstanceOf(TgparseException.class).hasMessageContaining("expected HTML pages with message history");
  }

  @Test
  void onlyOneFilesDomIsHeldAtATime(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("messages.html"), page(
        message(1, "01.01.2024 10:00:00 UTC+00:00", "A", "one", false),
        message(2, "01.01.2024 10:01:00 UTC+00:00", "A", "two", false)));
    Files.writeString(dir.resolve("messages2.html"), page(message(3, "01.01.2024 10:02:00 UTC+00:00", "A", "three",
        false)));
    IssueSink issues = new IssueSink(false);
    try (FormatReader r = DesktopHtmlSupport.openDirectory(dir, "x", OPTIONS, issues)) {
      DesktopHtmlReader reader = (DesktopHtmlReader) r;
      assertThat(reader.currentFile()).isNull();
      assertThat(r.next().text()).isEqualTo("one");
      assertThat(reader.currentFile()).isEqualTo("x/messages.html");
      assertThat(r.next().text()).isEqualTo("two");
      assertThat(r.next().text()).isEqualTo("three");
      assertThat(reader.currentFile()).isEqualTo("x/messages2.html");
      assertThat(r.next()).isNull();
      assertThat(reader.currentFile()).isNull();
      assertThat(r.next()).isNull();
    }
  }

  @Test
  void joinedMessagesTakeTheSenderBeforeThemButNotAcrossFiles(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("messages.html"), page(
        message(1, "01.01.2024 10:00:00 UTC+00:00", "Anna via @gif", "one", false),
        message(2, "01.01.2024 10:01:00 UTC+00:00", null, "two", true)));
    // A broken export: a file that starts with a joined message (the exporter restarts grouping per file).
    Files.writeString(dir.resolve("messages2.html"), page(message(3, "01.01.2024 10:02:00 UTC+00:00", null, "three",
        true)));
    try (MessageReader r = Tgparse.read(dir, OPTIONS)) {
      List<Message> all = new ArrayList<>();
      r.forEach(all::add);
      assertThat(all).extracting(Message::from).containsExactly("Anna", "Anna", null);
      assertThat(all).extracting(Message::viaBot).containsExactly("@gif", "@gif", null);
      assertThat(all).extracting(Message::sequence).containsExactly(1L, 2L, 1L);
      assertThat(r.issues()).extracting(ParseIssue::message)
          .containsExactly("expected a message before this joined message to take its sender from, found none");
      assertThat(r.issues().get(0).file()).endsWith("messages2.html");
    }
  }

  @Test
  void daySeparatorsAndNotesWithoutIdAreNotMessages() {
    String html = page(daySeparator(-1, "20 March 2023"),
        "     <div class=\"message service\">\n      <div class=\"body details\">\nNo exported messages\n"
            + "      </div>\n     </div>",
        message(5, "20.03.2023 10:00:00 UTC+03:00", "A", "x", false), daySeparator(-2, "21 March 2023"));
    List<Message> all = readAll(read(html, OPTIONS));
    assertThat(all).extracting(Message::id).containsExactly("5");
    assertThat(all.get(0).type()).isEqualTo(MessageType.MESSAGE);
  }

  @Test
  void sourceLinesSpanTheMessageElement() {
    String html = page(message(5, "20.03.2023 10:00:00 UTC+03:00", "A", "x", false));
    Message m = readAll(read(html, OPTIONS)).get(0);
    String[] lines = html.split("\n", -1);
    assertThat(lines[(int) m.source().startLine() - 1]).contains("id=\"message5\"");
    assertThat(lines[(int) m.source().endLine() - 1].strip()).isEqualTo("</div>");
    assertThat(m.source().endLine() - m.source().startLine()).isEqualTo(12);
  }

  @Test
  void datesWithOffsetAreExactAndWithoutOffsetLocal() {
    ReadOptions noZone = OPTIONS;
    assertThat(DesktopHtmlReader.parseDate("20.03.2023 12:34:56 UTC+03:00", noZone))
        .isEqualTo(Timestamp.of(Instant.parse("2023-03-20T09:34:56Z")));
    assertThat(DesktopHtmlReader.parseDate("20.03.2023 12:34:56 UTC-05:30", noZone))
        .isEqualTo(Timestamp.of(Instant.parse("2023-03-20T18:04:56Z")));
    assertThat(DesktopHtmlReader.parseDate("20.03.2023 12:34:56", noZone))
        .isEqualTo(Timestamp.ofLocal(LocalDateTime.parse("2023-03-20T12:34:56")));
    assertThat(DesktopHtmlReader.parseDate("20.03.2023 12:34:56 UTC", noZone))
        .isEqualTo(Timestamp.of(Instant.parse("2023-03-20T12:34:56Z")));
  }

  @Test
  void aGivenZoneWinsOverTheWrittenStandardOffset() {
    ReadOptions berlin = OPTIONS.withZone(ZoneId.of("Europe/Berlin"));
    // The exporter writes the standard offset (+01:00) all year; in July Berlin is at +02:00.
    assertThat(DesktopHtmlReader.parseDate("15.07.2023 12:00:00 UTC+01:00", berlin))
        .isEqualTo(Timestamp.of(Instant.parse("2023-07-15T10:00:00Z")));
    assertThat(DesktopHtmlReader.parseDate("15.07.2023 12:00:00", berlin))
        .isEqualTo(Timestamp.of(Instant.parse("2023-07-15T10:00:00Z")));
  }

  @Test
  void badDatesAreReportedNotGuessed() {
    assertThat(DesktopHtmlReader.parseDate("yesterday", OPTIONS)).isNull();
    assertThat(DesktopHtmlReader.parseDate("32.13.2023 12:00:00", OPTIONS)).isNull();
    assertThat(DesktopHtmlReader.parseDate("20.03.2023 12:00:00 UTC+99:00", OPTIONS)).isNull();
    assertThat(DesktopHtmlReader.parseDate(null, OPTIONS)).isNull();
    try (MessageReader r = read(page(message(1, "yesterday", "A", "x", false)), OPTIONS)) {
      assertThat(r.read().date()).isNull();
      assertThat(r.issues()).extracting(ParseIssue::message)
          .containsExactly("expected a date \"DD.MM.YYYY HH:MM:SS UTC+03:00\", found \"yesterday\"");
      assertThat(r.issues().get(0).line()).as("the line of the date element").isEqualTo(13);
    }
  }

  @Test
  void strictModeStopsAtTheFirstIssue() {
    MessageReader r = read(page(message(1, "yesterday", "A", "x", false)), OPTIONS.withStrict(true));
    assertThatThrownBy(r::read).isInstanceOf(TgparseException.class)
        .hasMessage("messages.html:13: expected a date \"DD.MM.YYYY HH:MM:SS UTC+03:00\", found \"yesterday\"");
    r.close();
  }

  @Test
  void senderAndBot() {
    assertThat(DesktopHtmlReader.nameAndVia("Anna via @gif")).containsExactly("Anna", "@gif");
    assertThat(DesktopHtmlReader.nameAndVia(" MFA Digest ")).containsExactly("MFA Digest", null);
    assertThat(DesktopHtmlReader.nameAndVia("Life via @ the sea")).containsExactly("Life via @ the sea", null);
    assertThat(DesktopHtmlReader.nameAndVia("Trip via @Rome!")).containsExactly("Trip via @Rome!", null);
    assertThat(DesktopHtmlReader.nameAndVia("")).containsExactly(null, null);
  }

  @Test
  void unreadableRepliesAreKeptAsLinksAndReported() {
    String html = page(message(1, "01.01.2024 10:00:00 UTC+00:00", "A", "x", false).replace("<div class=\"text\">",
        "<div class=\"reply_to details\">\nIn reply to <a href=\"#somewhere\">this message</a>\n</div>\n"
            + "       <div class=\"text\">"));
    try (MessageReader r = read(html, OPTIONS)) {
      Message m = r.read();
      assertThat(m.replyTo().id()).isNull();
      assertThat(m.replyTo().link()).isEqualTo("#somewhere");
      assertThat(r.issues()).extracting(ParseIssue::message)
          .containsExactly("expected a reply link to #go_to_messageNNN, found \"#somewhere\"");
    }
  }

  @Test
  void anUnknownMediaBlockIsReportedAndKeptAsUnsupported() {
    String html = page(message(1, "01.01.2024 10:00:00 UTC+00:00", "A", "x", false).replace("<div class=\"text\">",
        "<div class=\"media_wrap clearfix\">\n<div class=\"media_hologram\"></div>\n</div>\n       <div class=\"text\">"));
    try (MessageReader r = read(html, OPTIONS)) {
      assertThat(r.read().media()).extracting(m -> m.kindName()).containsExactly("unsupported");
      assertThat(r.issues()).extracting(ParseIssue::message)
          .containsExactly("expected a media block in div.media_wrap, found none known");
    }
  }

  @Test
  void longTextIsCutWithAnIssue() {
    String html = page(message(1, "01.01.2024 10:00:00 UTC+00:00", "A", "abcdefghij", false));
    try (MessageReader r = read(html, OPTIONS.withLimits(OPTIONS.limits().withMaxTextLength(4)))) {
      assertThat(r.read().text()).isEqualTo("abcd");
      assertThat(r.issues()).extracting(ParseIssue::message).containsExactly(
          "message text longer than 4 characters was cut (limit maxTextLength, option --max-text-length)");
    }
  }

  @Test
  void closingBeforeReadingClosesTheStream() throws IOException {
    boolean[] closed = new boolean[1];
    ByteArrayInputStream in = new ByteArrayInputStream(page().getBytes(StandardCharsets.UTF_8)) {
      @Override
      public void close() {
        closed[0] = true;
      }
    };
    FormatReader r = DesktopHtmlSupport.open(in, "x", OPTIONS, new IssueSink(false));
    r.close();
    assertThat(closed[0]).isTrue();
    assertThat(r.next()).isNull();
  }

  /**
   * Issue 14, item 18: service records had no date although the day separator above them gives the day. They
   * get that local day at midnight, flagged local even with a zone (it is a day, not an instant).
   */
  @Test
  void serviceRecordsTakeTheDayOfTheSeparatorAboveThem() {
    String service = "     <div class=\"message service\" id=\"message5\">\n      <div class=\"body details\">\n"
        + "Channel photo changed\n      </div>\n     </div>";
    String html = page(service, daySeparator(-1, "12 March 2023"), service.replace("message5", "message6"),
        message(7, "12.03.2023 10:00:00 UTC+03:00", "A", "text", false));
    for (ReadOptions o : new ReadOptions[] {OPTIONS, OPTIONS.withZone(ZoneId.of("Europe/Moscow"))}) {
      List<Message> all = readAll(read(html, o));
      assertThat(all).extracting(Message::id).containsExactly("5", "6", "7");
      assertThat(all.get(0).date()).isNull();
      assertThat(all.get(1).date()).isEqualTo(Timestamp.ofLocal(LocalDateTime.of(2023, 3, 12, 0, 0)));
      assertThat(all.get(1).dateIsLocal()).isTrue();
    }
  }

  /** Issue 14, item 19: media sizes as the page writes them ({@code 609.9 KB}) were dropped. */
  @Test
  void mediaSizesAreReadInBytes() {
    String media = "<div class=\"media_wrap clearfix\"><a class=\"media clearfix pull_left block_link media_video\""
        + " href=\"video_files/v.mp4\"><div class=\"body\"><div class=\"title bold\">Video file</div>"
        + "<div class=\"status details\">00:41, 609.9 KB</div></div></a>"
        + "<a class=\"media clearfix pull_left block_link media_file\" href=\"files/a.pdf\"><div class=\"body\">"
        + "<div class=\"title bold\">a.pdf</div><div class=\"status details\">1.2 MB</div></div></a>"
        + "<a class=\"media clearfix pull_left block_link media_photo\" href=\"photos/p.jpg\"><div class=\"body\">"
        + "<div class=\"title bold\">Photo</div><div class=\"status details\">1280x720, 17 B</div></div></a></div>";
    String html = page(message(1, "01.01.2024 10:00:00 UTC+00:00", "A", "x", false)
        .replace("       <div class=\"text\">", media + "\n       <div class=\"text\">"));
    List<Message> all = readAll(read(html, OPTIONS));
    assertThat(all.get(0).media()).extracting(m -> m.kindName() + " " + m.fileSize())
        .containsExactly("video 624538", "file 1258291", "photo 17");
  }
}
