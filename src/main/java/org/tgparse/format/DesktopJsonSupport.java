package org.tgparse.format;

import java.io.IOException;
import java.io.InputStream;
import org.tgparse.ReadOptions;
import org.tgparse.TgparseException;

/** Entry point of the DesktopJson reader (wired by Readers). */
final class DesktopJsonSupport {
  private DesktopJsonSupport() {
  }

  static FormatReader open(InputStream in, String name, ReadOptions options, IssueSink issues) throws IOException {
    in.close();
    throw new TgparseException(name, 0, 0, "this format is not supported yet");
  }
}
