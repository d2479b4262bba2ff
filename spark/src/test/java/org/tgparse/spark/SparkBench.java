package org.tgparse.spark;

import java.util.Locale;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * The Spark half of {@code scripts/bench-spark.sh}: times {@code spark.read.format("tgparse").load(DATA).count()}
 * (which parses only: no column, no extraction), a count that needs an entity column (so the extractors run, as
 * in the command line), and {@code ...write.parquet(OUT)} (every column) in {@code local[2]}, and prints {@code key=value} lines for the script. Each
 * query reads every input again (nothing is cached); wall time and the JVM's CPU time are printed for each; the session is started before the clock starts, as it is
 * in a notebook, and its start-up time is printed on its own.
 *
 * <pre>java [Spark's --add-opens flags] -cp ... org.tgparse.spark.SparkBench DATA OUT</pre>
 */
public final class SparkBench {
  private SparkBench() {
  }

  /**
   * @param args the folder of inputs, and the folder to write Parquet to (replaced)
   */
  public static void main(String[] args) {
    if (args.length != 2) {
      System.err.println("usage: SparkBench DATA OUT");
      System.exit(2);
    }
    long t0 = System.nanoTime();
    SparkSession spark = SparkSession.builder().master("local[2]").appName("tgparse-spark bench")
        .config("spark.ui.enabled", "false").config("spark.sql.debug.maxToStringFields", "200").getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    print("session_seconds", seconds(t0));
    try {
      Dataset<Row> messages = spark.read().format("tgparse").load(args[0]);
      print("partitions", messages.rdd().getNumPartitions());

      long t1 = System.nanoTime();
      long c1 = cpuNanos();
      long count = messages.count();
      print("count_seconds", seconds(t1));
      print("count_cpu_seconds", (cpuNanos() - c1) / 1e9);
      print("count_rows", count);

      // count() reads no column, so the extractors do not run (column pruning); this one needs hashtags.
      long t3 = System.nanoTime();
      long c3 = cpuNanos();
      long withEntities = messages.filter("size(hashtags) >= 0").count();
      print("count_entities_seconds", seconds(t3));
      print("count_entities_cpu_seconds", (cpuNanos() - c3) / 1e9);
      print("count_entities_rows", withEntities);

      long t2 = System.nanoTime();
      long c2 = cpuNanos();
      messages.write().mode(SaveMode.Overwrite).parquet(args[1]);
      print("parquet_seconds", seconds(t2));
      print("parquet_cpu_seconds", (cpuNanos() - c2) / 1e9);

      // Rows that only carry issues (none are expected in generated data): the count above includes them.
      print("issue_rows", messages.filter("type IS NULL").count());
    } finally {
      spark.stop();
    }
  }

  /**
   * @return the CPU time of the whole JVM so far (every thread: tasks, JIT compiler, GC), which on a machine shared
   *     with other work is steadier than wall time
   */
  private static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
        .getOperatingSystemMXBean()).getProcessCpuTime();
  }

  private static double seconds(long start) {
    return (System.nanoTime() - start) / 1e9;
  }

  private static void print(String key, Object value) {
    System.out.println(key + "=" + (value instanceof Double ? String.format(Locale.ROOT, "%.2f", value) : value));
  }
}
