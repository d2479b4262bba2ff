package org.tgparse.internal.desktopjson;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.tgparse.GoldenFiles;
import org.tgparse.cli.Main;

/**
 * Golden snapshots of the Desktop JSON reader: every {@code NAME.json} under
 * {@code src/test/resources/golden/desktop-json/} is run through the command line ({@code --no-entities}, so the
 * snapshot holds what the reader itself produced, independent of the extractors) and its standard output compared
 * with {@code NAME.expected.jsonl}; its standard error (issues and errors) with {@code NAME.expected.stderr}, which
 * exists only where there is something on standard error.
 *
 * <p>To rewrite the snapshots after a deliberate change, run with {@code -Dtgparse.updateGolden=true} (or the
 * environment variable {@code TGPARSE_UPDATE_GOLDEN=true}) and read the diff before committing it.
 */
class DesktopJsonGoldenTest {
  static final Path DIR = Path.of("src/test/resources/golden/desktop-json");

  static boolean update() {
    return GoldenFiles.updating() || "true".equals(System.getenv("TGPARSE_UPDATE_GOLDEN"));
  }

  @TestFactory
  Stream<DynamicTest> golden() throws IOException {
    List<Path> inputs;
    try (Stream<Path> files = Files.list(DIR)) {
      inputs = files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().collect(Collectors.toList());
    }
    assertThat(inputs).as("golden inputs in " + DIR).hasSizeGreaterThanOrEqualTo(10);
    return inputs.stream().map(in -> DynamicTest.dynamicTest(in.getFileName().toString(), () -> check(in)));
  }

  private static void check(Path input) throws IOException {
    String base = input.getFileName().toString().replaceFirst("\\.json$", "");
    Path expectedOut = input.resolveSibling(base + ".expected.jsonl");
    Path expectedErr = input.resolveSibling(base + ".expected.stderr");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(new String[] {"--no-entities", input.toString().replace('\\', '/')},
        new ByteArrayInputStream(new byte[0]), out, new PrintStream(err, true, StandardCharsets.UTF_8));
    String actualOut = out.toString(StandardCharsets.UTF_8);
    String actualErr = err.toString(StandardCharsets.UTF_8);
    if (update()) {
      Files.writeString(expectedOut, actualOut);
      if (actualErr.isEmpty()) {
        Files.deleteIfExists(expectedErr);
      } else {
        Files.writeString(expectedErr, actualErr);
      }
      return;
    }
    assertThat(Files.exists(expectedOut)).as(expectedOut + " exists (run with -Dtgparse.updateGolden=true)")
        .isTrue();
    assertThat(actualOut).as("standard output for " + input).isEqualTo(Files.readString(expectedOut));
    String wantErr = Files.exists(expectedErr) ? Files.readString(expectedErr) : "";
    assertThat(actualErr).as("standard error for " + input).isEqualTo(wantErr);
    // An input with an error on standard error is one that could not be read to its end.
    assertThat(code).as("exit code for " + input).isEqualTo(actualErr.contains("tgparse: ") ? 1 : 0);
  }
}
