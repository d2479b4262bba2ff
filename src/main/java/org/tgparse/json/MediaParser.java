package org.tgparse.json;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.util.List;
import org.tgparse.model.Contact;
import org.tgparse.model.Media;
import org.tgparse.model.Poll;

/**
 * Reads a media object of a record with its poll and contact (the inverse of {@code MessageJson.writeMedia}): the
 * parser on the object's start, left on its end. {@code kind} is required; an unknown kind is kept as
 * {@link org.tgparse.model.MediaKind#OTHER} with its name, as the archive readers keep it. Stateless.
 */
final class MediaParser {
  private MediaParser() {
  }

  static Media media(JsonParser p) throws IOException {
    Values.object(p, "a media object");
    // The kind comes first in what MessageJson writes, but a builder needs it up front: collect, then build.
    String kind = null;
    String label = null;
    String file = null;
    String fileName = null;
    String mimeType = null;
    Long fileSize = null;
    Long durationSeconds = null;
    Integer width = null;
    Integer height = null;
    String title = null;
    String performer = null;
    String emoji = null;
    Poll poll = null;
    Contact contact = null;
    Double latitude = null;
    Double longitude = null;
    for (String f = p.nextFieldName(); f != null; f = p.nextFieldName()) {
      p.nextToken();
      switch (f) {
        case "kind":
          kind = Values.requiredString(p);
          break;
        case "label":
          label = Values.string(p);
          break;
        case "file":
          file = Values.string(p);
          break;
        case "fileName":
          fileName = Values.string(p);
          break;
        case "mimeType":
          mimeType = Values.string(p);
          break;
        case "fileSize":
          fileSize = Values.longOrNull(p);
          break;
        case "durationSeconds":
          durationSeconds = Values.longOrNull(p);
          break;
        case "width":
          width = Values.intOrNull(p);
          break;
        case "height":
          height = Values.intOrNull(p);
          break;
        case "title":
          title = Values.string(p);
          break;
        case "performer":
          performer = Values.string(p);
          break;
        case "emoji":
          emoji = Values.string(p);
          break;
        case "poll":
          poll = poll(p);
          break;
        case "contact":
          contact = contact(p);
          break;
        case "latitude":
          latitude = Values.doubleOrNull(p);
          break;
        case "longitude":
          longitude = Values.doubleOrNull(p);
          break;
        default:
          p.skipChildren();
      }
    }
    Values.require(p, kind, "kind", "a string");
    return Media.builder(kind).label(label).file(file).fileName(fileName).mimeType(mimeType).fileSize(fileSize)
        .durationSeconds(durationSeconds).width(width).height(height).title(title).performer(performer)
        .emoji(emoji).poll(poll).contact(contact).latitude(latitude).longitude(longitude).build();
  }

  /** @return the poll, or null for JSON null */
  private static Poll poll(JsonParser p) throws IOException {
    if (!Values.objectOrNull(p, "a poll object")) {
      return null;
    }
    String question = null;
    Boolean closed = null;
    Long totalVoters = null;
    List<Poll.Answer> answers = List.of();
    for (String f = p.nextFieldName(); f != null; f = p.nextFieldName()) {
      p.nextToken();
      switch (f) {
        case "question":
          question = Values.string(p);
          break;
        case "closed":
          closed = Values.boolOrNull(p);
          break;
        case "totalVoters":
          totalVoters = Values.longOrNull(p);
          break;
        case "answers":
          answers = Values.list(p, MediaParser::answer);
          break;
        default:
          p.skipChildren();
      }
    }
    return new Poll(question, closed, totalVoters, answers);
  }

  private static Poll.Answer answer(JsonParser p) throws IOException {
    Values.object(p, "a poll answer object");
    String text = null;
    Long voters = null;
    Boolean chosen = null;
    for (String f = p.nextFieldName(); f != null; f = p.nextFieldName()) {
      p.nextToken();
      switch (f) {
        case "text":
          text = Values.string(p);
          break;
        case "voters":
          voters = Values.longOrNull(p);
          break;
        case "chosen":
          chosen = Values.boolOrNull(p);
          break;
        default:
          p.skipChildren();
      }
    }
    return new Poll.Answer(text, voters, chosen);
  }

  /** @return the contact, or null for JSON null */
  private static Contact contact(JsonParser p) throws IOException {
    if (!Values.objectOrNull(p, "a contact object")) {
      return null;
    }
    String firstName = null;
    String lastName = null;
    String phoneNumber = null;
    for (String f = p.nextFieldName(); f != null; f = p.nextFieldName()) {
      p.nextToken();
      switch (f) {
        case "firstName":
          firstName = Values.string(p);
          break;
        case "lastName":
          lastName = Values.string(p);
          break;
        case "phoneNumber":
          phoneNumber = Values.string(p);
          break;
        default:
          p.skipChildren();
      }
    }
    return new Contact(firstName, lastName, phoneNumber);
  }
}
