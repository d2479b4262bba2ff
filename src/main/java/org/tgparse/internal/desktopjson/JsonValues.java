package org.tgparse.internal.desktopjson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one JSON value into plain Java values, for a service message's {@code actionDetails}: objects become
 * {@link LinkedHashMap}s (key order kept), arrays {@link ArrayList}s, integers {@link Long} (larger ones their
 * decimal {@link String}, so no digit is lost), other numbers {@link Double}, and strings, booleans and null as
 * they are. Used only for the small per-action values (Telegram's are at most two levels deep), never for a whole
 * file. Values nested deeper than {@link #MAX_DEPTH} are skipped and read as null, so that neither this reader
 * nor the recursive JSON writer can run out of stack when the nesting limit was raised.
 */
final class JsonValues {
  /** Deepest nesting kept inside one value. */
  static final int MAX_DEPTH = 32;

  private JsonValues() {
  }

  /**
   * @param p the parser, standing on the value's first token
   * @param t that token
   * @param tooDeep called once for every value skipped because it was nested deeper than {@link #MAX_DEPTH}
   * @return the value; on return the parser stands on the value's last token
   * @throws IOException when the parser fails
   */
  static Object read(JsonParser p, JsonToken t, Runnable tooDeep) throws IOException {
    return read(p, t, tooDeep, 0);
  }

  private static Object read(JsonParser p, JsonToken t, Runnable tooDeep, int depth) throws IOException {
    if (t.isStructStart() && depth >= MAX_DEPTH) {
      tooDeep.run();
      p.skipChildren();
      return null;
    }
    switch (t) {
      case START_OBJECT: {
        Map<String, Object> map = new LinkedHashMap<>();
        while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
          String key = p.currentName();
          map.put(key, read(p, p.nextToken(), tooDeep, depth + 1));
        }
        return map;
      }
      case START_ARRAY: {
        List<Object> list = new ArrayList<>();
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
          list.add(read(p, t, tooDeep, depth + 1));
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
      default:
        return null;
    }
  }
}
