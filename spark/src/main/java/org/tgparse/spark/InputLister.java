package org.tgparse.spark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.tgparse.read.Format;
import org.tgparse.read.TgparseException;

/**
 * Expands the paths given to {@code load} into inputs, on the driver, through Hadoop's {@link FileSystem} (so
 * {@code file:}, {@code hdfs:} and {@code s3a:} paths all work):
 *
 * <ul>
 *   <li>each path is a glob; a path that matches nothing is an error, as with Spark's file sources; of several
 *       matches, hidden names (below) are passed over;
 *   <li>a file is one input;
 *   <li>a Telegram Desktop export folder is one input, as the command line reads it: the folder's
 *       {@code result.json} when it has one (read as {@code desktop-json}), else its {@code messages.html},
 *       {@code messages2.html}, ... in numeric order (read as {@code desktop-html}, one page after another);
 *   <li>any other folder is listed, and each of its entries expanded in turn (so {@code load("exports/")} finds
 *       every file and export folder below it). Entries whose names start with {@code .} or {@code _}
 *       ({@code .crc} files, {@code _SUCCESS}) are passed over, as Spark's file sources do.
 * </ul>
 *
 * <p>Export folders are recognised when the {@code format} option is {@code auto}, {@code desktop-json} (a
 * {@code result.json} only) or {@code desktop-html} (pages only); with {@code text}, {@code plain} or {@code tme}
 * every folder is listed. Inputs come in path order: sorted by name within a folder and within a glob's matches.
 */
final class InputLister {
  private final Configuration conf;
  private final Format format;

  /**
   * @param conf the Hadoop configuration
   * @param format the {@code format} option
   */
  InputLister(Configuration conf, Format format) {
    this.conf = conf;
    this.format = format;
  }

  /**
   * @param paths the paths given to {@code load}
   * @return the inputs, in order
   * @throws IOException when a file system cannot be listed
   * @throws TgparseException naming a path that matches nothing
   */
  List<TgparseInput> list(List<String> paths) throws IOException {
    List<TgparseInput> out = new ArrayList<>();
    for (String p : paths) {
      Path path = new Path(p);
      FileSystem fs = path.getFileSystem(conf);
      FileStatus[] matches = fs.globStatus(path);
      if (matches == null || matches.length == 0) {
        throw new TgparseException(p, 0, 0, "no such file or directory");
      }
      for (FileStatus s : sorted(matches)) {
        // A wildcard passes over hidden names as a folder listing does (Hadoop's * matches a leading dot); a
        // path named in full is read whatever its name.
        if (matches.length == 1 || !hidden(s.getPath().getName())) {
          expand(fs, s, out);
        }
      }
    }
    return out;
  }

  private void expand(FileSystem fs, FileStatus status, List<TgparseInput> out) throws IOException {
    Path path = status.getPath();
    if (!status.isDirectory()) {
      out.add(TgparseInput.file(path.toString()));
      return;
    }
    FileStatus[] children = sorted(fs.listStatus(path));
    TgparseInput export = exportFolder(path, children);
    if (export != null) {
      out.add(export);
      return;
    }
    for (FileStatus child : children) {
      if (!hidden(child.getPath().getName())) {
        expand(fs, child, out);
      }
    }
  }

  /** @return the folder as one export input, or null when it is not a Desktop export (for this format) */
  private TgparseInput exportFolder(Path dir, FileStatus[] children) {
    boolean json = format == Format.AUTO || format == Format.DESKTOP_JSON;
    boolean html = format == Format.AUTO || format == Format.DESKTOP_HTML;
    List<FileStatus> pages = new ArrayList<>();
    for (FileStatus c : children) {
      if (c.isDirectory()) {
        continue;
      }
      String name = c.getPath().getName();
      if (json && name.equals("result.json")) {
        // As the command line: result.json wins over pages in the same folder, and is read as desktop-json.
        return new TgparseInput(c.getPath().toString(), List.of(c.getPath().toString()), Format.DESKTOP_JSON);
      }
      if (html && pageNumber(name) > 0) {
        pages.add(c);
      }
    }
    if (pages.isEmpty()) {
      return null;
    }
    pages.sort(Comparator.comparingLong((FileStatus c) -> pageNumber(c.getPath().getName()))
        .thenComparing(c -> c.getPath().getName()));
    List<String> files = new ArrayList<>(pages.size());
    for (FileStatus c : pages) {
      files.add(c.getPath().toString());
    }
    return new TgparseInput(dir.toString(), files, Format.DESKTOP_HTML);
  }

  /**
   * The number of an HTML export page, by the rule the core's folder reader uses: {@code messages.html} is 1,
   * {@code messagesN.html} is N (at most 9 digits).
   *
   * @param fileName a file name
   * @return the page number, or -1 when the name is not a page's
   */
  static long pageNumber(String fileName) {
    if (!fileName.startsWith("messages") || !fileName.endsWith(".html")) {
      return -1;
    }
    String digits = fileName.substring("messages".length(), fileName.length() - ".html".length());
    if (digits.isEmpty()) {
      return 1;
    }
    if (digits.length() > 9 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return -1;
    }
    return Long.parseLong(digits);
  }

  /** @return whether Spark's file sources would pass over a file of this name ({@code .crc}, {@code _SUCCESS}) */
  private static boolean hidden(String name) {
    return name.startsWith(".") || name.startsWith("_");
  }

  private static FileStatus[] sorted(FileStatus[] statuses) {
    FileStatus[] copy = statuses.clone();
    Arrays.sort(copy, Comparator.comparing(s -> s.getPath().toString()));
    return copy;
  }
}
