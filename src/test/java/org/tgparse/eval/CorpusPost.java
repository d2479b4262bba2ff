package org.tgparse.eval;

import java.util.List;

/**
 * One post of the evaluation corpus: its text as tgparse sees it (the marks replaced by their text) and its marks.
 *
 * @param id the post's id from its header ({@code en-001})
 * @param language the corpus file's language ({@code en})
 * @param text the post's text, line breaks as {@code \n}
 * @param gold the marks, by start offset
 * @param line the 1-based line of the post's header in its file
 */
public record CorpusPost(String id, String language, String text, List<GoldSpan> gold, int line) {
  /** Copies the marks. */
  public CorpusPost {
    gold = List.copyOf(gold);
  }
}
