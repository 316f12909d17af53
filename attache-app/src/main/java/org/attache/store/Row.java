package org.attache.store;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One row of a listing: named values in a fixed column order, as every output format (table, JSON
 * Lines, CSV) writes them. Values are strings, numbers, booleans or {@code null}.
 */
public record Row(Map<String, Object> values) {

  public Row {
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  public Object get(String column) {
    return values.get(column);
  }
}
