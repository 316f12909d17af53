package org.attache.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.attache.cli.Briefs;
import org.attache.cli.EventFilterParser;
import org.attache.store.BrowseQueries;
import org.attache.store.DocumentQueries;
import org.attache.store.EventQueries;
import org.attache.store.EventStore;
import org.attache.store.Row;

/**
 * The routes that summarise the whole store: {@code /api/stats} (the counters of {@code attache
 * stats}), {@code /api/actors}, {@code /api/dyads} and {@code /api/brief} (the JSON of {@code
 * attache brief --format json}). Their answers are cached until the store changes.
 */
final class OverviewRoutes {
  private static final EventFilterParser DATES = new EventFilterParser("");

  private final DatabasePool pool;
  private final AnswerCache cache;

  OverviewRoutes(DatabasePool pool, AnswerCache cache) {
    this.pool = pool;
    this.cache = cache;
  }

  void addTo(Javalin app) {
    app.get("/api/stats", context -> Answers.text(context, cache.get("stats", this::stats)));
    app.get("/api/actors", this::actors);
    app.get("/api/dyads", this::dyads);
    app.get("/api/brief", this::brief);
  }

  private String stats() {
    return pool.with(
        db -> {
          List<Row> rows = new ArrayList<>(new DocumentQueries(db).stats());
          rows.addAll(new EventQueries(db).quality());
          ObjectNode stats = Json.object();
          for (Row row : rows) {
            String key = row.get("section") + " " + row.get("key");
            switch (key) {
              case "documents total" ->
                  stats.set("documents", Json.MAPPER.valueToTree(row.get("value")));
              case "events mentions" ->
                  stats.set("mentions", Json.MAPPER.valueToTree(row.get("value")));
              case "events total" -> stats.set("events", Json.MAPPER.valueToTree(row.get("value")));
              case "quarantine total" ->
                  stats.set("quarantined", Json.MAPPER.valueToTree(row.get("value")));
              case "duplicates same content elsewhere" ->
                  stats.set("duplicates", Json.MAPPER.valueToTree(row.get("value")));
              default -> {
                // Every counter is also in "rows" below.
              }
            }
          }
          stats.set("rows", Json.rows(rows));
          return Json.write(stats);
        });
  }

  private void actors(Context context) {
    int limit = QueryValues.limit(context, 100, 1000);
    Answers.text(
        context,
        cache.get(
            "actors " + limit,
            () -> pool.with(db -> page("actors", new BrowseQueries(db).actors(limit)))));
  }

  private void dyads(Context context) {
    int limit = QueryValues.limit(context, 100, 1000);
    Answers.text(
        context,
        cache.get(
            "dyads " + limit,
            () -> pool.with(db -> page("dyads", new BrowseQueries(db).dyads(limit)))));
  }

  private static String page(String name, List<Row> rows) {
    ObjectNode page = Json.object();
    ArrayNode array = page.putArray(name);
    array.addAll(Json.rows(rows));
    return Json.write(page);
  }

  private void brief(Context context) {
    String first = QueryValues.text(context, "a");
    String second = QueryValues.text(context, "b");
    if (first == null || second == null) {
      throw ApiException.badRequest(
          "a and b are required, two countries such as a=BLR&b=PAK: a="
              + first
              + ", b="
              + second
              + " in GET /api/brief");
    }
    LocalDate from = DATES.date("from", QueryValues.text(context, "from"));
    LocalDate to = DATES.date("to", QueryValues.text(context, "to"));
    String key = "brief " + first + " " + second + " " + from + " " + to;
    Answers.text(
        context,
        cache.get(
            key,
            () -> pool.with(db -> Briefs.json(new EventStore(db), first, second, from, to, ""))));
  }
}
