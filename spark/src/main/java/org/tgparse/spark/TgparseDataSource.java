package org.tgparse.spark;

import java.util.Map;
import org.apache.spark.sql.connector.catalog.Table;
import org.apache.spark.sql.connector.catalog.TableProvider;
import org.apache.spark.sql.connector.expressions.Transform;
import org.apache.spark.sql.sources.DataSourceRegister;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.util.CaseInsensitiveStringMap;

/**
 * The Spark data source {@code tgparse}: reads Telegram channel archives (plain-text copies, Telegram Desktop JSON
 * and HTML exports, saved t.me/s pages) into rows whose columns are tgparse's JSON record
 * ({@link MessageSchema}).
 *
 * <pre>{@code
 * Dataset<Row> messages = spark.read().format("tgparse")
 *     .option("zone", "Europe/Moscow")
 *     .load("hdfs:///corpus/exports/");
 * }</pre>
 *
 * <p>Paths are Hadoop paths and globs; folders expand to their files and Telegram Desktop export folders (see
 * {@link InputLister}); each input is one partition. Options: {@code format}, {@code zone}, {@code entities},
 * {@code mode} ({@code PERMISSIVE} or {@code FAILFAST}) and the limits {@code maxTextLength},
 * {@code maxLineLength}, {@code maxNestingDepth}, {@code maxHtmlDepth}, {@code maxEntities} (see
 * {@code docs/spark.md}). The schema is fixed: a schema given with {@code .schema(...)} is refused.
 *
 * <p>Registered under its short name in {@code META-INF/services/org.apache.spark.sql.sources.DataSourceRegister};
 * Spark creates it with the public no-argument constructor. Stateless and thread-safe.
 */
public final class TgparseDataSource implements TableProvider, DataSourceRegister {
  /** The short name, {@value}: {@code spark.read.format("tgparse")}. */
  public static final String SHORT_NAME = "tgparse";

  /** Creates the source; Spark does this. */
  public TgparseDataSource() {
  }

  /** @return {@value #SHORT_NAME} */
  @Override
  public String shortName() {
    return SHORT_NAME;
  }

  /**
   * @param options the load's options (not needed: the schema does not depend on the input)
   * @return {@link MessageSchema#SCHEMA}
   */
  @Override
  public StructType inferSchema(CaseInsensitiveStringMap options) {
    return MessageSchema.SCHEMA;
  }

  /**
   * @param schema the schema from {@link #inferSchema}
   * @param partitioning none
   * @param properties the load's options, paths included
   * @return the table
   * @throws IllegalArgumentException naming an option whose value is not accepted
   */
  @Override
  public Table getTable(StructType schema, Transform[] partitioning, Map<String, String> properties) {
    return new TgparseTable(SourceOptions.parse(properties));
  }
}
