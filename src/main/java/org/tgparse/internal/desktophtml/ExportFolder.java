package org.tgparse.internal.desktophtml;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.tgparse.internal.io.Detector;
import org.tgparse.internal.io.IssueSink;

/**
 * Finds the message pages of a Telegram Desktop HTML export folder, by content, in reading order, and says which
 * files it skips and why.
 *
 * <ul>
 *   <li>A chat folder: every {@code .html} or {@code .htm} file (any case) whose first 16 KiB are a page with
 *       message history ({@link Detector#isMessagePage}); {@code messages.html} first, then {@code messagesN.html}
 *       by N as a number of any length ({@code messages10} after {@code messages9}), then any other page by name.
 *       Any other {@code .html} file is skipped with an issue.
 *   <li>A whole-account export (no page of its own, a {@code chats/} folder): each {@code chats/chat_NNN/} in
 *       order of NNN (the exporter numbers the chats in the order of its chat list, {@code lists/chats.html}), read
 *       as a chat folder; the account's other pages ({@code export_results.html}, {@code lists/}) hold no
 *       messages and are passed over.
 * </ul>
 */
final class ExportFolder {
  private ExportFolder() {
  }

  /**
   * @param dir the folder
   * @param name the folder's name as the user gave it, for records and issues
   * @param issues where skipped files are reported
   * @return the pages to read, in order, each with the name to report; empty when there are none
   * @throws IOException when a folder cannot be listed or a file read
   */
  static List<Page> pages(Path dir, String name, IssueSink issues) throws IOException {
    // The root's skipped pages are reported only when it is a chat folder: an account's root holds
    // export_results.html, which is no chat.
    IssueSink rootIssues = new IssueSink(false);
    List<Page> own = chatPages(dir, name, rootIssues);
    Path chats = dir.resolve("chats");
    if (!own.isEmpty() || !Files.isDirectory(chats)) {
      rootIssues.issues().forEach(issues::report);
      return own;
    }
    List<Page> all = new ArrayList<>();
    for (Path chat : chatFolders(chats)) {
      String chatName = join(join(name, "chats"), fileName(chat));
      List<Page> pages = chatPages(chat, chatName, issues);
      if (pages.isEmpty()) {
        issues.warn(chatName, 0, 0, "skipped: no page with message history in this chat folder");
      }
      all.addAll(pages);
    }
    return all;
  }

  /** One page to read. @param path the file @param name its name in records and issues */
  record Page(Path path, String name) {
  }

  private static List<Page> chatPages(Path dir, String name, IssueSink issues) throws IOException {
    List<Path> html = new ArrayList<>();
    try (Stream<Path> list = Files.list(dir)) {
      list.filter(p -> Detector.isHtmlName(p) && Files.isRegularFile(p)).forEach(html::add);
    }
    html.sort(ORDER);
    List<Page> out = new ArrayList<>();
    for (Path p : html) {
      String display = join(name, fileName(p));
      if (Files.size(p) == 0) {
        issues.warn(display, 0, 0, "skipped: an empty file");
      } else if (!Detector.isMessagePage(p)) {
        issues.warn(display, 0, 0, "skipped: not a page of messages (expected div class=\"history\" or"
            + " div class=\"message ...\" in its first 16 KiB)");
      } else {
        out.add(new Page(p, display));
      }
    }
    return out;
  }

  private static List<Path> chatFolders(Path chats) throws IOException {
    List<Path> out = new ArrayList<>();
    try (Stream<Path> list = Files.list(chats)) {
      list.filter(Files::isDirectory).forEach(out::add);
    }
    out.sort(Comparator.comparing((Path p) -> number(fileName(p), "chat_"),
        Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(ExportFolder::fileName));
    return out;
  }

  /** messages.html, then messagesN.html by N, then any other page, each group by name. */
  private static final Comparator<Path> ORDER = Comparator
      .comparing((Path p) -> pageNumber(fileName(p)), Comparator.nullsLast(Comparator.naturalOrder()))
      .thenComparing(ExportFolder::fileName);

  /**
   * @param fileName a file name
   * @return N of {@code messagesN.html} (any case, 1 for {@code messages.html}), or null for any other name
   */
  static BigInteger pageNumber(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    int dot = lower.lastIndexOf('.');
    if (dot < 0 || !(lower.endsWith(".html") || lower.endsWith(".htm"))) {
      return null;
    }
    String stem = lower.substring(0, dot);
    if (stem.equals("messages")) {
      return BigInteger.ONE;
    }
    return number(stem, "messages");
  }

  /** @return the number after {@code prefix} in {@code s} when the rest is digits, else null */
  private static BigInteger number(String s, String prefix) {
    if (!s.startsWith(prefix) || s.length() == prefix.length() || s.length() > prefix.length() + 40) {
      return null;
    }
    for (int i = prefix.length(); i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return null;
      }
    }
    return new BigInteger(s.substring(prefix.length()));
  }

  /** @return the path's last name (a listed entry always has one) */
  private static String fileName(Path p) {
    Path fn = p.getFileName();
    return fn == null ? p.toString() : fn.toString();
  }

  private static String join(String dir, String file) {
    return dir.endsWith("/") ? dir + file : dir + "/" + file;
  }
}
