package org.tgparse.spark;

import java.nio.file.Path;
import org.apache.spark.sql.DataFrameReader;
import org.apache.spark.sql.SparkSession;

/**
 * One Spark session in local mode ({@code local[2]}) shared by every test class of the run: starting Spark takes
 * seconds, a query on small inputs milliseconds. Stopped when the JVM exits.
 */
final class LocalSpark {
  /** The core's repository, the parent of this module: its samples and golden files are the test inputs. */
  static final Path REPO = Path.of("..").toAbsolutePath().normalize();

  private static SparkSession session;

  private LocalSpark() {
  }

  /** @return the shared session */
  static synchronized SparkSession session() {
    if (session == null) {
      session = SparkSession.builder()
          .master("local[2]")
          .appName("tgparse-spark tests")
          .config("spark.ui.enabled", "false")
          .config("spark.sql.shuffle.partitions", "2")
          .config("spark.sql.session.timeZone", "UTC")
          // explain() of the full schema prints every column, without a warning that it was cut.
          .config("spark.sql.debug.maxToStringFields", "200")
          // Timestamps collect as java.time.Instant, compared with the JSON record's instants.
          .config("spark.sql.datetime.java8API.enabled", "true")
          .getOrCreate();
      Runtime.getRuntime().addShutdownHook(new Thread(session::stop, "stop-spark"));
    }
    return session;
  }

  /** @return {@code spark.read().format("tgparse")} */
  static DataFrameReader tgparse() {
    return session().read().format("tgparse");
  }

  /**
   * @param relative a path relative to the repository root, such as {@code samples/mfa-forwarded-posts.txt}
   * @return it as an absolute path string
   */
  static String repoPath(String relative) {
    return REPO.resolve(relative).toString();
  }
}
