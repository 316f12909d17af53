package org.attache.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * What the event page marks versus what the API says should be marked: for one kind (trigger,
 * actor, recipient, date, place), the marked text in page order against the sentence's substrings
 * at that kind's spans in text order. Spans of one kind do not overlap, so the two agree exactly
 * when every span is marked and nothing else is.
 */
final class Highlights {
  private Highlights() {}

  static String shown(WebElement mention, String kind) {
    StringBuilder text = new StringBuilder();
    for (WebElement mark : mention.findElements(By.cssSelector("mark.hl-" + kind))) {
      text.append(mark.getAttribute("textContent"));
    }
    return text.toString();
  }

  static String expected(String sentence, JsonNode spans, String kind) {
    List<int[]> pairs = new ArrayList<>();
    for (String key : List.of(kind, kind + "s")) {
      collect(spans.get(key), pairs);
    }
    pairs.sort(Comparator.comparingInt(pair -> pair[0]));
    StringBuilder text = new StringBuilder();
    int covered = 0;
    for (int[] pair : pairs) {
      int start = Math.max(covered, Math.max(0, pair[0]));
      int end = Math.min(sentence.length(), pair[1]);
      if (start < end) {
        text.append(sentence, start, end);
        covered = end;
      }
    }
    return text.toString();
  }

  private static void collect(JsonNode node, List<int[]> pairs) {
    if (node == null || node.isNull()) {
      return;
    }
    if (node.isObject() && node.has("start")) {
      pairs.add(new int[] {node.get("start").asInt(), node.get("end").asInt()});
    } else if (node.isArray() && node.size() == 2 && node.get(0).isNumber()) {
      pairs.add(new int[] {node.get(0).asInt(), node.get(1).asInt()});
    } else if (node.isArray()) {
      node.forEach(child -> collect(child, pairs));
    }
  }
}
