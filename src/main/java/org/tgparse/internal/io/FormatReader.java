package org.tgparse.internal.io;

import java.io.Closeable;
import java.io.IOException;
import org.tgparse.MessageReader;
import org.tgparse.model.Message;
import org.tgparse.read.TgparseException;

/**
 * The pull interface every format reader implements: one message per call, before entity extraction. Internal:
 * users go through {@link org.tgparse.MessageReader}.
 */
public interface FormatReader extends Closeable {

  /**
   * Reads the next record.
   *
   * @return the next message, or null at the end of the input
   * @throws IOException when the source fails
   * @throws org.tgparse.read.TgparseException when the input cannot be read on (after every complete message before)
   */
  Message next() throws IOException;
}
