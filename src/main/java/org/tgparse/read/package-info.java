/**
 * What a read takes and what it reports: {@link org.tgparse.read.ReadOptions} (format, zone of local times, strict
 * mode, entity extraction, {@link org.tgparse.read.Limits}), the {@link org.tgparse.read.Format} detected or forced,
 * the {@link org.tgparse.read.ParseIssue}s of a lenient read (file, line, column, severity, message), and
 * {@link org.tgparse.read.TgparseException}, the one exception a read throws, with its location.
 *
 * <p>Why lenient by default, and every limit with its default: {@code docs/reliability.md} in the repository.
 */
package org.tgparse.read;
