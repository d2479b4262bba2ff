package org.tgparse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tgparse.model.Hashtag;
import org.tgparse.model.Message;
import org.tgparse.read.Limits;
import org.tgparse.read.ReadOptions;
import org.tgparse.read.TgparseException;

/** {@code maxEntitiesPerMessage} on extracted entities: each list keeps its first N, with one issue per list. */
class EntityLimitTest {
  private static final String TEXT = "Forwarded from A\n#a #b #c #d #e @alpha @bravo @charlie t.me/x t.me/y\n";

  private static ReadOptions limit(int n) {
    return ReadOptions.defaults().withLimits(Limits.DEFAULTS.withMaxEntitiesPerMessage(n));
  }

  @Test
  void everyListIsCutAtTheLimitWithAnIssue() {
    try (MessageReader r = Tgparse.readString(TEXT, limit(2))) {
      Message m = r.read();
      assertThat(m.hashtagEntities()).extracting(Hashtag::text).containsExactly("#a", "#b");
      assertThat(m.hashtags()).containsExactly("#a", "#b");
      assertThat(m.mentions()).hasSize(2);
      assertThat(m.links()).hasSize(2);
      assertThat(r.read()).isNull();
      List<String> issues = new ArrayList<>();
      r.issues().forEach(i -> issues.add(i.toString()));
      assertThat(issues).containsExactly(
          "<string>:1: warning: message has 5 hashtags; kept the first 2 (limit maxEntitiesPerMessage, option"
              + " --max-entities)",
          "<string>:1: warning: message has 3 mentions; kept the first 2 (limit maxEntitiesPerMessage, option"
              + " --max-entities)");
      assertThat(r.issueCount()).isEqualTo(2);
      assertThat(r.issuesSince(1)).hasSize(1);
    }
  }

  @Test
  void atTheLimitNothingIsCut() {
    try (MessageReader r = Tgparse.readString(TEXT, limit(5))) {
      Message m = r.read();
      assertThat(m.hashtagEntities()).hasSize(5);
      assertThat(m.mentions()).hasSize(3);
      assertThat(r.issues()).isEmpty();
    }
  }

  @Test
  void strictModeStopsAtTheFirstCut() {
    try (MessageReader r = Tgparse.readString("Forwarded from A\nok #x\n" + TEXT, limit(2).withStrict(true))) {
      assertThat(r.read().text()).isEqualTo("ok #x");
      assertThatThrownBy(r::read).isInstanceOf(TgparseException.class)
          .hasMessage("<string>:3: message has 5 hashtags; kept the first 2 (limit maxEntitiesPerMessage, option"
              + " --max-entities)");
      assertThat(r.read()).isNull();
    }
  }
}
