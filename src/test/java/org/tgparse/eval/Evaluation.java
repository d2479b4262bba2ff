package org.tgparse.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The scores of one extractor over the corpus: counts per language and kind, and overall.
 *
 * @param system the extractor's name
 * @param counts language -> kind -> counts
 */
public record Evaluation(String system, Map<String, Map<GoldSpan.Kind, Counts>> counts) {
  /** The kinds evaluated, in table order. */
  public static final List<GoldSpan.Kind> KINDS = List.of(GoldSpan.Kind.PLACE, GoldSpan.Kind.DATE);

  /**
   * Runs an extractor over the corpus and scores it.
   *
   * @param system its name
   * @param posts the corpus
   * @param extractor a post's findings
   * @param scorer how findings are matched
   * @param errors receives a line per error, or null
   * @return the scores
   */
  public static Evaluation of(String system, List<CorpusPost> posts, Function<CorpusPost, List<Finding>> extractor,
      Scorer scorer, Consumer<String> errors) {
    Map<String, Map<GoldSpan.Kind, Counts>> counts = new LinkedHashMap<>();
    for (CorpusPost p : posts) {
      List<Finding> found = extractor.apply(p);
      Map<GoldSpan.Kind, Counts> byKind = counts.computeIfAbsent(p.language(), k -> new LinkedHashMap<>());
      for (GoldSpan.Kind kind : KINDS) {
        byKind.merge(kind, scorer.score(p, kind, found, errors), Counts::plus);
      }
    }
    return new Evaluation(system, counts);
  }

  /** @return the counts of one language and kind */
  public Counts get(String language, GoldSpan.Kind kind) {
    return counts.getOrDefault(language, Map.of()).getOrDefault(kind, Counts.ZERO);
  }

  /** @return the counts of one kind over every language */
  public Counts overall(GoldSpan.Kind kind) {
    Counts c = Counts.ZERO;
    for (Map<GoldSpan.Kind, Counts> m : counts.values()) {
      c = c.plus(m.getOrDefault(kind, Counts.ZERO));
    }
    return c;
  }

  /** The corpus languages in table order: the six of the guidelines first, then any other by name. */
  static List<String> languages(List<CorpusPost> posts) {
    List<String> order = new ArrayList<>(List.of("en", "ru", "uk", "zh", "ar", "fa"));
    TreeSet<String> seen = new TreeSet<>();
    posts.forEach(p -> seen.add(p.language()));
    order.retainAll(seen);
    seen.removeAll(order);
    order.addAll(seen);
    return order;
  }

  /**
   * The Markdown table of several evaluations: a row per kind and system, a column per language and overall,
   * each cell {@code P / R / F1}; a first row per kind gives the number of marks.
   *
   * @param posts the corpus
   * @param evaluations tgparse first, then the baselines
   * @return the table
   */
  public static String table(List<CorpusPost> posts, List<Evaluation> evaluations) {
    List<String> langs = languages(posts);
    StringBuilder b = new StringBuilder("| kind | extractor |");
    langs.forEach(l -> b.append(' ').append(l).append(" |"));
    b.append(" overall |\n|---|---|");
    langs.forEach(l -> b.append("---|"));
    b.append("---|\n");
    for (GoldSpan.Kind kind : KINDS) {
      String name = kind == GoldSpan.Kind.PLACE ? "places" : "dates";
      b.append("| ").append(name).append(" | marks (posts) |");
      int all = 0;
      for (String l : langs) {
        long marks = posts.stream().filter(p -> p.language().equals(l))
            .flatMap(p -> p.gold().stream()).filter(g -> g.kind() == kind).count();
        long n = posts.stream().filter(p -> p.language().equals(l)).count();
        b.append(' ').append(marks).append(" (").append(n).append(") |");
        all += (int) marks;
      }
      b.append(' ').append(all).append(" (").append(posts.size()).append(") |\n");
      for (Evaluation e : evaluations) {
        if (e.overall(kind).tp() + e.overall(kind).fp() == 0 && !e.system().startsWith("tgparse")) {
          continue; // a baseline of the other kind
        }
        b.append("| ").append(name).append(" | ").append(e.system()).append(" |");
        for (String l : langs) {
          b.append(' ').append(e.get(l, kind).cell()).append(" |");
        }
        b.append(" **").append(e.overall(kind).cell()).append("** |\n");
      }
    }
    return b.toString();
  }
}
