/**
 * The records: {@link org.tgparse.model.Message} and what it holds (channel, forward, media, reactions, views, the
 * service action, the source lines), and the entities found in its text, each an
 * {@link org.tgparse.model.Entity} with UTF-16 offsets into {@link org.tgparse.model.Message#text()} (start
 * inclusive, end exclusive). Records are deeply immutable; lists are never null; closed sets are enums that keep a
 * value from a newer Telegram as {@code OTHER} with the name as written.
 *
 * <p>Their JSON form, field by field: {@code docs/json.md} and {@code docs/tgparse.schema.json} in the repository.
 */
package org.tgparse.model;
