package org.attache.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.attache.actor.Actor;
import org.attache.actor.ActorMention;
import org.attache.annotate.Annotation;
import org.attache.annotate.AnnotationCodec;
import org.attache.annotate.Sentence;
import org.attache.event.EventMention;
import org.attache.event.Evidence;

/**
 * Reads documents awaiting language analysis and stores what the analysis found: the annotation
 * (canonical JSON, so later stages can be rerun without CoreNLP) and the actor mentions. A
 * document's results are replaced as a whole, in the caller's transaction, so a killed run leaves
 * each document either analysed or still pending. One writer; not thread-safe.
 */
public final class AnalysisStore {

  /**
   * A document to analyse; {@code annotation} is its stored annotation's JSON when it is to be
   * coded again from it, else null.
   */
  public record Pending(
      String id,
      String text,
      LocalDate published,
      String contentHash,
      String source,
      String url,
      String annotation) {}

  /** What the analysis of one document produced. */
  public record Result(
      Pending document,
      Annotation annotation,
      List<ActorMention> actors,
      List<EventMention> events) {}

  private final Database database;
  private final long runId;

  public AnalysisStore(Database database, long runId) {
    this.database = database;
    this.runId = runId;
  }

  /** The next {@code limit} pending documents after {@code afterId} (null for the first), by id. */
  public List<Pending> pending(String afterId, int limit) {
    return documents(
        "SELECT id, text, published, content_hash, source, url, NULL FROM documents"
            + " WHERE analysis = 'pending' AND (? IS NULL OR id > ?) ORDER BY id LIMIT ?",
        afterId,
        limit);
  }

  /**
   * The next {@code limit} analysed documents after {@code afterId} (null for the first), by id,
   * with their stored annotations: for coding actors and events again without the language models.
   */
  public List<Pending> analysed(String afterId, int limit) {
    return documents(
        "SELECT d.id, d.text, d.published, d.content_hash, d.source, d.url, a.annotation"
            + " FROM documents d JOIN annotations a ON a.document_id = d.id"
            + " AND a.content_hash = d.content_hash"
            + " WHERE d.analysis = 'analysed' AND (? IS NULL OR d.id > ?) ORDER BY d.id LIMIT ?",
        afterId,
        limit);
  }

  private List<Pending> documents(String sql, String afterId, int limit) {
    List<Pending> documents = new ArrayList<>();
    try (PreparedStatement query = database.connection().prepareStatement(sql)) {
      query.setString(1, afterId);
      query.setString(2, afterId);
      query.setInt(3, limit);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          java.sql.Date published = rows.getDate(3);
          documents.add(
              new Pending(
                  rows.getString(1),
                  rows.getString(2),
                  published == null ? null : published.toLocalDate(),
                  rows.getString(4),
                  rows.getString(5),
                  rows.getString(6),
                  rows.getString(7)));
        }
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read documents to analyse: " + Database.firstLine(e), e);
    }
    return documents;
  }

  /**
   * Replaces each document's analysis with its result and marks them analysed: one statement per
   * table for all of them (a chunk of the analysis job), the rows appended in the results' order.
   */
  public void saveAll(List<Result> results, String configName) {
    if (results.isEmpty()) {
      return;
    }
    Connection connection = database.connection();
    List<String> ids = results.stream().map(result -> result.document().id()).toList();
    String in = Database.placeholders(ids.size());
    try {
      Database.update(connection, "DELETE FROM annotations WHERE document_id IN " + in, ids);
      Database.update(connection, "DELETE FROM actor_mentions WHERE document_id IN " + in, ids);
      Map<String, List<Evidence>> evidence = new LinkedHashMap<>();
      try (TableAppender annotations = TableAppender.open(connection, "annotations");
          TableAppender actors = TableAppender.open(connection, "actor_mentions")) {
        for (Result result : results) {
          String id = result.document().id();
          annotations.row(
              id,
              result.document().contentHash(),
              configName,
              AnnotationCodec.toJson(result.annotation()),
              runId);
          int ordinal = 0;
          for (ActorMention mention : result.actors()) {
            actors.row(actorColumns(id, ordinal++, mention));
          }
          evidence.put(id, evidence(result));
        }
      }
      new EventStore(database).replaceAll(evidence);
      Database.update(
          connection, "UPDATE documents SET analysis = 'analysed' WHERE id IN " + in, ids);
    } catch (SQLException e) {
      throw new StoreException(
          "cannot store the analysis of "
              + (ids.size() == 1 ? ids.get(0) : ids.size() + " documents from " + ids.get(0))
              + ": "
              + Database.firstLine(e),
          e);
    }
  }

  /**
   * An actor mention's row of {@code actor_mentions}, in table order, as the store and the Spark
   * job write it.
   */
  public static Object[] actorColumns(String documentId, int ordinal, ActorMention mention) {
    Actor actor = mention.actor();
    return new Object[] {
      documentId,
      ordinal,
      mention.sentence(),
      mention.start(),
      mention.end(),
      mention.text(),
      actor.country(),
      actor.sector(),
      actor.name(),
      actor.title(),
      actor.id(),
      mention.reason()
    };
  }

  /** The result's event mentions with their document's source, URL, date and sentence. */
  public static List<Evidence> evidence(Result result) {
    Pending document = result.document();
    List<Evidence> evidence = new ArrayList<>();
    for (EventMention mention : result.events()) {
      Sentence sentence = result.annotation().sentences().get(mention.sentence());
      evidence.add(
          new Evidence(
              mention,
              document.source(),
              document.url(),
              document.published(),
              sentence.text(result.annotation().text()),
              sentence.start()));
    }
    return evidence;
  }

  /** Marks a document whose analysis failed; it stays stored and can be analysed again. */
  public void fail(String id) {
    try {
      setStatus(id, "failed");
    } catch (SQLException e) {
      throw new StoreException("cannot mark " + id + " as failed: " + Database.firstLine(e), e);
    }
  }

  /** The stored actor mentions of a document whose analysis matches its current text. */
  public Optional<List<Row>> actors(String id) {
    DocumentQueries queries = new DocumentQueries(database);
    List<Row> current =
        queries.rows(
            "SELECT 1 FROM annotations a JOIN documents d ON d.id = a.document_id"
                + " WHERE a.document_id = ? AND a.content_hash = d.content_hash",
            id);
    if (current.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        queries.rows(
            "SELECT sentence, start_offset AS start, end_offset AS \"end\", text, country, sector,"
                + " name, title, actor_id, reason FROM actor_mentions WHERE document_id = ?"
                + " ORDER BY ordinal",
            id));
  }

  private void setStatus(String id, String status) throws SQLException {
    try (PreparedStatement update =
        database.connection().prepareStatement("UPDATE documents SET analysis = ? WHERE id = ?")) {
      update.setString(1, status);
      update.setString(2, id);
      update.executeUpdate();
    }
  }
}
