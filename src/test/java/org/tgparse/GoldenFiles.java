package org.tgparse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.tgparse.internal.io.Lines;
import org.tgparse.json.JsonLinesWriter;
import org.tgparse.model.Message;

/**
 * Golden ("snapshot") files: an input beside its expected JSON Lines. Run with {@code -Dtgparse.updateGolden=true}
 * to rewrite the expected files, then read the diff by eye before committing it.
 */
public final class GoldenFiles {
  private GoldenFiles() {
  }

  /** @return whether expected files are being rewritten */
  public static boolean updating() {
    return Boolean.getBoolean("tgparse.updateGolden");
  }

  /**
   * @param reader a reader; read to the end and closed
   * @return its messages as JSON Lines
   */
  public static String jsonLines(MessageReader reader) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (reader; JsonLinesWriter w = JsonLinesWriter.jsonLines(out)) {
      Message m;
      while ((m = reader.read()) != null) {
        w.write(m);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  /**
   * Compares actual output with the expected file, or rewrites the file when updating.
   *
   * @param expected the expected file
   * @param actual the actual JSON Lines
   */
  public static void assertMatches(Path expected, String actual) {
    try {
      if (updating() || !Files.exists(expected)) {
        Files.writeString(expected, actual, StandardCharsets.UTF_8);
        if (!updating()) {
          throw new AssertionError("expected file was missing and has been written: " + expected
              + " (read it, then run again)");
        }
        return;
      }
      String want = Files.readString(expected, StandardCharsets.UTF_8);
      String[] wantLines = want.split("\n", -1);
      String[] gotLines = actual.split("\n", -1);
      for (int i = 0; i < Math.min(wantLines.length, gotLines.length); i++) {
        assertThat(gotLines[i]).as("%s line %d", expected, i + 1).isEqualTo(wantLines[i]);
      }
      assertThat(gotLines.length).as("%s: number of lines", expected).isEqualTo(wantLines.length);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
