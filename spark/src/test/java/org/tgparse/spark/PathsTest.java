package org.tgparse.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tgparse.read.TgparseException;

/**
 * Paths expand to inputs as documented in {@link InputLister}: folders are walked, export folders are one input
 * each (an HTML export's pages in order), globs match, hidden and underscore files are passed over, compressed
 * files are read through Hadoop's codecs; each input is one partition.
 */
class PathsTest {
  private static final Path GOLDEN = LocalSpark.REPO.resolve("src/test/resources/golden");

  @TempDir
  Path dir;

  private Path corpus;

  /**
   * corpus/a.txt, corpus/html-export/{messages.html, messages2.html, css/style.css},
   * corpus/json-export/{result.json, photos/x.jpg}, corpus/nested/b.txt.gz, corpus/_SUCCESS, corpus/.notes.txt.
   */
  @BeforeEach
  void corpus() throws IOException {
    corpus = dir.resolve("corpus");
    Files.createDirectories(corpus.resolve("html-export/css"));
    Files.createDirectories(corpus.resolve("json-export/photos"));
    Files.createDirectories(corpus.resolve("nested"));
    Files.copy(LocalSpark.REPO.resolve("samples/mfa-forwarded-posts.txt"), corpus.resolve("a.txt"));
    Files.copy(GOLDEN.resolve("desktop-html/channel/messages.html"), corpus.resolve("html-export/messages.html"));
    Files.copy(GOLDEN.resolve("desktop-html/channel/messages2.html"), corpus.resolve("html-export/messages2.html"));
    Files.writeString(corpus.resolve("html-export/css/style.css"), "body {}");
    Files.copy(GOLDEN.resolve("desktop-json/new-format.json"), corpus.resolve("json-export/result.json"));
    Files.write(corpus.resolve("json-export/photos/x.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(corpus.resolve("nested/b.txt.gz")))) {
      Files.copy(GOLDEN.resolve("text/crlf-preface-placeholders.txt"), out);
    }
    Files.writeString(corpus.resolve("_SUCCESS"), "");
    Files.writeString(corpus.resolve(".notes.txt"), "not an archive");
  }

  @Test
  void aFolderExpandsToItsFilesAndExportFoldersOnePartitionEach() {
    Dataset<Row> df = LocalSpark.tgparse().load(corpus.toString());
    assertThat(df.rdd().getNumPartitions()).isEqualTo(4);
    List<List<String>> files = filesByPartition(df, 4);
    String base = "file:" + corpus + "/";
    assertThat(files.get(0)).containsOnly(base + "a.txt");
    assertThat(files.get(1)).containsExactly(base + "html-export/messages.html", base + "html-export/messages2.html");
    assertThat(files.get(2)).containsOnly(base + "json-export/result.json");
    assertThat(files.get(3)).containsOnly(base + "nested/b.txt.gz");
    assertThat(df.filter("type IS NULL").count()).as("issue rows").isZero();
  }

  @Test
  void theHtmlExportFolderGivesTheCommandLinesRecordsInPageOrder() {
    List<Row> rows = LocalSpark.tgparse().option("entities", "false").load(corpus.resolve("html-export").toString())
        .select("sequence", "id", "source.file").collectAsList();
    List<String> cli = CliRecords.run(List.of("--no-entities", corpus.resolve("html-export").toString())).lines();
    assertThat(rows).hasSize(cli.size());
    for (int i = 0; i < rows.size(); i++) {
      assertThat(cli.get(i)).contains("\"sequence\":" + rows.get(i).getLong(0) + ",\"id\":\"" + rows.get(i).getString(1)
          + "\"").contains("\"file\":\"" + rows.get(i).getString(2).substring("file:".length()) + "\"");
    }
  }

  @Test
  void aCompressedFileReadsAsItsContent() {
    List<Row> gz = LocalSpark.tgparse().load(corpus.resolve("nested/b.txt.gz").toString())
        .select("text", "source.startLine").collectAsList();
    List<Row> plain = LocalSpark.tgparse().load(GOLDEN.resolve("text/crlf-preface-placeholders.txt").toString())
        .select("text", "source.startLine").collectAsList();
    assertThat(gz).isNotEmpty().isEqualTo(plain);
  }

  @Test
  void globsMatchFilesAndFolders() {
    assertThat(LocalSpark.tgparse().load(corpus + "/*.txt").rdd().getNumPartitions()).isEqualTo(1);
    assertThat(LocalSpark.tgparse().load(corpus + "/*-export").rdd().getNumPartitions()).isEqualTo(2);
  }

  @Test
  void aPathThatMatchesNothingIsAnErrorNamingIt() {
    Throwable t = catchThrowable(() -> LocalSpark.tgparse().load(corpus + "/missing*.txt").count());
    while (t != null && !(t instanceof TgparseException)) {
      t = t.getCause();
    }
    assertThat(t).hasMessage(corpus + "/missing*.txt: no such file or directory");
  }

  @Test
  void aForcedTextFormatListsExportFoldersAsPlainFolders() {
    Dataset<Row> df = LocalSpark.tgparse().option("format", "text").load(corpus.resolve("json-export").toString());
    // result.json and photos/x.jpg, each read as a plain-text export: the JPEG is refused in an issue row.
    assertThat(df.rdd().getNumPartitions()).isEqualTo(2);
    assertThat(df.filter("type IS NULL").select(functions.col("issues").getItem(0).getField("message"))
        .first().getString(0)).contains("JPEG");
  }

  private static List<List<String>> filesByPartition(Dataset<Row> df, int partitions) {
    List<List<String>> out = new ArrayList<>();
    for (int i = 0; i < partitions; i++) {
      out.add(new ArrayList<>());
    }
    for (Row r : df.select(functions.spark_partition_id(), functions.col("source.file")).collectAsList()) {
      List<String> files = out.get(r.getInt(0));
      if (files.isEmpty() || !files.get(files.size() - 1).equals(r.getString(1))) {
        files.add(r.getString(1));
      }
    }
    return out.stream().map(List::copyOf).collect(Collectors.toList());
  }
}
