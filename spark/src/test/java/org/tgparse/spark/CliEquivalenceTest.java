package org.tgparse.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * For every sample and golden input of every form in the core's repository (plain-text copies, Desktop JSON
 * exports, Desktop HTML files and an HTML export folder, saved t.me pages, the cross-format examples), with the
 * entity extractors on and off: the rows of {@code spark.read.format("tgparse")} are the command line's records,
 * field by field ({@link RowJson}), and the issues in the rows are the issue and error lines the command line
 * prints. Where the core keeps the expected records as a golden file read with the same options, the rows are
 * compared with that file too. Each group of inputs is one Spark load of all its paths, whose partitions must be
 * its inputs, in order.
 */
class CliEquivalenceTest {
  private static final Path GOLDEN = LocalSpark.REPO.resolve("src/test/resources/golden");

  /**
   * Inputs read with the same options.
   *
   * @param label the group's name
   * @param inputs the inputs, absolute
   * @param cli the command line's options
   * @param spark the same as options of the source
   * @param goldenNamesBase for groups whose inputs have golden files written with these options: the folder the
   *     golden files' {@code source.file} names are relative to; null when there are none
   */
  record Group(String label, List<Path> inputs, List<String> cli, Map<String, String> spark, Path goldenNamesBase) {
  }

  private final Map<Group, List<List<Row>>> rowsByGroup = new HashMap<>();

  @TestFactory
  Stream<DynamicNode> rowsAreTheCommandLinesRecords() throws IOException {
    List<Group> groups = new ArrayList<>();
    List<Path> samples = list(LocalSpark.REPO.resolve("samples"), ".txt");
    groups.add(new Group("samples", samples, List.of(), Map.of(), LocalSpark.REPO));
    groups.add(new Group("golden/text", list(GOLDEN.resolve("text"), ".txt"), List.of("--format", "text"),
        Map.of("format", "text"), LocalSpark.REPO));
    List<Path> json = list(GOLDEN.resolve("desktop-json"), ".json");
    groups.add(new Group("golden/desktop-json, no entities", json, List.of("--no-entities"),
        Map.of("entities", "false"), LocalSpark.REPO));
    groups.add(new Group("golden/desktop-json", json, List.of(), Map.of(), null));
    List<Path> html = list(GOLDEN.resolve("desktop-html"), ".html");
    html.add(GOLDEN.resolve("desktop-html/channel"));
    groups.add(new Group("golden/desktop-html, no entities", html, List.of("--no-entities"),
        Map.of("entities", "false"), GOLDEN.resolve("desktop-html")));
    groups.add(new Group("golden/desktop-html", html, List.of(), Map.of(), null));
    List<Path> tme = list(GOLDEN.resolve("tme"), ".html");
    groups.add(new Group("golden/tme, no entities", tme, List.of("--no-entities"), Map.of("entities", "false"),
        GOLDEN.resolve("tme")));
    groups.add(new Group("golden/tme", tme, List.of(), Map.of(), null));
    groups.add(new Group("crossformat", list(LocalSpark.REPO.resolve("src/test/resources/crossformat"), ""),
        List.of(), Map.of(), null));
    List<DynamicNode> nodes = new ArrayList<>();
    for (Group g : groups) {
      assertThat(g.inputs()).as("inputs of %s", g.label()).isNotEmpty();
      List<DynamicNode> tests = new ArrayList<>();
      for (int i = 0; i < g.inputs().size(); i++) {
        int index = i;
        tests.add(DynamicTest.dynamicTest(LocalSpark.REPO.relativize(g.inputs().get(i)).toString(),
            () -> check(g, index)));
      }
      nodes.add(DynamicContainer.dynamicContainer(g.label(), tests));
    }
    return nodes.stream();
  }

  private void check(Group g, int index) throws IOException {
    Path input = g.inputs().get(index);
    List<Row> rows = rows(g).get(index);
    List<String> args = new ArrayList<>(g.cli());
    args.add(input.toString());
    CliRecords cli = CliRecords.run(args);

    List<Row> records = rows.stream().filter(r -> r.getAs("type") != null).collect(Collectors.toList());
    List<Row> issueRows = rows.stream().filter(r -> r.getAs("type") == null).collect(Collectors.toList());
    assertThat(issueRows).as("issue rows of %s (at most one, the last)", input).hasSizeLessThanOrEqualTo(1);
    if (!issueRows.isEmpty()) {
      assertThat(rows.get(rows.size() - 1)).isSameAs(issueRows.get(0));
    }
    assertThat(records).as("records of %s", input).hasSize(cli.lines().size());
    Path base = LocalSpark.REPO;
    for (int i = 0; i < records.size(); i++) {
      ObjectNode actual = normalised(RowJson.record(records.get(i)), base);
      ObjectNode expected = normalised((ObjectNode) RowJson.MAPPER.readTree(cli.lines().get(i)), base);
      // As text, so that field order counts and an int and a long of the same value are equal.
      assertThat(RowJson.MAPPER.writeValueAsString(actual)).as("record %d of %s", i + 1, input)
          .isEqualTo(RowJson.MAPPER.writeValueAsString(expected));
    }
    assertThat(issues(rows)).as("issues of %s", input).isEqualTo(stderrIssues(cli.stderr()));

    if (g.goldenNamesBase() != null) {
      String name = input.getFileName().toString();
      String stem = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
      List<String> golden = Files.readAllLines(input.resolveSibling(stem + ".expected.jsonl"));
      golden.removeIf(String::isEmpty);
      assertThat(records).as("records of %s against its golden file", input).hasSize(golden.size());
      for (int i = 0; i < records.size(); i++) {
        ObjectNode actual = normalised(RowJson.record(records.get(i)), g.goldenNamesBase());
        assertThat(RowJson.MAPPER.writeValueAsString(actual))
            .as("record %d of %s against its golden file", i + 1, input)
            .isEqualTo(RowJson.MAPPER.writeValueAsString(RowJson.MAPPER.readTree(golden.get(i))));
      }
    }
  }

  /** Loads every input of the group at once; @return each partition's rows, which must be those of one input */
  private List<List<Row>> rows(Group g) {
    return rowsByGroup.computeIfAbsent(g, k -> {
      String[] paths = g.inputs().stream().map(Path::toString).toArray(String[]::new);
      Dataset<Row> df = LocalSpark.tgparse().options(g.spark()).load(paths);
      assertThat(df.rdd().getNumPartitions()).as("partitions of %s", g.label()).isEqualTo(paths.length);
      List<Row> all = df.withColumn("partition", functions.spark_partition_id()).collectAsList();
      List<List<Row>> byPartition = new ArrayList<>();
      for (int i = 0; i < paths.length; i++) {
        byPartition.add(new ArrayList<>());
      }
      for (Row r : all) {
        byPartition.get(r.<Integer>getAs("partition")).add(r);
      }
      return byPartition;
    });
  }

  /** source.file (a path, or a {@code file:} URI) relative to {@code base}, as the golden files name inputs. */
  private static ObjectNode normalised(ObjectNode record, Path base) {
    ObjectNode source = (ObjectNode) record.get("source");
    source.put("file", relative(source.get("file").asText(), base));
    return record;
  }

  private static String relative(String file, Path base) {
    String path = file.startsWith("file:") ? file.substring("file:".length()) : file;
    Path p = Path.of(path);
    return p.isAbsolute() ? base.relativize(p).toString() : path;
  }

  /** @return every issue of the rows, in order, as {@code line:column: message} */
  private static List<String> issues(List<Row> rows) {
    List<String> out = new ArrayList<>();
    for (Row r : rows) {
      for (Row issue : r.<Row>getList(r.fieldIndex(MessageSchema.ISSUES))) {
        out.add(issue.<Long>getAs("line") + ":" + issue.<Long>getAs("column") + ": "
            + issue.<String>getAs("message"));
      }
    }
    return out;
  }

  /** An issue line ({@code FILE[:LINE[:COLUMN]]: severity: message}) or an error line ({@code tgparse: ...}). */
  private static final Pattern STDERR = Pattern.compile(
      "^(?:tgparse: )?(/[^:]*)(?::(\\d+))?(?::(\\d+))?: (?:(?:info|warning|error): )?(.*)$");

  /** @return the command line's issue and error lines as {@code line:column: message} */
  private static List<String> stderrIssues(List<String> stderr) {
    List<String> out = new ArrayList<>();
    for (String line : stderr) {
      Matcher m = STDERR.matcher(line);
      assertThat(m.matches()).as("stderr line %s", line).isTrue();
      out.add((m.group(2) == null ? "0" : m.group(2)) + ":" + (m.group(3) == null ? "0" : m.group(3)) + ": "
          + m.group(4));
    }
    return out;
  }

  private static List<Path> list(Path dir, String suffix) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> Files.isRegularFile(p) && p.toString().endsWith(suffix)
              && !p.toString().endsWith(".expected.jsonl") && !p.toString().endsWith(".expected.stderr"))
          .sorted().collect(Collectors.toCollection(ArrayList::new));
    }
  }

}
