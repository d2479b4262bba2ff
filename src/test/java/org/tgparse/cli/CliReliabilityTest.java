package org.tgparse.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line with bad input: one clear line on stderr, the right exit code, quiet on closed pipes. */
class CliReliabilityTest {
  @TempDir
  Path dir;

  record Result(int code, String out, String err) {
  }

  static Result run(InputStream stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(args, stdin, out, new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  static Result run(String... args) {
    return run(new ByteArrayInputStream(new byte[0]), args);
  }

  private Path file(String name, byte[] content) throws IOException {
    Path p = dir.resolve(name);
    Files.write(p, content);
    return p;
  }

  private static byte[] bytes(String s, int... extra) {
    byte[] a = s.getBytes(StandardCharsets.UTF_8);
    byte[] b = java.util.Arrays.copyOf(a, a.length + extra.length);
    for (int i = 0; i < extra.length; i++) {
      b[a.length + i] = (byte) extra[i];
    }
    return b;
  }

  @Test
  void issuesGoToStderrAndTheRunSucceeds() throws IOException {
    Path p = file("bad.txt", bytes("Forwarded from A\nab", 0xFF, '\n'));
    Result r = run(p.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("\"forwardedFrom\":\"A\"").contains("ab\uFFFD");
    assertThat(r.err()).isEqualTo(p + ":2:3: warning: invalid UTF-8: byte 0xFF at byte offset 19 replaced with"
        + " U+FFFD; expected UTF-8 text\n");
  }

  @Test
  void strictTurnsTheFirstIssueIntoAnErrorAfterTheCompleteMessages() throws IOException {
    Path p = file("bad.txt", bytes("Forwarded from A\nfine\nForwarded from B\nab", 0xFF, '\n'));
    Result r = run("--strict", p.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out().lines()).hasSize(1).allMatch(l -> l.contains("\"text\":\"fine\""));
    assertThat(r.err()).isEqualTo("tgparse: " + p + ":4:3: invalid UTF-8: byte 0xFF at byte offset 41 replaced"
        + " with U+FFFD; expected UTF-8 text\n");
  }

  @Test
  void missingInput() {
    Result r = run(dir.resolve("nope.txt").toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo("tgparse: " + dir.resolve("nope.txt") + ": no such file or directory\n");
  }

  @Test
  void missingInputDoesNotStopTheOthers() throws IOException {
    Path ok = file("ok.txt", bytes("Forwarded from A\nhello\n"));
    Result r = run(dir.resolve("nope.txt").toString(), ok.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).contains("hello");
    assertThat(r.err()).contains("no such file or directory");
  }

  @Test
  void emptyInput() throws IOException {
    Path p = file("empty.txt", new byte[0]);
    Result r = run(p.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo(p + ": warning: empty input: no messages\n");
    Result strict = run("--strict", p.toString());
    assertThat(strict.code()).isEqualTo(1);
    assertThat(strict.err()).isEqualTo("tgparse: " + p + ": empty input: no messages\n");
  }

  @Test
  void emptyStandardInput() {
    Result r = run("-");
    assertThat(r.code()).isZero();
    assertThat(r.err()).isEqualTo("-: warning: empty input: no messages\n");
  }

  @Test
  void binaryInputIsRefused() throws IOException {
    Path p = file("photo.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13});
    Result r = run(p.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo("tgparse: " + p + ": binary input refused: found a PNG image; expected a"
        + " Telegram archive as UTF-8 or UTF-16 text (with a byte-order mark)\n");
    Path nul = file("data.bin", bytes("abc", 0, 1, 2));
    assertThat(run("--format", "text", nul.toString()).err())
        .isEqualTo("tgparse: " + nul + ": binary input refused: NUL byte at byte offset 3 (a binary file?);"
            + " expected a Telegram archive as UTF-8 or UTF-16 text (with a byte-order mark)\n");
  }

  @Test
  void utf16InputIsRead() throws IOException {
    byte[] text = "Forwarded from Канал\nПривет\n".getBytes(StandardCharsets.UTF_16BE);
    byte[] data = new byte[text.length + 2];
    data[0] = (byte) 0xFE;
    data[1] = (byte) 0xFF;
    System.arraycopy(text, 0, data, 2, text.length);
    Result r = run(file("u16.txt", data).toString());
    assertThat(r.code()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).contains("\"forwardedFrom\":\"Канал\"").contains("\"text\":\"Привет\"");
  }

  @Test
  void limitMessagesNameTheOption() throws IOException {
    Path p = file("long.txt", bytes("Forwarded from A\n" + "x".repeat(40) + "\n"));
    Result r = run("--max-line-length", "20", "--max-text-length=5", p.toString());
    assertThat(r.code()).isZero();
    assertThat(r.err().lines()).containsExactly(
        p + ":2: warning: line longer than 20 characters was cut (limit maxLineLength, option --max-line-length)",
        p + ":1: warning: message text of 20 UTF-16 code units was cut to 5 (limit maxTextLength, option"
            + " --max-text-length)");
    assertThat(r.out()).contains("\"text\":\"xxxxx\"");
  }

  @Test
  void entityLimitNamesTheOption() throws IOException {
    Path p = file("links.txt", bytes("Forwarded from A\nHeadline\nRead in full\nx\nRead more\ny\nDetails\n"));
    Result r = run("--max-entities", "2", p.toString());
    assertThat(r.code()).isZero();
    assertThat(r.err()).isEqualTo(p + ":1: warning: message has 3 links; kept the first 2 (limit"
        + " maxEntitiesPerMessage, option --max-entities)\n");
    Result strict = run("--strict", "--max-entities", "2", p.toString());
    assertThat(strict.code()).isEqualTo(1);
    assertThat(strict.err()).startsWith("tgparse: " + p + ":1: message has 3 links");
  }

  @Test
  void badLimitValueIsAUsageError() {
    Result r = run("--max-html-depth", "0", "x");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("tgparse: --max-html-depth: expected a positive integer, found \"0\"\n");
    assertThat(run("--max-nesting-depth").err()).isEqualTo("tgparse: --max-nesting-depth needs a value\n");
  }


  private Path bigInput(int posts) throws IOException {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < posts; i++) {
      sb.append("Forwarded from Channel\nPost ").append(i).append(" #tag @user\nbody line\nbody line\n");
    }
    return file("big.txt", sb.toString().getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void closedPipeEndsQuietlyWithSuccess() throws IOException {
    Path p = bigInput(5000);
    for (int room : new int[] {0, 100, 70_000}) {
      for (String mode : new String[] {"--array", "--pretty", "--no-entities"}) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(new String[] {mode, p.toString()}, new ByteArrayInputStream(new byte[0]),
            FailingOutput.closingPipe(room), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).as("%s %d", mode, room).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
      }
    }
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    assertThat(Main.run(new String[] {"--help"}, new ByteArrayInputStream(new byte[0]), FailingOutput.closingPipe(0),
        new PrintStream(err, true, StandardCharsets.UTF_8))).isZero();
    assertThat(err.size()).isZero();
  }

  /** The class path of the code under test, for a child JVM: our classes and the libraries they use. */
  private static List<Path> runtimeClassPath() throws Exception {
    List<Path> cp = new ArrayList<>();
    for (Class<?> c : new Class<?>[] {Main.class, com.fasterxml.jackson.core.JsonFactory.class,
        com.fasterxml.jackson.databind.ObjectMapper.class, com.fasterxml.jackson.annotation.JsonProperty.class,
        org.jsoup.Jsoup.class}) {
      cp.add(Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()));
    }
    return cp;
  }

  private static String javaBin() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  @Test
  void realClosedPipeEndsQuietlyWithSuccess() throws Exception {
    Path p = bigInput(20_000);
    List<String> cmd = new ArrayList<>(List.of(javaBin(), "-cp",
        String.join(java.io.File.pathSeparator, runtimeClassPath().stream().map(Path::toString).toList()),
        Main.class.getName(), p.toString()));
    Process proc = new ProcessBuilder(cmd).redirectError(dir.resolve("stderr.txt").toFile()).start();
    try (var out = new java.io.BufferedReader(new java.io.InputStreamReader(proc.getInputStream(),
        StandardCharsets.UTF_8))) {
      assertThat(out.readLine()).contains("\"sequence\":1");
    } // closing our end is what `head -1` does when it exits
    assertThat(proc.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(proc.exitValue()).isZero();
    assertThat(Files.readString(dir.resolve("stderr.txt"))).isEmpty();
  }

  @Test
  void unreadableInput() throws Exception {
    Path p = file("secret.txt", bytes("Forwarded from A\nx\n"));
    Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("---------"));
    if (!Files.isReadable(p)) {
      Result r = run(p.toString());
      assertThat(r.code()).isEqualTo(1);
      assertThat(r.err()).isEqualTo("tgparse: " + p + ": permission denied\n");
      return;
    }
    // Root reads every file: run the command as the unprivileged user "nobody" instead, where the system allows.
    assumeTrue(Files.isExecutable(Path.of("/usr/bin/setpriv")), "needs setpriv to drop root");
    Path world = Files.createDirectories(dir.resolve("cp"));
    List<String> cp = new ArrayList<>();
    int i = 0;
    for (Path entry : runtimeClassPath()) {
      Path target = world.resolve("e" + i++);
      copyTree(entry, Files.isDirectory(entry) ? target : target.resolveSibling(target.getFileName() + ".jar"));
      cp.add(Files.isDirectory(entry) ? target.toString() : target + ".jar");
    }
    openUp(dir);
    Process proc = new ProcessBuilder("/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups",
        javaBin(), "-cp", String.join(java.io.File.pathSeparator, cp), Main.class.getName(), p.toString()).start();
    String err = new String(proc.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(proc.waitFor(60, TimeUnit.SECONDS)).isTrue();
    // The JDK or the temporary folder may not be readable by nobody on some machines: then this cannot be shown.
    assumeTrue(!err.contains("Error:") && !err.contains("Exception"), () -> "cannot run as nobody: " + err);
    assertThat(err).isEqualTo("tgparse: " + p + ": permission denied\n");
    assertThat(proc.exitValue()).isEqualTo(1);
  }

  private static void copyTree(Path from, Path to) throws IOException {
    if (!Files.isDirectory(from)) {
      Files.copy(from, to);
      return;
    }
    try (var paths = Files.walk(from)) {
      for (Path s : (Iterable<Path>) paths::iterator) {
        Path t = to.resolve(from.relativize(s).toString());
        if (Files.isDirectory(s)) {
          Files.createDirectories(t);
        } else {
          Files.copy(s, t);
        }
      }
    }
  }

  /** Makes the test folder readable by everyone, except the file that must stay unreadable. */
  private static void openUp(Path root) throws IOException {
    try (var paths = Files.walk(root)) {
      for (Path s : (Iterable<Path>) paths::iterator) {
        if (s.getFileName().toString().equals("secret.txt")) {
          continue;
        }
        Files.setPosixFilePermissions(s, PosixFilePermissions.fromString(Files.isDirectory(s) ? "rwxr-xr-x"
            : "rw-r--r--"));
      }
    }
  }
}
