/**
 * From an input to a format reader: the one place that picks the reader for a file, a folder or a stream ({@link
 * org.tgparse.internal.pipeline.Readers}), several inputs in parallel with their output kept in order ({@link
 * org.tgparse.internal.pipeline.OrderedParallel}), and the posts already seen across overlapping saved pages
 * ({@link org.tgparse.internal.pipeline.SeenPosts}). Entity extraction and the entity limit run in {@link
 * org.tgparse.MessageReader}, for the library and the command line alike. Not exported.
 */
package org.tgparse.internal.pipeline;
