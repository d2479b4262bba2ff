package org.tgparse.extract;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.LocalDate;
import org.tgparse.EntityInvariants;
import org.tgparse.model.Message;
import org.tgparse.model.SourceRef;

/**
 * Fuzz targets for the extractors: any text (and any reference date) gives entities that cover exactly their
 * text, and never an exception. Regression inputs: {@code src/test/resources/org/tgparse/extract/
 * ExtractorsFuzzTestInputs/<method>/}; fuzzing: {@code JAZZER_FUZZ=1 mvn test -Dtest=ExtractorsFuzzTest#extract}.
 */
class ExtractorsFuzzTest {

  @FuzzTest(maxDuration = "90s")
  void extract(FuzzedDataProvider data) {
    LocalDate reference = data.consumeBoolean()
        ? LocalDate.of(data.consumeInt(1900, 2100), data.consumeInt(1, 12), data.consumeInt(1, 28)) : null;
    String text = data.consumeRemainingAsString();
    EntityInvariants.check(text, Extractor.standard().extract(text, reference));
  }

  @FuzzTest(maxDuration = "90s")
  void enrich(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    Message m = Message.builder().sequence(1).text(text).source(new SourceRef("fuzz", 1, 1)).build();
    EntityInvariants.check(Extractor.standard().enrich(m));
  }
}
