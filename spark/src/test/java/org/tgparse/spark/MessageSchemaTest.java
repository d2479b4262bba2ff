package org.tgparse.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.types.DataTypes;
import org.junit.jupiter.api.Test;

/** The schema's columns are the JSON record's fields, in order, then the columns the JSON record does not have. */
class MessageSchemaTest {

  @Test
  void topLevelColumnsAreTheKeysOfACommandLineRecordInOrderThenTheAddedColumns() throws Exception {
    CliRecords cli = CliRecords.run(List.of(LocalSpark.repoPath("samples/mfa-forwarded-posts.txt")));
    JsonNode record = RowJson.MAPPER.readTree(cli.lines().get(0));
    List<String> keys = new ArrayList<>();
    record.fieldNames().forEachRemaining(keys::add);

    assertThat(MessageSchema.jsonFieldNames()).containsExactlyElementsOf(keys);
    List<String> expected = new ArrayList<>(keys);
    expected.addAll(List.of("dateText", "editedText", "forwardedDateText", "issues"));
    assertThat(MessageSchema.SCHEMA.fieldNames()).containsExactlyElementsOf(expected);
  }

  @Test
  void timesAreTimestampsAndActionDetailsIsJsonText() {
    for (String column : List.of("date", "edited", "forwardedDate")) {
      assertThat(MessageSchema.SCHEMA.apply(column).dataType()).isEqualTo(DataTypes.TimestampType);
      assertThat(MessageSchema.SCHEMA.apply(column + "Text").dataType()).isEqualTo(DataTypes.StringType);
    }
    assertThat(MessageSchema.SCHEMA.apply("actionDetails").dataType()).isEqualTo(DataTypes.StringType);
  }

  @Test
  void theAddedColumnsAreFilledFromTheirJsonField() {
    assertThat(MessageSchema.jsonField("dateText")).isEqualTo("date");
    assertThat(MessageSchema.jsonField("forwardedDateText")).isEqualTo("forwardedDate");
    assertThat(MessageSchema.jsonField("text")).isEqualTo("text");
    assertThat(MessageSchema.jsonField("issues")).isNull();
  }
}
