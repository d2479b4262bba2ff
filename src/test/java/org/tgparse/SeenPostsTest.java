package org.tgparse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tgparse.internal.pipeline.SeenPosts;
import org.tgparse.model.Message;
import org.tgparse.model.SourceRef;

class SeenPostsTest {
  private static Message withId(String id) {
    return Message.builder().id(id).source(new SourceRef("x", 1, 1)).build();
  }

  @Test
  void aTmePostIsNewOnceIgnoringCase() {
    SeenPosts seen = new SeenPosts();
    assertThat(seen.firstSeen(withId("MFARussia/518"))).isTrue();
    assertThat(seen.firstSeen(withId("mfarussia/518"))).isFalse();
    assertThat(seen.firstSeen(withId("MFARussia/519"))).isTrue();
    assertThat(seen.size()).isEqualTo(2);
  }

  @Test
  void numbersOfEverySizeAndChannelsAreKeptApart() {
    SeenPosts seen = new SeenPosts();
    for (String id : new String[] {"a/1", "b/1", "a/999999999", "a/1000000000", "a/01", "a/2147483648"}) {
      assertThat(seen.firstSeen(withId(id))).as(id).isTrue();
    }
    for (String id : new String[] {"A/1", "B/1", "a/999999999", "a/1000000000", "a/01", "a/2147483648"}) {
      assertThat(seen.firstSeen(withId(id))).as(id).isFalse();
    }
    assertThat(seen.size()).isEqualTo(6);
  }

  @Test
  void otherIdsAreNeverRepeats() {
    SeenPosts seen = new SeenPosts();
    for (String id : new String[] {"123", "123", null, "a/b", "a/1/2", "/5", "ch/"}) {
      assertThat(seen.firstSeen(withId(id))).as(id).isTrue();
    }
    assertThat(seen.size()).isZero();
    assertThat(SeenPosts.key(withId("Ch/5"))).isEqualTo("ch/5");
  }
}
