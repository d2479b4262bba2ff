package org.tgparse.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tgparse.model.Timestamp;

/**
 * Typed reads of the value the parser stands on, each the inverse of one {@link JsonOut} call in
 * {@link MessageJson}: a value of another JSON type is an error ({@link ReadErrors}), never a guess. {@code null} is
 * read only where the model allows it. Stateless.
 */
final class Values {
  private static final String LONG_RANGE = "an integer from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE;
  private static final String INT_RANGE = "an integer from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE;
  private static final String TIMESTAMP =
      "an ISO-8601 date-time in UTC (2023-03-20T09:34:56Z) or local (2023-03-20T12:34:56)";

  /** Reads one element of an array. */
  interface Element<T> {
    /**
     * @param p the parser, on the element's first token
     * @return the element; the parser stands on its last token
     * @throws IOException when the element is not what was expected, or the parser fails
     */
    T read(JsonParser p) throws IOException;
  }

  private Values() {
  }

  /** @return a string, or null for JSON null */
  static String string(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_STRING) {
      return p.getText();
    }
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    throw ReadErrors.expected(p, "a string or null");
  }

  /** @return a string; JSON null is an error */
  static String requiredString(JsonParser p) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_STRING) {
      return p.getText();
    }
    throw ReadErrors.expected(p, "a string");
  }

  /** @return a 64-bit integer, or null for JSON null */
  static Long longOrNull(JsonParser p) throws IOException {
    return p.currentToken() == JsonToken.VALUE_NULL ? null : (Long) requiredLong(p, "an integer or null");
  }

  /** @return a 64-bit integer; JSON null is an error */
  static long requiredLong(JsonParser p) throws IOException {
    return requiredLong(p, "an integer");
  }

  private static long requiredLong(JsonParser p, String expected) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
      throw ReadErrors.expected(p, expected);
    }
    if (p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
      throw ReadErrors.expected(p, LONG_RANGE);
    }
    return p.getLongValue();
  }

  /** @return a 32-bit integer, or null for JSON null */
  static Integer intOrNull(JsonParser p) throws IOException {
    return p.currentToken() == JsonToken.VALUE_NULL ? null : (Integer) requiredInt(p, "an integer or null");
  }

  /** @return a 32-bit integer; JSON null is an error */
  static int requiredInt(JsonParser p) throws IOException {
    return requiredInt(p, "an integer");
  }

  private static int requiredInt(JsonParser p, String expected) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
      throw ReadErrors.expected(p, expected);
    }
    if (p.getNumberType() != JsonParser.NumberType.INT) {
      throw ReadErrors.expected(p, INT_RANGE);
    }
    return p.getIntValue();
  }

  /** @return a boolean, or null for JSON null */
  static Boolean boolOrNull(JsonParser p) throws IOException {
    return p.currentToken() == JsonToken.VALUE_NULL ? null : (Boolean) requiredBool(p, "true, false or null");
  }

  /** @return a boolean; JSON null is an error */
  static boolean requiredBool(JsonParser p) throws IOException {
    return requiredBool(p, "true or false");
  }

  private static boolean requiredBool(JsonParser p, String expected) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
      return t == JsonToken.VALUE_TRUE;
    }
    throw ReadErrors.expected(p, expected);
  }

  /**
   * A double as {@link JsonOut#number(double)} writes it: a JSON number ({@link Double#toString}, which parses back
   * to the same double), or NaN and the infinities as the strings Jackson quotes them as.
   *
   * @return the double, or null for JSON null
   */
  static Double doubleOrNull(JsonParser p) throws IOException {
    switch (p.currentToken()) {
      case VALUE_NULL:
        return null;
      case VALUE_NUMBER_FLOAT:
      case VALUE_NUMBER_INT:
        return p.getDoubleValue();
      case VALUE_STRING:
        switch (p.getText()) {
          case "NaN":
            return Double.NaN;
          case "Infinity":
            return Double.POSITIVE_INFINITY;
          case "-Infinity":
            return Double.NEGATIVE_INFINITY;
          default:
            break;
        }
        break;
      default:
        break;
    }
    throw ReadErrors.expected(p, "a number, \"NaN\", \"Infinity\", \"-Infinity\" or null");
  }

  /**
   * A timestamp as {@link Timestamp#toString()} writes it: with {@code Z} an instant, without a local date-time.
   *
   * @return the timestamp, or null for JSON null
   */
  static Timestamp timestamp(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    if (t == JsonToken.VALUE_STRING) {
      String s = p.getText();
      try {
        return s.endsWith("Z") ? Timestamp.of(Instant.parse(s)) : Timestamp.ofLocal(LocalDateTime.parse(s));
      } catch (DateTimeParseException e) {
        throw ReadErrors.expected(p, TIMESTAMP + " or null");
      }
    }
    throw ReadErrors.expected(p, TIMESTAMP + " or null");
  }

  /**
   * @param p the parser, on a string
   * @param byName the constants by the name JSON writes
   * @param names the names as a message lists them
   * @return the constant
   */
  static <E> E oneOf(JsonParser p, Map<String, E> byName, String names) throws IOException {
    E e = p.currentToken() == JsonToken.VALUE_STRING ? byName.get(p.getText()) : null;
    if (e == null) {
      throw ReadErrors.expected(p, "one of " + names);
    }
    return e;
  }

  /**
   * @param p the parser, on an object or null
   * @param what the object described for a message ({@code a channel object})
   * @return true on an object, false on null
   */
  static boolean objectOrNull(JsonParser p, String what) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.START_OBJECT) {
      return true;
    }
    if (t == JsonToken.VALUE_NULL) {
      return false;
    }
    throw ReadErrors.expected(p, what + " or null");
  }

  /**
   * @param p the parser, on an object
   * @param what the object described for a message
   */
  static void object(JsonParser p, String what) throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw ReadErrors.expected(p, what);
    }
  }

  /**
   * @param p the parser, on an array
   * @param element reads one element
   * @return the elements; the parser stands on the array's end
   */
  static <T> List<T> list(JsonParser p, Element<T> element) throws IOException {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      throw ReadErrors.expected(p, "an array");
    }
    List<T> out = new ArrayList<>();
    while (p.nextToken() != JsonToken.END_ARRAY) {
      out.add(element.read(p));
    }
    return out;
  }

  /**
   * Checks that a required field was present.
   *
   * @param p the parser, on the end of the object
   * @param value the field's value, null when it was absent
   * @param field its name
   * @param type what it holds, for the message
   * @return the value
   */
  static <T> T require(JsonParser p, T value, String field, String type) throws IOException {
    if (value == null) {
      throw ReadErrors.missing(p, field, type);
    }
    return value;
  }
}
