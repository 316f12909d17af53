package org.attache.actor;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The five tables, their bundled resource names and their header lines. The named actors (parties,
 * armed groups, companies) are one table bundled as three files.
 */
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
  LEADERS("leaders", List.of("name", "aliases", "country", "title", "sector", "start", "end")),
  NAMED(
      "named",
      List.of("id", "kind", "country", "sector", "name", "aliases", "start", "end"),
      List.of("parties.tsv", "armed-groups.tsv", "companies.tsv"));

  private final String tableName;
  private final List<String> columns;
  private final List<String> resources;

  KnowledgeTable(String tableName, List<String> columns) {
    this(tableName, columns, List.of(tableName + ".tsv"));
  }

  KnowledgeTable(String tableName, List<String> columns, List<String> resources) {
    this.tableName = tableName;
    this.columns = columns;
    this.resources = resources;
  }

  String tableName() {
    return tableName;
  }

  /** The bundled files of the table, read in this order. */
  List<String> resources() {
    return resources;
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
