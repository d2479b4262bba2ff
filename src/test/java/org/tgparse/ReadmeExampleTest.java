package org.tgparse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.tgparse.model.Message;

/** Keeps the README's Java example compiling and working: the body below is the README's code. */
class ReadmeExampleTest {

  @Test
  void readmeExampleRuns() {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(buf, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    // --- README example begins ---
    try (MessageReader reader = Tgparse.read(Path.of("samples/mfa-forwarded-posts.txt"))) {
      for (Message m : reader) {
        String source = m.forward() == null ? "-" : m.forward().from();
        out.println(source + " | " + m.title() + " | " + m.hashtags());
      }
      reader.issues().forEach(err::println);
    }

    // The extractor works on any string; stateless and thread-safe.
    var entities = Tgparse.extractor().extract("📍 Moscow, March 20, 2023 #CSTO");
    // --- README example ends ---
    assertThat(buf.toString(StandardCharsets.UTF_8).lines()).hasSize(10)
        .allSatisfy(l -> assertThat(l).startsWith("Russian MFA 🇷🇺 | "));
    assertThat(entities).isNotNull();
  }
}
