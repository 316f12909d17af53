package org.attache.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The pieces every codec of the project's records shares: canonical writing (one line, object keys
 * sorted, so equal records give identical strings) and strict reading of typed fields, whose
 * failures name the field and the value found ({@code field start must be an int: "x"}).
 */
public final class CanonicalJson {
  /** Node factory for building trees to write. */
  public static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private CanonicalJson() {}

  /** The tree as one line with every object's keys sorted. */
  public static String write(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(sorted(node));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of plain values always serialises", e);
    }
  }

  /**
   * Parses an object.
   *
   * @param what names the record in the message ("annotation JSON is malformed: …")
   * @throws IllegalArgumentException if the text is not a JSON object
   */
  public static JsonNode readObject(String json, String what) {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(what + " is malformed: " + e.getOriginalMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException(what + " must be an object");
    }
    return root;
  }

  public static <T> ArrayNode array(List<T> values, Function<T, ? extends JsonNode> writer) {
    ArrayNode array = NODES.arrayNode(values.size());
    for (T value : values) {
      array.add(writer.apply(value));
    }
    return array;
  }

  public static <T> List<T> list(JsonNode parent, String field, Function<JsonNode, T> reader) {
    JsonNode array = parent.get(field);
    if (array == null || !array.isArray()) {
      throw new IllegalArgumentException("field " + field + " must be an array: " + array);
    }
    List<T> values = new ArrayList<>(array.size());
    for (JsonNode element : array) {
      values.add(reader.apply(element));
    }
    return values;
  }

  public static int integer(JsonNode parent, String field) {
    JsonNode value = parent.get(field);
    if (value == null || !value.canConvertToInt() || !value.isIntegralNumber()) {
      throw new IllegalArgumentException("field " + field + " must be an int: " + value);
    }
    return value.intValue();
  }

  public static double number(JsonNode parent, String field) {
    JsonNode value = parent.get(field);
    if (value == null || !value.isNumber()) {
      throw new IllegalArgumentException("field " + field + " must be a number: " + value);
    }
    return value.doubleValue();
  }

  /** A number, or null when the field is absent or null. */
  public static Double optionalNumber(JsonNode parent, String field) {
    JsonNode value = parent.get(field);
    return value == null || value.isNull() ? null : number(parent, field);
  }

  public static String string(JsonNode parent, String field) {
    String value = optionalString(parent, field);
    if (value == null) {
      throw new IllegalArgumentException("field " + field + " must be a string: null");
    }
    return value;
  }

  /** A string, or null when the field is absent or null. */
  public static String optionalString(JsonNode parent, String field) {
    JsonNode value = parent.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      throw new IllegalArgumentException("field " + field + " must be a string: " + value);
    }
    return value.textValue();
  }

  /** An object field, or null when absent or null. */
  public static JsonNode optionalObject(JsonNode parent, String field) {
    JsonNode value = parent.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isObject()) {
      throw new IllegalArgumentException("field " + field + " must be an object: " + value);
    }
    return value;
  }

  /** A copy of the tree with every object's fields sorted by name. */
  public static JsonNode sorted(JsonNode node) {
    if (node.isObject()) {
      Map<String, JsonNode> fields = new TreeMap<>();
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        fields.put(field.getKey(), sorted(field.getValue()));
      }
      ObjectNode copy = NODES.objectNode();
      fields.forEach(copy::set);
      return copy;
    }
    if (node.isArray()) {
      ArrayNode copy = NODES.arrayNode(node.size());
      node.forEach(element -> copy.add(sorted(element)));
      return copy;
    }
    return node;
  }
}
