package org.tgparse.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the command line in a child JVM, for what only a real process shows: a real {@code /dev/full}, a FIFO, the
 * C locale (the JVM reads it once, at start), a closed standard input, a small heap.
 */
final class ChildJvm {
  /** What a child run gave. @param code exit status @param out stdout as UTF-8 @param err stderr as UTF-8 */
  record Result(int code, String out, String err) {
  }

  private final List<String> jvmOptions = new ArrayList<>();
  private final Map<String, String> env = new java.util.HashMap<>();
  private String shellRedirect;

  /** @param option a JVM option, such as {@code -Xmx64m} @return this */
  ChildJvm jvm(String option) {
    jvmOptions.add(option);
    return this;
  }

  /** @param name variable @param value value @return this */
  ChildJvm env(String name, String value) {
    env.put(name, value);
    return this;
  }

  /**
   * Runs the command through {@code /bin/sh -c}, for what ProcessBuilder cannot set up: {@code CMD} in the
   * template stands for the quoted command and its arguments, as in {@code CMD > /dev/full},
   * {@code CMD <&-} or {@code cat posts.txt | CMD}. Standard output is captured unless the template redirects it.
   *
   * @param template the shell command line
   * @return this
   */
  ChildJvm shell(String template) {
    shellRedirect = template;
    return this;
  }

  /** @return the java command with the class path of the code under test, up to the main class */
  List<String> command() throws Exception {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(jvmOptions);
    cmd.add("-cp");
    List<String> cp = new ArrayList<>();
    for (Class<?> c : new Class<?>[] {Main.class, com.fasterxml.jackson.core.JsonFactory.class,
        com.fasterxml.jackson.databind.ObjectMapper.class, com.fasterxml.jackson.annotation.JsonProperty.class,
        org.jsoup.Jsoup.class}) {
      cp.add(Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
    }
    cmd.add(String.join(File.pathSeparator, cp));
    cmd.add(Main.class.getName());
    return cmd;
  }

  /**
   * @param dir a folder for the captured output
   * @param args the command line's arguments
   * @return the result; stdout is empty when the shell template redirected it
   */
  Result run(Path dir, String... args) throws Exception {
    List<String> cmd = command();
    cmd.addAll(List.of(args));
    Path out = Files.createTempFile(dir, "stdout", ".txt");
    Path err = Files.createTempFile(dir, "stderr", ".txt");
    ProcessBuilder pb;
    if (shellRedirect != null) {
      StringBuilder line = new StringBuilder();
      for (String a : cmd) {
        line.append('\'').append(a.replace("'", "'\\''")).append("' ");
      }
      pb = new ProcessBuilder("/bin/sh", "-c", shellRedirect.replace("CMD", line.toString()));
    } else {
      pb = new ProcessBuilder(cmd);
    }
    pb.redirectOutput(out.toFile());
    pb.environment().putAll(env);
    pb.redirectError(err.toFile());
    pb.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    Process p = pb.start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IOException("the child JVM did not end within two minutes: " + cmd);
    }
    return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }
}
