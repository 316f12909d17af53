package org.attache.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.attache.app.IngestJob;
import org.attache.app.Progress;
import org.attache.app.StandardComponents;
import org.attache.ingest.ReadOptions;
import org.attache.store.Database;
import org.attache.store.EventStore;
import org.attache.web.WebServer;

/**
 * The web API load test, run by {@code bench/web}: builds (or reuses) a synthetic store of at least
 * {@code --events} events through the normal ingest and event-store paths, starts the read-only
 * server on loopback and sends each main route requests from {@code --clients} concurrent clients
 * for at most {@code --seconds} seconds or {@code --requests} requests, then prints a Markdown
 * table of requests/s and latency percentiles. Not a test: timing does not belong in the unit
 * tests.
 *
 * <p>Usage: {@code WebLoadBenchmark --work DIR [--events N] [--clients C] [--seconds S] [--requests
 * R]}.
 */
public final class WebLoadBenchmark {
  private static final int PER_ARTICLE = 10;

  private WebLoadBenchmark() {}

  /** A route under test: its name and how to make the next request's path. */
  private record Route(String name, Function<Random, String> path) {}

  public static void main(String[] args) throws Exception {
    Path work = Path.of(option(args, "--work", "target/web-bench"));
    int events = Integer.parseInt(option(args, "--events", "100000"));
    int clients = Integer.parseInt(option(args, "--clients", "4"));
    int seconds = Integer.parseInt(option(args, "--seconds", "20"));
    int requests = Integer.parseInt(option(args, "--requests", "5000"));
    Files.createDirectories(work);
    Path db = work.resolve("web-" + events + ".duckdb");
    List<String> eventIds = new ArrayList<>();
    List<String> documentIds = new ArrayList<>();
    try (Database database = Database.open(db)) {
      if (count(database, "events") < events) {
        build(database, work, events);
      }
      System.out.printf(
          Locale.ROOT,
          "store: %,d documents, %,d events, %,d mentions%n",
          count(database, "documents"),
          count(database, "events"),
          count(database, "event_mentions"));
      sample(database, "SELECT id FROM events ORDER BY hash(id) LIMIT 2000", eventIds);
      sample(database, "SELECT id FROM documents ORDER BY hash(id) LIMIT 2000", documentIds);
    }
    long started = System.nanoTime();
    try (WebServer server = WebServer.start(db, "127.0.0.1", 0, false)) {
      System.out.printf(
          Locale.ROOT,
          "server started in %.1f s (search index: %,d documents)%n",
          (System.nanoTime() - started) / 1e9,
          server.indexedDocuments());
      String base = "http://127.0.0.1:" + server.port();
      List<SyntheticEvents.Country> countries = SyntheticEvents.COUNTRIES;
      List<Route> routes =
          List.of(
              new Route("GET /api/stats", random -> "/api/stats"),
              new Route(
                  "GET /api/events?dyad&from&to",
                  random -> {
                    int year = 2015 + random.nextInt(10);
                    return "/api/events?dyad="
                        + pair(random, countries)
                        + "&from="
                        + year
                        + "-01-01&to="
                        + year
                        + "-12-31&limit=50";
                  }),
              new Route(
                  "GET /api/events?actor&code&offset",
                  random ->
                      "/api/events?actor="
                          + countries.get(random.nextInt(countries.size())).code()
                          + "&code="
                          + SyntheticEvents.ACTS.get(random.nextInt(10)).type().root()
                          + "&limit=50&offset="
                          + 50 * random.nextInt(4)),
              new Route(
                  "GET /api/events/{id}",
                  random -> "/api/events/" + eventIds.get(random.nextInt(eventIds.size()))),
              new Route(
                  "GET /api/documents/{id}",
                  random ->
                      "/api/documents/" + documentIds.get(random.nextInt(documentIds.size()))),
              new Route(
                  "GET /api/brief?a&b&from&to",
                  random -> {
                    int year = 2015 + random.nextInt(9);
                    String[] two = pair(random, countries).split(",");
                    return "/api/brief?a="
                        + two[0]
                        + "&b="
                        + two[1]
                        + "&from="
                        + year
                        + "-01-01&to="
                        + (year + 1)
                        + "-12-31";
                  }),
              new Route(
                  "GET /api/search?q",
                  random -> {
                    SyntheticEvents.Country country =
                        countries.get(random.nextInt(countries.size()));
                    String word =
                        SyntheticEvents.ACTS.get(random.nextInt(10)).phrase().split(" ")[0];
                    return "/api/search?q="
                        + country.capital().replace(' ', '+')
                        + "+"
                        + word
                        + "&limit=20";
                  }),
              new Route("GET /api/dyads", random -> "/api/dyads?limit=100"),
              new Route("GET /api/actors", random -> "/api/actors?limit=100"));
      System.out.printf(
          Locale.ROOT,
          "%n%d clients, each route for at most %d s or %,d requests%n%n",
          clients,
          seconds,
          requests);
      System.out.println(
          "| Route | First ms | Requests | Errors | Requests/s | p50 ms | p99 ms | max ms |");
      System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|");
      for (Route route : routes) {
        load(base, route, clients, seconds, requests);
      }
    }
  }

  private static void load(String base, Route route, int clients, int seconds, int requests)
      throws InterruptedException {
    HttpClient client = HttpClient.newHttpClient();
    Random warm = new Random(7);
    // The first request finds the server cold (and fills the answer cache of the summary routes).
    long first = System.nanoTime();
    send(client, base + route.path().apply(warm));
    double firstMillis = (System.nanoTime() - first) / 1e6;
    for (int i = 0; i < 20; i++) {
      send(client, base + route.path().apply(warm));
    }
    List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
    AtomicLong issued = new AtomicLong();
    AtomicLong errors = new AtomicLong();
    long deadline = System.nanoTime() + seconds * 1_000_000_000L;
    List<Thread> threads = new ArrayList<>();
    long started = System.nanoTime();
    for (int c = 0; c < clients; c++) {
      Random random = new Random(1000 + c);
      Thread thread =
          new Thread(
              () -> {
                while (System.nanoTime() < deadline && issued.incrementAndGet() <= requests) {
                  long start = System.nanoTime();
                  int status = send(client, base + route.path().apply(random));
                  latencies.add(System.nanoTime() - start);
                  if (status != 200) {
                    errors.incrementAndGet();
                  }
                }
              });
      threads.add(thread);
      thread.start();
    }
    for (Thread thread : threads) {
      thread.join();
    }
    double elapsed = (System.nanoTime() - started) / 1e9;
    List<Long> sorted = new ArrayList<>(latencies);
    Collections.sort(sorted);
    System.out.printf(
        Locale.ROOT,
        "| `%s` | %.0f | %,d | %d | %.1f | %.1f | %.1f | %.1f |%n",
        route.name(),
        firstMillis,
        sorted.size(),
        errors.get(),
        sorted.size() / elapsed,
        percentile(sorted, 0.50),
        percentile(sorted, 0.99),
        sorted.isEmpty() ? 0.0 : sorted.get(sorted.size() - 1) / 1e6);
  }

  private static double percentile(List<Long> sorted, double share) {
    if (sorted.isEmpty()) {
      return 0.0;
    }
    int index = (int) Math.ceil(share * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index))) / 1e6;
  }

  private static int send(HttpClient client, String url) {
    try {
      HttpResponse<InputStream> response =
          client.send(
              HttpRequest.newBuilder(URI.create(url)).GET().build(),
              HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream body = response.body()) {
        body.transferTo(OutputStream.nullOutputStream());
      }
      return response.statusCode();
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  private static String pair(Random random, List<SyntheticEvents.Country> countries) {
    int first = random.nextInt(countries.size());
    int second = (first + 1 + random.nextInt(countries.size() - 1)) % countries.size();
    return countries.get(first).code() + "," + countries.get(second).code();
  }

  /** Ingests synthetic articles, then stores their event mentions through the event store. */
  private static void build(Database database, Path work, int events) throws Exception {
    Random random = new Random(42);
    int articles = (events + PER_ARTICLE - 1) / PER_ARTICLE;
    List<List<SyntheticEvents.Line>> lines = new ArrayList<>();
    for (int i = 0; i < articles; i++) {
      lines.add(SyntheticEvents.lines(random, PER_ARTICLE));
    }
    Path file = work.resolve("synthetic-" + events + ".jsonl");
    SyntheticEvents.writeArticles(file, lines);
    long started = System.nanoTime();
    new IngestJob(
            database,
            StandardComponents.reader(ReadOptions.DEFAULTS, InputStream::nullInputStream),
            StandardComponents.pipeline(),
            Runtime.getRuntime().availableProcessors(),
            Progress.NONE)
        .ingest(List.of(file.toString()));
    System.out.printf(
        Locale.ROOT,
        "ingested %,d synthetic articles in %.1f s%n",
        articles,
        (System.nanoTime() - started) / 1e9);
    started = System.nanoTime();
    EventStore store = new EventStore(database);
    database.connection().setAutoCommit(false);
    int done = 0;
    try (Statement query = database.connection().createStatement();
        ResultSet rows = query.executeQuery("SELECT id, text FROM documents ORDER BY id")) {
      List<String[]> documents = new ArrayList<>();
      while (rows.next()) {
        documents.add(new String[] {rows.getString(1), rows.getString(2)});
      }
      for (String[] document : documents) {
        int index = Integer.parseInt(document[0].substring("syn-".length()));
        store.replace(
            document[0], SyntheticEvents.evidence(document[0], document[1], lines.get(index)));
        if (++done % 1000 == 0) {
          database.connection().commit();
        }
      }
    }
    database.connection().commit();
    database.connection().setAutoCommit(true);
    System.out.printf(
        Locale.ROOT,
        "stored the events of %,d articles in %.1f s%n",
        done,
        (System.nanoTime() - started) / 1e9);
  }

  private static long count(Database database, String table) throws SQLException {
    try (Statement query = database.connection().createStatement();
        ResultSet row = query.executeQuery("SELECT count(*) FROM " + table)) {
      row.next();
      return row.getLong(1);
    }
  }

  private static void sample(Database database, String sql, List<String> into) throws SQLException {
    try (Statement query = database.connection().createStatement();
        ResultSet rows = query.executeQuery(sql)) {
      while (rows.next()) {
        into.add(rows.getString(1));
      }
    }
  }

  private static String option(String[] args, String name, String fallback) {
    for (int i = 0; i + 1 < args.length; i++) {
      if (args[i].equals(name)) {
        return args[i + 1];
      }
    }
    return fallback;
  }
}
