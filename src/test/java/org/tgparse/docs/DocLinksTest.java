package org.tgparse.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No broken relative link in README.md, CONTRIBUTING.md or docs/*.md: every {@code [text](target)} that is not a
 * web address names a file or folder that exists, and its {@code #anchor}, if any, names a heading of that
 * Markdown file (as GitHub makes anchors from headings). Links inside code are not links.
 */
class DocLinksTest {
  private static final Pattern LINK = Pattern.compile("\\[[^\\]]*\\]\\(([^)\\s]+)\\)");
  private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.*?)\\s*#*$");

  private static List<Path> documents() throws IOException {
    List<Path> docs = new ArrayList<>(List.of(Path.of("README.md"), Path.of("CONTRIBUTING.md")));
    try (Stream<Path> s = Files.list(Path.of("docs"))) {
      docs.addAll(s.filter(p -> p.toString().endsWith(".md")).sorted().collect(Collectors.toList()));
    }
    return docs;
  }

  @Test
  void everyRelativeLinkResolves() throws IOException {
    List<String> broken = new ArrayList<>();
    Map<Path, Set<String>> anchors = new HashMap<>();
    int checked = 0;
    for (Path doc : documents()) {
      int lineNo = 0;
      boolean inFence = false;
      for (String line : Files.readAllLines(doc)) {
        lineNo++;
        if (line.strip().startsWith("```")) {
          inFence = !inFence;
          continue;
        }
        if (inFence) {
          continue;
        }
        Matcher m = LINK.matcher(line.replaceAll("`[^`]*`", "``"));
        while (m.find()) {
          String target = m.group(1);
          if (target.matches("^[a-z]+:.*")) {
            continue; // https:, mailto:
          }
          checked++;
          int hash = target.indexOf('#');
          String file = hash < 0 ? target : target.substring(0, hash);
          Path resolved = file.isEmpty() ? doc : doc.toAbsolutePath().getParent().resolve(file).normalize();
          String where = doc + ":" + lineNo + ": " + target;
          if (!Files.exists(resolved)) {
            broken.add(where + " (no such file)");
          } else if (hash >= 0) {
            Set<String> known = anchors.computeIfAbsent(resolved, DocLinksTest::anchorsOf);
            if (!known.contains(target.substring(hash + 1))) {
              broken.add(where + " (no such heading)");
            }
          }
        }
      }
    }
    assertThat(checked).isGreaterThan(10);
    assertThat(broken).isEmpty();
  }

  @Test
  void anchorsAreMadeAsGitHubMakesThem() {
    assertThat(slug("1. JSON export (`result.json`)")).isEqualTo("1-json-export-resultjson");
    assertThat(slug("What the profiles said, and what changed")).isEqualTo("what-the-profiles-said-and-what-changed");
    assertThat(slug("Scale")).isEqualTo("scale");
  }

  /** The anchors of a Markdown file's headings; a repeated heading gets -1, -2, ... as on GitHub. */
  private static Set<String> anchorsOf(Path file) {
    Set<String> out = new HashSet<>();
    if (!file.toString().endsWith(".md")) {
      return out;
    }
    try {
      boolean inFence = false;
      for (String line : Files.readAllLines(file)) {
        if (line.strip().startsWith("```")) {
          inFence = !inFence;
        }
        Matcher h = HEADING.matcher(line);
        if (!inFence && h.matches()) {
          String base = slug(h.group(1));
          String s = base;
          for (int i = 1; !out.add(s); i++) {
            s = base + "-" + i;
          }
        }
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out;
  }

  /** GitHub's rule: lower case, drop what is not a letter, digit, space, hyphen or underscore, spaces to hyphens. */
  static String slug(String heading) {
    return heading.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-');
  }
}
