/**
 * Records as JSON: {@link org.tgparse.json.JsonLinesWriter} writes JSON Lines or a JSON array, with every field
 * (the default) or only those with a value ({@link org.tgparse.json.JsonLinesWriter.Fields#NON_EMPTY});
 * {@link org.tgparse.json.MessageJson} gives one record as a string or through a caller's Jackson generator. The
 * field names and their order are a contract: {@code docs/json.md} and {@code docs/tgparse.schema.json} in the
 * repository.
 */
package org.tgparse.json;
