package org.tgparse.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keeps the Java example of the README's "Apache Spark" section working: the body between the markers is that
 * code, with the paths made absolute. The rows written to Parquet read back whole.
 */
class ReadmeExampleTest {
  @TempDir
  Path dir;

  @Test
  void readmeExampleWritesParquet() {
    SparkSession spark = LocalSpark.session();
    String exports = LocalSpark.repoPath("src/test/resources/golden/desktop-json/new-format.json");
    String parquet = dir.resolve("telegram.parquet").toString();
    // --- README example begins ---
    Dataset<Row> messages = spark.read().format("tgparse").option("mode", "FAILFAST").load(exports);
    messages.select("id", "date", "text").write().parquet(parquet);
    // --- README example ends ---
    assertThat(spark.read().parquet(parquet).collectAsList())
        .containsExactlyInAnyOrderElementsOf(messages.select("id", "date", "text").collectAsList());
  }

  @Test
  void everyColumnWritesToParquetAndReadsBack() {
    SparkSession spark = LocalSpark.session();
    Dataset<Row> all = spark.read().format("tgparse").load(LocalSpark.repoPath("samples/mfa-forwarded-posts.txt"),
        LocalSpark.repoPath("src/test/resources/golden/desktop-html/media.html"));
    String parquet = dir.resolve("all.parquet").toString();
    all.write().parquet(parquet);
    Dataset<Row> back = spark.read().parquet(parquet);
    assertThat(back.schema()).isEqualTo(MessageSchema.SCHEMA);
    assertThat(back.collectAsList()).containsExactlyInAnyOrderElementsOf(all.collectAsList());
  }
}
