package org.tgparse.internal.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.tgparse.MessageReader;
import org.tgparse.Tgparse;
import org.tgparse.model.Entity;
import org.tgparse.model.Message;
import org.tgparse.read.Format;
import org.tgparse.read.ReadOptions;

/**
 * Broken markup never breaks the HTML readers: every golden fixture cut at many points and with bytes overwritten
 * at random (fixed seed) still reads without an exception, and every entity's offsets point at its text.
 */
class HtmlRobustnessTest {
  private static final String NOISE = "<>/\"'=&#;\n a";
  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

  @TestFactory
  Stream<DynamicTest> damagedFixturesStillRead() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (String[] c : new String[][] {{"desktop-html/channel/messages.html", "desktop-html"},
        {"desktop-html/entities.html", "desktop-html"}, {"desktop-html/media.html", "desktop-html"},
        {"tme/channel-page.html", "tme"}, {"tme/media.html", "tme"}}) {
      byte[] original = Files.readAllBytes(GOLDEN.resolve(c[0]));
      Format format = Format.fromCliName(c[1]);
      tests.add(DynamicTest.dynamicTest(c[0], () -> damage(original, format)));
    }
    return tests.stream();
  }

  private static void damage(byte[] original, Format format) {
    Random random = new Random(42);
    for (int i = 0; i < 60; i++) {
      int cut = random.nextInt(original.length + 1);
      byte[] truncated = java.util.Arrays.copyOf(original, cut);
      readChecked(truncated, format);
      byte[] garbled = original.clone();
      for (int k = 0; k < 20; k++) {
        garbled[random.nextInt(garbled.length)] = (byte) NOISE.charAt(random.nextInt(NOISE.length()));
      }
      readChecked(garbled, format);
    }
  }

  private static void readChecked(byte[] bytes, Format format) {
    ReadOptions options = ReadOptions.defaults().withFormat(format);
    try (MessageReader r = Tgparse.read(new ByteArrayInputStream(bytes), "x.html", options)) {
      for (Message m : r) {
        List<Entity> all = new ArrayList<>(m.entities());
        all.addAll(m.hashtagEntities());
        all.addAll(m.mentions());
        all.addAll(m.cashtags());
        all.addAll(m.links());
        for (Entity e : all) {
          assertThat(e.end()).isLessThanOrEqualTo(m.text().length());
          assertThat(m.text().substring(e.start(), e.end())).isEqualTo(e.text());
        }
        assertThat(m.source().startLine()).isPositive();
      }
    }
  }
}
