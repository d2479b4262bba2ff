package org.tgparse.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.tgparse.model.EmojiMarker;

/**
 * Emoji sequences of UTS #51 with their CLDR short names.
 *
 * <p>Every sequence listed in Unicode's {@code emoji-test.txt} (a single emoji, with or without VS16, a keycap, a
 * flag, a tag sequence such as the England flag, a skin-tone modifier sequence, a ZWJ sequence) is one
 * {@link EmojiMarker}, exactly as written. Rules, chosen for how channel posts use emoji:
 *
 * <ul>
 *   <li>Posts often drop U+FE0F (VS16): minimally-qualified and unqualified sequences are markers too, named like
 *       their fully-qualified form ({@code 🎙} without VS16 is {@code studio microphone}).</li>
 *   <li>Exception: a text-default symbol of the Basic Multilingual Plane ({@code ©}, {@code ®}, {@code ™},
 *       {@code ‼}, {@code ↔}, {@code ▶} ...) without VS16 is text in the middle of a line and a marker at the start
 *       of a line. Any single emoji followed by U+FE0E (VS15, text presentation) is text.</li>
 *   <li>Never markers: digits, {@code #} and {@code *} on their own (only as keycaps, {@code 1️⃣} or {@code 1⃣}),
 *       a lone skin-tone modifier, a lone regional indicator, bullets ({@code •}), {@code ***}.</li>
 *   <li>Regional indicators pair from the start of a run, as in grapheme segmentation: {@code 🇷🇺🇺} is the flag
 *       RU and a lone indicator. A pair that is no flag (🇦🇦) gives no marker but keeps the pairing.</li>
 *   <li>The longest listed sequence wins. A ZWJ sequence that is not in the list (not RGI) is shown by platforms as
 *       its parts, and so it gives one marker per listed part; the joiners belong to none.</li>
 *   <li>A black flag followed by tag characters ending in U+E007F is one marker whatever the tags say; its region
 *       code is the subdivision the tags spell ({@code GB-ENG}), its name that of the listed sequence, or
 *       {@code black flag} for a subdivision the list lacks.</li>
 *   <li>{@link EmojiMarker#lineStart()} is true only when nothing but blanks (spaces, tabs, other space separators,
 *       U+FEFF) precede the marker on its line: in {@code 🇷🇺🇺🇳 Russia ...} the first flag opens the line and the
 *       second does not.</li>
 * </ul>
 *
 * <p>Offsets are UTF-16 code units into the text, half-open. Stateless and thread-safe; the table is compiled
 * once per class loader. Runs in linear time: each lookup walks at most one listed sequence (10 code points).
 */
public final class EmojiExtractor {
  private static final EmojiTable TABLE = EmojiTable.STANDARD;

  private EmojiExtractor() {
  }

  /**
   * Finds the emoji markers of a text.
   *
   * @param text any text
   * @return emoji markers in order of their start offsets (UTF-16 code units, half-open); never null
   */
  public static List<EmojiMarker> extract(String text) {
    return extract(Objects.requireNonNull(text, "text").toCharArray());
  }

  /** {@link #extract} over the text's characters, which the caller made once for every extractor. */
  static List<EmojiMarker> extract(char[] text) {
    List<EmojiMarker> out = null;
    final EmojiTable table = TABLE;
    final int n = text.length;
    int lastEnd = 0;
    int i = 0;
    while (i < n) {
      char c = text[i];
      // Fast pre-check: below U+203C only © and ® start an emoji (keycap bases are found from U+20E3/U+FE0F).
      if (c < 0x203C) {
        if (c != 0xA9 && c != 0xAE) {
          i++;
          continue;
        }
      } else if (Character.isHighSurrogate(c)) {
        // Every emoji outside the BMP starts in U+1F000..U+1FBFF (high surrogates D83C..D83E).
        if (c < 0xD83C || c > 0xD83E || i + 1 >= n || !Character.isLowSurrogate(text[i + 1])) {
          i++;
          continue;
        }
        int cp = Character.toCodePoint(c, text[i + 1]);
        if (EmojiTable.isRegionalIndicator(cp)) {
          i = flag(text, i, out == null ? (out = new ArrayList<>()) : out);
          lastEnd = i;
          continue;
        }
      } else if (c == EmojiTable.VS16 || c == EmojiTable.KEYCAP) {
        // A keycap ends in U+20E3, maybe after VS16: look back for its base.
        if (i > lastEnd && EmojiTable.isKeycapBase(text[i - 1])) {
          int end = emit(text, i - 1, out == null ? (out = new ArrayList<>()) : out);
          if (end > 0) {
            i = lastEnd = end;
            continue;
          }
        }
        i++;
        continue;
      } else if (!table.startsBmp(c)) {
        i++;
        continue;
      }
      int end = emit(text, i, out == null ? (out = new ArrayList<>()) : out);
      if (end > 0) {
        i = lastEnd = end;
      } else {
        i += Character.isHighSurrogate(c) ? 2 : 1;
      }
    }
    return out == null || out.isEmpty() ? List.of() : List.copyOf(out);
  }

  /**
   * Matches the longest listed sequence at {@code start} and adds its marker when the rules allow.
   *
   * @return the end of the matched sequence (which is consumed even when it is text), or -1 when none matches
   */
  private static int emit(char[] text, int start, List<EmojiMarker> out) {
    final EmojiTable table = TABLE;
    final int n = text.length;
    int node = EmojiTable.ROOT;
    int pos = start;
    int best = -1;
    int bestEnd = -1;
    while (pos < n) {
      int cp = Character.codePointAt(text, pos);
      int child = table.child(node, cp);
      if (child == EmojiTable.NONE) {
        break;
      }
      node = child;
      pos += Character.charCount(cp);
      if (pos < n && text[pos] == EmojiTable.VS16) {
        pos++;
      }
      if (table.name(node) != null) {
        best = node;
        bestEnd = pos;
      }
    }
    if (best < 0) {
      return -1;
    }
    int first = Character.codePointAt(text, start);
    int firstLen = Character.charCount(first);
    String region = table.region(best);
    if (bestEnd == start + firstLen) {
      // A single code point without VS16.
      if (bestEnd < n && text[bestEnd] == EmojiTable.VS15) {
        return bestEnd;
      }
      boolean lineStart = lineStart(text, start);
      if (table.textDefault(best) && first <= 0xFFFF && !lineStart) {
        return bestEnd;
      }
      if (best == table.blackFlagNode()) {
        int tagEnd = tagSequenceEnd(text, bestEnd);
        if (tagEnd > 0) {
          region = tagRegion(text, bestEnd, tagEnd);
          bestEnd = tagEnd;
        }
      }
      out.add(new EmojiMarker(Chars.string(text, start, bestEnd), start, bestEnd, table.name(best), lineStart, region));
      return bestEnd;
    }
    if (best == table.blackFlagNode()) {
      // U+1F3F4 VS16 followed by tags.
      int tagEnd = tagSequenceEnd(text, bestEnd);
      if (tagEnd > 0) {
        region = tagRegion(text, bestEnd, tagEnd);
        bestEnd = tagEnd;
      }
    }
    out.add(new EmojiMarker(Chars.string(text, start, bestEnd), start, bestEnd, table.name(best),
        lineStart(text, start), region));
    return bestEnd;
  }

  /** A regional indicator at {@code start}: pairs it with the next one; returns where scanning resumes. */
  private static int flag(char[] text, int start, List<EmojiMarker> out) {
    int second = start + 2;
    if (second + 1 >= text.length || !EmojiTable.isRegionalIndicator(Character.codePointAt(text, second))) {
      return second; // a lone regional indicator is no emoji
    }
    int node = TABLE.child(TABLE.child(EmojiTable.ROOT, Character.codePointAt(text, start)), Character.codePointAt(text, second));
    int end = start + 4;
    if (node != EmojiTable.NONE && TABLE.name(node) != null) {
      out.add(new EmojiMarker(Chars.string(text, start, end), start, end, TABLE.name(node), lineStart(text, start),
          TABLE.region(node)));
    }
    return end;
  }

  /** @return the end of {@code tag_spec tag_end} at {@code pos} (UTS #51 ED-14a), or -1 */
  private static int tagSequenceEnd(char[] text, int pos) {
    int n = text.length;
    int p = pos;
    int count = 0;
    while (p + 1 < n) {
      int cp = Character.codePointAt(text, p);
      if (cp == EmojiTable.TAG_CANCEL) {
        return count > 0 ? p + 2 : -1;
      }
      if (cp < EmojiTable.TAG_FIRST || cp > EmojiTable.TAG_LAST) {
        return -1;
      }
      p += 2;
      count++;
    }
    return -1;
  }

  private static String tagRegion(char[] text, int from, int tagEnd) {
    StringBuilder tags = new StringBuilder((tagEnd - from) / 2);
    for (int p = from; p < tagEnd - 2; p += 2) {
      tags.append((char) (Character.codePointAt(text, p) - 0xE0000));
    }
    return EmojiTable.subdivisionCode(tags);
  }

  /** @return whether only blanks precede {@code start} on its line */
  static boolean lineStart(char[] text, int start) {
    for (int j = start - 1; j >= 0; j--) {
      char ch = text[j];
      switch (ch) {
        case '\n': case '\r': case '\u000B': case '\u000C': case '\u0085': case '\u2028': case '\u2029':
          return true;
        case ' ': case '\t': case '\uFEFF':
          continue;
        default:
          if (Character.getType(ch) != Character.SPACE_SEPARATOR) {
            return false;
          }
      }
    }
    return true;
  }
}
