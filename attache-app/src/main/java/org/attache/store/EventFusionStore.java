package org.attache.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.attache.event.EventIds;
import org.attache.event.EventMentionCodec;
import org.attache.event.Evidence;
import org.attache.fusion.EventFuser;
import org.attache.fusion.FusedEvent;
import org.attache.fusion.Merge;
import org.attache.fusion.Sources;

/**
 * Fuses the stored event mentions into events: every report of one event, from any sentence or
 * outlet, becomes one row of {@code events}, its mentions point at it, and each merge is kept with
 * its reason and score in {@code event_merges}. The whole store is fused again each time, so the
 * result does not depend on the order documents arrived in (the fuser sorts its input), and a run
 * killed half-way is repaired by the next. Runs in the caller's transaction; one writer.
 *
 * <p>All mentions are held in memory while fusing (about 2 KB each): fine for a laptop's archive;
 * archives of millions of pages fuse on Spark.
 */
public final class EventFusionStore {
  /** What one fusion did. */
  public record Report(int mentions, int events, int merges) {}

  private final Database database;

  public EventFusionStore(Database database) {
    this.database = database;
  }

  /** Fuses every stored mention again and rewrites the events. */
  public Report fuse(EventFuser fuser) {
    try {
      List<Evidence> evidence = evidence();
      Map<String, String> originals = originals();
      List<FusedEvent> fused = fuser.fuse(evidence, originals);
      write(fused, originals);
      int merges = fused.stream().mapToInt(event -> event.merges().size()).sum();
      return new Report(evidence.size(), fused.size(), merges);
    } catch (SQLException e) {
      throw new StoreException("cannot fuse the events: " + Database.firstLine(e), e);
    }
  }

  private List<Evidence> evidence() throws SQLException {
    List<Evidence> evidence = new ArrayList<>();
    try (Statement query = database.connection().createStatement();
        ResultSet rows =
            query.executeQuery(
                "SELECT m.mention, d.source, d.url, d.published, m.sentence_text,"
                    + " m.sentence_start FROM event_mentions m"
                    + " JOIN documents d ON d.id = m.document_id ORDER BY m.id")) {
      while (rows.next()) {
        java.sql.Date published = rows.getDate(4);
        evidence.add(
            new Evidence(
                EventMentionCodec.fromJson(rows.getString(1)),
                rows.getString(2),
                rows.getString(3),
                published == null ? null : published.toLocalDate(),
                rows.getString(5),
                rows.getInt(6)));
      }
    }
    return evidence;
  }

  /** Near-duplicate documents and the originals they count with as one source. */
  private Map<String, String> originals() throws SQLException {
    Map<String, String> originals = new TreeMap<>();
    try (Statement query = database.connection().createStatement();
        ResultSet rows =
            query.executeQuery(
                "SELECT id, near_duplicate_of FROM documents WHERE near_duplicate_of IS NOT NULL")) {
      while (rows.next()) {
        originals.put(rows.getString(1), rows.getString(2));
      }
    }
    return originals;
  }

  /**
   * Rewrites the events and their merges, and points each mention at its event. The mentions' new
   * event ids go to a temporary table first and are applied by one update, to the mentions whose
   * event changed; the rows are appended (see {@link TableAppender}).
   */
  private void write(List<FusedEvent> fused, Map<String, String> originals) throws SQLException {
    Connection connection = database.connection();
    try (Statement statement = connection.createStatement()) {
      statement.execute("DELETE FROM events");
      statement.execute("DELETE FROM event_merges");
      statement.execute(
          "CREATE OR REPLACE TEMP TABLE fused_mentions (id VARCHAR, event_id VARCHAR)");
      try (TableAppender events = TableAppender.open(connection, "events");
          TableAppender merges = TableAppender.open(connection, "event_merges");
          TableAppender mentions = TableAppender.openTemporary(connection, "fused_mentions")) {
        for (FusedEvent event : fused) {
          List<Evidence> evidence = event.evidence();
          events.row(
              EventRow.of(event.id(), evidence, Sources.count(evidence, originals)).columns());
          for (Evidence item : evidence) {
            mentions.row(EventIds.mention(item.mention()), event.id());
          }
          for (Merge merge : event.merges()) {
            merges.row(
                event.id(),
                merge.mentionId(),
                merge.intoMentionId(),
                merge.reason(),
                merge.score());
          }
        }
      }
      statement.execute(
          "UPDATE event_mentions SET event_id = f.event_id FROM fused_mentions f"
              + " WHERE event_mentions.id = f.id AND event_mentions.event_id <> f.event_id");
      statement.execute("DROP TABLE fused_mentions");
    }
  }
}
