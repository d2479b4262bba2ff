package org.tgparse.internal.desktophtml;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.tgparse.internal.io.IssueSink;
import org.tgparse.internal.io.FormatReader;
import org.tgparse.internal.pipeline.Readers;
import org.tgparse.read.ReadOptions;
import org.tgparse.read.TgparseException;

/** Entry point of the Desktop HTML reader (wired by Readers): one file, or the message files of a folder. */
public final class DesktopHtmlSupport {
  private DesktopHtmlSupport() {
  }

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
   * Reads every {@code messages.html}, {@code messages2.html}, ... of an export folder in numeric order
   * ({@code messages10.html} after {@code messages9.html}); each is named {@code DIR/messagesN.html} in records.
   */
  public static FormatReader openDirectory(Path dir, String name, ReadOptions options, IssueSink issues)
      throws IOException {
    List<Path> files = messageFiles(dir);
    if (files.isEmpty()) {
      throw new TgparseException(name, 0, 0,
          "expected messages.html or messagesN.html in the folder, found none");
    }
    List<DesktopHtmlReader.Source> sources = new ArrayList<>(files.size());
    for (Path p : files) {
      Path fn = p.getFileName();
      String fileName = fn == null ? p.toString() : fn.toString();
      String display = name.endsWith("/") ? name + fileName : name + "/" + fileName;
      sources.add(new DesktopHtmlReader.Source() {
        @Override
        public String name() {
          return display;
        }

        @Override
        public InputStream open() throws IOException {
          return Files.newInputStream(p);
        }
      });
    }
    return new DesktopHtmlReader(sources, options, issues);
  }

  /**
   * @param dir a folder
   * @return its {@code messagesN.html} files, {@code messages.html} (number 1) first, then by number
   * @throws IOException when the folder cannot be listed
   */
  static List<Path> messageFiles(Path dir) throws IOException {
    List<Path> out = new ArrayList<>();
    try (Stream<Path> list = Files.list(dir)) {
      list.filter(p -> fileNumber(p.getFileName().toString()) > 0 && Files.isRegularFile(p)).forEach(out::add);
    }
    out.sort(Comparator.comparingLong((Path p) -> fileNumber(p.getFileName().toString()))
        .thenComparing(p -> p.getFileName().toString()));
    return out;
  }

  /** @return N of {@code messagesN.html} (1 for {@code messages.html}), or -1 when the name is not such a file */
  static long fileNumber(String fileName) {
    if (!fileName.startsWith("messages") || !fileName.endsWith(".html")) {
      return -1;
    }
    String digits = fileName.substring(8, fileName.length() - 5);
    if (digits.isEmpty()) {
      return 1;
    }
    if (digits.length() > 9 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return -1;
    }
    return Long.parseLong(digits);
  }
}
