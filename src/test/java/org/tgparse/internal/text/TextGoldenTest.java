package org.tgparse.internal.text;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.tgparse.GoldenFiles;
import org.tgparse.Tgparse;
import org.tgparse.read.Format;
import org.tgparse.read.ReadOptions;

/** The plain-text export's golden files: the real sample, and small inputs under golden/text. */
class TextGoldenTest {

  @Test
  void sample() {
    Path input = Path.of("samples/mfa-forwarded-posts.txt");
    GoldenFiles.assertMatches(Path.of("samples/mfa-forwarded-posts.expected.jsonl"),
        GoldenFiles.jsonLines(Tgparse.read(input)));
  }

  @TestFactory
  Stream<DynamicTest> goldenTextFiles() throws IOException {
    Path dir = Path.of("src/test/resources/golden/text");
    return Files.list(dir).filter(p -> p.toString().endsWith(".txt")).sorted()
        .map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
          String name = p.getFileName().toString();
          Path expected = p.resolveSibling(name.substring(0, name.length() - 4) + ".expected.jsonl");
          GoldenFiles.assertMatches(expected, GoldenFiles.jsonLines(
              Tgparse.read(p, ReadOptions.defaults().withFormat(Format.TEXT))));
        }));
  }
}
