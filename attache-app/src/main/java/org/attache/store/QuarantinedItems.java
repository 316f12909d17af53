package org.attache.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.attache.model.MediaType;
import org.attache.model.Metadata;
import org.attache.model.Origin;
import org.attache.model.SourceItem;

/**
 * Reads the quarantine back for {@code attache ingest --retry-quarantined}. An entry rejected after
 * reading carries what is needed to process it again (raw bytes, content, media type, metadata); an
 * entry rejected while reading is retried by reading its input again.
 */
public final class QuarantinedItems {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One quarantined entry: the item to process again, or only the input to read again. */
  public record Entry(String origin, String input, String stage, SourceItem item) {}

  private QuarantinedItems() {}

  public static List<Entry> all(Database database) {
    List<Entry> entries = new ArrayList<>();
    try (PreparedStatement query =
            database
                .connection()
                .prepareStatement(
                    "SELECT origin, input, stage, raw, content, media_type, metadata"
                        + " FROM quarantine ORDER BY input, origin");
        ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        SourceItem item = null;
        if (rows.getString(6) != null) {
          item =
              new SourceItem(
                  parseOrigin(rows.getString(1), rows.getString(2)),
                  metadata(rows.getString(7)),
                  MediaType.valueOf(rows.getString(6)),
                  rows.getBytes(4),
                  rows.getString(5),
                  null);
        }
        entries.add(new Entry(rows.getString(1), rows.getString(2), rows.getString(3), item));
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read the quarantine: " + Database.firstLine(e), e);
    }
    return entries;
  }

  public static String metadataJson(SourceItem item) {
    Metadata metadata = item.metadata();
    ObjectNode node = JSON.createObjectNode();
    node.put("id", metadata.id());
    node.put("url", metadata.url());
    node.put("source", metadata.source());
    node.put("title", metadata.title());
    node.put("published", metadata.published() == null ? null : metadata.published().toString());
    node.put("language", metadata.language());
    node.put("charset", item.charset());
    return node.toString();
  }

  private static Metadata metadata(String json) {
    try {
      JsonNode node = JSON.readTree(json);
      String published = text(node, "published");
      return new Metadata(
          text(node, "id"),
          text(node, "url"),
          text(node, "source"),
          text(node, "title"),
          published == null ? null : LocalDate.parse(published),
          text(node, "language"));
    } catch (JsonProcessingException e) {
      throw new StoreException("quarantine holds metadata that is not JSON: " + json, e);
    }
  }

  private static Origin parseOrigin(String origin, String input) {
    String rest = origin.substring(Math.min(origin.length(), input.length()));
    long offset = Origin.UNKNOWN_OFFSET;
    int at = rest.lastIndexOf('@');
    if (at >= 0 && rest.substring(at + 1).matches("\\d+")) {
      offset = Long.parseLong(rest.substring(at + 1));
      rest = rest.substring(0, at);
    }
    String record = rest.startsWith("#") ? rest.substring(1) : null;
    return new Origin(input, record == null || record.isEmpty() ? null : record, offset);
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }
}
