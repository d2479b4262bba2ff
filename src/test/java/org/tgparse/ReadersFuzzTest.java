package org.tgparse;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import org.tgparse.model.Message;
import org.tgparse.read.Format;
import org.tgparse.read.Limits;
import org.tgparse.read.ReadOptions;
import org.tgparse.read.TgparseException;

/**
 * Fuzz targets for every reader: any bytes either read into messages whose entities cover their text, or fail
 * with {@link TgparseException}; nothing else may escape. The first byte chooses strict mode and small limits.
 *
 * <p>In {@code mvn verify} (Jazzer's regression mode) each target runs on the inputs under
 * {@code src/test/resources/org/tgparse/ReadersFuzzTestInputs/<method>/}. To fuzz one target (README,
 * "Reliability"): {@code JAZZER_FUZZ=1 mvn test -Dtest=ReadersFuzzTest#textExport}; every crash it finds is
 * written into that folder and stays a regression test.
 */
class ReadersFuzzTest {

  private static void read(FuzzedDataProvider data, Format format) {
    boolean strict = data.consumeBoolean();
    boolean small = data.consumeBoolean();
    ReadOptions o = ReadOptions.defaults().withFormat(format).withStrict(strict);
    if (small) {
      o = o.withLimits(new Limits(64, 32, 4, 8, 3));
    }
    byte[] bytes = data.consumeRemainingAsBytes();
    try (MessageReader r = Tgparse.read(new ByteArrayInputStream(bytes), "fuzz", o)) {
      Message m;
      while ((m = r.read()) != null) {
        EntityInvariants.check(m);
      }
    } catch (TgparseException expected) {
      if (expected.getMessage() == null || expected.getMessage().isBlank()) {
        throw new IllegalStateException("an error without a message", expected);
      }
    }
  }

  @FuzzTest(maxDuration = "90s")
  void textExport(FuzzedDataProvider data) {
    read(data, Format.TEXT);
  }

  @FuzzTest(maxDuration = "90s")
  void plainText(FuzzedDataProvider data) {
    read(data, Format.PLAIN);
  }

  @FuzzTest(maxDuration = "90s")
  void detected(FuzzedDataProvider data) {
    read(data, Format.AUTO);
  }

  @FuzzTest(maxDuration = "90s")
  void desktopJson(FuzzedDataProvider data) {
    read(data, Format.DESKTOP_JSON);
  }

  @FuzzTest(maxDuration = "90s")
  void desktopHtml(FuzzedDataProvider data) {
    read(data, Format.DESKTOP_HTML);
  }

  @FuzzTest(maxDuration = "90s")
  void tme(FuzzedDataProvider data) {
    read(data, Format.TME_HTML);
  }
}
