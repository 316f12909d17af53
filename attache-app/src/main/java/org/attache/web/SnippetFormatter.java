package org.attache.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Turns the highlighter's passages into a plain-text snippet and the offsets of the matches in it,
 * instead of markup: article text is untrusted, so the client escapes it and draws the highlights.
 * Passages are joined with " … ".
 */
final class SnippetFormatter extends PassageFormatter {
  static final String GAP = " … ";

  /** The snippet and its matches as {@code [start, end)} offsets into it. */
  record Snippet(String text, List<int[]> matches) {
    ObjectNode json() {
      ObjectNode node = Json.object().put("text", text);
      ArrayNode array = node.putArray("matches");
      for (int[] match : matches) {
        array.addObject().put("start", match[0]).put("end", match[1]);
      }
      return node;
    }
  }

  @Override
  public Object format(Passage[] passages, String content) {
    StringBuilder text = new StringBuilder();
    List<int[]> matches = new ArrayList<>();
    for (Passage passage : passages) {
      if (text.length() > 0) {
        text.append(GAP);
      }
      int base = text.length() - passage.getStartOffset();
      int[] starts = passage.getMatchStarts();
      int[] ends = passage.getMatchEnds();
      for (int i = 0; i < passage.getNumMatches(); i++) {
        int start = Math.max(starts[i], passage.getStartOffset());
        int end = Math.min(ends[i], passage.getEndOffset());
        if (end > start) {
          matches.add(new int[] {base + start, base + end});
        }
      }
      text.append(content, passage.getStartOffset(), passage.getEndOffset());
    }
    String snippet = text.toString().strip().isEmpty() ? "" : text.toString();
    return new Snippet(snippet, List.copyOf(matches));
  }
}
