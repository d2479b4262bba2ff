package org.tgparse.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Case forms of Russian place names ({@code Москва}: {@code Москвы}, {@code Москве}, {@code Москву},
 * {@code Москвой}) by simple rules for the common endings, so that the gazetteer finds a place in any case.
 *
 * <p>Rules, per word (singular, inanimate, so the accusative of a masculine noun equals the nominative):
 * <ul>
 *   <li>consonant ({@code Минск}): {@code -а -у -ом -е}; {@code -ец} drops its {@code е} ({@code Елец} ->
 *       {@code Ельца}, {@code Череповец} -> {@code Череповца}), {@code -ёл} its {@code ё} ({@code Орёл} ->
 *       {@code Орла});
 *   <li>{@code -а} after a consonant ({@code Москва}, {@code Рига}): {@code -ы/-и -е -у -ой}; after a vowel
 *       ({@code Самоа}, {@code Никарагуа}) it does not decline; {@code -ия} ({@code Армения}):
 *       {@code -ии -ию -ией}; other {@code -я} ({@code Корея}): {@code -и -е -ю -ей};
 *   <li>{@code -ь}: both the masculine ({@code Ярославль}: {@code -я -ю -ем -е}) and the feminine ({@code Казань}:
 *       {@code -и -ью}) forms, since the ending does not tell the gender; the wrong set never occurs in text;
 *   <li>{@code -й} after a vowel ({@code Китай}): {@code -я -ю -ем -е}; adjectives {@code -ый -ий -ой -ая -яя
 *       -ое} ({@code Нижний Новгород}, {@code Белая Церковь}, {@code Кривой Рог}) decline as adjectives
 *       ({@code -ой} also as a noun: {@code Ханой}); {@code Церковь} drops its fleeting {@code о};
 *   <li>{@code -ье} ({@code Запорожье}): {@code -ья -ью -ьем};
 *   <li>plurals {@code -ы/-и} ({@code Сумы}, {@code Химки}): dative, instrumental and prepositional
 *       ({@code -ам -ами -ах}); {@code -ые/-ие} adjectives ({@code Набережные Челны}) likewise;
 *   <li>{@code -о}, {@code -е}, {@code -у}, {@code -ю}, {@code -э} and all-capital abbreviations ({@code США},
 *       {@code ДНР}) do not decline ({@code Кемерово}, {@code Сочи}, {@code Баку}).
 * </ul>
 * A name of several words declines word by word; in a hyphenated name only the last part declines
 * ({@code Санкт-Петербург} -> {@code Санкт-Петербурга}), or only the first when a lower-case part follows it
 * ({@code Ростов-на-Дону} -> {@code Ростова-на-Дону}), or both when the last is an adjective
 * ({@code Петропавловск-Камчатский}). Stateless.
 */
final class RussianDeclension {
  /** The six cases: nominative, genitive, dative, accusative, instrumental, prepositional. */
  private static final int CASES = 6;
  private static final int NOM = 0;
  private static final int GEN = 1;
  private static final int DAT = 2;
  private static final int ACC = 3;
  private static final int INS = 4;
  private static final int PREP = 5;

  private RussianDeclension() {
  }

  /**
   * @param nominative a Russian place name in the nominative
   * @return the distinct case forms, the nominative first
   */
  static List<String> forms(String nominative) {
    Set<String> out = new LinkedHashSet<>();
    out.add(nominative);
    List<List<String>> perCase = phrase(nominative);
    for (List<String> c : perCase) {
      out.addAll(c);
    }
    return List.copyOf(out);
  }

  /** Forms per case of a phrase of blank-separated words. */
  private static List<List<String>> phrase(String s) {
    String[] words = s.split(" ", -1);
    List<List<String>> acc = null;
    for (String w : words) {
      List<List<String>> f = hyphenated(w);
      acc = acc == null ? f : join(acc, f, " ");
    }
    return acc;
  }

  private static List<List<String>> hyphenated(String w) {
    String[] parts = w.split("-", -1);
    if (parts.length == 1) {
      return word(w);
    }
    int lowerPart = -1;
    for (int i = 1; i < parts.length; i++) {
      if (!parts[i].isEmpty() && Character.isLowerCase(parts[i].charAt(0))) {
        lowerPart = i;
        break;
      }
    }
    List<List<String>> acc = null;
    for (int i = 0; i < parts.length; i++) {
      boolean declines;
      if (lowerPart > 0) {
        declines = i == 0;
      } else {
        declines = i == parts.length - 1 || (isAdjective(parts[parts.length - 1]) && i == parts.length - 2);
      }
      List<List<String>> f = declines ? word(parts[i]) : fixed(parts[i]);
      acc = acc == null ? f : join(acc, f, "-");
    }
    return acc;
  }

  private static boolean isAdjective(String w) {
    return w.endsWith("ий") || w.endsWith("ый") || w.endsWith("ая") || w.endsWith("ое");
  }

  /**
   * Combines the forms of two parts case by case (every alternative with every alternative); a case one part
   * lacks (the genitive of a plural) is left out.
   */
  private static List<List<String>> join(List<List<String>> a, List<List<String>> b, String sep) {
    List<List<String>> out = new ArrayList<>(CASES);
    for (int c = 0; c < CASES; c++) {
      List<String> l = new ArrayList<>();
      List<String> left = a.get(c);
      List<String> right = b.get(c);
      for (String x : left) {
        for (String y : right) {
          l.add(x + sep + y);
        }
      }
      out.add(l);
    }
    return out;
  }

  private static List<List<String>> fixed(String w) {
    List<List<String>> out = new ArrayList<>(CASES);
    for (int c = 0; c < CASES; c++) {
      out.add(List.of(w));
    }
    return out;
  }

  private static List<List<String>> word(String w) {
    List<List<String>> out = new ArrayList<>(CASES);
    for (int c = 0; c < CASES; c++) {
      out.add(new ArrayList<>());
    }
    out.get(NOM).add(w);
    int n = w.length();
    if (n < 2 || isAllUpper(w) || !isCyrillic(w.charAt(n - 1))) {
      return fixed(w);
    }
    char last = w.charAt(n - 1);
    char prev = w.charAt(n - 2);
    String stem = w.substring(0, n - 1);
    String stem2 = w.substring(0, n - 2);
    String two = w.substring(n - 2);
    switch (two) {
      case "ый":
      case "ой":
        adjective(out, stem2, "ого", "ому", velarOrHush(charBefore(w, 2)) ? "им" : "ым", "ом");
        if (two.equals("ой")) {
          noun(out, stem, "я", "ю", w, "ем", "е");
        }
        return out;
      case "ий":
        if (charBefore(w, 2) == 'н') {
          adjective(out, stem2, "его", "ему", "им", "ем");
        } else {
          adjective(out, stem2, "ого", "ому", "им", "ом");
        }
        return out;
      case "ая":
        noun(out, stem2, "ой", "ой", stem2 + "ую", "ой", "ой");
        return out;
      case "яя":
        noun(out, stem2, "ей", "ей", stem2 + "юю", "ей", "ей");
        return out;
      case "ое":
        noun(out, stem2, "ого", "ому", w, velarOrHush(charBefore(w, 2)) ? "им" : "ым", "ом");
        return out;
      case "ые":
        plural(out, stem2, "ых", "ым", "ыми", "ых");
        return out;
      case "ие":
        plural(out, stem2, "их", "им", "ими", "их");
        return out;
      case "ье":
        noun(out, stem, "я", "ю", w, "ем", "е");
        return out;
      case "ия":
        noun(out, stem2, "ии", "ии", stem2 + "ию", "ией", "ии");
        return out;
      default:
        break;
    }
    switch (last) {
      case 'а':
        if (isVowel(prev)) {
          // Самоа, Гоа, Никарагуа do not decline: "Самое" is the adjective "the most", no case of Samoa.
          return fixed(w);
        }
        noun(out, stem, velarOrHush(prev) ? "и" : "ы", "е", stem + "у", "ой", "е");
        if (hush(prev)) {
          out.get(INS).add(stem + "ей");
        }
        return out;
      case 'я':
        noun(out, stem, "и", "е", stem + "ю", "ей", "е");
        return out;
      case 'ь':
        noun(out, stem, "я", "ю", w, "ем", "е");
        noun(out, stem, "и", "и", w, "ью", "и");
        if (w.endsWith("овь") && n > 5) {
          // The fleeting о of церковь: Белая Церковь -> Белой Церкви.
          String s = w.substring(0, n - 3) + "в";
          out.get(GEN).add(s + "и");
          out.get(DAT).add(s + "и");
          out.get(PREP).add(s + "и");
        }
        return out;
      case 'й':
        noun(out, stem, "я", "ю", w, "ем", "е");
        return out;
      case 'ы':
        plural(out, stem, null, "ам", "ами", "ах");
        return out;
      case 'и':
        plural(out, stem, null, "ам", "ами", "ах");
        return out;
      default:
        break;
    }
    if (isVowel(last)) {
      return fixed(w);
    }
    // A consonant: masculine second declension.
    String ins = hush(last) ? "ем" : "ом";
    noun(out, w, "а", "у", w, ins, "е");
    if (hush(last)) {
      out.get(INS).add(w + "ом");
    }
    if (w.endsWith("ёл") && n >= 4) {
      // The fleeting ё of Орёл: Орла, Орле.
      String s = w.substring(0, n - 2) + "л";
      noun(out, s, "а", "у", null, "ом", "е");
    }
    if (w.endsWith("ец") && n >= 4 && !isVowel(charBefore(w, 2))) {
      String s = w.substring(0, n - 2) + (charBefore(w, 2) == 'л' ? "ьц" : "ц");
      noun(out, s, "а", "у", null, "ем", "е");
      out.get(INS).add(s + "ом");
    }
    return out;
  }

  private static void noun(List<List<String>> out, String stem, String gen, String dat, String acc, String ins,
      String prep) {
    out.get(GEN).add(stem + gen);
    out.get(DAT).add(stem + dat);
    if (acc != null) {
      out.get(ACC).add(acc);
    }
    out.get(INS).add(stem + ins);
    out.get(PREP).add(stem + prep);
  }

  private static void adjective(List<List<String>> out, String stem, String gen, String dat, String ins,
      String prep) {
    out.get(GEN).add(stem + gen);
    out.get(DAT).add(stem + dat);
    out.get(ACC).add(out.get(NOM).get(0));
    out.get(INS).add(stem + ins);
    out.get(PREP).add(stem + prep);
  }

  private static void plural(List<List<String>> out, String stem, String gen, String dat, String ins, String prep) {
    if (gen != null) {
      out.get(GEN).add(stem + gen);
    }
    out.get(DAT).add(stem + dat);
    out.get(ACC).add(out.get(NOM).get(0));
    out.get(INS).add(stem + ins);
    out.get(PREP).add(stem + prep);
  }

  private static char charBefore(String w, int fromEnd) {
    int i = w.length() - fromEnd - 1;
    return i >= 0 ? w.charAt(i) : ' ';
  }

  private static boolean hush(char c) {
    return "жшчщц".indexOf(c) >= 0;
  }

  private static boolean velarOrHush(char c) {
    return "кгхжшчщ".indexOf(c) >= 0;
  }

  private static boolean isVowel(char c) {
    return "аеёиоуыэюя".indexOf(Character.toLowerCase(c)) >= 0;
  }

  private static boolean isCyrillic(char c) {
    return c >= 'Ѐ' && c <= 'ӿ';
  }

  private static boolean isAllUpper(String w) {
    for (int i = 0; i < w.length(); i++) {
      if (Character.isLowerCase(w.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
