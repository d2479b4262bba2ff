package org.tgparse.internal.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ServiceActionsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "null", value = {
      "Channel «MFA» created|create_channel|null",
      "Channel created|create_channel|null",
      "Channel title changed to «New»|edit_group_title|null",
      "Channel name was changed to «New»|edit_group_title|null",
      "Channel photo changed|edit_group_photo|null",
      "Channel photo updated|edit_group_photo|null",
      "Channel photo removed|delete_group_photo|null",
      "History cleared|clear_history|null",
      "Voice chat (60 seconds)|group_call|null",
      "Ann pinned this message|pin_message|Ann",
      "Ann created group «G» with members Bob and Carl|create_group|Ann",
      "Ann changed group title to «T»|edit_group_title|Ann",
      "Ann changed group photo|edit_group_photo|Ann",
      "Ann removed group photo|delete_group_photo|Ann",
      "Ann joined group by link from Bob|join_group_by_link|Ann",
      "Ann joined group by request|join_group_by_request|Ann",
      "Ann converted this group to a supergroup|migrate_to_supergroup|Ann",
      "Ann converted a basic group to this supergroup «Old»|migrate_from_group|Ann",
      "Ann took a screenshot|take_screenshot|Ann",
      "Ann joined Telegram|joined_telegram|Ann",
      "Ann requested your phone number|requested_phone_number|Ann",
      "Ann started voice chat|group_call|Ann",
      "Ann created topic «News»|topic_created|Ann",
      "Ann invited Bob to the voice chat|invite_to_group_call|Ann",
      "Ann invited Bob|invite_members|Ann",
      "Ann removed Bob|remove_members|Ann",
      "Ann scored 50 in this game|score_in_game|Ann"})
  void sentencesMapToTheJsonActions(String text, String action, String actor) {
    ServiceActions.Action a = ServiceActions.of(text, 7L);
    assertThat(a).isNotNull();
    assertThat(a.action()).isEqualTo(action);
    assertThat(a.actor()).isEqualTo(actor);
  }

  @Test
  void detailsAreKept() {
    assertThat(ServiceActions.of("Channel «MFA Digest» created", null).details()).isEqualTo(Map.of("title",
        "MFA Digest"));
    assertThat(ServiceActions.of("Ann pinned this message", 45L).details()).isEqualTo(Map.of("message_id", 45L));
    assertThat(ServiceActions.of("Ann pinned this message", null).details()).isEmpty();
    assertThat(ServiceActions.of("Ann invited Bob, Carl and Dan", null).details())
        .isEqualTo(Map.of("members", List.of("Bob", "Carl", "Dan")));
    assertThat(ServiceActions.of("Voice chat (60 seconds)", null).details()).isEqualTo(Map.of("duration", 60L));
    assertThat(ServiceActions.of("Ann scored 50 in this game", 3L).details())
        .isEqualTo(Map.of("score", 50L, "game_message_id", 3L));
  }

  @Test
  void unknownSentencesHaveNoAction() {
    assertThat(ServiceActions.of("Something else happened", null)).isNull();
    assertThat(ServiceActions.of("   ", null)).isNull();
    assertThat(ServiceActions.of("Channel", null)).isNull();
  }
}
