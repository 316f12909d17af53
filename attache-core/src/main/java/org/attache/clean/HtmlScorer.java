package org.attache.clean;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Finds the elements that hold the article in a cleaned page. Every paragraph-like block with
 * enough text gives points (more for length and commas) to its parent, less to its grandparent and
 * a little to the three ancestors above; containers start with a bonus or malus from their tag and
 * their class and id, and lose the share of their text that is link text. The best container wins;
 * its siblings join when they score well too or are plain prose paragraphs, so articles split by
 * advertisement slots come out whole.
 */
final class HtmlScorer {

  private static final Set<String> UNIT_TAGS = Set.of("p", "pre", "blockquote", "td");
  private static final Set<String> WRAPPER_TAGS =
      Set.of("div", "section", "article", "main", "center");
  static final Set<String> BLOCK_TAGS =
      Set.of(
          "p",
          "div",
          "section",
          "article",
          "main",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "ul",
          "ol",
          "li",
          "blockquote",
          "pre",
          "table",
          "tbody",
          "thead",
          "tr",
          "td",
          "th",
          "dl",
          "dt",
          "dd",
          "header",
          "footer",
          "figure",
          "address",
          "hr",
          "center",
          "form",
          "aside",
          "nav",
          "details",
          "summary",
          "fieldset",
          "hgroup",
          "caption");
  private static final int MIN_UNIT_CHARS = 25;
  private static final int ANCESTOR_LEVELS = 5;

  private HtmlScorer() {}

  /** The article's elements in document order; {@code body} itself when nothing scores. */
  static List<Element> find(Element body, HtmlTextStats stats) {
    Map<Element, Double> scores = new IdentityHashMap<>();
    for (Element unit : body.getAllElements()) {
      if (!isUnit(unit)) {
        continue;
      }
      HtmlTextStats.Counts counts = stats.get(unit);
      if (counts.text < MIN_UNIT_CHARS) {
        continue;
      }
      double points = 1 + counts.commas + Math.min(counts.text / 100.0, 3);
      Element ancestor = unit.parent();
      for (int level = 0; level < ANCESTOR_LEVELS && ancestor != null; level++) {
        double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
        Double current = scores.get(ancestor);
        scores.put(ancestor, (current == null ? initial(ancestor) : current) + points / divider);
        if (ancestor == body) {
          break;
        }
        ancestor = ancestor.parent();
      }
    }
    Element top = null;
    double topScore = 0;
    for (Map.Entry<Element, Double> entry : scores.entrySet()) {
      double score = entry.getValue() * (1 - stats.get(entry.getKey()).linkDensity());
      entry.setValue(score);
      if (top == null || score > topScore) {
        top = entry.getKey();
        topScore = score;
      }
    }
    if (top == null) {
      return List.of(body);
    }
    while (top != body && top.parent() != null && top.parent().childrenSize() == 1) {
      top = top.parent();
    }
    if (top == body || top.parent() == null) {
      return List.of(top);
    }
    double threshold = Math.max(10, topScore * 0.2);
    List<Element> chosen = new ArrayList<>();
    for (Element sibling : top.parent().children()) {
      if (sibling == top || joins(sibling, top, scores, stats, threshold)) {
        chosen.add(sibling);
      }
    }
    return chosen;
  }

  private static boolean joins(
      Element sibling,
      Element top,
      Map<Element, Double> scores,
      HtmlTextStats stats,
      double threshold) {
    double bonus =
        !top.className().isEmpty() && sibling.className().equals(top.className())
            ? threshold * 0.2
            : 0;
    Double score = scores.get(sibling);
    if (score != null && score + bonus >= threshold) {
      return true;
    }
    if (!sibling.normalName().equals("p")) {
      return false;
    }
    HtmlTextStats.Counts counts = stats.get(sibling);
    if (counts.text > 80) {
      return counts.linkDensity() < 0.25;
    }
    String text = sibling.text();
    return counts.text > 0 && counts.link == 0 && (text.endsWith(".") || text.endsWith("\u3002"));
  }

  private static boolean isUnit(Element element) {
    String tag = element.normalName();
    if (UNIT_TAGS.contains(tag)) {
      return true;
    }
    if (!WRAPPER_TAGS.contains(tag)) {
      return false;
    }
    for (Element child : element.children()) {
      if (BLOCK_TAGS.contains(child.normalName())) {
        return false;
      }
    }
    return element.textNodes().stream().anyMatch(text -> !text.isBlank());
  }

  private static double initial(Element element) {
    double score =
        switch (element.normalName()) {
          case "article" -> 10;
          case "div", "main" -> 5;
          case "pre", "td", "blockquote" -> 3;
          case "form", "ul", "ol", "li", "dl", "dd", "address" -> -3;
          case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
          default -> 0;
        };
    if (element.attr("itemprop").equalsIgnoreCase("articleBody")) {
      score += 30;
    }
    return score + 25 * HtmlHints.weight(element);
  }
}
