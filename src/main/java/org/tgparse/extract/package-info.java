/**
 * Entities found in any text: {@link org.tgparse.extract.Extractor} runs them all (hashtags, cashtags, mentions and
 * links by Telegram's own rules, emoji, dates, places and the dateline); each extractor can also be used alone.
 * Stateless and thread-safe; the tables (gazetteer, emoji) load on first use, or ahead with
 * {@link org.tgparse.extract.Extractor#preload()}.
 *
 * <p>The rules, the data they come from and their precision: {@code docs/extraction.md} in the repository.
 */
package org.tgparse.extract;
