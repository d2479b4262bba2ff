package org.tgparse.internal.tme;

import java.io.IOException;
import java.io.InputStream;
import org.tgparse.internal.io.FormatReader;
import org.tgparse.internal.io.IssueSink;
import org.tgparse.internal.pipeline.Readers;
import org.tgparse.read.ReadOptions;

/** Entry point of the t.me page reader (wired by Readers). */
public final class TmeSupport {
  private TmeSupport() {
  }

  /**
   * @param in the page's bytes; closed with the reader
   * @param name the page's name for records and issues
   * @param options read options
   * @param issues where issues go
   * @return the reader
   * @throws IOException when the page cannot be opened
   */
  public static FormatReader open(InputStream in, String name, ReadOptions options, IssueSink issues) throws IOException {
    return new TmeReader(in, name, options.limits(), issues);
  }
}
