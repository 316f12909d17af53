package org.attache.clean;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The schema.org objects a page declares in {@code <script type="application/ld+json">} blocks,
 * flattened out of arrays and {@code @graph} lists, with the most article-like one picked out. Bad
 * JSON is skipped: JSON-LD is a hint, never a reason to fail a page.
 *
 * @param objects every JSON object found at the top of a block, in an array or in a graph
 * @param article the object whose {@code @type} names an article (news article, blog post, report),
 *     else the first one with a headline or body; {@code null} when there is none
 */
record HtmlJsonLd(List<JsonNode> objects, JsonNode article) {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final int MAX_OBJECTS = 200;
  private static final int MAX_BLOCK_CHARS = 2_000_000;

  static final HtmlJsonLd NONE = new HtmlJsonLd(List.of(), null);

  /** Reads every JSON-LD block of {@code document}. */
  static HtmlJsonLd read(Document document) {
    List<JsonNode> objects = new ArrayList<>();
    for (Element script : document.select("script[type~=(?i)application/ld\\+json]")) {
      String json = script.data().strip();
      if (json.isEmpty() || json.length() > MAX_BLOCK_CHARS) {
        continue;
      }
      try {
        flatten(MAPPER.readTree(json), objects);
      } catch (JsonProcessingException malformed) {
        // Many pages ship broken JSON-LD (trailing commas, raw newlines); the DOM still counts.
        continue;
      }
    }
    JsonNode article = null;
    for (JsonNode object : objects) {
      if (isArticleType(object.get("@type"))) {
        article = object;
        break;
      }
    }
    if (article == null) {
      for (JsonNode object : objects) {
        if (object.hasNonNull("headline") || object.hasNonNull("articleBody")) {
          article = object;
          break;
        }
      }
    }
    return new HtmlJsonLd(List.copyOf(objects), article);
  }

  private static void flatten(JsonNode root, List<JsonNode> objects) {
    Deque<JsonNode> pending = new ArrayDeque<>();
    pending.push(root);
    while (!pending.isEmpty() && objects.size() < MAX_OBJECTS) {
      JsonNode node = pending.pop();
      if (node.isArray()) {
        for (int index = node.size() - 1; index >= 0; index--) {
          pending.push(node.get(index));
        }
      } else if (node.isObject()) {
        objects.add(node);
        JsonNode graph = node.get("@graph");
        if (graph != null && graph.isArray()) {
          pending.push(graph);
        }
      }
    }
  }

  private static boolean isArticleType(JsonNode type) {
    if (type == null) {
      return false;
    }
    if (type.isArray()) {
      for (JsonNode each : type) {
        if (isArticleType(each)) {
          return true;
        }
      }
      return false;
    }
    String name = type.asText("").toLowerCase(Locale.ROOT);
    return name.endsWith("article") || name.equals("blogposting") || name.equals("report");
  }

  /** The text of {@code field} in the article object, or {@code null}. */
  String articleText(String field) {
    return article == null ? null : text(article.get(field));
  }

  /** A plain string, the first string of an array, or an object's {@code name} / {@code @id}. */
  static String text(JsonNode node) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (node.isArray()) {
      return node.isEmpty() ? null : text(node.get(0));
    }
    if (node.isObject()) {
      String name = text(node.get("name"));
      return name != null ? name : text(node.get("@id"));
    }
    String value = node.asText("").strip();
    return value.isEmpty() ? null : value;
  }
}
