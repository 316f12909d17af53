package org.attache.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.attache.model.DocumentException;
import org.attache.model.ErrorCode;

/**
 * Fetches http and https pages with the JDK client: 10 s to connect, 30 s for the whole response
 * (headers and body), redirects followed (except from https to http), bodies capped at a size, and
 * a User-Agent naming the project so site owners can reach us. Thread-safe; one instance should be
 * shared, as it holds a connection pool.
 */
public final class HttpFetcher implements Fetcher {
  /**
   * Spelled without the accent: HTTP field values are ASCII, and the JDK client would send "é" as
   * "?".
   */
  public static final String USER_AGENT = "Attache/0.1 (+https://github.com/attache)";

  public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
  public static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

  private static final String ACCEPT =
      "text/html, application/xhtml+xml, application/rss+xml, application/atom+xml,"
          + " application/xml;q=0.9, text/plain;q=0.8, */*;q=0.5";

  /**
   * Bodies are read on daemon threads so that {@link #fetch} can give up on a server that stalls
   * mid-body; the common fork-join pool is too small on small machines for blocking reads.
   */
  private static final ExecutorService BODY_READERS =
      Executors.newCachedThreadPool(
          task -> {
            Thread thread = new Thread(task, "attache-fetch-body");
            thread.setDaemon(true);
            return thread;
          });

  private final HttpClient client;
  private final long maxBytes;
  private final Duration requestTimeout;

  /** A fetcher with the default document size cap. */
  public HttpFetcher() {
    this(ReadOptions.DEFAULT_MAX_DOCUMENT_BYTES);
  }

  public HttpFetcher(long maxBytes) {
    this(maxBytes, REQUEST_TIMEOUT);
  }

  /** With a shorter request timeout, for tests of a stalling server. */
  HttpFetcher(long maxBytes, Duration requestTimeout) {
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(CONNECT_TIMEOUT)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
    this.maxBytes = maxBytes;
    this.requestTimeout = requestTimeout;
  }

  @Override
  public FetchedPage fetch(URI uri) throws DocumentException {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
      throw new DocumentException(
          ErrorCode.FETCH_FAILED, "cannot fetch, only http and https URLs are supported: " + uri);
    }
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .timeout(requestTimeout)
            .header("User-Agent", USER_AGENT)
            .header("Accept", ACCEPT)
            .GET()
            .build();
    CompletableFuture<FetchedPage> page =
        client
            .sendAsync(request, HttpResponse.BodyHandlers.ofInputStream())
            .thenApplyAsync(this::readBody, BODY_READERS);
    try {
      return page.get(requestTimeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException timeout) {
      page.cancel(true);
      throw new DocumentException(
          ErrorCode.FETCH_FAILED,
          "fetch timed out after " + requestTimeout.toSeconds() + " s: " + uri);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      page.cancel(true);
      throw new DocumentException(ErrorCode.FETCH_FAILED, "fetch interrupted: " + uri);
    } catch (ExecutionException failed) {
      Throwable cause = unwrap(failed);
      if (cause instanceof BodyException body) {
        throw body.error;
      }
      throw new DocumentException(
          ErrorCode.FETCH_FAILED,
          "fetch failed: " + Rejections.quote(describe(cause)) + ": " + uri,
          cause);
    }
  }

  private FetchedPage readBody(HttpResponse<InputStream> response) {
    URI finalUri = response.uri();
    String contentType = response.headers().firstValue("Content-Type").orElse(null);
    try (InputStream body = response.body()) {
      int status = response.statusCode();
      if (status < 200 || status > 299) {
        throw new BodyException(
            new DocumentException(
                ErrorCode.FETCH_FAILED, "HTTP status " + status + ": " + finalUri));
      }
      long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
      if (declared > maxBytes) {
        throw tooLarge(declared + " bytes", finalUri);
      }
      BoundedContent content = BoundedContent.read(body, maxBytes);
      if (content.tooLarge()) {
        throw tooLarge("more than " + maxBytes + " bytes", finalUri);
      }
      return new FetchedPage(finalUri, status, contentType, content.bytes());
    } catch (IOException error) {
      throw new BodyException(
          new DocumentException(
              ErrorCode.FETCH_FAILED,
              "fetch failed reading the body: " + Rejections.describe(error) + ": " + finalUri,
              error));
    }
  }

  private BodyException tooLarge(String size, URI uri) {
    return new BodyException(
        new DocumentException(
            ErrorCode.TOO_LARGE, "page too large: " + size + " > limit " + maxBytes + ": " + uri));
  }

  private static Throwable unwrap(Throwable error) {
    Throwable cause = error;
    while ((cause instanceof ExecutionException || cause instanceof CompletionException)
        && cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause;
  }

  private static String describe(Throwable error) {
    String message = error.getMessage();
    return message == null || message.isBlank()
        ? error.getClass().getSimpleName()
        : error.getClass().getSimpleName() + ": " + message;
  }

  /** Carries a document error out of the asynchronous body reader. */
  private static final class BodyException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient DocumentException error;

    BodyException(DocumentException error) {
      super(error.getMessage(), error, false, false);
      this.error = error;
    }
  }
}
