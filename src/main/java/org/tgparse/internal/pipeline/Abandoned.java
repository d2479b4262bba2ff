package org.tgparse.internal.pipeline;

import java.lang.ref.Cleaner;

/**
 * Releases what a stream holds (threads, open files) when its user dropped it without closing it. Closing is
 * still the way: this is the safety net for a forgotten try-with-resources, so that abandoned streams do not keep
 * threads and file descriptors for the life of the process.
 */
public final class Abandoned {
  /** One daemon thread for the library's cleaning actions. */
  private static final Cleaner CLEANER = Cleaner.create();

  private Abandoned() {
  }

  /**
   * @param owner the object whose unreachability means the resource is abandoned (the stream's iterator)
   * @param release releases the resource; must not refer to {@code owner}, or it is never unreachable
   * @return the registration: {@link Cleaner.Cleanable#clean()} releases at once (when closed normally)
   */
  public static Cleaner.Cleanable register(Object owner, Runnable release) {
    return CLEANER.register(owner, release);
  }
}
