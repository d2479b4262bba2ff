package org.tgparse.extract;

import java.util.Collection;

/**
 * A set of folded words ({@link Gazetteer#fold}) that answers for a stretch of a text without copying it: the
 * context rules ask about the words around every gazetteer hit, and a string per question was a third of the
 * place extractor's time. Open addressing over the words' hashes. Immutable; thread-safe.
 */
final class FoldedWords {
  private final String[] slots;
  private final int mask;
  /**
   * One bit per (first letter, length) of the words: most words next to a place name ({@code the}, {@code in},
   * {@code and}) are rejected by one load, without hashing them.
   */
  private final long[] firstAndLength = new long[64];

  /** @param words folded words */
  FoldedWords(Collection<String> words) {
    int size = Integer.highestOneBit(Math.max(8, words.size() * 3)) << 1;
    slots = new String[size];
    mask = size - 1;
    for (String w : words) {
      int i = hashFolded(w.toCharArray(), 0, w.length()) & mask;
      while (slots[i] != null && !slots[i].equals(w)) {
        i = (i + 1) & mask;
      }
      slots[i] = w;
      int b = filterBit(w.charAt(0), w.length());
      firstAndLength[b >>> 6] |= 1L << b;
    }
  }

  private static int filterBit(char foldedFirst, int length) {
    return (foldedFirst * 31 + length) & 4095;
  }

  /** @return whether the folded form of {@code text[start, end)} is in the set */
  boolean contains(char[] text, int start, int end) {
    if (end <= start) {
      return false;
    }
    int len = end - start;
    int b = filterBit(Gazetteer.fold(text[start]), len);
    if ((firstAndLength[b >>> 6] & 1L << b) == 0) {
      return false;
    }
    for (int i = hashFolded(text, start, end) & mask; slots[i] != null; i = (i + 1) & mask) {
      String w = slots[i];
      if (w.length() == len && same(w, text, start)) {
        return true;
      }
    }
    return false;
  }

  /** @return whether a folded word is in the set */
  boolean contains(String folded) {
    return contains(folded.toCharArray(), 0, folded.length());
  }

  private static boolean same(String w, char[] text, int start) {
    for (int k = 0; k < w.length(); k++) {
      if (w.charAt(k) != Gazetteer.fold(text[start + k])) {
        return false;
      }
    }
    return true;
  }

  private static int hashFolded(char[] s, int start, int end) {
    int h = end - start;
    for (int i = start; i < end; i++) {
      h = 31 * h + Gazetteer.fold(s[i]);
    }
    return h ^ (h >>> 16);
  }
}
