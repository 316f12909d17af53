package org.attache.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code attache serve --port 0} on a store, run as its own process from the test's classpath the
 * way a user starts it; the base URL is read from the line it prints. Closing stops the process.
 */
final class Site implements AutoCloseable {
  private static final Pattern URL = Pattern.compile("(http://127\\.0\\.0\\.1:\\d+/)");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Process process;
  private final String base;
  private final HttpClient client = HttpClient.newHttpClient();

  private Site(Process process, String base) {
    this.process = process;
    this.base = base;
  }

  static Site start(Path db) throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process =
        new ProcessBuilder(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                "org.attache.cli.Main",
                "serve",
                "--db",
                db.toString(),
                "--port",
                "0")
            .redirectErrorStream(true)
            .start();
    BufferedReader output =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    CompletableFuture<String> base =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                StringBuilder seen = new StringBuilder();
                for (String line = output.readLine(); line != null; line = output.readLine()) {
                  Matcher url = URL.matcher(line);
                  if (url.find()) {
                    Thread drain = new Thread(() -> output.lines().forEach(rest -> {}));
                    drain.setDaemon(true);
                    drain.start();
                    return url.group(1);
                  }
                  seen.append(line).append('\n');
                }
                throw new IllegalStateException("attache serve ended without a URL:\n" + seen);
              } catch (IOException e) {
                throw new IllegalStateException("cannot read attache serve's output", e);
              }
            });
    try {
      return new Site(process, base.get(120, TimeUnit.SECONDS));
    } catch (Exception e) {
      process.destroyForcibly();
      throw new IllegalStateException("attache serve did not start: " + e.getMessage(), e);
    }
  }

  String base() {
    return base;
  }

  JsonNode json(String path) throws IOException, InterruptedException {
    return JSON.readTree(get(path).body());
  }

  HttpHeaders headers(String path) throws IOException, InterruptedException {
    return get(path).headers();
  }

  /** The id of the first stored document from {@code source}; fails when there is none. */
  String documentIdFrom(String source) throws IOException, InterruptedException {
    for (JsonNode document : json("/api/documents?limit=1000").get("documents")) {
      if (source.equals(document.path("source").asText())) {
        return document.get("id").asText();
      }
    }
    throw new AssertionError("no stored document from " + source);
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(URI.create(base).resolve(path)).build();
    return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
