package org.tgparse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String stdin, String... args) {
    return Main.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), out,
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String stdout() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String stderr() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void jsonLinesOneObjectPerMessage() throws Exception {
    assertThat(run("", "samples/mfa-forwarded-posts.txt")).isZero();
    String[] lines = stdout().split("\n");
    assertThat(lines).hasSize(10);
    JsonNode first = new ObjectMapper().readTree(lines[0]);
    assertThat(first.get("forwardedFrom").asText()).isEqualTo("Russian MFA 🇷🇺");
    assertThat(first.get("sequence").asInt()).isEqualTo(1);
    assertThat(stdout()).doesNotContain("\\uD83C"); // emoji as UTF-8, not escaped surrogates
  }

  @Test
  void stdinIsDash() {
    assertThat(run("Forwarded from X\nHello\n", "-")).isZero();
    assertThat(stdout()).contains("\"forwardedFrom\":\"X\"").contains("\"file\":\"-\"");
  }

  @Test
  void arrayAndPretty() throws Exception {
    assertThat(run("Forwarded from X\nHello\n", "--array", "-")).isZero();
    JsonNode arr = new ObjectMapper().readTree(stdout());
    assertThat(arr.isArray()).isTrue();
    assertThat(arr.size()).isEqualTo(1);
    out.reset();
    assertThat(run("Forwarded from X\nHello\n", "--pretty", "-")).isZero();
    assertThat(stdout()).startsWith("[ {").contains("\n  \"type\" : \"message\"");
    assertThat(new ObjectMapper().readTree(stdout()).size()).isEqualTo(1);
  }

  @Test
  void emptyArrayForNoMessages() throws Exception {
    assertThat(run("", "--array", "-")).isZero();
    assertThat(stdout().trim()).isEqualTo("[]");
  }

  @Test
  void missingFileIsOneLineErrorAndNonZeroButOthersAreRead() {
    int code = run("", "no-such-file.txt", "samples/mfa-forwarded-posts.txt");
    assertThat(code).isEqualTo(1);
    assertThat(stderr().trim()).isEqualTo("tgparse: no-such-file.txt: no such file or directory");
    assertThat(stdout().split("\n")).hasSize(10);
  }

  @Test
  void emptyFileHasItsOwnMessage(@TempDir Path dir) throws Exception {
    Path empty = Files.createFile(dir.resolve("empty.txt"));
    assertThat(run("", empty.toString())).isZero();
    assertThat(stderr()).contains("empty.txt: warning: empty input: no messages");
    assertThat(stdout()).isEmpty();
  }

  @Test
  void helpAndVersion() {
    assertThat(run("", "--help")).isZero();
    assertThat(stdout()).contains("Usage: java -jar tgparse.jar").contains("--format");
    out.reset();
    assertThat(run("", "--version")).isZero();
    assertThat(stdout()).startsWith("tgparse ");
  }

  @Test
  void badUsage() {
    assertThat(run("", "--nope")).isEqualTo(2);
    assertThat(stderr()).contains("unknown option --nope");
    err.reset();
    assertThat(run("")).isEqualTo(2);
    assertThat(stderr()).contains("no input given");
    err.reset();
    assertThat(run("", "--format", "xml", "-")).isEqualTo(2);
    assertThat(stderr()).contains("unknown format \"xml\": expected one of auto, text, plain");
  }

  @Test
  void formatPlainReadsTheWholeInputAsOneMessage() {
    assertThat(run("Forwarded from X\nA\nA\n", "--format", "plain", "-")).isZero();
    assertThat(stdout().split("\n")).hasSize(1);
    assertThat(stdout()).contains("\"text\":\"Forwarded from X\\nA\\nA\"").contains("\"forwardedFrom\":null");
  }
}
