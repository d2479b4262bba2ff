/**
 * The entry point: {@link org.tgparse.Tgparse} opens an archive (a file, an export folder, a stream or a string) as
 * a {@link org.tgparse.MessageReader}, an {@code Iterable} of {@link org.tgparse.model.Message} records read one at
 * a time, with the issues met on the way.
 *
 * <pre>{@code
 * try (MessageReader reader = Tgparse.read(Path.of("result.json"))) {
 *   for (Message m : reader) {
 *     System.out.println(m.date() + " " + m.title() + " " + m.hashtags());
 *   }
 * }
 * }</pre>
 *
 * <p>How each input form maps onto the records: {@code docs/formats.md} in the repository.
 */
package org.tgparse;
