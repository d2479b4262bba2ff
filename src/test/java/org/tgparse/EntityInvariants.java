package org.tgparse;

import java.util.ArrayList;
import java.util.List;
import org.tgparse.extract.Entities;
import org.tgparse.model.Dateline;
import org.tgparse.model.Entity;
import org.tgparse.model.Message;

/**
 * Checks that hold for every message and every extraction, whatever the input: each entity's offsets lie inside
 * the text and cover exactly the entity's text. Used by the fuzz tests, which must fail with something other than
 * an AssertJ error to be reported as a finding.
 */
public final class EntityInvariants {
  private EntityInvariants() {
  }

  /**
   * @param m a message
   * @throws IllegalStateException when an entity does not cover its text, or the source lines are wrong
   */
  public static void check(Message m) {
    List<Entity> all = new ArrayList<>();
    all.addAll(m.hashtagEntities());
    all.addAll(m.cashtags());
    all.addAll(m.mentions());
    all.addAll(m.links());
    all.addAll(m.emoji());
    all.addAll(m.dates());
    all.addAll(m.places());
    all.addAll(m.entities());
    for (Entity e : all) {
      covers(m.text(), e.kind().name(), e.start(), e.end(), e.text());
    }
    check(m.text(), m.dateline());
    if (m.source().startLine() < 1 || m.source().endLine() < m.source().startLine()) {
      throw new IllegalStateException("bad source lines " + m.source());
    }
  }

  /**
   * @param text the text that was extracted from
   * @param e what the extractors found in it
   * @throws IllegalStateException when an entity does not cover its text
   */
  public static void check(String text, Entities e) {
    List<Entity> all = new ArrayList<>();
    all.addAll(e.hashtags());
    all.addAll(e.cashtags());
    all.addAll(e.mentions());
    all.addAll(e.links());
    all.addAll(e.emoji());
    all.addAll(e.dates());
    all.addAll(e.places());
    for (Entity entity : all) {
      covers(text, entity.kind().name(), entity.start(), entity.end(), entity.text());
    }
    check(text, e.dateline());
  }

  private static void check(String text, Dateline d) {
    if (d == null) {
      return;
    }
    covers(text, "DATELINE", d.start(), d.end(), d.text());
    if (d.date() != null) {
      covers(text, "DATELINE date", d.date().start(), d.date().end(), d.date().text());
    }
    if (d.place() != null) {
      covers(text, "DATELINE place", d.place().start(), d.place().end(), d.place().text());
    }
  }

  private static void covers(String text, String kind, int start, int end, String entityText) {
    if (start < 0 || end < start || end > text.length()) {
      throw new IllegalStateException(kind + " [" + start + "," + end + ") outside a text of length "
          + text.length());
    }
    if (!text.substring(start, end).equals(entityText)) {
      throw new IllegalStateException(kind + " [" + start + "," + end + ") covers \"" + text.substring(start, end)
          + "\", not its text \"" + entityText + "\"");
    }
  }
}
