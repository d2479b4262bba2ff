package org.tgparse.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tgparse.read.TgparseException;

/**
 * The option {@code mode}: PERMISSIVE keeps the good records of a corrupt input, puts the error in an issue row
 * and reads the other inputs; FAILFAST fails the query at the first issue or error, naming it and the option.
 */
class ModeTest {
  private static final String SAMPLE = LocalSpark.repoPath("samples/mfa-forwarded-posts.txt");
  private static final String TRUNCATED = LocalSpark.repoPath("src/test/resources/golden/desktop-json/truncated.json");
  private static final String GOOD_JSON = LocalSpark.repoPath("src/test/resources/golden/desktop-json/new-format.json");
  private static final String WARNINGS = LocalSpark.repoPath("src/test/resources/golden/desktop-json/unknown-fields.json");

  @TempDir
  Path dir;

  @Test
  void permissiveKeepsTheGoodRecordsOfACorruptInputAndReadsTheOthers() throws Exception {
    Path png = dir.resolve("photo.png");
    Files.write(png, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13});
    Dataset<Row> df = LocalSpark.tgparse().load(SAMPLE, TRUNCATED, png.toString(), GOOD_JSON);

    List<Row> rows = df.select(functions.col("type"), functions.col("source.file").as("file"),
        functions.col("issues")).collectAsList();
    assertThat(records(rows, SAMPLE)).isEqualTo(CliRecords.run(List.of(SAMPLE)).lines().size());
    assertThat(records(rows, GOOD_JSON)).isEqualTo(CliRecords.run(List.of(GOOD_JSON)).lines().size());
    // truncated.json: its complete messages, as the command line prints them, then the error.
    assertThat(records(rows, TRUNCATED)).isEqualTo(CliRecords.run(List.of(TRUNCATED)).lines().size())
        .isPositive();
    Row truncatedError = issueRow(rows, "file:" + TRUNCATED);
    Row issue = truncatedError.<Row>getList(2).get(0);
    assertThat(issue.<String>getAs("severity")).isEqualTo("ERROR");
    assertThat(issue.<Long>getAs("line")).isEqualTo(43L);
    assertThat(issue.<Long>getAs("column")).isEqualTo(16L);
    assertThat(issue.<String>getAs("message"))
        .isEqualTo("expected the rest of the JSON document, found the end of the input (truncated file?)");
    // The PNG: no records, one issue row naming what was found.
    assertThat(records(rows, "file:" + png)).isZero();
    assertThat(issueRow(rows, "file:" + png).<Row>getList(2).get(0).<String>getAs("message"))
        .contains("binary input refused: found a PNG image");
  }

  @Test
  void failFastStopsAtAnErrorNamingItsLocationAndTheOption() {
    Dataset<Row> df = LocalSpark.tgparse().option("mode", "FAILFAST").load(GOOD_JSON, TRUNCATED);
    assertThat(failure(df)).hasMessageContaining(TRUNCATED + ":43:16: expected the rest of the JSON document")
        .hasMessageContaining("mode FAILFAST: set the option mode to PERMISSIVE");
  }

  @Test
  void failFastStopsAtTheFirstIssue() {
    Dataset<Row> df = LocalSpark.tgparse().option("mode", "failfast").option("entities", "false").load(WARNINGS);
    assertThat(failure(df)).hasMessageContaining(WARNINGS + ":39:3: expected a message object for \"messages[]\", found a number");
  }

  @Test
  void permissivePutsIssuesInTheRowsThatFailFastWouldStopAt() {
    List<Row> rows = LocalSpark.tgparse().option("entities", "false").load(WARNINGS)
        .select(functions.explode(functions.col("issues")).as("issue")).select("issue.*").collectAsList();
    assertThat(rows).isNotEmpty();
    assertThat(rows.get(0).<Long>getAs("line")).isEqualTo(39L);
    assertThat(rows.get(0).<String>getAs("severity")).isEqualTo("WARNING");
  }

  @Test
  void failFastReadsCleanInputsAsPermissiveDoes() {
    long permissive = LocalSpark.tgparse().load(SAMPLE, GOOD_JSON).count();
    assertThat(LocalSpark.tgparse().option("mode", "FAILFAST").load(SAMPLE, GOOD_JSON).count())
        .isEqualTo(permissive);
  }

  /** @return the first {@link TgparseException} in the causes of the query's failure (Spark wraps it) */
  private static Throwable failure(Dataset<Row> df) {
    Throwable t = catchThrowable(df::count);
    assertThat(t).as("the query's failure").isNotNull();
    while (t != null && !(t instanceof TgparseException)) {
      t = t.getCause();
    }
    assertThat(t).as("a TgparseException among the causes").isNotNull();
    return t;
  }

  private static long records(List<Row> rows, String file) {
    String uri = file.startsWith("file:") ? file : "file:" + file;
    return rows.stream().filter(r -> r.getAs("type") != null && uri.equals(r.getAs("file"))).count();
  }

  private static Row issueRow(List<Row> rows, String file) {
    List<Row> found = rows.stream().filter(r -> r.getAs("type") == null && file.equals(r.getAs("file")))
        .collect(Collectors.toList());
    assertThat(found).as("issue rows of %s", file).hasSize(1);
    return found.get(0);
  }
}
