package org.attache.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Calls a running {@code attache serve} on loopback with {@link HttpClient}, for the API tests:
 * every answer is checked for the security headers, and JSON answers for their content type and,
 * when they are errors, for a message of one line.
 */
record ApiClient(String base) {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  static ApiClient at(int port) {
    return new ApiClient("http://127.0.0.1:" + port);
  }

  /** A status, the body as text and as JSON (null when not JSON). */
  record Answer(int status, String body, JsonNode json, HttpResponse<String> response) {}

  Answer get(String path) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
  }

  Answer post(String path, String contentType, byte[] body) {
    return send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  Answer post(String path, String contentType, String body) {
    return post(path, contentType, body.getBytes(StandardCharsets.UTF_8));
  }

  /** The JSON of a 200 answer. */
  JsonNode ok(String path) {
    Answer answer = get(path);
    assertThat(answer.status()).as(path + ": " + answer.body()).isEqualTo(200);
    return answer.json();
  }

  /** The one-line error of an answer with this status. */
  String error(Answer answer, int status) {
    assertThat(answer.status()).as(answer.body()).isEqualTo(status);
    String message = answer.json().get("error").asText();
    assertThat(message).isNotBlank().doesNotContain("\n");
    return message;
  }

  private Answer send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response =
          CLIENT.send(
              request.timeout(Duration.ofSeconds(60)).build(),
              HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      assertThat(response.headers().firstValue("Content-Security-Policy"))
          .hasValueSatisfying(csp -> assertThat(csp).contains("script-src 'self'"));
      assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
      assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
      JsonNode json = null;
      String type = response.headers().firstValue("Content-Type").orElse("");
      if (type.startsWith("application/json")) {
        json = JSON.readTree(response.body());
      }
      return new Answer(response.statusCode(), response.body(), json, response);
    } catch (IOException e) {
      throw new AssertionError("cannot reach " + base + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }
}
