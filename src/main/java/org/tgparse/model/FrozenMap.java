package org.tgparse.model;

import java.util.AbstractMap;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * An unmodifiable copy of a map that keeps its order. Its own class, so that a record's compact constructor can
 * tell a map it already copied (after {@code toBuilder().build()}) from a caller's map, and copy only the latter.
 */
final class FrozenMap<K, V> extends AbstractMap<K, V> {
  private final Set<Map.Entry<K, V>> entries;

  private FrozenMap(Map<K, V> source) {
    this.entries = Collections.unmodifiableMap(new LinkedHashMap<>(source)).entrySet();
  }

  static <K, V> Map<K, V> copyOf(Map<K, V> source) {
    if (source == null || source.isEmpty()) {
      return Map.of();
    }
    return source instanceof FrozenMap ? source : new FrozenMap<>(source);
  }

  @Override
  public Set<Map.Entry<K, V>> entrySet() {
    return entries;
  }
}
