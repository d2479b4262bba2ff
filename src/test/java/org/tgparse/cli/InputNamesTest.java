package org.tgparse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14, items 7 and 22: names and standard input the command line could not use gave a stack trace or a false
 * message. Each is one true line; the other inputs are still read; the exit status is 1.
 */
class InputNamesTest {
  private static final String POST = "Forwarded from A\nHello\n";

  @TempDir
  Path dir;

  @Test
  void nonAsciiNameUnderTheCLocaleIsOneLineAndTheNextInputIsRead() throws Exception {
    Path sample = dir.resolve("sample.txt");
    Files.writeString(sample, POST);
    Files.writeString(dir.resolve("канал.txt"), POST);
    ChildJvm.Result r = new ChildJvm().env("LC_ALL", "C").env("LANG", "C")
        .run(dir, sample.toString(), dir.resolve("канал.txt").toString(), sample.toString());
    assertThat(r.out().lines()).hasSize(2);
    assertThat(r.err().lines()).singleElement().asString()
        .startsWith("tgparse: " + dir)
        .endsWith(": the file name cannot be represented in the current locale's encoding (ANSI_X3.4-1968);"
            + " set a UTF-8 locale, e.g. LC_ALL=C.UTF-8")
        .doesNotContain("Exception");
    assertThat(r.code()).isEqualTo(1);
  }

  @Test
  void nameThatIsNotUtf8IsNotCalledMissing() throws Exception {
    // The file is made by the shell: Java cannot name it in a UTF-8 locale, which is the point.
    Process make = new ProcessBuilder("/bin/sh", "-c", "printf '" + POST.replace("\n", "\\n")
        + "' > \"$(printf '\\377.txt')\"").directory(dir.toFile()).start();
    assertThat(make.waitFor(30, TimeUnit.SECONDS)).isTrue();
    ChildJvm.Result r = new ChildJvm().env("LC_ALL", "C.UTF-8")
        .shell("cd '" + dir + "' && CMD \"$(printf '\\377.txt')\"").run(dir);
    assertThat(r.err()).isEqualTo("tgparse: \uFFFD.txt: cannot open the file by this name: it holds bytes that"
        + " are not valid UTF-8 (shown as U+FFFD), which cannot be passed back to the system; rename the file"
        + " (e.g. with convmv), or give it on standard input: tgparse - < FILE\n");
    assertThat(r.code()).isEqualTo(1);
  }

  @Test
  void closedStandardInputSaysSo() throws Exception {
    Path sample = dir.resolve("sample.txt");
    Files.writeString(sample, POST);
    ChildJvm.Result r = new ChildJvm().shell("CMD <&-").run(dir, "-", sample.toString());
    assertThat(r.err()).isEqualTo("tgparse: -: cannot read standard input: it is closed; give the input on it"
        + " (tgparse - < FILE) or name the file\n");
    assertThat(r.out().lines()).hasSize(1);
    assertThat(r.code()).isEqualTo(1);
  }
}
