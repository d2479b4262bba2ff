package org.tgparse.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.io.IOException;
import java.util.Locale;
import org.tgparse.read.TgparseException;

/**
 * The one place that words the errors of reading a record back: {@code <path>: expected X, found Y}, where the path
 * is the JSON Pointer of the value ({@code /media/0/width}; {@code /} for the record itself) and the location is
 * the start of the offending token (Jackson's {@link JsonLocation}: 1-based line and column). Stateless.
 */
final class ReadErrors {
  /** Longest string value quoted in a message; the rest is cut with an ellipsis. */
  private static final int MAX_QUOTED = 40;
  /** Longest JSON Pointer named in a message; a longer one is cut in the middle. */
  private static final int MAX_PATH = 80;

  private ReadErrors() {
  }

  /**
   * @param p the parser, standing on the value that is wrong
   * @param expected what was expected ({@code a string or null})
   * @return an exception located at that value
   * @throws IOException when the parser fails while describing the value
   */
  static JsonParseException expected(JsonParser p, String expected) throws IOException {
    return new JsonParseException(p, path(p) + ": expected " + expected + ", found " + found(p),
        p.currentTokenLocation());
  }

  /**
   * @param p the parser, standing on the end of the object that lacks the field
   * @param field the field's name
   * @param type what its value is ({@code an integer})
   * @return an exception located at the object's end
   */
  static JsonParseException missing(JsonParser p, String field, String type) {
    return new JsonParseException(p,
        path(p) + ": expected field \"" + field + "\" (" + type + "), found the end of the object",
        p.currentTokenLocation());
  }

  /**
   * @param p the parser, standing on the end of the object whose values the model refused
   * @param modelMessage the model's own message ({@code expected 0 <= start <= end, found ...})
   * @return an exception located at the object's end
   */
  static JsonParseException invalid(JsonParser p, String modelMessage) {
    return new JsonParseException(p, path(p) + ": " + modelMessage, p.currentTokenLocation());
  }

  /**
   * Turns a failure of the streaming reader into the library's unchecked error, with file, line and column. A
   * record cut short gets its own wording (Jackson's names only the close marker it missed).
   *
   * @param name the input's name
   * @param e the failure
   * @param recordStart where the record being read starts, or null between records
   * @param arrayStart where the enclosing array starts, or null outside one
   * @param fallback where the parser stands, for a failure without a location
   * @return the exception to throw
   */
  static TgparseException unchecked(String name, JsonProcessingException e, JsonLocation recordStart,
      JsonLocation arrayStart, JsonLocation fallback) {
    JsonLocation at = e.getLocation() != null ? e.getLocation() : fallback;
    String message = e.getOriginalMessage();
    if (e instanceof JsonEOFException) {
      if (recordStart != null) {
        message = "expected the rest of the record that starts at " + lineColumn(recordStart)
            + ", found the end of the input";
      } else if (arrayStart != null) {
        message = "expected the rest of the array that starts at " + lineColumn(arrayStart)
            + ", found the end of the input";
      }
    }
    long line = at == null ? 0 : Math.max(0, at.getLineNr());
    long column = at == null ? 0 : Math.max(0, at.getColumnNr());
    return new TgparseException(name, line, column, message, e);
  }

  private static String lineColumn(JsonLocation l) {
    return String.format(Locale.ROOT, "line %d, column %d", l.getLineNr(), l.getColumnNr());
  }

  /**
   * @return the JSON Pointer of the current value or object ({@code /} for the record itself); a very long one (deep
   *     {@code actionDetails}) with its middle cut
   */
  private static String path(JsonParser p) {
    String pointer = p.getParsingContext() == null ? "" : p.getParsingContext().pathAsPointer().toString();
    if (pointer.length() > MAX_PATH) {
      return pointer.substring(0, MAX_PATH / 2) + "…" + pointer.substring(pointer.length() - MAX_PATH / 2);
    }
    return pointer.isEmpty() ? "/" : pointer;
  }

  /** @return the current token described for a person: {@code the string "abc"}, {@code an object} ... */
  static String found(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    if (t == null) {
      return "the end of the input";
    }
    switch (t) {
      case VALUE_STRING:
        return "the string " + quote(p.getText());
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "the number " + p.getText();
      case VALUE_TRUE:
        return "true";
      case VALUE_FALSE:
        return "false";
      case VALUE_NULL:
        return "null";
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "an array";
      case END_OBJECT:
        return "the end of the object";
      case END_ARRAY:
        return "the end of the array";
      case FIELD_NAME:
        return "the field " + quote(p.currentName());
      default:
        return t.name();
    }
  }

  /** Quotes a value for a message: JSON-style escapes for quotes, backslashes and controls; long ones cut. */
  static String quote(String s) {
    StringBuilder sb = new StringBuilder(Math.min(s.length(), MAX_QUOTED) + 8).append('"');
    int n = Math.min(s.length(), MAX_QUOTED);
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        sb.append('\\').append(c);
      } else if (c < 0x20) {
        sb.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
      } else {
        sb.append(c);
      }
    }
    if (s.length() > MAX_QUOTED) {
      sb.append('…');
    }
    return sb.append('"').toString();
  }
}
