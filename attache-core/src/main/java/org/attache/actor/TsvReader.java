package org.attache.actor;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one table file: UTF-8 text, tab-separated cells, blank lines and {@code #} comment lines
 * skipped. The table is told by a {@code # table: NAME} directive before the data or by the header
 * line; a file read as a known table must start with that table's header.
 */
final class TsvReader {

  private static final Pattern DIRECTIVE =
      Pattern.compile("#\\s*table\\s*:\\s*(\\S+)\\s*", Pattern.CASE_INSENSITIVE);

  /** A file's table and data rows. */
  record TableFile(KnowledgeTable table, List<TsvRow> rows) {}

  private TsvReader() {}

  /**
   * Reads a file.
   *
   * @param file the name used in error messages
   * @param expected the table the file must be (bundled files), or null to tell it from the file
   */
  static TableFile read(String file, BufferedReader reader, KnowledgeTable expected)
      throws IOException {
    KnowledgeTable table = null;
    boolean headerSeen = false;
    List<TsvRow> rows = new ArrayList<>();
    String line;
    int number = 0;
    while ((line = reader.readLine()) != null) {
      number++;
      if (number == 1 && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      if (line.endsWith("\r")) {
        line = line.substring(0, line.length() - 1);
      }
      if (line.isBlank()) {
        continue;
      }
      if (line.stripLeading().startsWith("#")) {
        Matcher directive = DIRECTIVE.matcher(line.strip());
        if (!headerSeen && rows.isEmpty() && directive.matches()) {
          String name = directive.group(1);
          Optional<KnowledgeTable> named = KnowledgeTable.named(name);
          if (named.isEmpty()) {
            throw new KnowledgeException(
                file
                    + ":"
                    + number
                    + ": unknown table (countries, organisations, roles, leaders, named): "
                    + name);
          }
          table = check(file, number, table, named.get(), expected);
        }
        continue;
      }
      if (!headerSeen && rows.isEmpty()) {
        Optional<KnowledgeTable> ofHeader = KnowledgeTable.ofHeader(line);
        if (ofHeader.isPresent()) {
          table = check(file, number, table, ofHeader.get(), expected);
          headerSeen = true;
          continue;
        }
        if (table == null || expected != null) {
          KnowledgeTable shown = expected != null ? expected : table;
          throw new KnowledgeException(
              file
                  + ":"
                  + number
                  + ": "
                  + (shown == null
                      ? "cannot tell the table: expected a '# table: NAME' line or a header line"
                      : "expected the " + shown.tableName() + " header '" + shown.header() + "'")
                  + ", found: "
                  + abbreviate(line));
        }
      }
      List<String> cells = new ArrayList<>();
      for (String cell : line.split("\t", -1)) {
        cells.add(cell.strip());
      }
      if (cells.size() != table.columns().size()) {
        throw new KnowledgeException(
            file
                + ":"
                + number
                + ": expected "
                + table.columns().size()
                + " tab-separated columns ("
                + String.join(", ", table.columns())
                + "), found "
                + cells.size()
                + ": "
                + abbreviate(line));
      }
      rows.add(new TsvRow(file, number, cells));
    }
    if (table == null) {
      throw new KnowledgeException(
          file + ":" + number + ": no table: expected a '# table: NAME' line or a header line");
    }
    return new TableFile(table, rows);
  }

  private static KnowledgeTable check(
      String file,
      int number,
      KnowledgeTable current,
      KnowledgeTable found,
      KnowledgeTable expected) {
    if ((current != null && current != found) || (expected != null && expected != found)) {
      KnowledgeTable wanted = expected != null ? expected : current;
      throw new KnowledgeException(
          file
              + ":"
              + number
              + ": expected table "
              + wanted.tableName()
              + ", found: "
              + found.tableName());
    }
    return found;
  }

  private static String abbreviate(String line) {
    String shown = line.replace('\t', '→');
    return shown.length() <= 80 ? shown : shown.substring(0, 77) + "...";
  }
}
