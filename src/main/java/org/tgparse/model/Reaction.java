package org.tgparse.model;

/**
 * A reaction with its count.
 *
 * @param type {@code emoji}, {@code custom_emoji} or {@code paid}
 * @param emoji the emoji of an emoji reaction (or the fallback of a custom one), else null
 * @param documentId the custom emoji's document, else null
 * @param count how many reacted, or null when the archive did not say
 */
public record Reaction(String type, String emoji, String documentId, Long count) {
}
