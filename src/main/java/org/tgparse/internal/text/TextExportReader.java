package org.tgparse.internal.text;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.tgparse.internal.io.FormatReader;
import org.tgparse.internal.io.IssueSink;
import org.tgparse.internal.io.Lines;
import org.tgparse.internal.io.TextLimit;
import org.tgparse.internal.io.Texts;
import org.tgparse.model.Link;
import org.tgparse.model.Media;
import org.tgparse.model.Message;
import org.tgparse.model.SourceRef;
import org.tgparse.read.Limits;

/**
 * Reads the plain-text export of forwarded channel posts (see {@code samples/mfa-forwarded-posts.txt}).
 *
 * <p>Shape: a post starts at a line {@code Forwarded from <channel>}; media placeholder lines left by the web
 * view may follow; then the text, whose body the copy repeats: the headline once, then the rest twice. Only a
 * real repetition is collapsed (see {@link BodyCollapser}). Text before the first header is a record of its own.
 *
 * <p>Streaming: only the lines of the current post are held, and at most about twice
 * {@link Limits#maxTextLength()} characters of them: past that the text would be cut anyway.
 *
 * <p>No silent loss: every non-blank input line ends up in a record (as its header, a media placeholder or a line
 * of its text), or is counted as part of a collapsed repetition, or as cut by a limit (with an issue). The counts
 * are in {@link #accounting()}.
 */
public final class TextExportReader implements FormatReader {
  public static final String HEADER = "Forwarded from ";

  /**
   * Lines the t.me web view leaves where media could not be shown. They stand for media, not text. Compared
   * after trimming, case-insensitively.
   */
  static final Set<String> PLACEHOLDERS = Set.of(
      "media is too big",
      "view in telegram",
      "please open telegram to view this post",
      "this media is not supported in your browser",
      "video is too big",
      "photo is too big",
      "file is too big",
      "this video is unavailable",
      "media is not supported");

  /**
   * Lines that were links in the original post whose target the copy lost. Compared after dropping leading
   * emoji and punctuation, and trimming, case-insensitively.
   */
  static final Set<String> LOST_LINK_LABELS = Set.of(
      "read in full", "read more", "full text", "read the full text", "more details", "details",
      "читать полностью", "подробнее", "полный текст", "читать далее");

  /** Longest placeholder and lost-link label: longer lines are neither, so no lower-casing or hashing for them. */
  private static final int MAX_PLACEHOLDER_LENGTH = PLACEHOLDERS.stream().mapToInt(String::length).max().orElse(0);
  private static final int MAX_LOST_LINK_LENGTH = LOST_LINK_LABELS.stream().mapToInt(String::length).max()
      .orElse(0);

  /** The first letters of the lost-link labels (they are lower case). */
  private static final String LOST_LINK_FIRST = LOST_LINK_LABELS.stream().map(l -> l.substring(0, 1)).distinct()
      .collect(java.util.stream.Collectors.joining());
  private static final boolean[] ASCII_LETTER_OR_DIGIT = new boolean[128];

  static {
    for (int c = 0; c < ASCII_LETTER_OR_DIGIT.length; c++) {
      ASCII_LETTER_OR_DIGIT[c] = Character.isLetterOrDigit(c);
    }
  }

  private final Lines lines;
  private final String file;
  private final IssueSink issues;
  private final int maxTextLength;
  private final int maxLineLength;
  /** Body characters held before the rest of a post is only counted: twice the text limit and some. */
  private final long bodyCap;

  /** Whether each held body line of the current post is blank, by index (profiled: isBlank ran three times). */
  private boolean[] blank = new boolean[64];
  private String pendingHeader;
  private long pendingHeaderLine;
  private boolean started;
  private boolean done;
  private long sequence;
  private long linesRead;
  private long nonBlankLines;
  private long headerLines;
  private long placeholderLines;
  private long textLines;
  private long collapsedLines;
  private long cutLines;
  /** UTF-16 code units of the current post's lines past the hold limit, each with its line end. */
  private long overflowChars;
  /** The held body lines of the current post (reused from post to post). */
  private final BodyLines body = new BodyLines();

  /**
   * @param lines the input lines
   * @param file the input's name, used in records and issues
   * @param limits size limits
   * @param issues where recoverable issues go
   */
  public TextExportReader(Lines lines, String file, Limits limits, IssueSink issues) {
    this.lines = lines;
    this.file = file;
    this.issues = issues;
    this.maxTextLength = limits.maxTextLength();
    this.maxLineLength = limits.maxLineLength();
    this.bodyCap = 2L * maxTextLength + 2;
  }

  @Override
  public Message next() throws IOException {
    while (!done) {
      String header = pendingHeader;
      long startLine = pendingHeaderLine;
      BodyLines body = this.body;
      body.clear();
      long firstBodyLine = 0;
      long lastNonBlank = 0;
      long bodyChars = 0;
      int overflowLines = 0;
      overflowChars = 0;
      long pendingOverflowChars = 0;
      pendingHeader = null;
      String line;
      while ((line = lines.readLine()) != null) {
        long n = lines.lineNumber();
        linesRead++;
        boolean blank = line.isBlank();
        if (!blank) {
          nonBlankLines++;
        }
        if (lines.lastLineCut()) {
          issues.warn(file, n, 0, String.format(Locale.ROOT,
              "line longer than %d characters was cut (limit maxLineLength, option --max-line-length)",
              maxLineLength));
        }
        if (isHeader(line)) {
          pendingHeader = line;
          pendingHeaderLine = n;
          break;
        }
        if (firstBodyLine == 0) {
          firstBodyLine = n;
        }
        if (!blank) {
          lastNonBlank = n;
        }
        if (bodyChars > bodyCap) {
          // Past twice the text limit the kept text is cut inside what is held already, collapsed or not: the
          // rest is not held, only counted (see build); blank lines count once a non-blank one follows them.
          pendingOverflowChars += line.length() + 1;
          if (!blank) {
            overflowLines++;
            overflowChars += pendingOverflowChars;
            pendingOverflowChars = 0;
          }
          continue;
        }
        markBlank(body.size(), blank);
        body.append(line);
        bodyChars += line.length() + 1;
      }
      if (line == null) {
        done = true;
      }
      boolean preface = !started;
      started = true;
      if (preface && header == null) {
        // Text before the first header: a record of its own, unless there is nothing but blank lines.
        if (lastNonBlank == 0) {
          continue;
        }
        return build(null, firstBodyLine, lastNonBlank, body, overflowLines);
      }
      if (header == null) {
        continue;
      }
      return build(header, startLine, Math.max(startLine, lastNonBlank), body, overflowLines);
    }
    return null;
  }

  public static boolean isHeader(String line) {
    return line.startsWith(HEADER) && !line.substring(HEADER.length()).isBlank();
  }

  private Message build(String header, long startLine, long endLine, BodyLines body, int overflowLines) {
    Message.Builder b = Message.builder();
    b.sequence(++sequence);
    if (header != null) {
      headerLines++;
      b.forwardedFrom(header.substring(HEADER.length()).strip());
    }
    int from = placeholders(body, b);
    int to = body.size();
    while (from < to && blank[from]) {
      from++;
    }
    while (to > from && blank[to - 1]) {
      to--;
    }
    List<String> bodyText = body.subList(from, to);
    // A post cut short by the hold limit is not collapsed: its held part may look like a repetition that the whole
    // post is not. Its text is cut inside the held part either way.
    BodyCollapser.Result collapsed = overflowLines == 0
        ? BodyCollapser.collapse(bodyText, done && pendingHeader == null)
        : new BodyCollapser.Result(bodyText, false, false, bodyText.size(), 0, 1);
    if (collapsed.copies() > 2 || collapsed.truncatedCopy()) {
      reportRepetition(collapsed, startLine);
    }
    // The collapsed lines are the first of bodyText; each line's blankness was found once, as it was read.
    int keptTo = from + collapsed.lines().size();
    int keptNonBlank = countNonBlank(from, keptTo);
    collapsedLines += countNonBlank(from, to) - keptNonBlank;
    String text = body.text(from, keptTo);
    if (text.length() > maxTextLength || overflowLines > 0) {
      text = cut(text, body, from, keptNonBlank, overflowLines, startLine);
      b.title(Texts.title(text));
      b.links(lostLinks(text));
    } else {
      textLines += keptNonBlank;
      b.title(keptTo > from ? Texts.title(body.get(from)) : null); // bodyText starts with a non-blank line
      b.links(lostLinks(text, body, from, keptTo));
    }
    b.text(text);
    b.duplicateCollapsed(collapsed.collapsed());
    b.source(new SourceRef(file, startLine, endLine));
    return b.build();
  }

  /**
   * The media placeholders directly after the header, before any text (blank lines between them are skipped),
   * into the builder's media.
   *
   * @return the index of the first body line after them
   */
  private int placeholders(BodyLines body, Message.Builder b) {
    List<Media> media = null;
    int i = 0;
    for (int n = body.size(); i < n; i++) {
      if (blank[i]) {
        continue;
      }
      String l = body.get(i);
      if (!isPlaceholder(l)) {
        break;
      }
      if (media == null) {
        media = new ArrayList<>(1);
      }
      media.add(Media.placeholder(l.strip()));
    }
    if (media != null) {
      placeholderLines += media.size();
      b.media(media);
    }
    return i;
  }

  /** Reports a body repeated more than twice, or a repeated copy cut short. */
  private void reportRepetition(BodyCollapser.Result collapsed, long startLine) {
    if (collapsed.copies() > 2) {
      int lastCopy = collapsed.copyLines() % collapsed.keptLines();
      issues.warn(file, startLine, 0, String.format(Locale.ROOT,
          "the body is repeated %d times (%d lines each%s): kept one copy", collapsed.copies(),
          collapsed.keptLines(), collapsed.truncatedCopy()
              ? String.format(Locale.ROOT, ", the last cut short to %d", lastCopy) : ""));
    } else {
      issues.warn(file, startLine, 0, String.format(Locale.ROOT,
          "the repeated copy of the body is cut short (%d of %d lines): collapsed as a repetition",
          collapsed.copyLines(), collapsed.keptLines()));
    }
  }

  /**
   * Cuts a text over the text limit, or with lines past the hold limit, with an issue, and counts its lines.
   *
   * @param text the kept lines' text
   * @param from the first kept body line
   * @param keptNonBlank the non-blank lines in {@code text}
   * @return the cut text
   */
  private String cut(String text, BodyLines body, int from, int keptNonBlank, int overflowLines, long startLine) {
    // With lines past the hold limit, the real text is every held line from the first kept one, then the counted
    // rest up to its last non-blank line.
    long original = text.length();
    if (overflowLines > 0) {
      original = overflowChars - 1;
      for (int k = from; k < body.size(); k++) {
        original += body.length(k) + 1;
      }
    }
    String cut = TextLimit.apply(text, original, maxTextLength, file, startLine, issues);
    // Counted in the text, not split into a list of lines: a cut post may have a million of them.
    int leftNonBlank = countNonBlankLines(cut);
    cutLines += keptNonBlank - leftNonBlank + overflowLines;
    textLines += leftNonBlank;
    return cut;
  }

  /** Records whether the body line at {@code index} is blank, growing the flags as needed. */
  private void markBlank(int index, boolean isBlank) {
    if (index == blank.length) {
      blank = Arrays.copyOf(blank, index * 2);
    }
    blank[index] = isBlank;
  }

  /** @return the non-blank lines among body lines {@code from..to} (see {@link #blank}) */
  private int countNonBlank(int from, int to) {
    int n = 0;
    for (int k = from; k < to; k++) {
      if (!blank[k]) {
        n++;
      }
    }
    return n;
  }

  /** @return the lines of {@code text} (split at {@code \n}) that are not blank */
  private static int countNonBlankLines(String text) {
    int n = 0;
    boolean blankSoFar = true;
    for (int i = 0, len = text.length(); i < len; ) {
      int cp = text.codePointAt(i);
      if (cp == '\n') {
        n += blankSoFar ? 0 : 1;
        blankSoFar = true;
      } else if (blankSoFar && !Character.isWhitespace(cp)) {
        blankSoFar = false;
      }
      i += Character.charCount(cp);
    }
    return n + (blankSoFar ? 0 : 1);
  }

  /**
   * Where the lines read so far went. Invariant, checked by the tests:
   * {@code nonBlankLines == headerLines + placeholderLines + textLines + collapsedLines + cutLines}.
   *
   * @return the counts
   */
  public Accounting accounting() {
    return new Accounting(linesRead, nonBlankLines, headerLines, placeholderLines, textLines, collapsedLines,
        cutLines);
  }

  /**
   * Counts of input lines by where they went; a line is blank when {@link String#isBlank()} says so.
   *
   * @param lines every line read
   * @param nonBlankLines the non-blank lines read
   * @param headerLines {@code Forwarded from} lines, each the header of a record
   * @param placeholderLines media placeholder lines, each a {@code placeholder} media of a record
   * @param textLines non-blank lines in the text of a record (a line cut by a limit still counts)
   * @param collapsedLines non-blank lines dropped as the repeated copy of a body
   * @param cutLines non-blank lines dropped because a text was longer than {@link Limits#maxTextLength()} (each
   *     such record has an issue)
   */
  public record Accounting(long lines, long nonBlankLines, long headerLines, long placeholderLines,
      long textLines, long collapsedLines, long cutLines) {

    /** @return whether every non-blank line is accounted for */
    public boolean balanced() {
      return nonBlankLines == headerLines + placeholderLines + textLines + collapsedLines + cutLines;
    }
  }

  static boolean isPlaceholder(String line) {
    // Cheap pre-check first (profiled: lower-casing every candidate line cost 3% of a run).
    int s = 0;
    int e = line.length();
    while (s < e && Character.isWhitespace(line.charAt(s))) {
      s++;
    }
    while (e > s && Character.isWhitespace(line.charAt(e - 1))) {
      e--;
    }
    if (e - s > MAX_PLACEHOLDER_LENGTH || e == s) {
      return false;
    }
    // The short candidate is copied out and tested as a char[]: a charAt loop over lines that are sometimes
    // Latin-1 strings and sometimes UTF-16 ones failed a check the JIT hoisted from it (the string's coder), and
    // the method was thrown away and compiled again each time.
    char[] candidate = new char[e - s];
    line.getChars(s, e, candidate, 0);
    for (char c : candidate) {
      if (c >= 0x80) {
        return isPlaceholderLowerCased(line);
      }
    }
    // ASCII: lower-cased by ASCII rules, as toLowerCase(Locale.ROOT) does, without a new String.
    for (String p : PLACEHOLDER_ARRAY) {
      if (p.length() == e - s && line.regionMatches(true, s, p, 0, e - s)) {
        return true;
      }
    }
    return false;
  }

  /** The placeholders, for the ASCII path of {@link #isPlaceholder}. */
  private static final String[] PLACEHOLDER_ARRAY = PLACEHOLDERS.toArray(new String[0]);

  /** {@link #isPlaceholder} for a line with a character outside ASCII, whose lower case may be longer. */
  private static boolean isPlaceholderLowerCased(String line) {
    return PLACEHOLDERS.contains(line.strip().toLowerCase(Locale.ROOT));
  }

  /**
   * {@link Character#isLetterOrDigit(int)}, with ASCII from a table: lostLinks asks it for both ends of every line
   * (profiled: 4% of a run).
   */
  private static boolean letterOrDigit(int cp) {
    return cp < ASCII_LETTER_OR_DIGIT.length ? ASCII_LETTER_OR_DIGIT[cp] : Character.isLetterOrDigit(cp);
  }

  /** Marks lines such as {@code 📄 Read in full}: links in the original whose target the copy lost. */
  static List<Link> lostLinks(String text) {
    List<Link> out = new ArrayList<>();
    int lineStart = 0;
    int len = text.length();
    while (lineStart <= len) {
      int nl = text.indexOf('\n', lineStart);
      int lineEnd = nl < 0 ? len : nl;
      Link link = lostLink(text, lineStart, lineEnd);
      if (link != null) {
        out.add(link);
      }
      if (nl < 0) {
        break;
      }
      lineStart = nl + 1;
    }
    return out;
  }

  /**
   * {@link #lostLinks(String)} where the lines are known: no search for the line ends (profiled: 4% of a run).
   *
   * @param text {@code body.text(from, to)}
   * @param body the post's body lines
   * @param from the first line of the text
   * @param to after the last line of the text
   */
  static List<Link> lostLinks(String text, BodyLines body, int from, int to) {
    List<Link> out = null;
    int lineStart = 0;
    for (int k = from; k < to; k++) {
      int lineEnd = lineStart + body.length(k);
      Link link = lostLink(text, lineStart, lineEnd);
      if (link != null) {
        if (out == null) {
          out = new ArrayList<>(1);
        }
        out.add(link);
      }
      lineStart = lineEnd + 1;
    }
    return out == null ? List.of() : out;
  }

  /** @return the lost link that is the line {@code text[lineStart..lineEnd)}, or null when it is none */
  private static Link lostLink(String text, int lineStart, int lineEnd) {
    int s = lineStart;
    // Skip leading emoji, symbols, punctuation and blanks: "📄 Read in full", "👉 Read in full".
    while (s < lineEnd) {
      int cp = text.codePointAt(s);
      if (letterOrDigit(cp)) {
        break;
      }
      s += Character.charCount(cp);
    }
    int e = lineEnd;
    while (e > s && !letterOrDigit(text.charAt(e - 1))) {
      e--;
    }
    // Length and first-letter pre-checks before the substring, lower-casing and hashing (profiled: 18% of a run
    // without the first, 2% without the second).
    if (e > s && e - s <= MAX_LOST_LINK_LENGTH && mayStartLostLink(text.charAt(s))) {
      return lostLinkLabel(text, s, e);
    }
    return null;
  }

  /**
   * The look-up itself, out of line: few lines pass the pre-checks, and lower-casing is a lot of code for the JIT
   * to compile into the loop over every line.
   *
   * @return the lost link that is {@code text[s..e)}, or null when it is no label
   */
  private static Link lostLinkLabel(String text, int s, int e) {
    String label = text.substring(s, e);
    return LOST_LINK_LABELS.contains(label.toLowerCase(Locale.ROOT))
        ? new Link(label, s, e, null, Link.LinkType.TEXT_LINK, true) : null;
  }

  /** False for an ASCII character that no lost-link label starts with, in either case; true otherwise. */
  private static boolean mayStartLostLink(char c) {
    return c >= 0x80 || LOST_LINK_FIRST.indexOf(Character.toLowerCase(c)) >= 0;
  }

  @Override
  public void close() throws IOException {
    lines.close();
  }
}
