package org.attache.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.attache.app.IngestJob;
import org.attache.app.Progress;
import org.attache.app.StandardComponents;
import org.attache.ingest.ReadOptions;
import org.attache.store.BrowseQueries;
import org.attache.store.Database;
import org.attache.store.Disposition;
import org.attache.store.RunReport;

/**
 * {@code POST /api/documents}: articles in the formats of {@code attache ingest}, chosen by
 * Content-Type. The body is first written and synced to a spool file beside the database (named by
 * its hash), then ingested from that file through {@link IngestJob}, which commits before the
 * answer: whatever was answered 200/201 is in the store (or quarantined with its reason), and the
 * spool keeps the bytes. Writes are serialised: one ingest at a time.
 */
final class PostRoute {
  private final DatabasePool pool;
  private final Runnable changed;
  private final boolean writable;
  private final long maxBytes;
  private final Path spool;

  PostRoute(DatabasePool pool, Runnable changed, boolean writable, long maxBytes) {
    this.pool = pool;
    this.changed = changed;
    this.writable = writable;
    this.maxBytes = maxBytes;
    Path db = pool.database().path();
    this.spool = db.resolveSibling(db.getFileName() + ".posted");
  }

  void addTo(Javalin app) {
    app.post("/api/documents", this::post);
  }

  private void post(Context context) throws IOException {
    if (!writable) {
      throw new ApiException(
          403, "the server is read-only: POST /api/documents needs `attache serve --writable`");
    }
    String type = mediaType(context.contentType());
    String extension =
        switch (type) {
          case "application/json",
              "application/x-ndjson",
              "application/jsonl",
              "application/x-jsonlines" ->
              ".jsonl";
          case "text/html", "application/xhtml+xml" -> ".html";
          case "text/plain" -> ".txt";
          default ->
              throw new ApiException(
                  415,
                  "unsupported Content-Type '"
                      + type
                      + "' in POST /api/documents: send application/json, application/x-ndjson,"
                      + " text/html or text/plain");
        };
    byte[] body = read(context.bodyInputStream());
    if (body.length == 0) {
      throw ApiException.badRequest("the body of POST /api/documents is empty");
    }
    if (type.equals("application/json")) {
      body = jsonLines(body);
    }
    Path file = spool(body, extension);
    ObjectNode answer = Json.object();
    RunReport report;
    synchronized (this) {
      Database database = pool.database();
      IngestJob job =
          new IngestJob(
              database,
              StandardComponents.reader(
                  new ReadOptions(false, maxBytes), InputStream::nullInputStream),
              StandardComponents.pipeline(),
              1,
              Progress.NONE);
      report = job.ingest(List.of(file.toString()));
      changed.run();
      BrowseQueries queries = new BrowseQueries(database);
      answer.put("read", report.read());
      answer.put("stored", report.stored());
      answer.put("duplicates", report.duplicates());
      answer.put("quarantined", report.count(Disposition.QUARANTINED));
      answer.put("summary", report.summary());
      answer.set("documents", Json.rows(queries.documentsFrom(file.toString())));
      answer.set("quarantine", Json.rows(queries.quarantinedFrom(file.toString())));
    }
    context.status(report.stored() > 0 ? 201 : 200);
    Answers.json(context, answer);
  }

  private static String mediaType(String contentType) {
    if (contentType == null) {
      return "";
    }
    int semicolon = contentType.indexOf(';');
    return (semicolon < 0 ? contentType : contentType.substring(0, semicolon))
        .strip()
        .toLowerCase(Locale.ROOT);
  }

  private byte[] read(InputStream in) throws IOException {
    byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
    if (body.length > maxBytes) {
      throw new ApiException(
          413, "the body of POST /api/documents is larger than " + maxBytes + " bytes");
    }
    return body;
  }

  /** One JSON article, or an array of them, as JSON Lines. */
  private static byte[] jsonLines(byte[] body) {
    JsonNode root;
    try {
      root = Json.MAPPER.readTree(body);
    } catch (JsonProcessingException e) {
      throw ApiException.badRequest(
          "the body of POST /api/documents is not JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    StringBuilder lines = new StringBuilder();
    for (JsonNode article : root.isArray() ? root : List.of(root)) {
      if (!article.isObject()) {
        throw ApiException.badRequest(
            "a JSON body is one article object or an array of them, not "
                + article.getNodeType().name().toLowerCase(Locale.ROOT)
                + " (POST /api/documents)");
      }
      lines.append(Json.write(article)).append('\n');
    }
    return lines.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** Writes the body to the spool and forces it to disk; the same body gives the same file. */
  private Path spool(byte[] body, String extension) throws IOException {
    Files.createDirectories(spool);
    Path file = spool.resolve("post-" + sha256(body).substring(0, 20) + extension);
    try (FileChannel channel =
        FileChannel.open(
            file,
            StandardOpenOption.CREATE,
            StandardOpenOption.WRITE,
            StandardOpenOption.TRUNCATE_EXISTING)) {
      ByteBuffer buffer = ByteBuffer.wrap(body);
      while (buffer.hasRemaining()) {
        channel.write(buffer);
      }
      channel.force(true);
    }
    return file;
  }

  private static String sha256(byte[] body) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
