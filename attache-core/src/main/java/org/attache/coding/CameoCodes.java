package org.attache.coding;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.attache.event.EventType;

/**
 * The project's dual-coding table: every CAMEO event code with its root, name, Goldstein value and
 * QuadClass, and the PLOVER type, mode and contexts it converts to. Built from the CAMEO codebook,
 * the Goldstein scale and the CAMEO to PLOVER table (facts, attributed in NOTICE) into the bundled
 * resource {@code cameo-codes.tsv}, whose header comment says what each column holds and how codes
 * the PLOVER table leaves out are typed ({@value #NO_PLOVER_TYPE} in the file for the 01x public
 * statements, which PLOVER does not code: their {@link EventType#ploverType()} is null). Immutable
 * and thread-safe; codes are kept in codebook order.
 */
public final class CameoCodes {

  /** The file's mark for a code PLOVER has no event type for (the 01x public statements). */
  public static final String NO_PLOVER_TYPE = "NONE";

  private static final String RESOURCE = "cameo-codes.tsv";
  private static final int COLUMNS = 9;

  private final Map<String, EventType> types;

  private static final class Bundled {
    static final CameoCodes INSTANCE = read();
  }

  private CameoCodes(Map<String, EventType> types) {
    this.types = types;
  }

  /** The bundled table, read on first use and shared. */
  public static CameoCodes bundled() {
    return Bundled.INSTANCE;
  }

  /** The act a CAMEO code stands for ("042"), or empty for a code the codebook does not have. */
  public Optional<EventType> type(String code) {
    return code == null ? Optional.empty() : Optional.ofNullable(types.get(code.strip()));
  }

  /** Every code's act, in codebook order. */
  public List<EventType> all() {
    return List.copyOf(types.values());
  }

  private static CameoCodes read() {
    InputStream in = CameoCodes.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException(RESOURCE + ": bundled table missing from the class path");
    }
    Map<String, EventType> types = new LinkedHashMap<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int number = 0;
      boolean header = false;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        if (!header) {
          header = true;
          continue;
        }
        EventType type = parse(line, number);
        if (types.put(type.code(), type) != null) {
          throw new IllegalStateException(RESOURCE + ":" + number + ": code twice: " + type.code());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
    return new CameoCodes(Collections.unmodifiableMap(types));
  }

  private static EventType parse(String line, int number) {
    String[] cells = line.split("\t", -1);
    if (cells.length != COLUMNS) {
      throw new IllegalStateException(
          RESOURCE + ":" + number + ": expected " + COLUMNS + " columns, found " + cells.length);
    }
    List<String> contexts = new ArrayList<>();
    for (String context : cells[7].split("\\|")) {
      if (!context.isBlank()) {
        contexts.add(context.strip());
      }
    }
    try {
      return new EventType(
          cells[0],
          cells[1],
          cells[2],
          Double.parseDouble(cells[3]),
          Integer.parseInt(cells[4]),
          cells[5].equals(NO_PLOVER_TYPE) ? null : cells[5],
          cells[6].isBlank() ? null : cells[6],
          contexts);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(RESOURCE + ":" + number + ": " + e.getMessage(), e);
    }
  }
}
