package org.tgparse.bench;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Input bytes and messages handled, which JMH reports as rates next to ops/s ({@code :bytes} and
 * {@code :messages}, per second). {@code scripts/bench-jmh.sh} turns them into MB/s and messages/s.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class Counters {
  /** Input bytes handled (for JSON writing: output bytes). */
  public long bytes;
  /** Messages handled. */
  public long messages;

  /** Resets the counts before each iteration. */
  @Setup(Level.Iteration)
  public void reset() {
    bytes = 0;
    messages = 0;
  }
}
