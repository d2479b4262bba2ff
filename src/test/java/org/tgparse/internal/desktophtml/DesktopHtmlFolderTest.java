package org.tgparse.internal.desktophtml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tgparse.internal.desktophtml.DesktopHtmlReaderTest.message;
import static org.tgparse.internal.desktophtml.DesktopHtmlReaderTest.page;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tgparse.MessageReader;
import org.tgparse.Tgparse;
import org.tgparse.model.Message;
import org.tgparse.read.Format;
import org.tgparse.read.ParseIssue;
import org.tgparse.read.ReadOptions;
import org.tgparse.read.TgparseException;

/**
 * Export folders are read by content (issue 14, item 3) and whole-account exports chat by chat (item 20).
 */
class DesktopHtmlFolderTest {
  private static final ReadOptions OPTIONS = ReadOptions.defaults().withExtractEntities(false);

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, page(message(1, "01.01.2024 10:00:00 UTC+00:00", "A", text, false)));
  }

  private record Read(List<String> texts, List<String> files, List<String> issues) {
  }

  private static Read read(Path dir) {
    List<String> texts = new ArrayList<>();
    List<String> files = new ArrayList<>();
    try (MessageReader r = Tgparse.read(dir, OPTIONS)) {
      for (Message m : r) {
        texts.add(m.text());
        files.add(m.source().file().substring(dir.toString().length() + 1));
      }
      return new Read(texts, files, r.issues().stream().map(ParseIssue::toString)
          .map(s -> s.substring(dir.toString().length() + 1)).toList());
    }
  }

  @Test
  void pagesAreChosenByContentAndOrderedByTheirNumber(@TempDir Path dir) throws IOException {
    write(dir.resolve("messages5.HTML"), "five");
    write(dir.resolve("messages0.html"), "zero");
    write(dir.resolve("messages9999999999.html"), "huge");
    write(dir.resolve("messages.html"), "one");
    write(dir.resolve("messages10.html"), "ten");
    write(dir.resolve("chat (renamed).html"), "renamed");
    Files.writeString(dir.resolve("messages2.html"), "");
    Files.writeString(dir.resolve("notes.html"), "<html><body>my notes</body></html>");
    Files.writeString(dir.resolve("style.css"), "body {}");
    Read r = read(dir);
    assertThat(r.texts()).containsExactly("zero", "one", "five", "ten", "huge", "renamed");
    assertThat(r.issues()).containsExactly("messages2.html: warning: skipped: an empty file",
        "notes.html: warning: skipped: not a page of messages (expected div class=\"history\" or"
            + " div class=\"message ...\" in its first 16 KiB)");
  }

  @Test
  void aFolderHoldingOnlyARenamedPageIsRead(@TempDir Path dir) throws IOException {
    write(dir.resolve("saved.html"), "kept");
    assertThat(read(dir).texts()).containsExactly("kept");
    assertThat(Tgparse.detect(dir)).isEqualTo(Format.DESKTOP_HTML);
  }

  @Test
  void aFolderWithoutPagesNamesWhatItExpects(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("messages2.html"), "<html>not an export</html>");
    assertThatThrownBy(() -> Tgparse.read(dir, OPTIONS.withFormat(Format.DESKTOP_HTML)))
        .isInstanceOf(TgparseException.class).hasMessage(dir + ": expected HTML pages with message history"
            + " (messages.html, messages2.html, ..., or chats/chat_NNN/ folders of them) in the folder, found none");
  }

  @Test
  void aWholeAccountExportIsReadChatByChat(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("export_results.html"), "<!DOCTYPE html><html><head><title>Exported Data"
        + "</title></head><body><div class=\"page_wrap\"><div class=\"page_body list_page\"></div></div></body>"
        + "</html>");
    Files.createDirectories(dir.resolve("lists"));
    Files.writeString(dir.resolve("lists/chats.html"), "<!DOCTYPE html><html><head><title>Exported Data"
        + "</title></head><body><div class=\"page_wrap\"></div></body></html>");
    write(dir.resolve("chats/chat_10/messages.html"), "ten");
    write(dir.resolve("chats/chat_2/messages.html"), "two");
    write(dir.resolve("chats/chat_2/messages2.html"), "two, page 2");
    write(dir.resolve("chats/chat_1/messages.html"), "one");
    Files.createDirectories(dir.resolve("chats/chat_3"));
    assertThat(Tgparse.detect(dir)).isEqualTo(Format.DESKTOP_HTML);
    Read r = read(dir);
    assertThat(r.texts()).containsExactly("one", "two", "two, page 2", "ten");
    assertThat(r.files()).containsExactly("chats/chat_1/messages.html", "chats/chat_2/messages.html",
        "chats/chat_2/messages2.html", "chats/chat_10/messages.html");
    assertThat(r.issues()).containsExactly(
        "chats/chat_3: warning: skipped: no page with message history in this chat folder");
  }
}
