package org.tgparse.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The index the build stores ({@link GazetteerIndex}) holds exactly what the sources build. */
class GazetteerIndexTest {

  @Test
  void theBundledIndexEqualsWhatTheSourcesBuild() throws IOException {
    Gazetteer.Builder fromSources = Gazetteer.fromSources();
    Gazetteer.Builder fromIndex;
    try (InputStream in = Gazetteer.class.getResourceAsStream(GazetteerIndex.RESOURCE)) {
      assertThat(in).as("the build writes %s (process-classes)", GazetteerIndex.RESOURCE).isNotNull();
      fromIndex = GazetteerIndex.read(in);
    }
    assertSameParts(fromIndex, fromSources);
  }

  @Test
  void writeThenReadGivesTheSameParts() throws IOException {
    Gazetteer.Builder b = Gazetteer.fromSources();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    GazetteerIndex.write(b, out);
    assertSameParts(GazetteerIndex.read(new ByteArrayInputStream(out.toByteArray())), b);
  }

  @Test
  void aStreamThatIsNoIndexIsRefusedByName() {
    assertThatThrownBy(() -> GazetteerIndex.read(new ByteArrayInputStream(new byte[] {'#', ' ', 'x', 'y'})))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("expected a gazetteer index");
  }

  private static void assertSameParts(Gazetteer.Builder actual, Gazetteer.Builder expected) {
    assertThat(describe(actual.byKey)).isEqualTo(describe(expected.byKey));
    assertThat(actual.countryNames).isEqualTo(expected.countryNames);
    assertThat(actual.locatives).isEqualTo(expected.locatives);
    assertThat(actual.orgBefore).isEqualTo(expected.orgBefore);
    assertThat(actual.orgAfter).isEqualTo(expected.orgAfter);
  }

  private static Map<String, String> describe(Map<String, Gazetteer.Entry> byKey) {
    Map<String, String> out = new TreeMap<>();
    for (Map.Entry<String, Gazetteer.Entry> me : byKey.entrySet()) {
      Gazetteer.Entry e = me.getValue();
      out.put(me.getKey(), new String(e.key) + "|" + new String(e.written) + "|" + e.target + "|" + e.flags + "|"
          + e.suffixStart);
    }
    return out;
  }
}
