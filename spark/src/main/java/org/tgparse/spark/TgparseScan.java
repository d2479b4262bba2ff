package org.tgparse.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.connector.read.Batch;
import org.apache.spark.sql.connector.read.InputPartition;
import org.apache.spark.sql.connector.read.PartitionReaderFactory;
import org.apache.spark.sql.connector.read.Scan;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.SerializableConfiguration;
import org.tgparse.read.ReadOptions;

/**
 * A batch scan of the inputs: one {@link InputPartition} per input ({@link InputLister} expands the paths when
 * the query runs, on the driver), each read by a {@link MessagePartitionReader}. Its {@link #description()}, shown
 * by {@code explain()}, says whether the extractors run.
 */
final class TgparseScan implements Scan, Batch {
  private final SourceOptions options;
  private final StructType schema;
  private final boolean extractEntities;
  private List<TgparseInput> inputs;
  private Configuration conf;

  /**
   * @param options the source's options
   * @param schema the columns the query reads
   * @param extractEntities whether to run the entity extractors
   */
  TgparseScan(SourceOptions options, StructType schema, boolean extractEntities) {
    this.options = options;
    this.schema = schema;
    this.extractEntities = extractEntities;
  }

  @Override
  public StructType readSchema() {
    return schema;
  }

  /** @return the options the core's readers get (entity extraction off when no column needs it) */
  ReadOptions readOptions() {
    return options.readOptions(extractEntities);
  }

  @Override
  public String description() {
    return String.format(Locale.ROOT, "tgparse [paths=%s, format=%s, entities=%s, mode=%s]", options.paths(),
        options.format().cliName(), extractEntities, options.mode());
  }

  @Override
  public Batch toBatch() {
    return this;
  }

  @Override
  public InputPartition[] planInputPartitions() {
    return inputs().toArray(new InputPartition[0]);
  }

  /** @return the inputs, listed once per scan */
  List<TgparseInput> inputs() {
    if (inputs == null) {
      try {
        inputs = new InputLister(conf(), options.format()).list(options.paths());
      } catch (IOException e) {
        throw new UncheckedIOException("cannot list " + options.paths() + ": " + e.getMessage(), e);
      }
    }
    return inputs;
  }

  @Override
  public PartitionReaderFactory createReaderFactory() {
    return new MessageReaderFactory(options, extractEntities, schema,
        SerializableConfiguration.broadcast(SparkSession.active().sparkContext(), conf()));
  }

  /** The session's Hadoop configuration with this read's options set in it, as Spark's file sources do. */
  private Configuration conf() {
    if (conf == null) {
      conf = SparkSession.active().sessionState().newHadoopConf();
      options.hadoop().forEach(conf::set);
    }
    return conf;
  }
}
