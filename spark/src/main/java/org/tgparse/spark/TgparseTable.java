package org.tgparse.spark;

import java.util.EnumSet;
import java.util.Set;
import org.apache.spark.sql.connector.catalog.Column;
import org.apache.spark.sql.connector.catalog.SupportsRead;
import org.apache.spark.sql.connector.catalog.TableCapability;
import org.apache.spark.sql.connector.read.ScanBuilder;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.util.CaseInsensitiveStringMap;

/** The inputs of one load, as a table that can be read in batch; its columns are {@link MessageSchema#SCHEMA}. */
final class TgparseTable implements SupportsRead {
  private final SourceOptions options;

  /** @param options the load's options */
  TgparseTable(SourceOptions options) {
    this.options = options;
  }

  @Override
  public String name() {
    return "tgparse " + String.join(", ", options.paths());
  }

  @Override
  public Column[] columns() {
    StructField[] fields = MessageSchema.SCHEMA.fields();
    Column[] columns = new Column[fields.length];
    for (int i = 0; i < fields.length; i++) {
      columns[i] = Column.create(fields[i].name(), fields[i].dataType(), fields[i].nullable());
    }
    return columns;
  }

  @Override
  public Set<TableCapability> capabilities() {
    return EnumSet.of(TableCapability.BATCH_READ);
  }

  /**
   * @param scanOptions the options of this scan; a load's options are already in the table, so these are not
   *     read again
   */
  @Override
  public ScanBuilder newScanBuilder(CaseInsensitiveStringMap scanOptions) {
    return new TgparseScanBuilder(options);
  }
}
