package org.tgparse.spark;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.compress.CompressionCodec;
import org.apache.hadoop.io.compress.CompressionCodecFactory;
import org.tgparse.MessageReader;
import org.tgparse.Tgparse;
import org.tgparse.model.Message;
import org.tgparse.read.ParseIssue;
import org.tgparse.read.ReadOptions;
import org.tgparse.read.TgparseException;

/**
 * The messages of one {@link TgparseInput}, its files read one after another, each streamed from Hadoop's
 * {@link org.apache.hadoop.fs.FileSystem#open} into {@link Tgparse#read(InputStream, String, ReadOptions)} (a file
 * with a compression suffix Hadoop knows, such as {@code .gz} or {@code .bz2}, is decompressed on the way).
 * Memory stays that of one core reader: only the file being read is open.
 *
 * <p>The pages of a Desktop HTML export folder are read one by one, each as its own {@code desktop-html} input,
 * rather than handed to the core's folder reader, which needs a local {@link java.nio.file.Path}. The records are
 * the same: the core's HTML reader keeps no state from one page to the next (each page restarts {@code sequence}
 * and the grouping of joined messages, see its class comment), and each record names its page in
 * {@code source.file} either way. This way an export folder on HDFS or S3 is streamed page by page, with no copy
 * to local disk.
 *
 * <p>Not thread-safe.
 */
final class InputMessages implements AutoCloseable {
  private final TgparseInput input;
  private final ReadOptions options;
  private final Configuration conf;
  private int nextFile;
  private MessageReader reader;
  private int issuesTaken;
  private final List<ParseIssue> pending = new ArrayList<>();

  /**
   * @param input the input
   * @param options how to read it (the input's own format, when it has one, replaces the options' format)
   * @param conf the Hadoop configuration to open its files with
   */
  InputMessages(TgparseInput input, ReadOptions options, Configuration conf) {
    this.input = input;
    this.options = input.format() == null ? options : options.withFormat(input.format());
    this.conf = conf;
  }

  /**
   * @return the next message, or null at the end of the input
   * @throws TgparseException when a file cannot be opened or read on, or (in strict mode) at the first issue; the
   *     issues found before it stay available from {@link #takeIssues()}
   */
  Message next() {
    while (true) {
      if (reader == null) {
        if (nextFile >= input.files().size()) {
          return null;
        }
        reader = open(input.files().get(nextFile++));
        issuesTaken = 0;
      }
      Message m;
      try {
        m = reader.read();
      } catch (TgparseException e) {
        collect();
        throw e;
      }
      if (m != null) {
        return m;
      }
      collect();
      endFile();
    }
  }

  /** @return the issues found since the last call, oldest first */
  List<ParseIssue> takeIssues() {
    collect();
    if (pending.isEmpty()) {
      return List.of();
    }
    List<ParseIssue> out = List.copyOf(pending);
    pending.clear();
    return out;
  }

  private void collect() {
    if (reader != null && reader.issueCount() > issuesTaken) {
      pending.addAll(reader.issuesSince(issuesTaken));
      issuesTaken = reader.issueCount();
    }
  }

  private void endFile() {
    MessageReader r = reader;
    reader = null;
    if (r.droppedIssues() > 0) {
      // The core keeps the first 10,000 issues of an input and counts the rest; say so, as the command line does.
      pending.add(new ParseIssue(r.name(), 0, 0, ParseIssue.Severity.WARNING,
          String.format(Locale.ROOT, "%d more issues not kept", r.droppedIssues())));
    }
    r.close();
  }

  private MessageReader open(String file) {
    Path path = new Path(file);
    InputStream in;
    try {
      in = path.getFileSystem(conf).open(path);
      CompressionCodec codec = new CompressionCodecFactory(conf).getCodec(path);
      if (codec != null) {
        in = codec.createInputStream(in);
      }
    } catch (java.io.FileNotFoundException e) {
      throw new TgparseException(file, 0, 0, "no such file or directory", e);
    } catch (IOException e) {
      throw new TgparseException(file, 0, 0, "cannot read: " + e.getMessage(), e);
    }
    // Tgparse.read closes the stream when it fails, and the reader closes it at its end.
    return Tgparse.read(in, file, options);
  }

  @Override
  public void close() {
    if (reader != null) {
      MessageReader r = reader;
      reader = null;
      r.close();
    }
    nextFile = input.files().size();
  }
}
