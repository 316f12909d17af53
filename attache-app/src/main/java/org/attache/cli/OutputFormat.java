package org.attache.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.attache.store.Row;

/**
 * How listings are written: an aligned table for people (the default on a terminal), JSON Lines or
 * CSV for scripts (JSON Lines is the default when output is piped). Table cells are escaped for the
 * terminal; JSON and CSV carry the values exactly.
 */
enum OutputFormat {
  table,
  jsonl,
  csv;

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_CELL = 60;

  static OutputFormat defaultFor(boolean terminal) {
    return terminal ? table : jsonl;
  }

  void write(List<Row> rows, List<String> columns, PrintWriter out) {
    switch (this) {
      case table -> writeTable(rows, columns, out);
      case jsonl -> rows.forEach(row -> out.println(json(row)));
      case csv -> {
        out.println(String.join(",", columns.stream().map(OutputFormat::csvCell).toList()));
        for (Row row : rows) {
          List<String> cells = new ArrayList<>();
          for (String column : columns) {
            cells.add(csvCell(text(row.get(column))));
          }
          out.println(String.join(",", cells));
        }
      }
    }
    out.flush();
  }

  static String json(Row row) {
    try {
      return JSON.writeValueAsString(row.values());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a row of plain values always serialises", e);
    }
  }

  private static void writeTable(List<Row> rows, List<String> columns, PrintWriter out) {
    int[] widths = new int[columns.size()];
    List<String[]> cells = new ArrayList<>();
    for (int c = 0; c < columns.size(); c++) {
      widths[c] = columns.get(c).length();
    }
    for (Row row : rows) {
      String[] line = new String[columns.size()];
      for (int c = 0; c < columns.size(); c++) {
        String cell = TerminalText.cell(text(row.get(columns.get(c))));
        if (cell.length() > MAX_CELL) {
          cell = cell.substring(0, MAX_CELL - 1) + "…";
        }
        line[c] = cell;
        widths[c] = Math.max(widths[c], cell.length());
      }
      cells.add(line);
    }
    out.println(line(columns.toArray(String[]::new), widths).toUpperCase(Locale.ROOT));
    cells.forEach(line -> out.println(line(line, widths)));
  }

  private static String line(String[] cells, int[] widths) {
    StringBuilder text = new StringBuilder();
    for (int c = 0; c < cells.length; c++) {
      text.append(cells[c]);
      if (c < cells.length - 1) {
        text.append(" ".repeat(widths[c] - cells[c].length() + 2));
      }
    }
    return text.toString().stripTrailing();
  }

  private static String text(Object value) {
    return value == null ? "" : value.toString();
  }

  private static String csvCell(String value) {
    if (value.isEmpty()
        || value.chars().noneMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r')) {
      return value;
    }
    return '"' + value.replace("\"", "\"\"") + '"';
  }
}
