package org.tgparse.model;

/**
 * Where a forwarded post came from. A forward from a deleted or hidden account has every field null: that the
 * record exists says the post is a forward.
 *
 * @param from the name of the channel or user the post was forwarded from, or null
 * @param fromId the id of the forward source ({@code channel123}, {@code user123}), or null
 * @param link a link to the forward source (t.me pages), or null
 * @param date the original post's time (HTML exports), or null
 */
public record Forward(String from, String fromId, String link, Timestamp date) {
}
