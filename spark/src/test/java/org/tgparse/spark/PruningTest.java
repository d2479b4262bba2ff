package org.tgparse.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.connector.catalog.SupportsRead;
import org.apache.spark.sql.connector.expressions.Transform;
import org.apache.spark.sql.connector.read.Scan;
import org.apache.spark.sql.connector.read.SupportsPushDownRequiredColumns;
import org.apache.spark.sql.execution.SparkPlan;
import org.apache.spark.sql.execution.datasources.v2.BatchScanExec;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.util.CaseInsensitiveStringMap;
import org.junit.jupiter.api.Test;

/**
 * Column pruning: a query reads only the columns it needs, and without any column that comes from the entity
 * extractors the core's readers run with extraction off. Checked on the scan Spark actually ran (its
 * {@link TgparseScan#readOptions()}, the options its readers get), not on timings.
 */
class PruningTest {
  private static final String SAMPLE = LocalSpark.repoPath("samples/mfa-forwarded-posts.txt");

  @Test
  void selectingIdDateAndTextRunsNoExtractor() {
    Dataset<Row> df = LocalSpark.tgparse().load(SAMPLE).select("id", "date", "text");
    TgparseScan scan = executedScan(df);
    assertThat(scan.readOptions().extractEntities()).isFalse();
    assertThat(scan.readSchema().fieldNames()).containsExactly("id", "date", "text");
    assertThat(scan.description()).contains("entities=false");
    // The same values as a full read.
    assertThat(df.collectAsList())
        .isEqualTo(LocalSpark.tgparse().load(SAMPLE).select("id", "date", "text").collectAsList());
    assertThat(df.collectAsList()).hasSize(CliRecords.run(List.of(SAMPLE)).lines().size());
  }

  @Test
  void selectingAnEntityColumnRunsTheExtractors() {
    Dataset<Row> df = LocalSpark.tgparse().load(SAMPLE).select("text", "hashtags");
    assertThat(executedScan(df).readOptions().extractEntities()).isTrue();
    assertThat(df.collectAsList().get(0).getList(1)).contains("#EAEU");
  }

  @Test
  void theOptionEntitiesFalseWinsOverTheColumns() {
    Dataset<Row> df = LocalSpark.tgparse().option("entities", "false").load(SAMPLE).select("hashtags");
    assertThat(executedScan(df).readOptions().extractEntities()).isFalse();
  }

  @Test
  void theScanBuilderDecidesFromTheRequiredColumns() {
    for (Map.Entry<List<String>, Boolean> c : Map.<List<String>, Boolean>of(
        List.of("id", "date", "text"), false,
        List.of("type", "source", "media", "entities", "actionDetails"), false,
        List.<String>of(), false,
        List.of("text", "dateline"), true,
        List.of("places"), true,
        List.of("issues"), true).entrySet()) {
      assertThat(scan(c.getKey()).readOptions().extractEntities()).as("extraction for %s", c.getKey())
          .isEqualTo(c.getValue());
    }
  }

  @Test
  void countParsesWithoutExtraction() {
    Dataset<Row> df = LocalSpark.tgparse().load(SAMPLE);
    String plan = df.groupBy().count().queryExecution().executedPlan().toString();
    assertThat(plan).contains("entities=false");
  }

  @Test
  void nestedFieldsAreReadAsAFullReadGivesThem() {
    Dataset<Row> json = LocalSpark.tgparse().load(
        LocalSpark.repoPath("src/test/resources/golden/desktop-json/new-format.json"));
    assertThat(json.select("channel.name", "source.startLine").collectAsList())
        .isEqualTo(json.select("channel", "source").selectExpr("channel.name", "source.startLine").collectAsList());
  }

  private static TgparseScan scan(List<String> columns) {
    SupportsRead table = (SupportsRead) new TgparseDataSource().getTable(MessageSchema.SCHEMA, new Transform[0],
        Map.of("path", SAMPLE));
    SupportsPushDownRequiredColumns builder =
        (SupportsPushDownRequiredColumns) table.newScanBuilder(CaseInsensitiveStringMap.empty());
    StructType required = new StructType();
    for (String c : columns) {
      required = required.add(MessageSchema.SCHEMA.apply(c));
    }
    builder.pruneColumns(required);
    return (TgparseScan) builder.build();
  }

  /** The scan of the plan Spark executes for {@code df} (a plan without exchanges, so not an adaptive one). */
  private static TgparseScan executedScan(Dataset<Row> df) {
    SparkPlan plan = df.queryExecution().executedPlan();
    for (SparkPlan leaf : scala.jdk.javaapi.CollectionConverters.asJava(plan.collectLeaves())) {
      if (leaf instanceof BatchScanExec) {
        Scan scan = ((BatchScanExec) leaf).scan();
        return (TgparseScan) scan;
      }
    }
    throw new AssertionError("no batch scan in " + plan);
  }
}
