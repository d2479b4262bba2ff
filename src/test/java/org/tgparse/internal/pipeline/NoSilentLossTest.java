package org.tgparse.internal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.tgparse.internal.io.IssueSink;
import org.tgparse.internal.io.LineReader;
import org.tgparse.internal.text.BodyCollapser;
import org.tgparse.internal.text.TextExportPosts;
import org.tgparse.internal.text.TextExportReader;
import org.tgparse.model.Media;
import org.tgparse.model.Message;
import org.tgparse.read.Limits;

/**
 * No silent loss in the plain-text export: every non-blank input line is in a record (its header, a media
 * placeholder or a line of its text) or was dropped as part of a collapsed repetition. Checked twice: by the
 * reader's own {@link TextExportReader.Accounting}, and by a recount from each record's source lines, text and
 * media that does not trust the reader.
 */
class NoSilentLossTest {

  /** The result of reading an input, and the recount. */
  record Recount(List<Message> messages, TextExportReader.Accounting accounting, long collapsed) {
  }

  static Recount readAndRecount(String input) throws IOException {
    IssueSink issues = new IssueSink(false);
    TextExportReader reader = new TextExportReader(
        new LineReader(new StringReader(input), Limits.DEFAULTS.maxLineLength()), "in", Limits.DEFAULTS, issues);
    List<Message> messages = new ArrayList<>();
    Message m;
    while ((m = reader.next()) != null) {
      messages.add(m);
    }
    List<String> lines = TextExportPosts.lines(input);
    boolean[] covered = new boolean[lines.size() + 1];
    long collapsed = 0;
    long previousEnd = 0;
    long headers = 0;
    long placeholders = 0;
    long textLines = 0;
    for (Message msg : messages) {
      long start = msg.source().startLine();
      long end = msg.source().endLine();
      assertThat(start).as("records in order, not overlapping").isGreaterThan(previousEnd);
      assertThat(end).isLessThanOrEqualTo(lines.size());
      previousEnd = end;
      List<String> pool = new ArrayList<>();
      for (long n = start; n <= end; n++) {
        covered[(int) n] = true;
        String l = lines.get((int) n - 1);
        if (!l.isBlank()) {
          pool.add(l);
        }
      }
      if (msg.forward() != null) {
        String header = lines.get((int) start - 1);
        assertThat(TextExportReader.isHeader(header)).as("line %d is the header", start).isTrue();
        assertThat(header.substring(TextExportReader.HEADER.length()).strip()).isEqualTo(msg.forward().from());
        assertThat(pool.remove(header)).isTrue();
        headers++;
      }
      for (Media media : msg.media()) {
        assertThat(media.kindName()).isEqualTo("placeholder");
        String line = pool.stream().filter(l -> l.strip().equals(media.label())).findFirst().orElse(null);
        assertThat(line).as("placeholder line for %s", media.label()).isNotNull();
        pool.remove(line);
        placeholders++;
      }
      for (String t : msg.text().split("\n", -1)) {
        if (!t.isBlank()) {
          assertThat(pool.remove(t)).as("text line %s comes from the input of record %d", t, msg.sequence())
              .isTrue();
          textLines++;
        }
      }
      // What is left must be the dropped copy: each line equal to a kept text line.
      List<String> kept = List.of(msg.text().split("\n", -1));
      for (String left : pool) {
        assertThat(kept).as("line %s of record %d is neither kept nor a repetition", left, msg.sequence())
            .anyMatch(k -> BodyCollapser.sameLine(k, left));
      }
      if (!pool.isEmpty()) {
        assertThat(msg.duplicateCollapsed()).isTrue();
      }
      collapsed += pool.size();
    }
    for (int n = 1; n <= lines.size(); n++) {
      if (!covered[n]) {
        assertThat(lines.get(n - 1)).as("line %d is in no record", n).isBlank();
      }
    }
    TextExportReader.Accounting a = reader.accounting();
    assertThat(a.balanced()).as("%s", a).isTrue();
    assertThat(a.lines()).isEqualTo(lines.size());
    assertThat(a.nonBlankLines()).isEqualTo(lines.stream().filter(l -> !l.isBlank()).count());
    assertThat(a.headerLines()).isEqualTo(headers);
    assertThat(a.placeholderLines()).isEqualTo(placeholders);
    assertThat(a.textLines()).isEqualTo(textLines);
    assertThat(a.collapsedLines()).isEqualTo(collapsed);
    assertThat(a.cutLines()).isZero();
    assertThat(issues.issues()).noneMatch(i -> i.message().contains("cut to"));
    return new Recount(messages, a, collapsed);
  }

  @Test
  void sampleLosesNothing() throws IOException {
    String input = Files.readString(Path.of("samples/mfa-forwarded-posts.txt"), StandardCharsets.UTF_8);
    Recount r = readAndRecount(input);
    assertThat(r.messages()).isNotEmpty().allMatch(m -> m.forward() != null);
    // The sample's posts repeat their body: most lines are dropped copies, and every one is counted.
    assertThat(r.collapsed()).isPositive();
    assertThat(r.accounting().headerLines()).isEqualTo(r.messages().size());
    assertThat(r.accounting().nonBlankLines())
        .isEqualTo(r.accounting().headerLines() + r.accounting().textLines() + r.collapsed()
            + r.accounting().placeholderLines());
  }

  @Test
  void edgeCasesLoseNothing() throws IOException {
    readAndRecount("");
    readAndRecount("\n\n  \n");
    readAndRecount("text before any header\nmore\n\nForwarded from A\nx\n");
    readAndRecount("Forwarded from \nForwarded from A\n");
    readAndRecount("Forwarded from A\nMedia is too big\n\nVIEW IN TELEGRAM\nH\nb\nc\nb\nc\nMedia is too big\n");
    readAndRecount("Forwarded from A\nH\na\nb\nc\nd\na\nb\nc");
    readAndRecount("Forwarded from A\nx\nx\nForwarded from B\nx\nx\nx\nx\n");
    readAndRecount("Forwarded from A\r\nH\r\nb  \r\nb\u00A0\rForwarded from B\r\r\n");
  }

  @Property(tries = 150)
  void generatedPostsLoseNothing(@ForAll("posts") List<TextExportPosts.Post> posts) throws IOException {
    Recount r = readAndRecount(TextExportPosts.render(posts, "\n", 1, true));
    assertThat(r.messages()).hasSize(posts.size());
    long repeatedLines = posts.stream().filter(TextExportPosts.Post::repeated)
        .mapToLong(p -> p.rest().stream().filter(l -> !l.isBlank()).count()).sum();
    assertThat(r.collapsed()).isEqualTo(repeatedLines);
  }

  @Property(tries = 300)
  void anyLinesLoseNothing(@ForAll("chaos") String input) throws IOException {
    readAndRecount(input);
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<List<TextExportPosts.Post>> posts() {
    return TextExportPosts.posts();
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<String> chaos() {
    return TextExportPosts.chaos();
  }
}
