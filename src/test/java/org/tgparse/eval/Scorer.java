package org.tgparse.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Matches findings against marks as {@code eval/ANNOTATION.md} says: a finding is right when its span overlaps an
 * unmatched mark of its kind and its value agrees (a place's country code equals the mark's, any code for
 * {@code -}; a date's value equals the mark's start value); each mark is matched at most once; a finding that
 * matches no mark but overlaps a neutral span is ignored. A date range found where the annotator marked its two
 * ends apart ({@code с 23 мая по 3 июля}) also matches the mark of its end, when that overlaps it and has its end
 * value: the range says both dates.
 *
 * <p>Baselines that give no country code, or a full date-time whatever the text wrote, are scored
 * {@linkplain #lenient leniently}: a place by its span alone, a date by its value cut to the mark's precision.
 */
public final class Scorer {
  private final boolean lenient;

  private Scorer(boolean lenient) {
    this.lenient = lenient;
  }

  /** @return the scorer for tgparse: values must agree exactly */
  public static Scorer strict() {
    return new Scorer(false);
  }

  /** @return the scorer for baselines without country codes or precision */
  public static Scorer lenient() {
    return new Scorer(true);
  }

  /**
   * Scores one post for one kind.
   *
   * @param post the post
   * @param kind PLACE or DATE
   * @param found the findings of that kind
   * @param errors receives a line for each false positive and false negative, or null
   * @return the counts
   */
  public Counts score(CorpusPost post, GoldSpan.Kind kind, List<Finding> found, Consumer<String> errors) {
    List<GoldSpan> gold = new ArrayList<>();
    List<GoldSpan> neutral = new ArrayList<>();
    for (GoldSpan g : post.gold()) {
      if (g.kind() == kind) {
        gold.add(g);
      } else if (g.kind() == GoldSpan.Kind.NEUTRAL) {
        neutral.add(g);
      }
    }
    boolean[] matched = new boolean[gold.size()];
    int tp = 0;
    int fp = 0;
    for (Finding f : found) {
      if (f.kind() != kind) {
        continue;
      }
      int hit = -1;
      for (int i = 0; i < gold.size() && hit < 0; i++) {
        GoldSpan g = gold.get(i);
        if (!matched[i] && overlaps(g.start(), g.end(), f) && agrees(g, f)) {
          hit = i;
        }
      }
      if (hit >= 0) {
        matched[hit] = true;
        tp++;
        if (f.endValue() != null) {
          Finding end = new Finding(f.kind(), f.start(), f.end(), f.endValue());
          for (int i = 0; i < gold.size(); i++) {
            GoldSpan g = gold.get(i);
            if (!matched[i] && overlaps(g.start(), g.end(), f) && agrees(g, end)) {
              matched[i] = true;
              tp++;
              break;
            }
          }
        }
      } else if (neutral.stream().noneMatch(g -> overlaps(g.start(), g.end(), f))) {
        fp++;
        if (errors != null) {
          String t = post.text();
          errors.accept(String.format("%s FP %s \"%s\" -> %s%s in \"%s\"", post.id(), kind,
              t.substring(f.start(), f.end()), f.value(), goldNear(gold, f),
              t.substring(Math.max(0, f.start() - 20), Math.min(t.length(), f.end() + 20)).replace('\n', ' ')));
        }
      }
    }
    int fn = 0;
    for (int i = 0; i < gold.size(); i++) {
      if (!matched[i]) {
        fn++;
        if (errors != null) {
          GoldSpan g = gold.get(i);
          errors.accept(String.format("%s FN %s \"%s\" = %s", post.id(), kind, g.text(), g.value()));
        }
      }
    }
    return new Counts(tp, fp, fn);
  }

  private static String goldNear(List<GoldSpan> gold, Finding f) {
    for (GoldSpan g : gold) {
      if (overlaps(g.start(), g.end(), f)) {
        return " (marked \"" + g.text() + "\" = " + g.value() + ")";
      }
    }
    return "";
  }

  private static boolean overlaps(int start, int end, Finding f) {
    return f.start() < end && start < f.end();
  }

  private boolean agrees(GoldSpan g, Finding f) {
    if (g.kind() == GoldSpan.Kind.PLACE) {
      return g.value().equals("-") || lenient && f.value() == null || g.value().equals(f.value());
    }
    String want = g.startValue();
    String got = f.value();
    if (got == null) {
      return false;
    }
    if (want.startsWith("--")) {
      // A year-less day: a year taken from the context (yearInferred) does not make it wrong.
      return got.endsWith(want.substring(1)) && got.length() >= want.length();
    }
    if (lenient && got.length() > want.length()) {
      got = got.substring(0, want.length());
    }
    return want.equals(got);
  }
}
