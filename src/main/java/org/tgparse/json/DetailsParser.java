package org.tgparse.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code actionDetails} into the same plain Java values the Desktop JSON reader puts there
 * ({@code internal.desktopjson.JsonValues}), so that a record read back equals the one written: objects as
 * {@link LinkedHashMap}s (key order kept), arrays as {@link ArrayList}s, integers as {@link Long} (larger ones as their
 * decimal {@link String}, as that reader keeps them), other numbers as {@link Double}, strings, booleans and null as
 * they are. The model freezes the result. Stateless.
 */
final class DetailsParser {
  /**
   * Deepest nesting read inside {@code actionDetails}: the recursion below stays far from the stack's end even when
   * a caller's parser allows deeper JSON. The archive readers keep at most 32 levels.
   */
  static final int MAX_DEPTH = 500;

  private DetailsParser() {
  }

  /**
   * @param p the parser, on the {@code actionDetails} object
   * @return its entries; the parser stands on the object's end
   */
  static Map<String, Object> details(JsonParser p) throws IOException {
    Values.object(p, "an object");
    return object(p, 1);
  }

  private static Map<String, Object> object(JsonParser p, int depth) throws IOException {
    Map<String, Object> map = new LinkedHashMap<>();
    for (String f = p.nextFieldName(); f != null; f = p.nextFieldName()) {
      map.put(f, value(p, p.nextToken(), depth));
    }
    return map;
  }

  private static Object value(JsonParser p, JsonToken t, int depth) throws IOException {
    switch (t) {
      case START_OBJECT:
        checkDepth(p, depth);
        return object(p, depth + 1);
      case START_ARRAY: {
        checkDepth(p, depth);
        List<Object> list = new ArrayList<>();
        for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
          list.add(value(p, e, depth + 1));
        }
        return list;
      }
      case VALUE_STRING:
        return p.getText();
      case VALUE_NUMBER_INT:
        return p.getNumberType() == JsonParser.NumberType.BIG_INTEGER ? p.getText() : (Object) p.getLongValue();
      case VALUE_NUMBER_FLOAT:
        return p.getDoubleValue();
      case VALUE_TRUE:
        return Boolean.TRUE;
      case VALUE_FALSE:
        return Boolean.FALSE;
      case VALUE_NULL:
        return null;
      default:
        throw ReadErrors.expected(p, "a JSON value");
    }
  }

  private static void checkDepth(JsonParser p, int depth) throws IOException {
    if (depth >= MAX_DEPTH) {
      throw ReadErrors.expected(p, "a value nested at most " + MAX_DEPTH + " levels deep in actionDetails");
    }
  }
}
