package org.tgparse.spark;

import org.apache.spark.sql.connector.read.Scan;
import org.apache.spark.sql.connector.read.SupportsPushDownRequiredColumns;
import org.apache.spark.sql.types.StructType;

/**
 * Builds a {@link TgparseScan} of the columns a query needs. The rows are filled by field name, so any pruning
 * Spark asks for (columns, or fields inside structs) is honoured; and when none of the columns that come from the
 * entity extractors ({@link MessageSchema#NEEDS_EXTRACTION}) is needed, the scan reads with extraction off:
 * {@code select("id", "date", "text")} does not run them, and {@code count()} parses only.
 */
final class TgparseScanBuilder implements SupportsPushDownRequiredColumns {
  private final SourceOptions options;
  private StructType schema = MessageSchema.SCHEMA;

  /** @param options the source's options */
  TgparseScanBuilder(SourceOptions options) {
    this.options = options;
  }

  @Override
  public void pruneColumns(StructType requiredSchema) {
    schema = requiredSchema;
  }

  @Override
  public Scan build() {
    boolean needed = false;
    for (String column : schema.fieldNames()) {
      needed |= MessageSchema.NEEDS_EXTRACTION.contains(column);
    }
    return new TgparseScan(options, schema, options.entities() && needed);
  }
}
