package org.tgparse.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Case forms of Ukrainian place names ({@code Київ}: {@code Києва}, {@code Києву}, {@code Києві}, {@code Києвом})
 * by simple rules for the common endings, so that the gazetteer finds a place in any case. The counterpart of
 * {@link RussianDeclension}; irregular forms ({@code Кривому Розі}) are listed in {@code gazetteer-names.tsv}.
 *
 * <p>Rules, per word (singular):
 * <ul>
 *   <li>{@code -ів}/{@code -їв} ({@code Харків}, {@code Київ}): the {@code і} alternates, {@code -ова -ову -ові
 *       -овом} ({@code -єва ...});
 *   <li>{@code -іль} ({@code Тернопіль}): {@code -оля -олю -олі -олем};
 *   <li>another consonant ({@code Херсон}, {@code Ізюм}, {@code Крим}): {@code -а -у -ові -ом -і};
 *   <li>{@code -ь} ({@code Маріуполь}, {@code Рязань}): the masculine {@code -я -ю -і -ем} and the feminine
 *       {@code -і -ю};
 *   <li>{@code -а} ({@code Одеса}, {@code Авдіївка}, {@code Польща}): {@code -и/-і -і -у -ою/-ею}, with
 *       {@code к г х} becoming {@code ц з с} before {@code -і} ({@code Авдіївці}, {@code Празі});
 *   <li>{@code -ія} ({@code Росія}): {@code -ії -ію -ією}; a doubled consonant and {@code -я}
 *       ({@code Запоріжжя}, {@code Підмосков'я}): {@code -і -ю -ям};
 *   <li>{@code -о} ({@code Дніпро}): {@code -а -у -і -ом};
 *   <li>plurals {@code -и/-і} ({@code Суми}, {@code Карпати}, {@code Чернівці}): {@code -ах -ам -ами}, the
 *       genitive without ending or with {@code -ів};
 *   <li>a feminine adjective before a noun ({@code Запорізька область}): {@code -ої -ій -у -ою}; a masculine one
 *       ({@code Куп'янський район}): {@code -ого -ому -им -ім}.
 * </ul>
 * Stateless.
 */
final class UkrainianDeclension {
  /** Genitive, dative, accusative, instrumental, locative; the nominative is the name itself. */
  private static final int CASES = 5;
  private static final int GEN = 0;
  private static final int DAT = 1;
  private static final int ACC = 2;
  private static final int INS = 3;
  private static final int LOC = 4;

  private UkrainianDeclension() {
  }

  /**
   * @param nominative a Ukrainian place name in the nominative
   * @return the distinct case forms, the nominative first
   */
  static List<String> forms(String nominative) {
    Set<String> out = new LinkedHashSet<>();
    out.add(nominative);
    String[] words = nominative.split(" ", -1);
    List<List<String>> acc = null;
    for (int i = 0; i < words.length; i++) {
      boolean last = i == words.length - 1;
      List<List<String>> f = last ? hyphenated(words[i]) : adjective(words[i]);
      acc = acc == null ? f : join(acc, f);
    }
    for (List<String> c : acc) {
      out.addAll(c);
    }
    return List.copyOf(out);
  }

  /** In a hyphenated name only the last part declines ({@code Івано-Франківськ}, {@code Шарм-ель-Шейх}). */
  private static List<List<String>> hyphenated(String w) {
    int dash = w.lastIndexOf('-');
    if (dash < 0) {
      return noun(w);
    }
    String head = w.substring(0, dash + 1);
    List<List<String>> tail = noun(w.substring(dash + 1));
    List<List<String>> out = new ArrayList<>(CASES);
    for (List<String> c : tail) {
      List<String> l = new ArrayList<>(c.size());
      for (String x : c) {
        l.add(head + x);
      }
      out.add(l);
    }
    return out;
  }

  private static List<List<String>> join(List<List<String>> a, List<List<String>> b) {
    List<List<String>> out = new ArrayList<>(CASES);
    for (int c = 0; c < CASES; c++) {
      List<String> l = new ArrayList<>();
      for (String x : a.get(c)) {
        for (String y : b.get(c)) {
          l.add(x + " " + y);
        }
      }
      out.add(l);
    }
    return out;
  }

  private static List<List<String>> empty() {
    List<List<String>> out = new ArrayList<>(CASES);
    for (int c = 0; c < CASES; c++) {
      out.add(new ArrayList<>(2));
    }
    return out;
  }

  private static List<List<String>> fixed(String w) {
    List<List<String>> out = empty();
    for (List<String> c : out) {
      c.add(w);
    }
    return out;
  }

  /** A word before the noun: an adjective when it ends like one, else it stays as it is. */
  private static List<List<String>> adjective(String w) {
    List<List<String>> out = empty();
    int n = w.length();
    if (n > 3 && w.endsWith("а")) {
      String s = w.substring(0, n - 1);
      add(out, s, "ої", "ій", "у", "ою", "ій");
      return out;
    }
    if (n > 3 && (w.endsWith("ий") || w.endsWith("ій"))) {
      String s = w.substring(0, n - 2);
      add(out, s, "ого", "ому", w.substring(n - 2).equals("ий") ? "ий" : "ій", "им", "ому");
      out.get(LOC).add(s + "ім");
      return out;
    }
    if (n > 3 && w.endsWith("е")) {
      String s = w.substring(0, n - 1);
      add(out, s, "ого", "ому", "е", "им", "ому");
      return out;
    }
    return fixed(w);
  }

  private static List<List<String>> noun(String w) {
    int n = w.length();
    if (n < 3 || !Character.isLowerCase(w.charAt(n - 1))) {
      return fixed(w);
    }
    List<List<String>> out = empty();
    char last = w.charAt(n - 1);
    char prev = w.charAt(n - 2);
    String stem = w.substring(0, n - 1);
    if (w.endsWith("їв")) {
      add(out, w.substring(0, n - 2), "єва", "єву", "їв", "євом", "єві");
      return out;
    }
    if (w.endsWith("ів") && n > 4) {
      add(out, w.substring(0, n - 2), "ова", "ову", "ів", "овом", "ові");
      return out;
    }
    if (w.endsWith("іль")) {
      add(out, w.substring(0, n - 3), "оля", "олю", "іль", "олем", "олі");
      return out;
    }
    if (w.endsWith("ія") || w.endsWith("ея")) {
      add(out, stem, "ї", "ї", "ю", "єю", "ї");
      return out;
    }
    switch (last) {
      case 'а': {
        boolean hush = "жчшщ".indexOf(prev) >= 0;
        add(out, stem, hush ? "і" : "и", mutated(stem) + "і", "у", hush ? "ею" : "ою", mutated(stem) + "і");
        out.get(DAT).add(stem + "і");
        return out;
      }
      case 'я':
        if (prev == prevOf(w, 3) || prev == '\'' || prev == 'ʼ' || prev == '’') {
          // Запоріжжя, Закарпаття, Придністров'я: neuter.
          add(out, stem, "я", "ю", "я", "ям", "і");
        } else if (prev == 'ь') {
          // Марбелья, Севілья: Марбельї, Севілью.
          add(out, stem, "ї", "ї", "ю", "єю", "ї");
        } else {
          add(out, stem, "і", "і", "ю", "ею", "і");
        }
        return out;
      case 'ь':
        add(out, stem, "я", "ю", "ь", "ем", "і");
        out.get(INS).add(stem + "ню");
        return out;
      case 'о':
        add(out, stem, "а", "у", "о", "ом", "і");
        return out;
      case 'и':
      case 'і':
        out.get(GEN).add(stem);
        out.get(GEN).add(stem + "ів");
        out.get(DAT).add(stem + "ам");
        out.get(ACC).add(w);
        out.get(INS).add(stem + "ами");
        out.get(LOC).add(stem + "ах");
        return out;
      case 'й':
        add(out, stem, "ю", "ю", "й", "єм", "ї");
        return out;
      default:
        break;
    }
    if ("аеєиіїоуюя".indexOf(last) >= 0) {
      return fixed(w);
    }
    // A consonant: both genitives (-а for towns, -у for countries and regions: Ірану, Криму) and both locatives.
    add(out, w, "а", "ові", "", "ом", "і");
    out.get(GEN).add(w + "у");
    out.get(DAT).add(w + "у");
    out.get(LOC).add(w + "у");
    if (w.endsWith("ськ") || w.endsWith("цьк")) {
      out.get(INS).add(w + "ом");
    }
    return out;
  }

  private static char prevOf(String w, int fromEnd) {
    int i = w.length() - fromEnd;
    return i >= 0 ? w.charAt(i) : ' ';
  }

  /** The stem before {@code -і}: {@code к г х} become {@code ц з с} (Авдіївка -> Авдіївці, Прага -> Празі). */
  private static String mutated(String stem) {
    int n = stem.length();
    char c = stem.charAt(n - 1);
    switch (c) {
      case 'к':
        return stem.substring(0, n - 1) + "ц";
      case 'г':
        return stem.substring(0, n - 1) + "з";
      case 'х':
        return stem.substring(0, n - 1) + "с";
      default:
        return stem;
    }
  }

  private static void add(List<List<String>> out, String stem, String gen, String dat, String acc, String ins,
      String loc) {
    out.get(GEN).add(stem + gen);
    out.get(DAT).add(stem + dat);
    out.get(ACC).add(stem + acc);
    out.get(INS).add(stem + ins);
    out.get(LOC).add(stem + loc);
  }
}
