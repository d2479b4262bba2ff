package org.tgparse.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The extraction evaluation's command: scores tgparse and the baselines' predictions on the corpus and prints the
 * Markdown table ({@code scripts/eval-extraction.sh} runs it).
 *
 * <pre>
 * ExtractionEval [--corpus DIR] [--export FILE] [--errors] [--baseline NAME=PREDICTIONS.jsonl]...
 * </pre>
 * {@code --export} writes the posts as JSON Lines ({@code id}, {@code lang}, {@code text}) for the baseline scripts
 * and stops; a prediction file has one finding a line: {@code id}, {@code kind} ({@code place} or {@code date}),
 * {@code start}, {@code end} (UTF-16 offsets into the text), {@code value} (country code or null; date value).
 * {@code --errors} prints tgparse's false positives and negatives after the table.
 */
public final class ExtractionEval {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ExtractionEval() {
  }

  /**
   * @param args see the class comment
   * @throws IOException when the corpus or a prediction file cannot be read
   */
  public static void main(String[] args) throws IOException {
    Path corpus = Path.of("eval/corpus");
    Path export = null;
    boolean errors = false;
    Map<String, Path> baselines = new java.util.LinkedHashMap<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--corpus" -> corpus = Path.of(args[++i]);
        case "--export" -> export = Path.of(args[++i]);
        case "--errors" -> errors = true;
        case "--baseline" -> {
          String[] kv = args[++i].split("=", 2);
          baselines.put(kv[0], Path.of(kv[1]));
        }
        default -> throw new IllegalArgumentException("unknown argument \"" + args[i] + "\"");
      }
    }
    List<CorpusPost> posts = CorpusReader.readFolder(corpus);
    if (export != null) {
      export(posts, export);
      return;
    }
    List<String> errorLines = new ArrayList<>();
    List<Evaluation> evals = new ArrayList<>();
    evals.add(Evaluation.of("tgparse", posts, TgparseFindings::of, Scorer.strict(),
        errors ? errorLines::add : null));
    for (Map.Entry<String, Path> b : baselines.entrySet()) {
      if (Files.exists(b.getValue())) {
        Map<String, List<Finding>> found = predictions(b.getValue());
        evals.add(Evaluation.of(b.getKey(), posts, p -> found.getOrDefault(p.id(), List.of()), Scorer.lenient(),
            null));
      } else {
        System.err.println("no predictions for " + b.getKey() + " (" + b.getValue() + "): left out");
      }
    }
    System.out.print(Evaluation.table(posts, evals));
    if (errors) {
      System.out.println();
      errorLines.forEach(System.out::println);
    }
  }

  private static void export(List<CorpusPost> posts, Path file) throws IOException {
    if (file.getParent() != null) {
      Files.createDirectories(file.getParent());
    }
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (CorpusPost p : posts) {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", p.id()).put("lang", p.language()).put("text", p.text());
        w.write(JSON.writeValueAsString(o));
        w.write('\n');
      }
    }
  }

  private static Map<String, List<Finding>> predictions(Path file) throws IOException {
    Map<String, List<Finding>> out = new HashMap<>();
    int line = 0;
    for (String s : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      line++;
      if (s.isBlank()) {
        continue;
      }
      JsonNode o = JSON.readTree(s);
      String kind = o.path("kind").asText();
      GoldSpan.Kind k = switch (kind) {
        case "place" -> GoldSpan.Kind.PLACE;
        case "date" -> GoldSpan.Kind.DATE;
        default -> throw new IllegalArgumentException(file + ":" + line + ": expected kind place or date, found \""
            + kind + "\"");
      };
      JsonNode v = o.get("value");
      out.computeIfAbsent(o.path("id").asText(), x -> new ArrayList<>()).add(new Finding(k, o.path("start").asInt(),
          o.path("end").asInt(), v == null || v.isNull() ? null : v.asText()));
    }
    return out;
  }
}
