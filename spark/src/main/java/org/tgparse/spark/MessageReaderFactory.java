package org.tgparse.spark;

import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.connector.read.InputPartition;
import org.apache.spark.sql.connector.read.PartitionReader;
import org.apache.spark.sql.connector.read.PartitionReaderFactory;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.SerializableConfiguration;

/**
 * Made on the driver, shipped to the executors: opens a {@link MessagePartitionReader} per {@link TgparseInput}.
 * The Hadoop configuration comes as a broadcast, so it is sent to each executor once, not with every task.
 */
final class MessageReaderFactory implements PartitionReaderFactory {
  private static final long serialVersionUID = 1L;

  private final SourceOptions options;
  private final boolean extractEntities;
  private final StructType schema;
  private final Broadcast<SerializableConfiguration> conf;

  /**
   * @param options the source's options
   * @param extractEntities whether to run the entity extractors
   * @param schema the columns to read
   * @param conf the Hadoop configuration
   */
  MessageReaderFactory(SourceOptions options, boolean extractEntities, StructType schema,
      Broadcast<SerializableConfiguration> conf) {
    this.options = options;
    this.extractEntities = extractEntities;
    this.schema = schema;
    this.conf = conf;
  }

  @Override
  public PartitionReader<InternalRow> createReader(InputPartition partition) {
    return new MessagePartitionReader((TgparseInput) partition, options.readOptions(extractEntities),
        options.mode(), schema, conf.value().value());
  }
}
