package org.tgparse.internal.io;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Opens a file's bytes as a stream, whatever kind of file it is. A regular file goes through
 * {@link Files#newInputStream}; anything else (a FIFO, {@code /dev/stdin}, bash's {@code <(...)}) through
 * {@link FileInputStream}. Why: the channel stream of {@code Files.newInputStream} answers {@code available()}
 * with the channel's size and position, which a pipe does not have ("Illegal seek"), and
 * {@link java.io.BufferedInputStream} asks {@code available()} on every read.
 */
public final class FileInput {
  private FileInput() {
  }

  /**
   * @param path a file
   * @return its bytes, read once from the start; close it
   * @throws IOException when it cannot be opened ({@link java.nio.file.NoSuchFileException} when it is missing)
   */
  public static InputStream open(Path path) throws IOException {
    if (Files.isRegularFile(path) || !Files.exists(path)) {
      return Files.newInputStream(path); // its typed exceptions name a missing or forbidden file
    }
    return new FileInputStream(path.toFile());
  }
}
