package org.attache.store;

import java.util.List;

/**
 * An {@link EventFilter} as SQL over the {@code events} table: a {@code WHERE …} clause (empty when
 * nothing filters) and its parameters in order, so that exports and briefs select exactly the
 * events {@code attache events} lists.
 */
public record FilterSql(String where, List<Object> parameters) {
  public FilterSql {
    if (where == null) {
      throw new IllegalArgumentException("where must not be null (use \"\" for no filter)");
    }
    parameters = List.copyOf(parameters);
  }
}
