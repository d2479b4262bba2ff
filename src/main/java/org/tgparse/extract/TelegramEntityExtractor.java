package org.tgparse.extract;

import java.util.List;
import org.tgparse.model.Cashtag;
import org.tgparse.model.Hashtag;
import org.tgparse.model.Mention;

/** Hashtags, cashtags and mentions by TDLib's rules ({@code td/telegram/MessageEntity.cpp}). */
public final class TelegramEntityExtractor {
  private TelegramEntityExtractor() {
  }

  /** @param text any text @return hashtags in order */
  public static List<Hashtag> hashtags(String text) {
    return List.of(); // filled by the entities work
  }

  /** @param text any text @return cashtags in order */
  public static List<Cashtag> cashtags(String text) {
    return List.of();
  }

  /** @param text any text @return mentions in order */
  public static List<Mention> mentions(String text) {
    return List.of();
  }
}
