package org.tgparse.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.junit.jupiter.api.Test;
import org.tgparse.read.Format;
import org.tgparse.read.ReadOptions;

/** The options map to {@link ReadOptions}; a value that is not accepted is refused naming the option. */
class OptionsTest {
  private static final String SAMPLE = LocalSpark.repoPath("samples/mfa-forwarded-posts.txt");
  private static final String OLD_HTML = LocalSpark.repoPath("src/test/resources/golden/desktop-html/old-markup.html");

  @Test
  void optionsMapToReadOptions() {
    ReadOptions o = SourceOptions.parse(Map.of("path", SAMPLE, "format", "desktop-json", "ZONE", "Europe/Moscow",
        "entities", "false", "mode", "FailFast", "maxTextLength", "100", "maxLineLength", "200",
        "maxNestingDepth", "7", "maxHtmlDepth", "8", "maxEntities", "9")).readOptions(false);
    assertThat(o.format()).isEqualTo(Format.DESKTOP_JSON);
    assertThat(o.zone()).hasToString("Europe/Moscow");
    assertThat(o.strict()).isTrue();
    assertThat(o.limits().maxTextLength()).isEqualTo(100);
    assertThat(o.limits().maxLineLength()).isEqualTo(200);
    assertThat(o.limits().maxNestingDepth()).isEqualTo(7);
    assertThat(o.limits().maxHtmlDepth()).isEqualTo(8);
    assertThat(o.limits().maxEntitiesPerMessage()).isEqualTo(9);
    ReadOptions defaults = SourceOptions.parse(Map.of("path", SAMPLE)).readOptions(true);
    assertThat(defaults).isEqualTo(ReadOptions.defaults());
  }

  @Test
  void valuesThatAreNotAcceptedAreRefusedNamingTheOption() {
    assertRefused("mode", "DROPMALFORMED", "option mode: expected PERMISSIVE or FAILFAST, found \"DROPMALFORMED\"");
    assertRefused("format", "xml", "option format: unknown format \"xml\": expected one of auto, text, plain,");
    assertRefused("entities", "yes", "option entities: expected true or false, found \"yes\"");
    assertRefused("maxEntities", "0", "option maxEntities: expected a positive whole number, found \"0\"");
    assertRefused("zone", "Mars/Olympus", "option zone: expected a zone such as Europe/Moscow or +03:00");
    assertThatThrownBy(() -> SourceOptions.parse(Map.of("format", "text")))
        .hasMessageContaining("expected a path");
  }

  @Test
  void aLocalTimeHasNoTimestampUntilAZoneIsGiven() {
    Row local = LocalSpark.tgparse().load(OLD_HTML).select("date", "dateText", "dateIsLocal").first();
    assertThat(local.get(0)).isNull();
    assertThat(local.getString(1)).isEqualTo("2021-06-01T09:30:00");
    assertThat(local.getBoolean(2)).isTrue();

    Row zoned = LocalSpark.tgparse().option("zone", "Europe/Moscow").load(OLD_HTML)
        .select("date", "dateText", "dateIsLocal").first();
    assertThat(zoned.get(0)).isEqualTo(Instant.parse("2021-06-01T06:30:00Z"));
    assertThat(zoned.getString(1)).isEqualTo("2021-06-01T06:30:00Z");
    assertThat(zoned.getBoolean(2)).isFalse();
  }

  @Test
  void aLimitCutsAndSaysSoInTheIssues() {
    List<Row> rows = LocalSpark.tgparse().option("maxTextLength", "40").load(SAMPLE)
        .select(functions.length(functions.col("text")), functions.col("issues")).collectAsList();
    assertThat(rows).allSatisfy(r -> assertThat(r.getInt(0)).isLessThanOrEqualTo(40));
    assertThat(rows.get(0).<Row>getList(1)).anySatisfy(issue ->
        assertThat(issue.<String>getAs("message")).contains("maxTextLength"));
  }

  @Test
  void theFormatOptionForcesAFormat() {
    assertThat(LocalSpark.tgparse().option("format", "plain").load(SAMPLE).count()).isEqualTo(1);
  }

  private static void assertRefused(String option, String value, String message) {
    assertThatThrownBy(() -> LocalSpark.tgparse().option(option, value).load(SAMPLE))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(message);
  }
}
