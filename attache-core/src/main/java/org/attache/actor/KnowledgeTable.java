package org.attache.actor;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The four tables, their bundled resource names and their header lines. */
enum KnowledgeTable {
  COUNTRIES(
      "countries",
      List.of(
          "iso3",
          "iso2",
          "name",
          "aliases",
          "demonyms",
          "capital",
          "capital_lat",
          "capital_lon",
          "cities",
          "foreign_ministry")),
  ORGANISATIONS("organisations", List.of("id", "code", "sector", "cameo", "name", "aliases")),
  ROLES("roles", List.of("phrase", "sector", "title")),
  LEADERS("leaders", List.of("name", "aliases", "country", "title", "sector", "start", "end"));

  private final String tableName;
  private final List<String> columns;

  KnowledgeTable(String tableName, List<String> columns) {
    this.tableName = tableName;
    this.columns = columns;
  }

  String tableName() {
    return tableName;
  }

  String resource() {
    return tableName + ".tsv";
  }

  List<String> columns() {
    return columns;
  }

  String header() {
    return String.join("\t", columns);
  }

  /** The table a {@code # table: NAME} directive names. */
  static Optional<KnowledgeTable> named(String name) {
    String wanted = name.strip().toLowerCase(Locale.ROOT);
    for (KnowledgeTable table : values()) {
      if (table.tableName.equals(wanted)) {
        return Optional.of(table);
      }
    }
    return Optional.empty();
  }

  /** The table whose header this line is (columns compared trimmed and case-insensitively). */
  static Optional<KnowledgeTable> ofHeader(String line) {
    String[] cells = line.split("\t", -1);
    for (KnowledgeTable table : values()) {
      if (cells.length != table.columns.size()) {
        continue;
      }
      boolean same = true;
      for (int i = 0; i < cells.length && same; i++) {
        same = cells[i].strip().toLowerCase(Locale.ROOT).equals(table.columns.get(i));
      }
      if (same) {
        return Optional.of(table);
      }
    }
    return Optional.empty();
  }
}
