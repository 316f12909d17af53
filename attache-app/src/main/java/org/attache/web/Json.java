package org.attache.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.attache.store.Row;

/**
 * JSON for the API: trees built with Jackson, stored records parsed back into trees so they nest in
 * answers, rows turned into objects with their column order kept.
 */
final class Json {
  static final ObjectMapper MAPPER = new ObjectMapper();

  private Json() {}

  static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  static JsonNode parse(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored JSON does not parse: " + e.getOriginalMessage(), e);
    }
  }

  static String write(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of plain values always serialises", e);
    }
  }

  static ObjectNode row(Row row) {
    return MAPPER.valueToTree(row.values());
  }

  static ArrayNode rows(List<Row> rows) {
    ArrayNode array = MAPPER.createArrayNode();
    rows.forEach(row -> array.add(row(row)));
    return array;
  }

  static ObjectNode error(String message) {
    return object().put("error", message.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip());
  }
}
