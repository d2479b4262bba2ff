package org.tgparse.cli.report;

import java.nio.file.Path;
import org.tgparse.MessageReader;
import org.tgparse.Tgparse;
import org.tgparse.cli.stats.ArchiveStats;
import org.tgparse.internal.pipeline.SeenPosts;
import org.tgparse.model.Message;
import org.tgparse.read.Format;
import org.tgparse.read.ReadOptions;
import org.tgparse.read.TgparseException;

/** The summary's numbers of one input, gathered here without the report's code. */
final class SummaryOf {
  private SummaryOf() {
  }

  static ArchiveStats read(Path input) {
    ArchiveStats s = new ArchiveStats();
    SeenPosts seen = new SeenPosts();
    MessageReader reader;
    try {
      reader = Tgparse.read(input, ReadOptions.defaults());
    } catch (TgparseException e) {
      s.addFailedInput();
      return s;
    }
    try (reader) {
      boolean tme = reader.format() == Format.TME_HTML;
      for (Message m : reader) {
        if (!tme || seen.firstSeen(m)) {
          s.add(m);
        }
      }
    } catch (TgparseException e) {
      s.addFailedInput();
    }
    s.addIssues(reader.issueCount() + reader.droppedIssues());
    return s;
  }
}
