package org.attache.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import org.attache.event.EventMention;
import org.attache.event.EventMentionCodec;
import org.attache.store.BrowseQueries;
import org.attache.store.DocumentQueries;
import org.attache.store.Row;

/**
 * {@code GET /api/documents} (a page of documents and the total) and {@code GET
 * /api/documents/{id}} (one document, its clean text and the event mentions coded in it, with spans
 * as offsets into that text).
 */
final class DocumentRoutes {
  private final DatabasePool pool;

  DocumentRoutes(DatabasePool pool) {
    this.pool = pool;
  }

  void addTo(Javalin app) {
    app.get("/api/documents", this::list);
    app.get("/api/documents/{id}", this::one);
  }

  private void list(Context context) {
    int limit = QueryValues.limit(context, 50, 1000);
    int offset = QueryValues.offset(context);
    Answers.json(
        context,
        pool.with(
            db -> {
              BrowseQueries queries = new BrowseQueries(db);
              ObjectNode page = Json.object().put("total", queries.documentCount());
              page.set("documents", Json.rows(queries.documents(limit, offset)));
              return page;
            }));
  }

  private void one(Context context) {
    String id = context.pathParam("id");
    Answers.json(
        context,
        pool.with(
            db -> {
              Row row =
                  new DocumentQueries(db)
                      .document(id)
                      .orElseThrow(
                          () ->
                              ApiException.notFound("no document with id " + id + " in the store"));
              ObjectNode document = Json.object();
              for (String field :
                  new String[] {"id", "title", "source", "url", "published", "language"}) {
                document.set(field, Json.MAPPER.valueToTree(row.get(field)));
              }
              document.put("status", (String) row.get("analysis"));
              document.put("text", (String) row.get("text"));
              document.set("mentions", mentions(new BrowseQueries(db), id));
              return document;
            }));
  }

  private static ArrayNode mentions(BrowseQueries queries, String id) {
    ArrayNode mentions = Json.MAPPER.createArrayNode();
    for (Row row : queries.mentionsIn(id)) {
      EventMention mention = EventMentionCodec.fromJson((String) row.get("mention"));
      ObjectNode node = mentions.addObject();
      node.put("id", (String) row.get("id"));
      node.put("event", (String) row.get("event_id"));
      node.put("sentence", mention.sentence());
      node.put("sentence_start", ((Number) row.get("sentence_start")).intValue());
      node.put("sentence_end", ((Number) row.get("sentence_end")).intValue());
      node.put("code", mention.type().code());
      node.put("act", mention.type().name());
      node.put("plover", mention.type().ploverType());
      node.put("status", mention.status().label());
      node.set("spans", MentionSpans.of(mention, 0));
    }
    return mentions;
  }
}
