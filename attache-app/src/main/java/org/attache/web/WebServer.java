package org.attache.web;

import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.attache.store.Database;

/**
 * Attaché's HTTP server: the JSON API under {@code /api/}, its OpenAPI description at {@code
 * /openapi.json} and the browser UI's static files from the classpath at {@code /}. Every response
 * carries a strict Content-Security-Policy and no-sniff and no-referrer headers; errors are JSON
 * objects {@code {"error": "…"}} with one line. Read-only unless started writable, in which case
 * POST /api/documents ingests articles. {@link #close()} stops the server and closes the store.
 */
public final class WebServer implements AutoCloseable {
  /** The largest POST body accepted. */
  public static final long MAX_POST_BYTES = 10L * 1024 * 1024;

  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

  private final Database database;
  private final DatabasePool pool;
  private final SearchIndex index;
  private final Javalin app;
  private final List<String> routes = new CopyOnWriteArrayList<>();

  private WebServer(Database database, SearchIndex index, boolean writable) {
    this.database = database;
    this.pool = new DatabasePool(database, Math.max(4, Runtime.getRuntime().availableProcessors()));
    this.index = index;
    AnswerCache cache = new AnswerCache();
    String openApi = resource("openapi.json");
    this.app =
        Javalin.create(
            config -> {
              config.showJavalinBanner = false;
              config.events.handlerAdded(
                  added -> {
                    if (added.getHttpMethod().isHttpMethod()) {
                      routes.add(added.getHttpMethod() + " " + added.getPath());
                    }
                  });
              config.http.maxRequestSize = MAX_POST_BYTES;
              config.staticFiles.add(
                  files -> {
                    files.hostedPath = "/";
                    files.directory = "/org/attache/web/static";
                    files.location = Location.CLASSPATH;
                  });
            });
    app.before(WebServer::securityHeaders);
    app.get("/openapi.json", context -> Answers.text(context, openApi));
    new OverviewRoutes(pool, cache).addTo(app);
    new DocumentRoutes(pool).addTo(app);
    new EventRoutes(pool).addTo(app);
    new SearchRoutes(index).addTo(app);
    Runnable changed =
        () -> {
          cache.clear();
          index.update(database);
        };
    new PostRoute(pool, changed, writable, MAX_POST_BYTES).addTo(app);
    ErrorAnswers.addTo(app);
  }

  /**
   * Opens the store (read-only unless {@code writable}), brings the search index in step and starts
   * listening on {@code host}:{@code port} (0: any free port).
   */
  public static WebServer start(Path databaseFile, String host, int port, boolean writable) {
    Database database =
        writable ? Database.open(databaseFile) : Database.openReadOnly(databaseFile);
    SearchIndex index = null;
    try {
      index = new SearchIndex(SearchIndex.folderFor(database.path()));
      index.update(database);
      WebServer server = new WebServer(database, index, writable);
      server.app.start(host, port);
      return server;
    } catch (RuntimeException e) {
      if (index != null) {
        index.close();
      }
      database.close();
      throw e;
    }
  }

  /** The port the server listens on. */
  public int port() {
    return app.port();
  }

  /** The routes served, as "GET /api/stats", in the order they were added. */
  public List<String> routes() {
    return List.copyOf(routes);
  }

  /** How many documents the search index holds. */
  public int indexedDocuments() {
    return index.size();
  }

  private static void securityHeaders(io.javalin.http.Context context) {
    context.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    context.header("X-Content-Type-Options", "nosniff");
    context.header("Referrer-Policy", "no-referrer");
    context.header("X-Frame-Options", "DENY");
  }

  static String resource(String name) {
    try (InputStream in = WebServer.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is missing from the Attaché jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name + " from the Attaché jar", e);
    }
  }

  @Override
  public void close() {
    app.stop();
    pool.close();
    index.close();
    database.close();
  }
}
