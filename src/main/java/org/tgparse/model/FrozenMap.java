package org.tgparse.model;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A deeply unmodifiable copy of a map that keeps its order: nested maps and lists are copied and frozen too, so a
 * record holding one is immutable all the way down. Its own class, so that a record's compact constructor can tell
 * a map it already copied (after {@code toBuilder().build()}) from a caller's map, and copy only the latter.
 * Null values are kept (JSON {@code null} in an export's action details); whole numbers become {@code Long} and
 * other numbers {@code Double}, as JSON reads them back.
 */
final class FrozenMap<K, V> extends AbstractMap<K, V> {
  private final Set<Map.Entry<K, V>> entries;

  private FrozenMap(Map<K, V> source) {
    Map<K, V> copy = new LinkedHashMap<>();
    for (Map.Entry<K, V> e : source.entrySet()) {
      @SuppressWarnings("unchecked")
      V frozen = (V) freeze(e.getValue());
      copy.put(e.getKey(), frozen);
    }
    this.entries = Collections.unmodifiableMap(copy).entrySet();
  }

  static <K, V> Map<K, V> copyOf(Map<K, V> source) {
    if (source == null || source.isEmpty()) {
      return Map.of();
    }
    return source instanceof FrozenMap ? source : new FrozenMap<>(source);
  }

  private static Object freeze(Object value) {
    // Numbers as JSON gives them back: whole numbers as Long, others as Double.
    if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
      return ((Number) value).longValue();
    }
    if (value instanceof Float) {
      return ((Float) value).doubleValue();
    }
    if (value instanceof Map) {
      return copyOf((Map<?, ?>) value);
    }
    if (value instanceof List) {
      List<?> list = (List<?>) value;
      // List.copyOf refuses nulls, which JSON lists may hold.
      List<Object> copy = new ArrayList<>(list.size());
      for (Object o : list) {
        copy.add(freeze(o));
      }
      return Collections.unmodifiableList(copy);
    }
    return value;
  }

  @Override
  public Set<Map.Entry<K, V>> entrySet() {
    return entries;
  }
}
