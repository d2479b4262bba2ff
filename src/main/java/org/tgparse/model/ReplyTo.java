package org.tgparse.model;

/**
 * The message a message replies to.
 *
 * @param id the target message id (as in {@link Message#id()}), or null when the archive only says "another chat"
 * @param peerId the chat of the target when it is another chat ({@code channel123}), else null
 * @param link a link to the target (t.me pages, HTML exports across files), else null
 */
public record ReplyTo(String id, String peerId, String link) {
}
