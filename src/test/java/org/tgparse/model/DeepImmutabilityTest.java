package org.tgparse.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A Message cannot change once built, down to the nested lists and maps of its service action's details. */
class DeepImmutabilityTest {

  @Test
  @SuppressWarnings("unchecked")
  void nestedListsAndMapsOfActionDetailsAreUnmodifiableAndCopied() {
    List<Object> members = new ArrayList<>(List.of("A", "B"));
    Map<String, Object> inner = new LinkedHashMap<>(Map.of("k", new ArrayList<>(List.of(1L))));
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("members", members);
    details.put("inner", inner);
    Message m = Message.builder().type(MessageType.SERVICE).action("invite_members").actionDetails(details)
        .source(new SourceRef("in.json", 1, 1)).build();

    List<Object> kept = (List<Object>) m.service().details().get("members");
    assertThatThrownBy(() -> kept.add("C")).isInstanceOf(UnsupportedOperationException.class);
    Map<String, Object> keptInner = (Map<String, Object>) m.service().details().get("inner");
    assertThatThrownBy(() -> keptInner.put("x", 1L)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> ((List<Object>) keptInner.get("k")).add(2L))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> m.service().details().put("y", 1L)).isInstanceOf(UnsupportedOperationException.class);

    // The caller's own collections changing later does not reach the record.
    members.add("C");
    ((List<Object>) inner.get("k")).add(2L);
    assertThat(m.service().details().get("members")).isEqualTo(List.of("A", "B"));
    assertThat(((Map<String, Object>) m.service().details().get("inner")).get("k")).isEqualTo(List.of(1L));
  }

  @Test
  void entityListsAreUnmodifiable() {
    Message m = Message.builder().text("#a").hashtagEntities(new ArrayList<>(List.of(
        new Hashtag("#a", 0, 2, "a", null)))).source(new SourceRef("in.txt", 1, 1)).build();
    assertThatThrownBy(() -> m.hashtagEntities().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> m.hashtags().clear()).isInstanceOf(UnsupportedOperationException.class);
  }
}
