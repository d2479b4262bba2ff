package org.tgparse.internal.desktopjson;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.tgparse.internal.io.Detector;
import org.tgparse.internal.io.FormatReader;
import org.tgparse.internal.io.IssueSink;
import org.tgparse.internal.pipeline.Readers;
import org.tgparse.read.ReadOptions;

/** Entry point of the Desktop JSON reader (wired by {@link Readers}): see {@link DesktopJsonReader}. */
public final class DesktopJsonSupport {
  private DesktopJsonSupport() {
  }

  /**
   * @param in the export's bytes; closed with the reader (and here, when opening fails)
   * @param name the input's name
   * @param options read options
   * @param issues where recoverable issues go
   * @return a reader of the export's messages
   * @throws IOException when the stream cannot be read
   */
  public static FormatReader open(InputStream in, String name, ReadOptions options, IssueSink issues) throws IOException {
    try {
      boolean utf8 = true;
      if (in.markSupported()) {
        byte[] head = Detector.peek(in);
        utf8 = Detector.Encoding.sniff(head, head.length) == Detector.Encoding.UTF8;
      } else {
        in = new BufferedInputStream(in, 64 * 1024);
        byte[] head = Detector.peek(in);
        utf8 = Detector.Encoding.sniff(head, head.length) == Detector.Encoding.UTF8;
      }
      // The \xHH repair works on UTF-8 bytes only; Telegram writes UTF-8, and Jackson decodes a UTF-16 file itself.
      return new DesktopJsonReader(in, utf8, name, options, issues);
    } catch (IOException | RuntimeException e) {
      in.close();
      throw e;
    }
  }
}
