package org.attache.spark;

import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;

/**
 * One unit of reading, done by one task: a file, or a manifest folder on a local file system. The
 * {@code index} orders units as the command line reads them; {@code name} is the input's name in
 * origins (what the command line would print); {@code path} is where a task finds it (a Hadoop path
 * URI, or a local path for {@link Kind#LOCAL}).
 */
public record InputUnit(int index, String name, String path, Kind kind) implements Serializable {
  private static final long serialVersionUID = 1L;

  /** How a unit is read. */
  public enum Kind {
    /** On the local file system: read by the command line's own readers from the path. */
    LOCAL,
    /** On another Hadoop file system: its bytes streamed to the reader of its extension. */
    STREAM,
    /** A Parquet file of articles: read by Spark, one item per row. */
    PARQUET
  }

  public InputUnit {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(kind, "kind");
    if (index < 0) {
      throw new IllegalArgumentException("unit index must not be negative: " + index);
    }
  }

  /** Whether a file name is a Parquet file's. */
  static boolean isParquet(String name) {
    return name.toLowerCase(Locale.ROOT).endsWith(".parquet");
  }
}
