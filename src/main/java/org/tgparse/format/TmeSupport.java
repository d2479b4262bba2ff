package org.tgparse.format;

import java.io.IOException;
import java.io.InputStream;
import org.tgparse.ReadOptions;

/** Entry point of the t.me page reader (wired by Readers). */
final class TmeSupport {
  private TmeSupport() {
  }

  static FormatReader open(InputStream in, String name, ReadOptions options, IssueSink issues) throws IOException {
    return new TmeReader(in, name, options.limits(), issues);
  }
}
