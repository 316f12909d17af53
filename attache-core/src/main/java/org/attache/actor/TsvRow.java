package org.attache.actor;

import java.util.List;

/** One data line of a table file: where it is (file and 1-based line number) and its cells. */
record TsvRow(String file, int line, List<String> cells) {

  TsvRow {
    cells = List.copyOf(cells);
  }

  String cell(int index) {
    return cells.get(index);
  }

  /** {@code file:line}, the prefix of every error about this row. */
  String where() {
    return file + ":" + line;
  }

  KnowledgeException error(String problem, String value) {
    return new KnowledgeException(where() + ": " + problem + ": " + value);
  }
}
