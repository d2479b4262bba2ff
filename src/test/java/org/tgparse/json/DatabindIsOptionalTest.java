package org.tgparse.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Jackson Databind is an optional dependency: only {@link TgparseModule} and its nested classes refer to it, and
 * reading and writing JSON work with databind absent from the class path.
 */
class DatabindIsOptionalTest {
  private static final byte[] DATABIND = "com/fasterxml/jackson/databind/".getBytes(StandardCharsets.US_ASCII);

  private static Path codeSource(Class<?> c) throws Exception {
    return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
  }

  /** A class's constant pool names every class it refers to, in internal form: a byte search finds them all. */
  @Test
  void onlyTheModuleRefersToDatabind() throws Exception {
    Path classes = codeSource(MessageJson.class);
    List<String> referring = new ArrayList<>();
    try (Stream<Path> s = Files.walk(classes)) {
      s.filter(p -> p.toString().endsWith(".class")).forEach(p -> {
        if (contains(read(p), DATABIND)) {
          referring.add(classes.relativize(p).toString());
        }
      });
    }
    assertThat(referring).isNotEmpty()
        .allSatisfy(name -> assertThat(name).matches("org/tgparse/json/TgparseModule(\\$\\w+)?\\.class"));
  }

  @Test
  void readingAndWritingWorkWithoutDatabind() throws Exception {
    List<String> cp = new ArrayList<>();
    for (Class<?> c : new Class<?>[] {MessageJson.class, WithoutDatabind.class,
        com.fasterxml.jackson.core.JsonFactory.class, org.jsoup.Jsoup.class}) {
      cp.add(codeSource(c).toString());
    }
    assertThat(String.join(" ", cp)).doesNotContain("databind");
    Path file = Path.of("src/test/resources/golden/desktop-json/service.expected.jsonl").toAbsolutePath();
    Process proc = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", String.join(java.io.File.pathSeparator, cp), WithoutDatabind.class.getName(), file.toString())
        .redirectErrorStream(true).start();
    String output = new String(proc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(proc.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(output).startsWith("read ");
    assertThat(proc.exitValue()).as(output).isZero();
  }

  private static byte[] read(Path p) {
    try {
      return Files.readAllBytes(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean contains(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }
}
