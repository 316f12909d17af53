package org.attache.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.attache.store.EventExport;
import org.attache.store.EventFilter;

/**
 * Writes the streamed rows of {@link EventExport} as text, one line per row as it arrives: JSON
 * Lines, CSV (RFC 4180 quoting, values exact) and the GDELT tab-separated layout.
 */
final class ExportWriter {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Writer out;

  ExportWriter(Writer out) {
    this.out = out;
  }

  void jsonl(EventExport export, EventFilter filter, boolean mentions) {
    if (!mentions) {
      export.records(filter, this::line);
      return;
    }
    export.mentions(
        filter,
        mention -> {
          Map<String, Object> line = new TreeMap<>();
          line.put("id", mention.id());
          line.put("event_id", mention.eventId());
          line.put("doc", mention.documentId());
          line.put("source", mention.source());
          line.put("url", mention.url());
          line.put("published", mention.published());
          try {
            line.put("mention", JSON.readTree(mention.mentionJson()));
            line(JSON.writeValueAsString(line));
          } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored mention " + mention.id() + " is not JSON", e);
          }
        });
  }

  void csv(EventExport export, EventFilter filter, boolean mentions) {
    boolean[] header = {false};
    export.flat(
        filter,
        mentions,
        new EventExport.FlatSink() {
          @Override
          public void columns(List<String> names) {
            line(String.join(",", names));
            header[0] = true;
          }

          @Override
          public void row(List<Object> values) {
            List<String> cells = new ArrayList<>(values.size());
            for (Object value : values) {
              cells.add(csvCell(value));
            }
            line(String.join(",", cells));
          }
        });
    if (!header[0]) {
      line(String.join(",", export.flatColumns(mentions)));
    }
  }

  void gdelt(EventExport export, EventFilter filter) {
    export.records(
        filter,
        record -> {
          try {
            line(String.join("\t", GdeltRow.fields(JSON.readTree(record))));
          } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored event record is not JSON: " + record, e);
          }
        });
  }

  static String csvCell(Object value) {
    if (value == null) {
      return "";
    }
    String text =
        value instanceof Double number
            ? BigDecimal.valueOf(number).toPlainString()
            : value.toString();
    if (text.chars().noneMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r')) {
      return text;
    }
    return '"' + text.replace("\"", "\"\"") + '"';
  }

  private void line(String text) {
    try {
      out.write(text);
      out.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
