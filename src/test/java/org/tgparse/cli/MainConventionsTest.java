package org.tgparse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The short options every Unix tool takes, and {@code --compact}. */
class MainConventionsTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String stdin, String... args) {
    return Main.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), out,
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String stdout() {
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void shortHelpAndVersion() {
    assertThat(run("", "-h")).isZero();
    assertThat(stdout()).startsWith("Usage: java -jar tgparse.jar").contains("-V, --version").contains("--summary");
    out.reset();
    assertThat(run("", "-V")).isZero();
    // The build fills the version in (version.properties): never "dev" once built by Maven.
    assertThat(stdout()).matches("tgparse \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\n");
  }

  @Test
  void aFileNamedDashHIsReadAfterDoubleDash(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("-h"), "Forwarded from X\nHello\n");
    assertThat(run("", "--compact", "--", file.toString())).isZero();
    assertThat(stdout()).contains("\"forwardedFrom\":\"X\"");
  }

  @Test
  void compactLeavesOutNullAndEmptyFieldsOnly() {
    assertThat(run("Forwarded from X\nHello #tag\n", "--compact", "-")).isZero();
    assertThat(stdout()).isEqualTo("{\"type\":\"message\",\"sequence\":1,\"dateIsLocal\":false,"
        + "\"forwarded\":true,\"forwardedFrom\":\"X\",\"title\":\"Hello #tag\",\"text\":\"Hello #tag\",\"duplicateCollapsed\":false,"
        + "\"hashtags\":[\"#tag\"],\"hashtagEntities\":[{\"text\":\"#tag\",\"start\":6,\"end\":10,\"tag\":\"tag\"}],"
        + "\"source\":{\"file\":\"-\",\"startLine\":1,\"endLine\":2}}\n");
  }

  @Test
  void compactArrayAndPretty() {
    assertThat(run("Forwarded from X\nA\nForwarded from Y\nB\n", "--compact", "--array", "-")).isZero();
    assertThat(stdout()).startsWith("[{\"type\":\"message\",\"sequence\":1,").contains("},{\"type\"")
        .doesNotContain("null").endsWith("}]\n");
    out.reset();
    assertThat(run("Forwarded from X\nA\n", "--compact", "--pretty", "-")).isZero();
    assertThat(stdout()).startsWith("[ {\n  \"type\" : \"message\"").doesNotContain("null");
  }
}
