package org.tgparse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * tgparse as a named module, used the way a user's modular application uses it: a consumer whose module-info says
 * only {@code requires org.tgparse;} is compiled and run on the module path ({@code java -p ... -m ...}, no
 * {@code --add-modules}), reads each of the four input forms and writes JSON. Tests run on the class path, which
 * hides a missing {@code requires} (every class is reachable there); this one does not.
 */
class ModulePathConsumerTest {
  private static final Path CLASSES = Path.of("target", "classes");
  private static final Path CONSUMER = Path.of("src", "test", "resources", "module-consumer");

  @TempDir
  Path tmp;

  @Test
  void aConsumerOnTheModulePathReadsEveryFormWithoutAddModules() throws Exception {
    String modulePath = modulePath("jsoup-", "jackson-core-");
    Path out = tmp.resolve("out");
    compile(modulePath, out);

    List<String> command = new ArrayList<>(List.of(javaBinary(), "-p", out + File.pathSeparator + modulePath,
        "-m", "consumer/consumer.Main",
        "samples/mfa-forwarded-posts.txt",
        "src/test/resources/golden/desktop-json/new-format.json",
        "src/test/resources/golden/desktop-html/media.html",
        "src/test/resources/golden/tme/channel-page.html"));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(output).isZero();
    assertThat(output.lines()).containsExactly(
        "TEXT 10 true",
        "DESKTOP_JSON " + lines("src/test/resources/golden/desktop-json/new-format.expected.jsonl") + " true",
        "DESKTOP_HTML " + lines("src/test/resources/golden/desktop-html/media.expected.jsonl") + " true",
        "TME_HTML " + lines("src/test/resources/golden/tme/channel-page.expected.jsonl") + " true",
        "extract 1 1",
        "generator true");
  }

  /** What the consumer relies on, stated: the module reads its libraries itself and exports only the API. */
  @Test
  void theModuleRequiresItsLibrariesAndExportsOnlyTheApi() {
    ModuleDescriptor d = ModuleFinder.of(CLASSES).find("org.tgparse").orElseThrow().descriptor();
    assertThat(d.requires()).extracting(ModuleDescriptor.Requires::name)
        .contains("org.jsoup", "com.fasterxml.jackson.core", "com.fasterxml.jackson.databind");
    assertThat(d.requires()).filteredOn(r -> r.name().equals("com.fasterxml.jackson.core"))
        .allMatch(r -> r.modifiers().contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE));
    assertThat(d.requires()).filteredOn(r -> r.name().equals("com.fasterxml.jackson.databind"))
        .allMatch(r -> r.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC));
    assertThat(d.exports()).extracting(ModuleDescriptor.Exports::source).containsExactlyInAnyOrder(
        "org.tgparse", "org.tgparse.read", "org.tgparse.model", "org.tgparse.extract", "org.tgparse.json");
    assertThat(d.packages()).anyMatch(p -> p.startsWith("org.tgparse.internal."));
  }

  private void compile(String modulePath, Path out) throws IOException {
    ToolProvider javac = ToolProvider.findFirst("javac").orElseThrow();
    List<String> args = new ArrayList<>(List.of("-d", out.toString(), "-p", modulePath, "--release", "17",
        "-Xlint:all", "-Werror"));
    try (var files = Files.walk(CONSUMER)) {
      args.addAll(files.filter(f -> f.toString().endsWith(".java")).map(Path::toString)
          .collect(Collectors.toList()));
    }
    java.io.StringWriter errors = new java.io.StringWriter();
    java.io.PrintWriter pw = new java.io.PrintWriter(errors);
    int status = javac.run(pw, pw, args.toArray(String[]::new));
    pw.flush();
    assertThat(status).as(errors.toString()).isZero();
  }

  /** target/classes and the named jars from this test's class path, as a module path. */
  private static String modulePath(String... jarPrefixes) {
    List<String> parts = new ArrayList<>();
    parts.add(CLASSES.toString());
    for (String prefix : jarPrefixes) {
      String jar = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
          .filter(e -> Path.of(e).getFileName().toString().startsWith(prefix) && e.endsWith(".jar"))
          .findFirst().orElseThrow(() -> new AssertionError("no " + prefix + "*.jar on the class path"));
      parts.add(jar);
    }
    return String.join(File.pathSeparator, parts);
  }

  private static String javaBinary() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static long lines(String file) throws IOException {
    try (var s = Files.lines(Path.of(file))) {
      return s.count();
    }
  }
}
