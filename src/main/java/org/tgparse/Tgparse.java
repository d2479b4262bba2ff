package org.tgparse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.tgparse.extract.Extractor;
import org.tgparse.format.FormatReader;
import org.tgparse.format.IssueSink;
import org.tgparse.format.LineReader;
import org.tgparse.format.Readers;
import org.tgparse.format.TextExportReader;
import org.tgparse.format.WholeTextReader;

/**
 * Entry points. Read a file, folder, stream or reader into a {@link MessageReader}:
 *
 * <pre>{@code
 * try (MessageReader reader = Tgparse.read(Path.of("samples/mfa-forwarded-posts.txt"))) {
 *   for (Message m : reader) {
 *     System.out.println(m.forwardedFrom() + ": " + m.title() + " " + m.hashtags());
 *   }
 * }
 * }</pre>
 *
 * <p>All methods are thread-safe; each returned reader is for one thread.
 */
public final class Tgparse {
  private Tgparse() {
  }

  /**
   * Reads a file, or a Telegram Desktop export folder, detecting its format by content.
   *
   * @param path the input
   * @return a reader; close it
   * @throws TgparseException when the input is missing, unreadable or not an archive
   */
  public static MessageReader read(Path path) {
    return read(path, ReadOptions.defaults());
  }

  /**
   * Reads a file, or a Telegram Desktop export folder.
   *
   * @param path the input
   * @param options how to read it
   * @return a reader; close it
   * @throws TgparseException when the input is missing, unreadable or not an archive
   */
  public static MessageReader read(Path path, ReadOptions options) {
    String name = path.toString();
    IssueSink issues = new IssueSink(options.strict());
    try {
      Readers.Opened opened = Readers.open(path, name, options, issues);
      return reader(opened.reader(), name, opened.format(), issues, options);
    } catch (NoSuchFileException e) {
      throw new TgparseException(name, 0, 0, "no such file or directory", e);
    } catch (java.nio.file.AccessDeniedException e) {
      throw new TgparseException(name, 0, 0, "permission denied", e);
    } catch (IOException e) {
      throw new TgparseException(name, 0, 0, "cannot read: " + e.getMessage(), e);
    }
  }

  /**
   * Reads a stream, detecting its format by content. The stream is closed with the reader.
   *
   * @param in the bytes (UTF-8, or UTF-16 with a byte-order mark)
   * @param name the name to report in records and errors
   * @param options how to read it
   * @return a reader; close it
   * @throws TgparseException when the input is not an archive or cannot be read
   */
  public static MessageReader read(InputStream in, String name, ReadOptions options) {
    IssueSink issues = new IssueSink(options.strict());
    try {
      Readers.Opened opened = Readers.open(in, name, options, issues);
      return reader(opened.reader(), name, opened.format(), issues, options);
    } catch (IOException e) {
      throw new TgparseException(name, 0, 0, "cannot read: " + e.getMessage(), e);
    }
  }

  /**
   * Reads characters as the plain-text export ({@link Format#TEXT}, or {@link Format#PLAIN} when the options say
   * so). Other formats need bytes: use {@link #read(InputStream, String, ReadOptions)}.
   *
   * @param in the text; closed with the reader
   * @param name the name to report
   * @param options how to read it
   * @return a reader; close it
   */
  public static MessageReader read(Reader in, String name, ReadOptions options) {
    IssueSink issues = new IssueSink(options.strict());
    FormatReader r;
    Format f;
    if (options.format() == Format.PLAIN) {
      r = new WholeTextReader(in, name, options.limits(), issues);
      f = Format.PLAIN;
    } else if (options.format() == Format.AUTO || options.format() == Format.TEXT) {
      r = new TextExportReader(new LineReader(in, options.limits().maxLineLength()), name, options.limits(),
          issues);
      f = Format.TEXT;
    } else {
      throw new IllegalArgumentException("a Reader can be read as text or plain only, not as "
          + options.format().cliName() + ": pass an InputStream");
    }
    return reader(r, name, f, issues, options);
  }

  /**
   * Reads a string as the plain-text export (or as {@link Format#PLAIN} text when the options say so).
   *
   * @param text the input
   * @param options how to read it
   * @return a reader
   */
  public static MessageReader readString(String text, ReadOptions options) {
    if (options.format() == Format.AUTO || options.format() == Format.TEXT || options.format() == Format.PLAIN) {
      return read(new java.io.StringReader(text), "<string>", options);
    }
    return read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "<string>", options);
  }

  /**
   * Detects the format of a file or folder by content, reading at most its first 16 KiB.
   *
   * @param path a file or a Telegram Desktop export folder
   * @return the format (never {@link Format#AUTO})
   * @throws TgparseException when the input is missing, unreadable, binary, or a folder of no known kind
   */
  public static Format detect(Path path) {
    String name = path.toString();
    try {
      if (java.nio.file.Files.isDirectory(path)) {
        return org.tgparse.format.Detector.detectDirectory(path);
      }
      try (InputStream in = new java.io.BufferedInputStream(java.nio.file.Files.newInputStream(path))) {
        byte[] head = org.tgparse.format.Detector.peek(in);
        return org.tgparse.format.Detector.detect(head, head.length, name);
      }
    } catch (NoSuchFileException e) {
      throw new TgparseException(name, 0, 0, "no such file or directory", e);
    } catch (IOException e) {
      throw new TgparseException(name, 0, 0, "cannot read: " + e.getMessage(), e);
    }
  }

  /** @return the shared, thread-safe entity extractor */
  public static Extractor extractor() {
    return Extractor.standard();
  }

  private static MessageReader reader(FormatReader r, String name, Format f, IssueSink issues, ReadOptions o) {
    return new MessageReader(r, name, f, issues, o.extractEntities() ? Extractor.standard() : null, o.limits());
  }

}
