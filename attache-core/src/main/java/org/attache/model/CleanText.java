package org.attache.model;

import java.util.List;
import java.util.Objects;

/**
 * The article's own text, without page furniture: headline, sub-headline and body kept apart, plus
 * what the page itself said about the article (canonical URL, site name, publication date, from
 * meta tags and JSON-LD).
 *
 * @param title the headline, or {@code null}
 * @param subtitle the sub-headline (standfirst), or {@code null}
 * @param body the article text: paragraphs separated by a blank line, datelines kept
 * @param found metadata read from the content itself; {@link Metadata#EMPTY} for plain text
 * @param warnings one line each, things a user should know
 */
public record CleanText(
    String title, String subtitle, String body, Metadata found, List<String> warnings) {

  public CleanText {
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(found, "found");
    warnings = List.copyOf(warnings);
  }

  /**
   * The document's clean text as later stages see it and as every character offset refers to:
   * headline, sub-headline and body, each separated by a blank line.
   */
  public String text() {
    StringBuilder text = new StringBuilder();
    for (String part : new String[] {title, subtitle, body}) {
      if (part != null && !part.isBlank()) {
        if (text.length() > 0) {
          text.append("\n\n");
        }
        text.append(part.strip());
      }
    }
    return text.toString();
  }
}
