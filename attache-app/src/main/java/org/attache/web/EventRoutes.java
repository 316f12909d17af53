package org.attache.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.List;
import org.attache.cli.EventFilterParser;
import org.attache.event.EventMention;
import org.attache.event.EventMentionCodec;
import org.attache.event.EventRecords;
import org.attache.store.BrowseQueries;
import org.attache.store.EventFilter;
import org.attache.store.Row;

/**
 * {@code GET /api/events} (the events that pass the same filters as {@code attache events}, a page
 * of EVENTS.md records and the total) and {@code GET /api/events/{id}} (one record with each
 * mention's document, sentence and spans relative to that sentence, and the merges).
 */
final class EventRoutes {
  private static final EventFilterParser FILTERS = new EventFilterParser("");

  private final DatabasePool pool;

  EventRoutes(DatabasePool pool) {
    this.pool = pool;
  }

  void addTo(Javalin app) {
    app.get("/api/events", this::list);
    app.get("/api/events/{id}", this::one);
  }

  static EventFilter filter(Context context) {
    return FILTERS.parse(
        QueryValues.text(context, "actor"),
        QueryValues.text(context, "recipient"),
        QueryValues.text(context, "dyad"),
        QueryValues.text(context, "code"),
        QueryValues.text(context, "type"),
        FILTERS.date("from", QueryValues.text(context, "from")),
        FILTERS.date("to", QueryValues.text(context, "to")),
        QueryValues.text(context, "status"),
        QueryValues.text(context, "doc"));
  }

  private void list(Context context) {
    EventFilter filter = filter(context);
    List<String> words = words(context);
    int limit = QueryValues.limit(context, 50, 1000);
    int offset = QueryValues.offset(context);
    Answers.json(
        context,
        pool.with(
            db -> {
              BrowseQueries queries = new BrowseQueries(db);
              ObjectNode page = Json.object().put("total", queries.eventCount(filter, words));
              ArrayNode events = page.putArray("events");
              queries
                  .events(filter, words, limit, offset)
                  .forEach(record -> events.add(Json.parse(record)));
              return page;
            }));
  }

  /** The words of {@code q}: events whose evidence sentences contain them all. */
  private static List<String> words(Context context) {
    String query = QueryValues.text(context, "q");
    if (query == null) {
      return List.of();
    }
    List<String> words = List.of(query.split("\\s+"));
    if (words.size() > 10 || words.stream().anyMatch(word -> word.length() > 100)) {
      throw ApiException.badRequest(
          "q takes at most 10 words of at most 100 characters: '" + query + "' in GET /api/events");
    }
    return words;
  }

  private void one(Context context) {
    String id = context.pathParam("id");
    Answers.json(
        context,
        pool.with(
            db -> {
              BrowseQueries queries = new BrowseQueries(db);
              String record = queries.event(id);
              if (record == null) {
                throw ApiException.notFound("no event with id " + id + " in the store");
              }
              ObjectNode event = (ObjectNode) Json.parse(record);
              // The stored mentions replace the record's: the same EVENTS.md fields and more.
              event.set("mentions", mentions(queries.mentionsOf(id)));
              ArrayNode merges = event.putArray("merges");
              queries.mergesOf(id).forEach(merge -> merges.add(Json.row(merge)));
              return event;
            }));
  }

  /**
   * Each mention with the EVENTS.md fields (doc, source, url, published, sentence, status, spans as
   * document offsets) and, for showing the evidence, its id, document title, act and the spans as
   * objects relative to the sentence ({@code sentence_spans}).
   */
  private static ArrayNode mentions(Iterable<Row> rows) {
    ArrayNode reports = Json.MAPPER.createArrayNode();
    for (Row row : rows) {
      EventMention mention = EventMentionCodec.fromJson((String) row.get("mention"));
      ObjectNode node = reports.addObject();
      node.put("id", (String) row.get("id"));
      node.put("doc", (String) row.get("document_id"));
      node.put("title", (String) row.get("title"));
      node.put("source", (String) row.get("source"));
      node.put("url", (String) row.get("url"));
      node.set("published", Json.MAPPER.valueToTree(row.get("published")));
      node.put("sentence", (String) row.get("sentence_text"));
      int sentenceStart = ((Number) row.get("sentence_start")).intValue();
      node.put("sentence_start", sentenceStart);
      node.put("status", mention.status().label());
      node.put("code", mention.type().code());
      node.put("act", mention.type().name());
      node.put("lexicon_entry", mention.lexiconEntry());
      node.set("spans", EventRecords.spans(mention));
      node.set("sentence_spans", MentionSpans.of(mention, sentenceStart));
    }
    return reports;
  }
}
