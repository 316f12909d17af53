package org.attache.coding;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one lexicon file: UTF-8, tab-separated cells, blank and {@code #} lines skipped. A {@code #
 * table: predicates} or {@code # table: supports} line, or the table's header line, says which
 * table the following rows belong to; one file may hold both tables, one after the other.
 */
final class LexiconReader {

  /** The two tables and their columns. */
  enum Table {
    PREDICATES(List.of("id", "pattern", "pos", "code", "actor", "recipient", "movement")),
    SUPPORTS(List.of("lemma", "subject"));

    final List<String> columns;

    Table(List<String> columns) {
      this.columns = columns;
    }

    String tableName() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** One data line: where it is and its cells (stripped). */
  record Row(Table table, String where, List<String> cells) {
    String cell(int index) {
      return cells.get(index);
    }

    LexiconException error(String problem, String value) {
      return new LexiconException(where + ": " + problem + ": '" + value + "'");
    }
  }

  private static final Pattern DIRECTIVE =
      Pattern.compile("#\\s*table\\s*:\\s*(\\S+)\\s*", Pattern.CASE_INSENSITIVE);

  private LexiconReader() {}

  static List<Row> read(String file, BufferedReader reader) throws IOException {
    List<Row> rows = new ArrayList<>();
    Table table = null;
    String line;
    int number = 0;
    while ((line = reader.readLine()) != null) {
      number++;
      String where = file + ":" + number;
      line = strip(line, number);
      if (line.isBlank()) {
        continue;
      }
      if (line.stripLeading().startsWith("#")) {
        Matcher directive = DIRECTIVE.matcher(line.strip());
        if (directive.matches()) {
          table = named(directive.group(1), where);
        }
        continue;
      }
      Table header = ofHeader(line);
      if (header != null) {
        table = header;
        continue;
      }
      if (table == null) {
        throw new LexiconException(
            where + ": cannot tell the table: expected '# table: predicates' or a header line");
      }
      List<String> cells = new ArrayList<>();
      for (String cell : line.split("\t", -1)) {
        cells.add(cell.strip());
      }
      if (cells.size() != table.columns.size()) {
        throw new LexiconException(
            where
                + ": expected "
                + table.columns.size()
                + " tab-separated columns ("
                + String.join(", ", table.columns)
                + "), found "
                + cells.size()
                + ": '"
                + line.replace('\t', '→')
                + "'");
      }
      rows.add(new Row(table, where, cells));
    }
    return rows;
  }

  private static String strip(String line, int number) {
    String result = number == 1 && line.startsWith("\uFEFF") ? line.substring(1) : line;
    return result.endsWith("\r") ? result.substring(0, result.length() - 1) : result;
  }

  private static Table named(String name, String where) {
    for (Table table : Table.values()) {
      if (table.tableName().equals(name.toLowerCase(Locale.ROOT))) {
        return table;
      }
    }
    throw new LexiconException(where + ": unknown table (predicates, supports): '" + name + "'");
  }

  private static Table ofHeader(String line) {
    List<String> cells = new ArrayList<>();
    for (String cell : line.split("\t", -1)) {
      cells.add(cell.strip().toLowerCase(Locale.ROOT));
    }
    for (Table table : Table.values()) {
      if (cells.equals(table.columns)) {
        return table;
      }
    }
    return null;
  }
}
