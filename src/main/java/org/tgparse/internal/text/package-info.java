/**
 * The plain-text copy of channel posts ({@code Forwarded from} headers, media placeholder lines, a body the copy
 * repeats, collapsed by {@link org.tgparse.internal.text.BodyCollapser}), and any text read whole as one message
 * ({@code --format plain}). Not exported.
 */
package org.tgparse.internal.text;
