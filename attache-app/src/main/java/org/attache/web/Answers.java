package org.attache.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;

/** Writes JSON answers: the body, UTF-8, with the content type {@code application/json}. */
final class Answers {
  static final String JSON_TYPE = "application/json";

  private Answers() {}

  static void json(Context context, JsonNode body) {
    text(context, Json.write(body));
  }

  static void text(Context context, String json) {
    context.contentType(JSON_TYPE);
    context.result(json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  static void error(Context context, int status, String message) {
    context.status(status);
    json(context, Json.error(message));
  }
}
