package org.attache.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.attache.model.Document;
import org.attache.model.Rejection;
import org.attache.model.SourceItem;

/**
 * Writes documents and quarantine entries, deciding for each document whether it is new, a
 * near-duplicate, a changed version of a known one, unchanged, or a duplicate of another.
 *
 * <p>Writes are grouped into transactions that the caller ends with {@link #commit()}; a process
 * killed between commits loses only the open transaction, and reading the same input again
 * completes the work without doubling anything, because every decision is made against what is
 * committed (ids, content hashes and fingerprints are loaded when the store opens). One writer per
 * database; not thread-safe.
 */
public final class DocumentStore implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Connection connection;
  private final long runId;
  private final Map<String, String> hashById = new HashMap<>();
  private final Map<String, String> idByHash = new HashMap<>();
  private final Set<String> quarantined = new HashSet<>();
  private final NearDuplicateIndex nearDuplicates = new NearDuplicateIndex();
  private final List<Object[]> newDocuments = new ArrayList<>();
  private final PreparedStatement updateDocument;
  private final PreparedStatement insertDuplicate;
  private final PreparedStatement deleteQuarantine;
  private final PreparedStatement upsertQuarantine;
  private int pending;

  /** The position of {@code ingested_at} in a row of {@code documents}; updated_at follows. */
  private static final int INGESTED_AT = 19;

  public DocumentStore(Database database, long runId) {
    this.connection = database.connection();
    this.runId = runId;
    try {
      connection.setAutoCommit(false);
      load();
      updateDocument =
          connection.prepareStatement(
              "UPDATE documents SET url=?, source=?, title=?, subtitle=?, published=?,"
                  + " published_basis=?, language=?, analysis=?, media_type=?, origin=?, raw=?,"
                  + " text=?, content_hash=?, fingerprint=?, near_duplicate_of=?,"
                  + " near_duplicate_distance=?, warnings=?, run_id=?, updated_at=? WHERE id=?");
      insertDuplicate =
          connection.prepareStatement(
              "INSERT INTO duplicates (origin, id, original_id, url, source, run_id, seen_at)"
                  + " VALUES (?,?,?,?,?,?,?) ON CONFLICT (origin) DO UPDATE SET"
                  + " original_id = excluded.original_id, run_id = excluded.run_id,"
                  + " seen_at = excluded.seen_at");
      deleteQuarantine = connection.prepareStatement("DELETE FROM quarantine WHERE origin = ?");
      upsertQuarantine =
          connection.prepareStatement(
              "INSERT INTO quarantine (origin, input, stage, code, reason, raw, content,"
                  + " media_type, metadata, attempts, run_id, quarantined_at)"
                  + " VALUES (?,?,?,?,?,?,?,?,?,1,?,?) ON CONFLICT (origin) DO UPDATE SET"
                  + " stage = excluded.stage, code = excluded.code, reason = excluded.reason,"
                  + " raw = excluded.raw, content = excluded.content,"
                  + " media_type = excluded.media_type, metadata = excluded.metadata,"
                  + " attempts = quarantine.attempts + 1, run_id = excluded.run_id,"
                  + " quarantined_at = excluded.quarantined_at");
    } catch (SQLException e) {
      throw new StoreException("cannot prepare the document store: " + Database.firstLine(e), e);
    }
  }

  private void load() throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "SELECT id, content_hash, fingerprint, near_duplicate_of, text, published"
                    + " FROM documents ORDER BY ingested_at, id")) {
      while (rows.next()) {
        String id = rows.getString(1);
        String hash = rows.getString(2);
        hashById.put(id, hash);
        idByHash.putIfAbsent(hash, id);
        if (NearDuplicateIndex.eligible(rows.getString(5))) {
          Date published = rows.getDate(6);
          long day =
              published == null
                  ? NearDuplicateIndex.UNKNOWN_DAY
                  : published.toLocalDate().toEpochDay();
          nearDuplicates.add(id, rows.getLong(3), day, rows.getString(4));
        }
      }
    }
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT origin FROM quarantine")) {
      while (rows.next()) {
        quarantined.add(rows.getString(1));
      }
    }
  }

  /** Stores a document, or records why it need not be; returns what was done. */
  public Disposition put(Document document) {
    try {
      clearQuarantine(document.origin().toString());
      String knownHash = hashById.get(document.id());
      if (knownHash != null) {
        if (knownHash.equals(document.contentHash())) {
          return Disposition.UNCHANGED;
        }
        NearDuplicateIndex.Match match = match(document);
        Object[] row = row(document, match);
        // Every column from url to run_id, then updated_at; the id is the key.
        for (int column = 1; column < INGESTED_AT; column++) {
          bind(updateDocument, column, row[column]);
        }
        bind(updateDocument, INGESTED_AT, row[INGESTED_AT + 1]);
        bind(updateDocument, INGESTED_AT + 1, row[0]);
        updateDocument.addBatch();
        pending++;
        remember(document, match);
        return Disposition.UPDATED;
      }
      String original = idByHash.get(document.contentHash());
      if (original != null) {
        insertDuplicate.setString(1, document.origin().toString());
        insertDuplicate.setString(2, document.id());
        insertDuplicate.setString(3, original);
        insertDuplicate.setString(4, document.metadata().url());
        insertDuplicate.setString(5, document.metadata().source());
        insertDuplicate.setLong(6, runId);
        insertDuplicate.setTimestamp(7, Timestamp.from(Instant.now()));
        insertDuplicate.addBatch();
        pending++;
        return Disposition.DUPLICATE;
      }
      NearDuplicateIndex.Match match = match(document);
      newDocuments.add(row(document, match));
      pending++;
      remember(document, match);
      return match == null ? Disposition.STORED : Disposition.NEAR_DUPLICATE;
    } catch (SQLException e) {
      throw new StoreException(
          "cannot store document "
              + document.id()
              + " from "
              + document.origin()
              + ": "
              + Database.firstLine(e),
          e);
    }
  }

  /**
   * Quarantines a rejected item, keeping its raw bytes and, when the item got past reading, what is
   * needed to process it again. Quarantining the same origin again replaces the entry and counts
   * the attempt.
   */
  public Disposition quarantine(Rejection rejection, SourceItem item) {
    String origin = rejection.origin().toString();
    try {
      flush();
      upsertQuarantine.setString(1, origin);
      upsertQuarantine.setString(2, rejection.origin().input());
      upsertQuarantine.setString(3, rejection.stage().label());
      upsertQuarantine.setString(4, rejection.code().label());
      upsertQuarantine.setString(5, rejection.reason());
      upsertQuarantine.setBytes(6, rejection.raw());
      upsertQuarantine.setString(7, item == null ? null : item.text());
      upsertQuarantine.setString(8, item == null ? null : item.type().name());
      upsertQuarantine.setString(9, item == null ? null : QuarantinedItems.metadataJson(item));
      upsertQuarantine.setLong(10, runId);
      upsertQuarantine.setTimestamp(11, Timestamp.from(Instant.now()));
      upsertQuarantine.executeUpdate();
      quarantined.add(origin);
      return Disposition.QUARANTINED;
    } catch (SQLException e) {
      throw new StoreException("cannot quarantine " + origin + ": " + Database.firstLine(e), e);
    }
  }

  /**
   * After {@code input} was read again from start to end: its quarantine entries from earlier runs
   * that this run did not quarantine again have been fixed (the item is stored now, under an origin
   * that may differ, such as a manifest line that now names an existing file), so they are removed.
   * Matches the input itself and every file under it.
   */
  public int resolveQuarantine(String input) {
    try {
      flush();
      try (PreparedStatement delete =
          connection.prepareStatement(
              "DELETE FROM quarantine WHERE run_id < ? AND (input = ? OR starts_with(input, ?))"
                  + " RETURNING origin")) {
        delete.setLong(1, runId);
        delete.setString(2, input);
        delete.setString(3, input.endsWith("/") ? input : input + "/");
        int resolved = 0;
        try (ResultSet rows = delete.executeQuery()) {
          while (rows.next()) {
            quarantined.remove(rows.getString(1));
            resolved++;
          }
        }
        return resolved;
      }
    } catch (SQLException e) {
      throw new StoreException(
          "cannot resolve quarantine entries of " + input + ": " + Database.firstLine(e), e);
    }
  }

  public void commit() {
    try {
      flush();
      connection.commit();
    } catch (SQLException e) {
      throw new StoreException("cannot commit to the database: " + Database.firstLine(e), e);
    }
  }

  /**
   * Sends the batched writes in a fixed order: inserts before updates (a document inserted and then
   * changed in one batch), then duplicates. Quarantine writes are rare and flush first, so writes
   * for one origin keep their order.
   */
  private void flush() throws SQLException {
    if (pending > 0) {
      try (TableAppender documents = TableAppender.open(connection, "documents")) {
        for (Object[] row : newDocuments) {
          documents.row(row);
        }
      } finally {
        newDocuments.clear();
      }
      updateDocument.executeBatch();
      insertDuplicate.executeBatch();
      pending = 0;
    }
  }

  private void clearQuarantine(String origin) throws SQLException {
    if (quarantined.remove(origin)) {
      flush();
      deleteQuarantine.setString(1, origin);
      deleteQuarantine.executeUpdate();
    }
  }

  private NearDuplicateIndex.Match match(Document document) {
    if (!NearDuplicateIndex.eligible(document.text())) {
      return null;
    }
    return nearDuplicates.nearest(document.id(), document.fingerprint(), day(document));
  }

  private void remember(Document document, NearDuplicateIndex.Match match) {
    hashById.put(document.id(), document.contentHash());
    idByHash.putIfAbsent(document.contentHash(), document.id());
    if (NearDuplicateIndex.eligible(document.text())) {
      nearDuplicates.add(
          document.id(),
          document.fingerprint(),
          day(document),
          match == null ? null : match.original());
    }
  }

  private static long day(Document document) {
    return document.published().date() == null
        ? NearDuplicateIndex.UNKNOWN_DAY
        : document.published().date().toEpochDay();
  }

  /**
   * The document's row in the column order of the {@code documents} table, ingested and updated now
   * (local time, as JDBC writes a timestamp).
   */
  private Object[] row(Document document, NearDuplicateIndex.Match match) {
    Object[] columns =
        columns(
            document,
            match == null ? null : match.original(),
            match == null ? null : match.distance());
    Object[] row = Arrays.copyOf(columns, columns.length + 3);
    LocalDateTime now = LocalDateTime.now();
    row[columns.length] = runId;
    row[columns.length + 1] = now;
    row[columns.length + 2] = now;
    return row;
  }

  /**
   * A new document's columns of the {@code documents} table from {@code id} to {@code warnings}, in
   * table order, as the store and the Spark job write them (the store adds the run and the
   * timestamps); the date is a {@code LocalDate}.
   */
  public static Object[] columns(Document document, String nearDuplicateOf, Integer distance) {
    return new Object[] {
      document.id(),
      document.metadata().url(),
      document.metadata().source(),
      document.metadata().title(),
      document.subtitle(),
      document.published().date(),
      document.published().basis().label(),
      document.language(),
      document.analysable() ? "pending" : "not_analysed",
      document.type().name().toLowerCase(Locale.ROOT),
      document.origin().toString(),
      document.raw(),
      document.text(),
      document.contentHash(),
      document.fingerprint(),
      nearDuplicateOf,
      distance,
      json(document.warnings())
    };
  }

  private static void bind(PreparedStatement statement, int index, Object value)
      throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.NULL);
    } else {
      statement.setObject(index, value);
    }
  }

  private static String json(List<String> values) {
    try {
      return JSON.writeValueAsString(values);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a list of strings always serialises", e);
    }
  }

  @Override
  public void close() {
    try {
      updateDocument.close();
      insertDuplicate.close();
      deleteQuarantine.close();
      upsertQuarantine.close();
    } catch (SQLException e) {
      throw new StoreException("cannot close the document store: " + Database.firstLine(e), e);
    }
  }
}
