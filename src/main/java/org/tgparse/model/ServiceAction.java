package org.tgparse.model;

import java.util.Map;

/**
 * What a service record did: a channel created, a message pinned, members invited...
 *
 * @param action the action as the export names it ({@code create_channel}, {@code pin_message},
 *     {@code migrate_from_group}, ...), or null for a service message known only by its text
 * @param actor who did it, or null
 * @param actorId the actor's id, or null
 * @param details the action's other fields (title, members, message_id, ...) as strings, numbers, booleans, lists
 *     and maps, in the export's order; deeply unmodifiable, never null
 */
public record ServiceAction(String action, String actor, String actorId, Map<String, Object> details) {
  /** Copies the details deeply, so that no nested list or map can change. */
  public ServiceAction {
    // Copied once: a map this record already froze (toBuilder().build()) is kept as it is.
    details = FrozenMap.copyOf(details);
  }
}
