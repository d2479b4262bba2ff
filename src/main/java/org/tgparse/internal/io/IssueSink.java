package org.tgparse.internal.io;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.tgparse.read.ParseIssue;
import org.tgparse.read.TgparseException;

/**
 * Collects the recoverable issues of one run, bounded like jsoup's error list; in strict mode the first issue is
 * thrown instead. Not thread-safe: one sink per reader.
 */
public final class IssueSink {
  /** Past this many issues only the count grows, so a broken file cannot exhaust memory with issues. */
  static final int MAX_KEPT = 10_000;

  private final boolean strict;
  private final List<ParseIssue> issues = new ArrayList<>();
  private long dropped;

  /** @param strict whether the first issue is thrown */
  public IssueSink(boolean strict) {
    this.strict = strict;
  }

  /**
   * Reports an issue.
   *
   * @param issue the issue
   * @throws TgparseException in strict mode
   */
  public void report(ParseIssue issue) {
    if (strict) {
      throw TgparseException.of(issue);
    }
    if (issues.size() < MAX_KEPT) {
      issues.add(issue);
    } else {
      dropped++;
    }
  }

  /**
   * Reports a warning.
   *
   * @param file input name
   * @param line 1-based line, or 0
   * @param column 1-based column, or 0
   * @param message what was found and what was expected
   */
  public void warn(String file, long line, long column, String message) {
    report(new ParseIssue(file, line, column, ParseIssue.Severity.WARNING, message));
  }

  /** @return the issues kept so far, oldest first */
  public List<ParseIssue> issues() {
    return Collections.unmodifiableList(new ArrayList<>(issues));
  }

  /** @return how many issues are kept */
  public int size() {
    return issues.size();
  }

  /**
   * @param from how many of the oldest issues to skip
   * @return a copy of the issues kept after the first {@code from}, oldest first
   */
  public List<ParseIssue> issuesSince(int from) {
    int f = Math.max(0, Math.min(from, issues.size()));
    return Collections.unmodifiableList(new ArrayList<>(issues.subList(f, issues.size())));
  }

  /** @return how many issues were counted but not kept because of the bound */
  public long dropped() {
    return dropped;
  }

  /** @return whether strict mode is on */
  public boolean strict() {
    return strict;
  }
}
