package org.tgparse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.tgparse.extract.Entities;
import org.tgparse.extract.Extractor;
import org.tgparse.internal.text.TextExportPosts;
import org.tgparse.model.Dateline;
import org.tgparse.model.Entity;
import org.tgparse.model.Message;
import org.tgparse.read.Format;
import org.tgparse.read.Limits;
import org.tgparse.read.ReadOptions;
import org.tgparse.read.TgparseException;

/**
 * Properties that hold for any input: entity offsets lie inside the text and cover exactly the entity's text, and
 * reading never fails with anything but {@link TgparseException}.
 */
class ReliabilityProperties {

  /** Text from archive-like words, structural fragments of every format, and any UTF-16 units at all. */
  @Provide
  Arbitrary<String> anyText() {
    Arbitrary<String> fragment = Arbitraries.frequencyOf(
        Tuple.of(5, TextExportPosts.word()),
        Tuple.of(2, Arbitraries.of("\n", "\r\n", "\r", " ", "\t", "\u200D", "\uFE0F", "\u00A0", "\u2028")),
        Tuple.of(2, Arbitraries.of("#", "@", "$", "#_", "@a", "$ab", "http://", "https://t.me/", "www.", ".ru",
            "://", "mailto:", "1", "2023", "20.03.2023", "March", "марта", "📍", "🏳️‍🌈", "🇷🇺", "👨🏽‍💻", "(", ")",
            ",", ".", "«", "»")),
        Tuple.of(1, Arbitraries.of("Forwarded from ", "Media is too big", "{", "}", "\"text\":", "[", "]",
            "<html>", "<div class=\"tgme_widget_message\">", "</div>", "<a href=\"", "&amp;", "\uFEFF", "\uFFFD")),
        Tuple.of(2, Arbitraries.strings().all().ofMaxLength(8)));
    return fragment.list().ofMaxSize(60).map(l -> String.join("", l));
  }

  @Property(tries = 400)
  void extractedEntitiesCoverExactlyTheirText(@ForAll("anyText") String text) {
    Entities e = Extractor.standard().extract(text);
    List<Entity> all = new ArrayList<>();
    all.addAll(e.hashtags());
    all.addAll(e.cashtags());
    all.addAll(e.mentions());
    all.addAll(e.links());
    all.addAll(e.emoji());
    all.addAll(e.dates());
    all.addAll(e.places());
    for (Entity entity : all) {
      assertCovers(text, entity.kind().name(), entity.start(), entity.end(), entity.text());
    }
    Dateline d = e.dateline();
    if (d != null) {
      assertCovers(text, "DATELINE", d.start(), d.end(), d.text());
      if (d.date() != null) {
        assertCovers(text, "DATELINE date", d.date().start(), d.date().end(), d.date().text());
      }
      if (d.place() != null) {
        assertCovers(text, "DATELINE place", d.place().start(), d.place().end(), d.place().text());
      }
    }
  }

  @Property(tries = 300)
  void messageEntitiesCoverExactlyTheirText(@ForAll("anyText") String text) {
    try (MessageReader r = Tgparse.readString(text, ReadOptions.defaults())) {
      for (Message m : r) {
        List<Entity> all = new ArrayList<>();
        all.addAll(m.hashtagEntities());
        all.addAll(m.cashtags());
        all.addAll(m.mentions());
        all.addAll(m.links());
        all.addAll(m.emoji());
        all.addAll(m.dates());
        all.addAll(m.places());
        all.addAll(m.entities());
        for (Entity entity : all) {
          assertCovers(m.text(), entity.kind().name(), entity.start(), entity.end(), entity.text());
        }
        if (m.dateline() != null) {
          assertCovers(m.text(), "DATELINE", m.dateline().start(), m.dateline().end(), m.dateline().text());
        }
        assertThat(m.hashtags()).allSatisfy(h -> assertThat(m.text()).contains(h));
      }
    }
  }

  private static void assertCovers(String text, String kind, int start, int end, String entityText) {
    assertThat(start).as("%s start", kind).isBetween(0, text.length());
    assertThat(end).as("%s end", kind).isBetween(start, text.length());
    assertThat(text.substring(start, end)).as("%s [%d,%d)", kind, start, end).isEqualTo(entityText);
  }

  @Property(tries = 300)
  void readingAStringFailsOnlyWithTgparseException(@ForAll("anyText") String text, @ForAll boolean strict,
      @ForAll boolean smallLimits) {
    ReadOptions o = options(strict, smallLimits);
    drain(() -> Tgparse.readString(text, o));
    drain(() -> Tgparse.readString(text, o.withFormat(Format.PLAIN)));
  }

  @Property(tries = 300)
  void readingBytesFailsOnlyWithTgparseException(@ForAll("anyBytes") byte[] bytes, @ForAll boolean strict,
      @ForAll boolean smallLimits) {
    ReadOptions o = options(strict, smallLimits);
    for (Format f : Format.values()) {
      drain(() -> Tgparse.read(new ByteArrayInputStream(bytes), "b", o.withFormat(f)));
    }
  }

  @Provide
  Arbitrary<byte[]> anyBytes() {
    Arbitrary<byte[]> textual = anyText().map(s -> s.getBytes(StandardCharsets.UTF_8));
    Arbitrary<byte[]> raw = Arbitraries.bytes().array(byte[].class).ofMaxSize(200);
    Arbitrary<byte[]> utf16 = anyText().map(s -> {
      byte[] body = s.getBytes(StandardCharsets.UTF_16LE);
      byte[] b = new byte[body.length + 3];
      b[0] = (byte) 0xFF;
      b[1] = (byte) 0xFE;
      System.arraycopy(body, 0, b, 2, body.length);
      b[b.length - 1] = 'x'; // an odd byte at the end
      return b;
    });
    return Arbitraries.oneOf(textual, raw, utf16);
  }

  private static ReadOptions options(boolean strict, boolean smallLimits) {
    ReadOptions o = ReadOptions.defaults().withStrict(strict);
    return smallLimits ? o.withLimits(new Limits(7, 5, 2, 2, 1)) : o;
  }

  private static void drain(java.util.function.Supplier<MessageReader> open) {
    try (MessageReader r = open.get()) {
      for (Message m : r) {
        assertThat(m.text()).isNotNull();
        assertThat(m.source()).isNotNull();
      }
    } catch (TgparseException expected) {
      assertThat(expected.getMessage()).isNotBlank();
    }
  }
}
