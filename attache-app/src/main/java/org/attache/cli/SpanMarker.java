package org.attache.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Marks labelled spans in a stretch of untrusted text for a terminal: each span becomes {@code
 * [text]{label,label}}, spans with the same bounds share one bracket, and a span that overlaps an
 * earlier one without nesting is listed after the text instead of being bracketed, so brackets
 * always pair up. The text is escaped for the terminal.
 */
final class SpanMarker {
  private SpanMarker() {}

  static String mark(String text, int from, int to, List<ExplainCommand.Mark> marks) {
    Map<String, List<String>> labels = new LinkedHashMap<>();
    List<int[]> spans = new ArrayList<>();
    for (ExplainCommand.Mark mark : marks) {
      int start = Math.max(from, mark.span().start());
      int end = Math.min(to, mark.span().end());
      if (start >= end) {
        continue;
      }
      String key = start + ":" + end;
      if (!labels.containsKey(key)) {
        spans.add(new int[] {start, end});
      }
      labels.computeIfAbsent(key, k -> new ArrayList<>()).add(mark.label());
    }
    spans.sort(Comparator.<int[]>comparingInt(s -> s[0]).thenComparingInt(s -> -s[1]));
    List<int[]> kept = new ArrayList<>();
    List<String> unplaced = new ArrayList<>();
    for (int[] span : spans) {
      boolean crosses =
          kept.stream().anyMatch(k -> span[0] < k[1] && span[1] > k[1] && span[0] > k[0]);
      if (crosses) {
        unplaced.add(
            String.join(",", labels.get(span[0] + ":" + span[1]))
                + "="
                + TerminalText.cell(text.substring(span[0], span[1])));
      } else {
        kept.add(span);
      }
    }
    StringBuilder out = new StringBuilder();
    List<int[]> open = new ArrayList<>();
    int position = from;
    List<int[]> starts = new ArrayList<>(kept);
    int next = 0;
    while (position < to) {
      while (!open.isEmpty() && open.get(open.size() - 1)[1] == position) {
        int[] closing = open.remove(open.size() - 1);
        out.append("]{")
            .append(String.join(",", labels.get(closing[0] + ":" + closing[1])))
            .append('}');
      }
      while (next < starts.size() && starts.get(next)[0] == position) {
        out.append('[');
        open.add(starts.get(next++));
      }
      out.append(TerminalText.cell(text.substring(position, position + 1)));
      position++;
    }
    while (!open.isEmpty()) {
      int[] closing = open.remove(open.size() - 1);
      out.append("]{")
          .append(String.join(",", labels.get(closing[0] + ":" + closing[1])))
          .append('}');
    }
    if (!unplaced.isEmpty()) {
      out.append("  (also: ").append(String.join("; ", unplaced)).append(')');
    }
    return out.toString();
  }
}
