package org.tgparse.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.tgparse.Tgparse;
import org.tgparse.tools.Generate;

/**
 * Synthetic inputs for the benchmarks, written once by {@link Generate} into {@code bench-data/jmh} (or the folder
 * in the system property {@code tgparse.bench.dir}) and reused by later runs with the same format, size and seed.
 */
final class BenchInputs {
  static final long SEED = 42;

  private BenchInputs() {
  }

  /**
   * @param format text, desktop-json, desktop-html or tme
   * @param size a size such as 16MB
   * @return the generated file (text) or folder (other formats)
   */
  static synchronized Path get(String format, String size) {
    Path root = Path.of(System.getProperty("tgparse.bench.dir", "bench-data/jmh"));
    Path out = root.resolve(format + "-" + size + "-" + SEED + (format.equals("text") ? ".txt" : ""));
    Path done = root.resolve(out.getFileName() + ".done");
    try {
      if (!Files.exists(done)) {
        Files.createDirectories(root);
        new Generate(Generate.Corpus.load(), SEED).write(format, Generate.parseSize(size), out, 100);
        Files.writeString(done, "ok\n");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /**
   * @param format a format
   * @param dir what {@link #get} returned
   * @return the paths to give {@code Tgparse.read}: the export folder for Desktop exports, every page for t.me
   */
  static List<Path> inputs(String format, Path dir) {
    if (!format.equals("tme")) {
      return List.of(dir);
    }
    try (Stream<Path> s = Files.list(dir)) {
      List<Path> out = new ArrayList<>(s.filter(p -> p.toString().endsWith(".html")).sorted().toList());
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** @param paths files or folders @return their total size in bytes */
  static long size(List<Path> paths) {
    long n = 0;
    for (Path p : paths) {
      try (Stream<Path> s = Files.walk(p)) {
        n += s.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return n;
  }
}
