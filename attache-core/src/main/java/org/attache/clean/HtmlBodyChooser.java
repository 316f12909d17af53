package org.attache.clean;

import java.util.List;

/**
 * Decides between the body found by DOM scoring and the JSON-LD {@code articleBody}. The JSON-LD
 * text is used only when the DOM found little and the JSON-LD text is substantially longer;
 * otherwise the DOM text, which keeps the paragraph breaks, wins.
 */
final class HtmlBodyChooser {

  private HtmlBodyChooser() {}

  static String choose(String domBody, String jsonLdBody, List<String> warnings) {
    String declared = paragraphs(jsonLdBody);
    if (declared == null) {
      return domBody;
    }
    if (domBody.isBlank() || declared.length() > domBody.length() * 2) {
      warnings.add("article body taken from JSON-LD articleBody");
      return declared;
    }
    return domBody;
  }

  /** {@code text} with one paragraph per non-blank line, or {@code null} when it is blank. */
  static String paragraphs(String text) {
    if (text == null) {
      return null;
    }
    StringBuilder joined = new StringBuilder();
    for (String line : text.split("\\R")) {
      String paragraph = line.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
      if (!paragraph.isEmpty()) {
        joined.append(joined.length() > 0 ? "\n\n" : "").append(paragraph);
      }
    }
    return joined.length() == 0 ? null : joined.toString();
  }
}
