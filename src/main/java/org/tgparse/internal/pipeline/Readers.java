package org.tgparse.internal.pipeline;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.tgparse.internal.desktophtml.DesktopHtmlSupport;
import org.tgparse.internal.desktopjson.DesktopJsonSupport;
import org.tgparse.internal.io.Decoding;
import org.tgparse.internal.io.Detector;
import org.tgparse.internal.io.FileInput;
import org.tgparse.internal.io.FormatReader;
import org.tgparse.internal.io.IssueSink;
import org.tgparse.internal.text.TextExportReader;
import org.tgparse.internal.text.WholeTextReader;
import org.tgparse.internal.tme.TmeSupport;
import org.tgparse.read.Format;
import org.tgparse.read.ReadOptions;
import org.tgparse.read.TgparseException;

/** Opens the right {@link FormatReader} for an input. One place for the dispatch, so formats stay independent. */
public final class Readers {
  private Readers() {
  }

  /** A reader with the format it reads. @param reader the reader @param format its format */
  public record Opened(FormatReader reader, Format format) {
  }

  /**
   * Opens a file or a Telegram Desktop export folder.
   *
   * @param path a file or directory
   * @param name the name to report (as the user gave it)
   * @param options read options
   * @param issues where issues go
   * @return the reader and its format
   * @throws IOException when the input cannot be opened
   */
  public static Opened open(Path path, String name, ReadOptions options, IssueSink issues) throws IOException {
    if (Files.isDirectory(path)) {
      Format f = options.format() == Format.AUTO ? Detector.detectDirectory(path) : options.format();
      switch (f) {
        case DESKTOP_JSON:
          return open(Files.newInputStream(path.resolve("result.json")), name + "/result.json",
              options.withFormat(Format.DESKTOP_JSON), issues);
        case DESKTOP_HTML:
          return new Opened(DesktopHtmlSupport.openDirectory(path, name, options, issues), f);
        default:
          throw new org.tgparse.read.TgparseException(name, 0, 0,
              "a directory can be read only as a Telegram Desktop export (desktop-json or desktop-html), not as "
                  + f.cliName());
      }
    }
    return open(FileInput.open(path), name, options, issues);
  }

  /**
   * Opens a stream; it is closed when the reader is closed.
   *
   * @param raw the bytes
   * @param name the name to report
   * @param options read options
   * @param issues where issues go
   * @return the reader and its format
   * @throws IOException when the input cannot be read
   */
  public static Opened open(InputStream raw, String name, ReadOptions options, IssueSink issues)
      throws IOException {
    BufferedInputStream in = raw instanceof BufferedInputStream ? (BufferedInputStream) raw
        : new BufferedInputStream(raw, 64 * 1024);
    try {
      byte[] head = Detector.peek(in);
      // Every format is text: binary input is refused even when the format was forced.
      Detector.refuseBinary(head, head.length, name);
      if (head.length == 0) {
        issues.warn(name, 0, 0, "empty input: no messages");
      }
      Format f = options.format();
      if (f == Format.AUTO) {
        f = Detector.detect(head, head.length, name);
      }
      return new Opened(open(f, in, name, options, issues), f);
    } catch (IOException | RuntimeException e) {
      in.close();
      throw e;
    }
  }

  private static FormatReader open(Format f, BufferedInputStream in, String name, ReadOptions options,
      IssueSink issues) throws IOException {
    switch (f) {
      case TEXT:
        return new TextExportReader(Decoding.lines(in, name, issues, options.limits().maxLineLength()), name,
            options.limits(), issues);
      case PLAIN:
        return new WholeTextReader(Decoding.reader(in, name, issues), name, options.limits(), issues);
      case DESKTOP_JSON:
        return DesktopJsonSupport.open(in, name, options, issues);
      case DESKTOP_HTML:
        return DesktopHtmlSupport.open(in, name, options, issues);
      case TME_HTML:
        return TmeSupport.open(in, name, options, issues);
      default:
        throw new IllegalArgumentException("cannot open format " + f);
    }
  }
}
