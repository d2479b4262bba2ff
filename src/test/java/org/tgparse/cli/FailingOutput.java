package org.tgparse.cli;

import java.io.IOException;
import java.io.OutputStream;

/**
 * An output that takes some bytes, then fails every write with the given reason: {@code Broken pipe} for a reader
 * that went away ({@code | head -1}), {@code No space left on device} for a full disk.
 */
final class FailingOutput extends OutputStream {
  private final String reason;
  private int room;

  FailingOutput(int room, String reason) {
    this.room = room;
    this.reason = reason;
  }

  static FailingOutput closingPipe(int room) {
    return new FailingOutput(room, "Broken pipe");
  }

  static FailingOutput fullDisk(int room) {
    return new FailingOutput(room, "No space left on device");
  }

  @Override
  public void write(int b) throws IOException {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    if (len > room) {
      throw new IOException(reason);
    }
    room -= len;
  }
}
