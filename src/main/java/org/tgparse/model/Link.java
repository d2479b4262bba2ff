package org.tgparse.model;

/**
 * A link in the text: a URL written out (with or without a scheme), an e-mail address, a phone number, or
 * words linked to a target (Telegram's {@code text_link}).
 *
 * @param text the link text as written
 * @param start UTF-16 offset, inclusive
 * @param end UTF-16 offset, exclusive
 * @param url the target: the normalised URL ({@code https://} added where the text had no scheme,
 *     {@code mailto:} for e-mail, {@code tel:} for phones); null when the target was lost
 * @param type what kind of link this is
 * @param targetLost true when the text was a link whose target the format did not keep (a {@code Read in full}
 *     line in a plain-text copy)
 */
public record Link(String text, int start, int end, String url, LinkType type, boolean targetLost)
    implements Entity {
  /** Checks the span and the type. */
  public Link {
    Entity.checkSpan(text, start, end);
    if (type == null) {
      throw new NullPointerException("type");
    }
  }

  @Override
  public Kind kind() {
    return Kind.LINK;
  }

  /** Kinds of link. */
  public enum LinkType {
    /** A URL written in the text, such as {@code https://mid.ru/x} or {@code t.me/channel/1}. */
    URL,
    /** Words whose target is a URL that is not part of the text (Telegram's {@code text_link}). */
    TEXT_LINK,
    /** An e-mail address. */
    EMAIL,
    /** A phone number marked as such by the format. */
    PHONE
  }
}
