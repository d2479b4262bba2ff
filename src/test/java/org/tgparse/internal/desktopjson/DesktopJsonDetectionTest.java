package org.tgparse.internal.desktopjson;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tgparse.MessageReader;
import org.tgparse.Tgparse;
import org.tgparse.cli.Main;
import org.tgparse.model.Message;
import org.tgparse.read.Format;

/** A Desktop JSON export is read by the JSON reader without a flag; {@code --format desktop-json} forces it. */
class DesktopJsonDetectionTest {
  static final Path NEW_FORMAT = Path.of("src/test/resources/golden/desktop-json/new-format.json");

  @TempDir
  Path tmp;

  @Test
  void aJsonFileIsReadAsDesktopJsonWithoutAFlag() {
    assertThat(Tgparse.detect(NEW_FORMAT)).isEqualTo(Format.DESKTOP_JSON);
    try (MessageReader r = Tgparse.read(NEW_FORMAT)) {
      assertThat(r.format()).isEqualTo(Format.DESKTOP_JSON);
      Message m = r.read();
      assertThat(m.id()).isEqualTo("519");
      assertThat(m.channel().name()).isEqualTo("MFA Russia 🇷🇺");
    }
  }

  @Test
  void anExportFolderIsReadThroughItsResultJson() throws IOException {
    Path dir = Files.createDirectory(tmp.resolve("ChatExport_2023-03-20"));
    Files.copy(NEW_FORMAT, dir.resolve("result.json"));
    assertThat(Tgparse.detect(dir)).isEqualTo(Format.DESKTOP_JSON);
    try (MessageReader r = Tgparse.read(dir)) {
      assertThat(r.format()).isEqualTo(Format.DESKTOP_JSON);
      assertThat(r.read().source().file()).isEqualTo(dir + "/result.json");
    }
  }

  @Test
  void aByteOrderMarkBeforeTheObjectStillMeansJson() throws IOException {
    Path bom = tmp.resolve("bom.json");
    Files.write(bom, concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Files.readAllBytes(NEW_FORMAT)));
    assertThat(Tgparse.detect(bom)).isEqualTo(Format.DESKTOP_JSON);
    try (MessageReader r = Tgparse.read(bom)) {
      assertThat(r.stream().count()).isEqualTo(4);
    }
  }

  @Test
  void theCommandLineReadsJsonWithoutAFlag() {
    Run run = run(NEW_FORMAT.toString());
    assertThat(run.code).isZero();
    assertThat(run.out.lines()).hasSize(4).first().asString().contains("\"channel\":{\"name\":\"MFA Russia");
  }

  @Test
  void formatDesktopJsonForcesTheJsonReader() throws IOException {
    // Forced on JSON on standard input: read as JSON.
    Run forced = runWithStdin(Files.readAllBytes(NEW_FORMAT), "--format", "desktop-json", "-");
    assertThat(forced.code).isZero();
    assertThat(forced.out.lines()).hasSize(4);
    // Forced on a plain-text export: the JSON reader refuses it, with a location.
    Run text = run("--format", "desktop-json", "samples/mfa-forwarded-posts.txt");
    assertThat(text.code).isEqualTo(1);
    assertThat(text.out).isEmpty();
    assertThat(text.err).startsWith("tgparse: samples/mfa-forwarded-posts.txt:1:")
        .contains("expected valid JSON, found: Unrecognized token");
    // And the same file without the flag is the plain-text export.
    assertThat(Tgparse.detect(Path.of("samples/mfa-forwarded-posts.txt"))).isEqualTo(Format.TEXT);
  }

  record Run(int code, String out, String err) {
  }

  static Run run(String... args) {
    return runWithStdin(new byte[0], args);
  }

  static Run runWithStdin(byte[] stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(args, new ByteArrayInputStream(stdin), out, new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  static byte[] concat(byte[] a, byte[] b) {
    byte[] c = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, c, a.length, b.length);
    return c;
  }
}
