package org.tgparse.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The JSON Schema users read ({@code docs/tgparse.schema.json}) describes what tgparse writes: every golden record
 * of every format validates against it, one dynamic test per file.
 */
class JsonSchemaTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static JsonSchema schema() throws IOException {
    try (InputStream in = Files.newInputStream(Path.of("docs/tgparse.schema.json"))) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    }
  }

  private static List<Path> goldenFiles() throws IOException {
    try (Stream<Path> golden = Files.walk(Path.of("src/test/resources/golden"));
        Stream<Path> samples = Files.list(Path.of("samples"))) {
      return Stream.concat(golden, samples)
          .filter(p -> p.getFileName().toString().endsWith(".expected.jsonl"))
          .sorted()
          .collect(Collectors.toList());
    }
  }

  @TestFactory
  Stream<DynamicTest> everyGoldenRecordMatchesTheSchema() throws IOException {
    JsonSchema schema = schema();
    List<Path> files = goldenFiles();
    assertThat(files).hasSizeGreaterThanOrEqualTo(5);
    return files.stream().map(file -> DynamicTest.dynamicTest(file.toString(), () -> {
      List<String> lines = Files.readAllLines(file);
      assertThat(lines).isNotEmpty();
      for (int i = 0; i < lines.size(); i++) {
        Set<ValidationMessage> errors = schema.validate(MAPPER.readTree(lines.get(i)));
        assertThat(errors).as("%s:%d", file, i + 1).isEmpty();
      }
    }));
  }

  @Test
  void theSchemaRejectsWhatItShould() throws IOException {
    JsonSchema schema = schema();
    String line = Files.readAllLines(Path.of("samples/mfa-forwarded-posts.expected.jsonl")).get(0);
    JsonNode ok = MAPPER.readTree(line);
    assertThat(schema.validate(ok)).isEmpty();
    // A field the schema does not know, a missing one, a wrong type: each is an error.
    assertThat(schema.validate(MAPPER.readTree(line.replace("{\"type\":\"message\",", "{\"type\":\"message\",\"x\":1,"))))
        .isNotEmpty();
    assertThat(schema.validate(MAPPER.readTree(line.replace("\"sequence\":1,", "")))).isNotEmpty();
    assertThat(schema.validate(MAPPER.readTree(line.replace("\"sequence\":1,", "\"sequence\":\"1\",")))).isNotEmpty();
  }
}
