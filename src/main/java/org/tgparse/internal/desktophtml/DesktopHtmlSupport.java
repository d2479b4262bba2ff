package org.tgparse.internal.desktophtml;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.tgparse.internal.io.FormatReader;
import org.tgparse.internal.io.IssueSink;
import org.tgparse.read.ReadOptions;
import org.tgparse.read.TgparseException;

/** Entry point of the Desktop HTML reader (wired by Readers): one file, or the message files of a folder. */
public final class DesktopHtmlSupport {
  private DesktopHtmlSupport() {
  }

  /**
   * @param in one page's bytes; closed with the reader
   * @param name the page's name for records and issues
   * @param options read options
   * @param issues where issues go
   * @return the reader
   * @throws IOException when the page cannot be opened
   */
  public static FormatReader open(InputStream in, String name, ReadOptions options, IssueSink issues) throws IOException {
    DesktopHtmlReader.Source source = new DesktopHtmlReader.Source() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public InputStream open() {
        return in;
      }

      @Override
      public void discard() throws IOException {
        in.close();
      }
    };
    return new DesktopHtmlReader(List.of(source), options, issues);
  }

  /**
   * Reads the message pages of an export folder, or of every chat of a whole-account export, in order (see
   * {@link ExportFolder}); each is named {@code DIR/messagesN.html} (or {@code DIR/chats/chat_NNN/...}) in records,
   * and every {@code .html} file passed over is reported with the reason.
   *
   * @param dir the folder
   * @param name its name as the user gave it
   * @param options read options
   * @param issues where issues go
   * @return the reader
   * @throws IOException when the folder cannot be listed
   * @throws TgparseException when it holds no page of messages
   */
  public static FormatReader openDirectory(Path dir, String name, ReadOptions options, IssueSink issues)
      throws IOException {
    List<ExportFolder.Page> pages = ExportFolder.pages(dir, name, issues);
    if (pages.isEmpty()) {
      throw new TgparseException(name, 0, 0, "expected HTML pages with message history (messages.html,"
          + " messages2.html, ..., or chats/chat_NNN/ folders of them) in the folder, found none");
    }
    List<DesktopHtmlReader.Source> sources = new ArrayList<>(pages.size());
    for (ExportFolder.Page page : pages) {
      sources.add(new DesktopHtmlReader.Source() {
        @Override
        public String name() {
          return page.name();
        }

        @Override
        public InputStream open() throws IOException {
          return Files.newInputStream(page.path());
        }
      });
    }
    return new DesktopHtmlReader(sources, options, issues);
  }
}
