package org.tgparse.internal.html;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Maps the text of an HTML service message back to the action names of the JSON export ({@code pin_message},
 * {@code create_channel}, ...; see {@code docs/formats.md} section 1), from the sentences Telegram Desktop's
 * HTML exporter writes ({@code export_output_html.cpp}) and those of the t.me web view. A text that matches none
 * gives no action; the text itself is always kept.
 *
 * <p>Plain prefix and suffix tests, no regular expressions: linear in the text.
 */
public final class ServiceActions {

  /**
   * A recognised action.
   *
   * @param action the JSON export's action name
   * @param actor who did it, or null
   * @param details the action's other fields
   */
  public record Action(String action, String actor, Map<String, Object> details) {
  }

  private ServiceActions() {
  }

  /**
   * @param text the service message text
   * @param targetId the message id its link points at ({@code pinned this message}), or null
   * @return the action, or null when the sentence is not one this knows
   */
  public static Action of(String text, Long targetId) {
    String t = text.strip();
    if (t.isEmpty()) {
      return null;
    }
    // Channel sentences, which have no actor.
    if (t.startsWith("Channel «") && t.endsWith("» created")) {
      return action("create_channel", null, "title", t.substring(9, t.length() - 9));
    }
    if (t.equals("Channel created")) {
      return new Action("create_channel", null, Map.of());
    }
    String title = after(t, "Channel title changed to «");
    if (title == null) {
      title = after(t, "Channel name was changed to «");
    }
    if (title != null) {
      return action("edit_group_title", null, "title", title);
    }
    if (t.equals("Channel photo changed") || t.equals("Channel photo updated")) {
      return new Action("edit_group_photo", null, Map.of());
    }
    if (t.equals("Channel photo removed")) {
      return new Action("delete_group_photo", null, Map.of());
    }
    if (t.equals("History cleared")) {
      return new Action("clear_history", null, Map.of());
    }
    if (t.startsWith("Voice chat") || t.startsWith("Video chat") || t.startsWith("Live stream")) {
      return groupCall(null, t);
    }
    // Sentences that start with the actor's name.
    int i;
    if ((i = t.indexOf(" pinned ")) > 0 || t.startsWith("pinned ")) {
      Map<String, Object> d = new LinkedHashMap<>();
      if (targetId != null) {
        d.put("message_id", targetId);
      }
      return new Action("pin_message", i > 0 ? t.substring(0, i) : null, d);
    }
    if ((i = t.indexOf(" created group «")) > 0) {
      int close = t.indexOf('»', i);
      Map<String, Object> d = new LinkedHashMap<>();
      d.put("title", t.substring(i + 16, close < 0 ? t.length() : close));
      int with = t.indexOf(" with members ", i);
      if (with > 0) {
        d.put("members", names(t.substring(with + 14)));
      }
      return new Action("create_group", t.substring(0, i), d);
    }
    if ((i = t.indexOf(" changed group title to «")) > 0) {
      return action("edit_group_title", t.substring(0, i), "title", between(t, i + 25));
    }
    if (t.endsWith(" changed group photo")) {
      return new Action("edit_group_photo", t.substring(0, t.length() - 20), Map.of());
    }
    if (t.endsWith(" removed group photo")) {
      return new Action("delete_group_photo", t.substring(0, t.length() - 20), Map.of());
    }
    if ((i = t.indexOf(" joined group by link from ")) > 0) {
      return action("join_group_by_link", t.substring(0, i), "inviter", t.substring(i + 27));
    }
    if (t.endsWith(" joined group by request")) {
      return new Action("join_group_by_request", t.substring(0, t.length() - 24), Map.of());
    }
    if (t.endsWith(" converted this group to a supergroup")) {
      return new Action("migrate_to_supergroup", t.substring(0, t.length() - 37), Map.of());
    }
    if ((i = t.indexOf(" converted a basic group to this supergroup «")) > 0) {
      return action("migrate_from_group", t.substring(0, i), "title", between(t, i + 45));
    }
    if (t.endsWith(" took a screenshot")) {
      return new Action("take_screenshot", t.substring(0, t.length() - 18), Map.of());
    }
    if (t.endsWith(" joined Telegram")) {
      return new Action("joined_telegram", t.substring(0, t.length() - 16), Map.of());
    }
    if (t.endsWith(" requested your phone number")) {
      return new Action("requested_phone_number", t.substring(0, t.length() - 28), Map.of());
    }
    if ((i = t.indexOf(" started voice chat")) > 0) {
      return groupCall(t.substring(0, i), t);
    }
    if ((i = t.indexOf(" created topic «")) > 0) {
      return action("topic_created", t.substring(0, i), "title", between(t, i + 16));
    }
    if ((i = t.indexOf(" invited ")) > 0) {
      String rest = t.substring(i + 9);
      if (rest.endsWith(" to the voice chat")) {
        return action("invite_to_group_call", t.substring(0, i), "members",
            names(rest.substring(0, rest.length() - 18)));
      }
      return action("invite_members", t.substring(0, i), "members", names(rest));
    }
    if ((i = t.indexOf(" removed ")) > 0) {
      return action("remove_members", t.substring(0, i), "members", List.of(t.substring(i + 9)));
    }
    if ((i = t.indexOf(" scored ")) > 0) {
      int in = t.indexOf(" in ", i + 8);
      Long score = in < 0 ? null : number(t.substring(i + 8, in));
      Map<String, Object> d = new LinkedHashMap<>();
      if (score != null) {
        d.put("score", score);
      }
      if (targetId != null) {
        d.put("game_message_id", targetId);
      }
      return new Action("score_in_game", t.substring(0, i), d);
    }
    return null;
  }

  private static Action groupCall(String actor, String t) {
    Map<String, Object> d = new LinkedHashMap<>();
    int open = t.lastIndexOf(" (");
    if (open >= 0 && t.endsWith(" seconds)")) {
      Long s = number(t.substring(open + 2, t.length() - 9));
      if (s != null) {
        d.put("duration", s);
      }
    }
    return new Action("group_call", actor, d);
  }

  private static Action action(String name, String actor, String key, Object value) {
    Map<String, Object> d = new LinkedHashMap<>();
    d.put(key, value);
    return new Action(name, actor, d);
  }

  private static String after(String t, String prefix) {
    if (!t.startsWith(prefix)) {
      return null;
    }
    return between(t, prefix.length());
  }

  /** The text from {@code from} to the last {@code »}, or to the end. */
  private static String between(String t, int from) {
    int close = t.lastIndexOf('»');
    return t.substring(from, close >= from ? close : t.length());
  }

  /** Splits {@code A, B and C} as the exporter's SerializeList joins names. */
  private static List<String> names(String s) {
    List<String> out = new ArrayList<>();
    int and = s.lastIndexOf(" and ");
    String head = and < 0 ? s : s.substring(0, and);
    for (String part : head.split(", ")) {
      if (!part.isBlank()) {
        out.add(part.strip());
      }
    }
    if (and >= 0) {
      out.add(s.substring(and + 5).strip());
    }
    return out;
  }

  private static Long number(String s) {
    try {
      return Long.parseLong(s.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
