package org.tgparse.model;

import java.util.List;

/**
 * A poll.
 *
 * @param question the question
 * @param closed whether voting was closed, or null when unknown
 * @param totalVoters how many voted, or null when unknown
 * @param answers the answers in order, never null
 */
public record Poll(String question, Boolean closed, Long totalVoters, List<Answer> answers) {
  /** Copies the answers. */
  public Poll {
    answers = answers == null ? List.of() : List.copyOf(answers);
  }

  /**
   * One answer of a poll.
   *
   * @param text the answer
   * @param voters its votes, or null when unknown
   * @param chosen whether the exporting user chose it, or null when unknown
   */
  public record Answer(String text, Long voters, Boolean chosen) {
  }
}
