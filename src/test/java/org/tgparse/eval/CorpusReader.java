package org.tgparse.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the evaluation corpus of {@code eval/ANNOTATION.md}: one file per language, posts separated by a line
 * {@code =====}, each starting with a header {@code ### <lang>-<nnn> <origin>}, marks {@code {{place:TEXT|CC}}},
 * {@code {{date:TEXT|VALUE}}} and {@code {{neutral:TEXT}}} inline. Errors name the file and line.
 */
public final class CorpusReader {
  private static final Pattern HEADER = Pattern.compile("### ([a-z]{2})-(\\d+)( .*)?");
  private static final Pattern PLACE_VALUE = Pattern.compile("[A-Z]{2}|-");
  private static final Pattern DATE_VALUE = Pattern.compile(
      "(\\d{4}|\\d{4}-\\d{2}|\\d{4}-\\d{2}-\\d{2}|--\\d{2}-\\d{2})(/(\\d{4}|\\d{4}-\\d{2}|\\d{4}-\\d{2}-\\d{2}|--\\d{2}-\\d{2}))?");

  private CorpusReader() {
  }

  /**
   * @param dir a folder of {@code <lang>.txt} files
   * @return the posts of every file, files in name order
   * @throws IOException when a file cannot be read
   */
  public static List<CorpusPost> readFolder(Path dir) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.getFileName().toString().matches("[a-z]{2}\\.txt")).sorted().toList();
    }
    List<CorpusPost> out = new ArrayList<>();
    for (Path f : files) {
      out.addAll(read(f));
    }
    return out;
  }

  /**
   * @param file one language's corpus file
   * @return its posts
   * @throws IOException when it cannot be read
   * @throws IllegalArgumentException naming file and line when the format is broken
   */
  public static List<CorpusPost> read(Path file) throws IOException {
    String name = file.getFileName().toString();
    String language = name.substring(0, name.indexOf('.'));
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    List<CorpusPost> out = new ArrayList<>();
    int i = 0;
    while (i < lines.size()) {
      while (i < lines.size() && (lines.get(i).isBlank() || lines.get(i).equals("====="))) {
        i++;
      }
      if (i >= lines.size()) {
        break;
      }
      int headerLine = i + 1;
      Matcher h = HEADER.matcher(lines.get(i).strip());
      if (!h.matches()) {
        throw error(file, headerLine, "expected a header \"### " + language + "-NNN origin\", found \""
            + lines.get(i) + "\"");
      }
      String id = h.group(1) + "-" + h.group(2);
      i++;
      StringBuilder body = new StringBuilder();
      int bodyLine = i + 1;
      while (i < lines.size() && !lines.get(i).equals("=====")) {
        body.append(body.length() == 0 && i + 1 == bodyLine ? "" : "\n").append(lines.get(i));
        i++;
      }
      String raw = stripTrailingBlankLines(body.toString());
      out.add(parsePost(file, bodyLine, id, language, raw, headerLine));
    }
    return out;
  }

  private static String stripTrailingBlankLines(String s) {
    int end = s.length();
    while (end > 0 && (s.charAt(end - 1) == '\n' || s.charAt(end - 1) == ' ' || s.charAt(end - 1) == '\r')) {
      end--;
    }
    return s.substring(0, end);
  }

  /**
   * The marks of one post's raw text replaced by their text.
   *
   * @param raw the post's lines with marks
   * @return the post
   */
  static CorpusPost parsePost(Path file, int firstLine, String id, String language, String raw, int headerLine) {
    StringBuilder text = new StringBuilder(raw.length());
    List<GoldSpan> gold = new ArrayList<>();
    int i = 0;
    while (i < raw.length()) {
      int open = raw.indexOf("{{", i);
      if (open < 0) {
        text.append(raw, i, raw.length());
        break;
      }
      text.append(raw, i, open);
      int close = raw.indexOf("}}", open + 2);
      int line = firstLine + count(raw, '\n', 0, open);
      if (close < 0) {
        throw error(file, line, "expected \"}}\" closing the mark opened here, found none");
      }
      String mark = raw.substring(open + 2, close);
      int colon = mark.indexOf(':');
      String kindName = colon < 0 ? mark : mark.substring(0, colon);
      String body = colon < 0 ? "" : mark.substring(colon + 1);
      GoldSpan.Kind kind;
      switch (kindName) {
        case "place" -> kind = GoldSpan.Kind.PLACE;
        case "date" -> kind = GoldSpan.Kind.DATE;
        case "neutral" -> kind = GoldSpan.Kind.NEUTRAL;
        default -> throw error(file, line, "expected a mark place:, date: or neutral:, found \"{{" + mark + "}}\"");
      }
      String markText;
      String value = null;
      if (kind == GoldSpan.Kind.NEUTRAL) {
        markText = body;
      } else {
        int bar = body.lastIndexOf('|');
        if (bar < 0) {
          throw error(file, line, "expected TEXT|VALUE in \"{{" + mark + "}}\", found no |");
        }
        markText = body.substring(0, bar);
        value = body.substring(bar + 1).strip();
        Pattern p = kind == GoldSpan.Kind.PLACE ? PLACE_VALUE : DATE_VALUE;
        if (!p.matcher(value).matches()) {
          throw error(file, line, "expected a " + kindName + " value such as "
              + (kind == GoldSpan.Kind.PLACE ? "UA or -" : "2023-03-20, --10-27 or 2022/2023") + ", found \""
              + value + "\"");
        }
      }
      if (markText.isEmpty()) {
        throw error(file, line, "expected a non-empty TEXT in \"{{" + mark + "}}\"");
      }
      int start = text.length();
      text.append(markText);
      gold.add(new GoldSpan(kind, start, text.length(), markText, value));
      i = close + 2;
    }
    return new CorpusPost(id, language, text.toString(), gold, headerLine);
  }

  private static int count(String s, char c, int from, int to) {
    int k = 0;
    for (int i = from; i < to; i++) {
      if (s.charAt(i) == c) {
        k++;
      }
    }
    return k;
  }

  private static IllegalArgumentException error(Path file, int line, String message) {
    return new IllegalArgumentException(String.format(Locale.ROOT, "%s:%d: %s", file, line, message));
  }
}
