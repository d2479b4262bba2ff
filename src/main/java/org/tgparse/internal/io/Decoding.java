package org.tgparse.internal.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;

/**
 * Turns bytes into characters: UTF-8 by default, UTF-16 (LE or BE) where a byte-order mark says so. Invalid
 * bytes become U+FFFD with an issue naming their byte offset (see {@link Utf8Reader}).
 */
public final class Decoding {
  private Decoding() {
  }

  /**
   * @param in a stream that supports mark/reset, positioned at its start
   * @param name the input's name, for issues
   * @param issues where decoding issues go
   * @return a reader over the decoded text (a UTF-16 BOM is consumed; a UTF-8 BOM is left for the reader)
   * @throws IOException when the stream fails
   */
  public static Reader reader(InputStream in, String name, IssueSink issues) throws IOException {
    byte[] head = Detector.peek(in);
    Detector.Encoding enc = Detector.Encoding.sniff(head, head.length);
    if (enc != Detector.Encoding.UTF8) {
      // The BOM is consumed here; byte offsets in issues still count it.
      int bom = in.readNBytes(2).length;
      return new Utf8Reader(in, enc.charset(), bom, name, issues);
    }
    return new Utf8Reader(in, name, issues);
  }

  /**
   * The lines of the input, decoded as {@link #reader} decodes it: UTF-8 input is cut into lines on its bytes
   * (see {@link Utf8Lines}), other input through {@link #reader}.
   *
   * @param in a stream that supports mark/reset, positioned at its start
   * @param name the input's name, for issues
   * @param issues where decoding issues go
   * @param maxLineLength longest line kept, in UTF-16 code units
   * @return the lines; close them
   * @throws IOException when the stream fails
   */
  public static Lines lines(InputStream in, String name, IssueSink issues, int maxLineLength)
      throws IOException {
    byte[] head = Detector.peek(in);
    if (Detector.Encoding.sniff(head, head.length) != Detector.Encoding.UTF8) {
      return new LineReader(reader(in, name, issues), maxLineLength);
    }
    return new Utf8Lines(in, name, issues, maxLineLength);
  }
}
