package org.tgparse.internal.desktophtml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.tgparse.GoldenFiles;
import org.tgparse.internal.io.FormatReader;
import org.tgparse.internal.io.IssueSink;
import org.tgparse.internal.pipeline.Readers;
import org.tgparse.json.MessageJson;
import org.tgparse.model.Message;
import org.tgparse.read.Format;
import org.tgparse.read.ReadOptions;

/**
 * Golden snapshots of the HTML readers: every input under {@code src/test/resources/golden/desktop-html/} (a
 * {@code NAME.html} file or a {@code NAME/} export folder) and {@code golden/tme/} ({@code NAME.html}) is read
 * with format detection and compared, one JSON object per line, with {@code NAME.expected.jsonl} beside it.
 *
 * <p>The snapshots show what the readers themselves produce: entity extraction is off, so the entity lists hold
 * only what the markup marks. Run with {@code -Dtgparse.updateGolden=true} to rewrite the expected files, then
 * read the diff.
 */
class HtmlGoldenTest {
  private static final Path ROOT = Path.of("src", "test", "resources", "golden");

  @TestFactory
  Stream<DynamicTest> desktopHtml() throws IOException {
    return cases("desktop-html", Format.DESKTOP_HTML);
  }

  @TestFactory
  Stream<DynamicTest> tmePages() throws IOException {
    return cases("tme", Format.TME_HTML);
  }

  private static Stream<DynamicTest> cases(String folder, Format format) throws IOException {
    Path dir = ROOT.resolve(folder);
    List<Path> inputs = new ArrayList<>();
    try (Stream<Path> list = Files.list(dir)) {
      list.filter(p -> Files.isDirectory(p) || p.getFileName().toString().endsWith(".html")).sorted()
          .forEach(inputs::add);
    }
    assertThat(inputs).as("golden inputs in %s", dir).isNotEmpty();
    return inputs.stream().map(input -> DynamicTest.dynamicTest(folder + "/" + input.getFileName(),
        () -> check(input, format)));
  }

  private static void check(Path input, Format format) throws IOException {
    String name = input.getFileName().toString();
    String base = name.endsWith(".html") ? name.substring(0, name.length() - 5) : name;
    Path expectedFile = input.resolveSibling(base + ".expected.jsonl");
    GoldenFiles.assertMatches(expectedFile, render(input, name, format));
  }

  /** Reads an input as the library does, detecting its format, and writes every record as one JSON line. */
  static String render(Path input, String name, Format expectedFormat) {
    ReadOptions options = ReadOptions.defaults().withExtractEntities(false);
    IssueSink issues = new IssueSink(false);
    StringBuilder out = new StringBuilder();
    try {
      Readers.Opened opened = Files.isDirectory(input) ? Readers.open(input, name, options, issues)
          : Readers.open(Files.newInputStream(input), name, options, issues);
      assertThat(opened.format()).as("detected format of %s", input).isEqualTo(expectedFormat);
      try (FormatReader r = opened.reader()) {
        Message m;
        while ((m = r.next()) != null) {
          out.append(MessageJson.toJson(m)).append('\n');
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertThat(issues.issues()).as("issues reading %s", input).isEmpty();
    return out.toString();
  }
}
