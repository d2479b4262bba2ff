package org.tgparse.internal.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.tgparse.read.Format;
import org.tgparse.read.TgparseException;

/**
 * Decides an input's format from its first bytes, never from the whole file: a JSON object (a brace, then a
 * member name) is a Desktop JSON export, {@code tgme_} markup a t.me page, Telegram Desktop's HTML skeleton a Desktop HTML export, anything else
 * the plain-text export. Refuses binary input ({@link #refuseBinary}).
 */
public final class Detector {
  /** How many bytes detection looks at. */
  public static final int PEEK = 16 * 1024;

  private Detector() {
  }

  /**
   * @param head the first bytes of the input (up to {@link #PEEK})
   * @param length how many of them are valid
   * @param name the input's name, for the error
   * @return the format
   * @throws TgparseException when the input looks binary (see {@link #refuseBinary})
   */
  public static Format detect(byte[] head, int length, String name) {
    refuseBinary(head, length, name);
    Encoding enc = Encoding.sniff(head, length);
    String s = new String(head, enc.bomLength(), Math.max(0, length - enc.bomLength()), enc.charset());
    // A UTF-8 byte-order mark decodes to U+FEFF, which stripLeading() keeps: drop it first.
    String t = (s.startsWith("\uFEFF") ? s.substring(1) : s).stripLeading();
    if (t.startsWith("{")) {
      // A JSON object opens with a member name or closes at once; a plain-text copy whose first post starts with
      // a brace ("{Breaking}") does neither, and read as JSON it would lose every post.
      return startsJsonObject(t) ? Format.DESKTOP_JSON : Format.TEXT;
    }
    // HTML formats start with markup; a plain-text export that merely mentions these names stays text.
    if (!t.startsWith("<")) {
      return Format.TEXT;
    }
    // Telegram Desktop's skeleton first: its markers are in the first kilobyte and are specific, while a message
    // text further down may well quote t.me markup.
    if (s.contains("<title>Exported Data</title>") || s.contains("class=\"page_wrap\"")
        || s.contains("class=\"history\"") || s.contains("class=\"message default")
        || s.contains("class=\"message service")) {
      return Format.DESKTOP_HTML;
    }
    if (s.contains("tgme_")) {
      return Format.TME_HTML;
    }
    return Format.TEXT;
  }

  /** @return whether {@code t}, which starts with a brace, goes on as a JSON object: blanks, then a quote or a brace */
  private static boolean startsJsonObject(String t) {
    int i = 1;
    while (i < t.length() && (t.charAt(i) == ' ' || t.charAt(i) == '\t' || t.charAt(i) == '\n'
        || t.charAt(i) == '\r')) {
      i++;
    }
    // Only blanks within the peeked head: a JSON export cut that short is still JSON, and its reader says why.
    return i == t.length() || t.charAt(i) == '"' || t.charAt(i) == '}';
  }

  /** File signatures of common binary files, to name what was given instead of an archive. */
  private static final Object[][] SIGNATURES = {
      {new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, "a PNG image"},
      {new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, "a JPEG image"},
      {"GIF87a".getBytes(StandardCharsets.US_ASCII), "a GIF image"},
      {"GIF89a".getBytes(StandardCharsets.US_ASCII), "a GIF image"},
      {"%PDF-".getBytes(StandardCharsets.US_ASCII), "a PDF document"},
      {new byte[] {'P', 'K', 3, 4}, "a ZIP archive"},
      {new byte[] {0x1F, (byte) 0x8B}, "a gzip file"},
      {new byte[] {0x7F, 'E', 'L', 'F'}, "an ELF executable"},
  };

  /**
   * Refuses input that is not text, so that it is not parsed into garbage records: a known binary signature (PNG,
   * JPEG, GIF, PDF, ZIP, gzip, ELF), or a NUL byte in the first bytes of input without a UTF-16 byte-order mark.
   *
   * @param head the first bytes of the input (up to {@link #PEEK})
   * @param length how many of them are valid
   * @param name the input's name, for the error
   * @throws TgparseException when the input looks binary; the message says what was found
   */
  public static void refuseBinary(byte[] head, int length, String name) {
    for (Object[] sig : SIGNATURES) {
      byte[] magic = (byte[]) sig[0];
      if (length >= magic.length && java.util.Arrays.equals(head, 0, magic.length, magic, 0, magic.length)) {
        throw new TgparseException(name, 0, 0, "binary input refused: found " + sig[1]
            + "; expected a Telegram archive as UTF-8 or UTF-16 text (with a byte-order mark)");
      }
    }
    if (Encoding.sniff(head, length) != Encoding.UTF8) {
      return;
    }
    for (int i = 0; i < length; i++) {
      if (head[i] == 0) {
        // Text in UTF-16 without a BOM has a NUL next to every ASCII character; say so, it is a common mistake.
        String hint = length >= 4 && (head[0] == 0) != (head[1] == 0) && (head[2] == 0) != (head[3] == 0)
            ? "UTF-16 text without a byte-order mark?" : "a binary file?";
        throw new TgparseException(name, 0, 0, String.format(java.util.Locale.ROOT,
            "binary input refused: NUL byte at byte offset %d (%s); expected a Telegram archive as UTF-8 or UTF-16"
                + " text (with a byte-order mark)", i, hint));
      }
    }
  }

  /**
   * Detects a directory: a Telegram Desktop export folder, decided by content, not by file names.
   *
   * @param dir the directory
   * @return {@link Format#DESKTOP_JSON} when it holds {@code result.json}, {@link Format#DESKTOP_HTML} when it
   *     holds an HTML page with message history ({@link #isMessagePage}), or is a whole-account export whose
   *     {@code chats/chat_NNN/} folders hold such pages
   * @throws IOException when the directory cannot be listed
   * @throws TgparseException when it holds neither
   */
  public static Format detectDirectory(Path dir) throws IOException {
    if (Files.isRegularFile(dir.resolve("result.json"))) {
      return Format.DESKTOP_JSON;
    }
    if (holdsMessagePage(dir)) {
      return Format.DESKTOP_HTML;
    }
    Path chats = dir.resolve("chats");
    if (Files.isDirectory(chats)) {
      try (Stream<Path> list = Files.list(chats)) {
        for (Path p : (Iterable<Path>) list::iterator) {
          if (Files.isDirectory(p) && holdsMessagePage(p)) {
            return Format.DESKTOP_HTML;
          }
        }
      }
    }
    throw new TgparseException(dir.toString(), 0, 0, "expected a Telegram Desktop export folder (result.json, or"
        + " HTML pages with message history such as messages.html, or chats/chat_NNN/ folders of them), found"
        + " neither");
  }

  /** @return whether a folder holds an {@code .html} file that {@link #isMessagePage(Path)} */
  private static boolean holdsMessagePage(Path dir) throws IOException {
    try (Stream<Path> list = Files.list(dir)) {
      for (Path p : (Iterable<Path>) list::iterator) {
        if (isHtmlName(p) && Files.isRegularFile(p) && isMessagePage(p)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * @param p a path
   * @return whether its name ends with {@code .html} or {@code .htm}, in any case
   */
  public static boolean isHtmlName(Path p) {
    Path fn = p.getFileName();
    String n = fn == null ? "" : fn.toString().toLowerCase(java.util.Locale.ROOT);
    return n.endsWith(".html") || n.endsWith(".htm");
  }

  /**
   * @param file a file
   * @return whether its first {@link #PEEK} bytes are a Telegram Desktop page with message history
   * @throws IOException when it cannot be read
   */
  public static boolean isMessagePage(Path file) throws IOException {
    try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file))) {
      byte[] head = peek(in);
      return isMessagePage(head, head.length);
    }
  }

  /**
   * Whether the first bytes of a file are a page of Telegram Desktop's HTML export that holds messages: its
   * history div or a message div (the export's other pages, {@code export_results.html} and {@code lists/}, have
   * the same skeleton but neither).
   *
   * @param head the first bytes (up to {@link #PEEK})
   * @param length how many are valid
   * @return whether they are
   */
  public static boolean isMessagePage(byte[] head, int length) {
    if (length == 0 || Encoding.sniff(head, length) != Encoding.UTF8) {
      return length > 0 && isMessagePageText(new String(head, 2, length - 2, Encoding.sniff(head, length)
          .charset()));
    }
    return isMessagePageText(new String(head, 0, length, StandardCharsets.UTF_8));
  }

  private static boolean isMessagePageText(String s) {
    return s.contains("class=\"history\"") || s.contains("class=\"message default")
        || s.contains("class=\"message service");
  }

  /**
   * Reads up to {@link #PEEK} bytes from a stream that supports mark/reset, and resets it.
   *
   * @param in a stream with mark support
   * @return the bytes read
   * @throws IOException when the stream fails
   */
  public static byte[] peek(InputStream in) throws IOException {
    in.mark(PEEK);
    byte[] head = new byte[PEEK];
    int n = 0;
    while (n < PEEK) {
      int r = in.read(head, n, PEEK - n);
      if (r < 0) {
        break;
      }
      n += r;
    }
    in.reset();
    return n == PEEK ? head : java.util.Arrays.copyOf(head, n);
  }

  /** Text encodings told apart by their byte-order mark; UTF-8 without one is the default. */
  public enum Encoding {
    /** UTF-8, with or without BOM. */
    UTF8(StandardCharsets.UTF_8),
    /** UTF-16 big-endian with BOM. */
    UTF16BE(StandardCharsets.UTF_16BE),
    /** UTF-16 little-endian with BOM. */
    UTF16LE(StandardCharsets.UTF_16LE);

    private final java.nio.charset.Charset charset;

    Encoding(java.nio.charset.Charset charset) {
      this.charset = charset;
    }

    /** @return the charset */
    public java.nio.charset.Charset charset() {
      return charset;
    }

    int bomLength() {
      return this == UTF8 ? 0 : 2;
    }

    /**
     * @param head first bytes
     * @param length valid bytes
     * @return the encoding its BOM says, else UTF-8
     */
    public static Encoding sniff(byte[] head, int length) {
      if (length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
        return UTF16BE;
      }
      if (length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
        return UTF16LE;
      }
      return UTF8;
    }
  }
}
