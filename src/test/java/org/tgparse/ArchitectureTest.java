package org.tgparse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The architecture as tests: the data flows one way (bytes, readers, messages, extractors, writers), no two
 * packages depend on each other, and the exported packages hold exactly the API the docs describe. The package
 * graph comes from {@code jdeps} over the compiled main classes.
 */
class ArchitectureTest {
  private static final Path CLASSES = Path.of("target", "classes");
  private static final Path API = Path.of("src", "test", "resources", "architecture", "public-api.txt");

  @Test
  void noPackageCycle() throws IOException {
    Map<String, Set<String>> graph = packageGraph();
    List<List<String>> cycles = new StronglyConnected(graph).components().stream()
        .filter(c -> c.size() > 1).collect(Collectors.toList());
    assertThat(cycles).as("package cycles in %s", graph).isEmpty();
  }

  @Test
  void theModelAndTheExtractorsKnowNothingOfFormatsOrOutput() throws IOException {
    Map<String, Set<String>> graph = packageGraph();
    assertThat(graph.getOrDefault("org.tgparse.model", Set.of())).isEmpty();
    assertThat(graph.getOrDefault("org.tgparse.read", Set.of())).isEmpty();
    assertThat(graph.get("org.tgparse.extract")).containsOnly("org.tgparse.model");
    assertThat(graph.get("org.tgparse.json")).containsOnly("org.tgparse.model", "org.tgparse.read");
    graph.forEach((from, to) -> {
      if (from.startsWith("org.tgparse.internal.")) {
        assertThat(to).as(from).noneMatch(p -> p.equals("org.tgparse") || p.equals("org.tgparse.cli")
            || p.equals("org.tgparse.json"));
      }
    });
  }

  /**
   * Every public type of an exported package is listed in {@code public-api.txt}, and every listed type is public:
   * a new public type is a decision, made by editing that file.
   */
  @Test
  void exportedPackagesHoldExactlyThePublicApi() throws IOException, ClassNotFoundException {
    ModuleDescriptor d = ModuleFinder.of(CLASSES).find("org.tgparse").orElseThrow().descriptor();
    Set<String> exported = d.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
    Set<String> publicTypes = new TreeSet<>();
    try (Stream<Path> files = Files.walk(CLASSES)) {
      for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".class"))::iterator) {
        String name = CLASSES.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", "");
        if (name.endsWith("module-info") || name.endsWith("package-info")) {
          continue;
        }
        Class<?> c = Class.forName(name, false, getClass().getClassLoader());
        if (exported.contains(c.getPackageName()) && isPublicApi(c)) {
          publicTypes.add(c.getName());
        }
      }
    }
    List<String> listed = Files.readAllLines(API).stream().map(String::strip)
        .filter(l -> !l.isEmpty() && !l.startsWith("#")).collect(Collectors.toList());
    assertThat(publicTypes).containsExactlyInAnyOrderElementsOf(listed);
  }

  private static boolean isPublicApi(Class<?> c) {
    for (Class<?> k = c; k != null; k = k.getEnclosingClass()) {
      if (!Modifier.isPublic(k.getModifiers()) || k.isAnonymousClass() || k.isSynthetic()) {
        return false;
      }
    }
    return true;
  }

  /** Package to the other tgparse packages it uses, from {@code jdeps -verbose:package}. */
  private static Map<String, Set<String>> packageGraph() throws IOException {
    ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow();
    StringWriter out = new StringWriter();
    String libraries = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(e -> e.contains("jsoup") || e.contains("jackson")).collect(Collectors.joining(File.pathSeparator));
    int status = jdeps.run(new PrintWriter(out), new PrintWriter(out), "-verbose:package", "--module-path", libraries,
        "--multi-release", "17", CLASSES.toString());
    assertThat(status).as(out.toString()).isZero();
    Map<String, Set<String>> graph = new TreeMap<>();
    for (String line : out.toString().split("\n")) {
      String[] f = line.strip().split("\\s+");
      if (f.length >= 3 && f[1].equals("->") && f[0].startsWith("org.tgparse")) {
        Set<String> to = graph.computeIfAbsent(f[0], k -> new TreeSet<>());
        if (f[2].startsWith("org.tgparse") && !f[2].equals(f[0])) {
          to.add(f[2]);
        }
      }
    }
    assertThat(graph).as(out.toString()).containsKeys("org.tgparse", "org.tgparse.model");
    return graph;
  }

  /** Tarjan's strongly connected components. */
  private static final class StronglyConnected {
    private final Map<String, Set<String>> graph;
    private final Map<String, Integer> index = new HashMap<>();
    private final Map<String, Integer> low = new HashMap<>();
    private final List<String> stack = new ArrayList<>();
    private final List<List<String>> components = new ArrayList<>();

    StronglyConnected(Map<String, Set<String>> graph) {
      this.graph = graph;
    }

    List<List<String>> components() {
      for (String v : graph.keySet()) {
        if (!index.containsKey(v)) {
          visit(v);
        }
      }
      return components;
    }

    private void visit(String v) {
      index.put(v, index.size());
      low.put(v, index.get(v));
      stack.add(v);
      for (String w : graph.getOrDefault(v, Set.of())) {
        if (!index.containsKey(w)) {
          visit(w);
          low.put(v, Math.min(low.get(v), low.get(w)));
        } else if (stack.contains(w)) {
          low.put(v, Math.min(low.get(v), index.get(w)));
        }
      }
      if (low.get(v).equals(index.get(v))) {
        List<String> c = new ArrayList<>();
        String w;
        do {
          w = stack.remove(stack.size() - 1);
          c.add(w);
        } while (!w.equals(v));
        components.add(c);
      }
    }
  }
}
