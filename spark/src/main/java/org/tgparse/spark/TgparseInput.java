package org.tgparse.spark;

import java.util.List;
import java.util.Objects;
import org.apache.spark.sql.connector.read.InputPartition;
import org.tgparse.read.Format;

/**
 * One input, read by one task: a file, the {@code result.json} of a Telegram Desktop JSON export folder, or the
 * pages of a Telegram Desktop HTML export folder ({@code messages.html}, {@code messages2.html}, ... in that
 * order). Inputs are never split: each is read from its start in one stream, which is what lets a retried task
 * give the same rows.
 *
 * @param name the input as reported in issue rows: the file, or the export folder
 * @param files the files to read one after another, as fully qualified Hadoop paths
 * @param format the format the files must be read as ({@link Format#DESKTOP_JSON} for the {@code result.json} of
 *     an export folder, {@link Format#DESKTOP_HTML} for the pages of one), or null for the {@code format} option
 */
record TgparseInput(String name, List<String> files, Format format) implements InputPartition {
  private static final long serialVersionUID = 1L;

  /** Checks and copies. */
  TgparseInput {
    Objects.requireNonNull(name, "name");
    files = List.copyOf(files);
    if (files.isEmpty()) {
      throw new IllegalArgumentException("an input needs at least one file");
    }
  }

  /**
   * @param file a fully qualified path
   * @return an input of one file, read as the {@code format} option says
   */
  static TgparseInput file(String file) {
    return new TgparseInput(file, List.of(file), null);
  }
}
