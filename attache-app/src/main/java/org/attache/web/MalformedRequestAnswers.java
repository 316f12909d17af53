package org.attache.web;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * Jetty's answer to requests it rejects before any route sees them (a NUL in the path, a malformed
 * header): the same one-line JSON error and security headers as every other answer, instead of
 * Jetty's HTML page.
 */
final class MalformedRequestAnswers extends ErrorHandler {
  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    fields.put(HttpHeader.CONTENT_TYPE, Answers.JSON_TYPE);
    fields.put("Content-Security-Policy", WebServer.CONTENT_SECURITY_POLICY);
    fields.put("X-Content-Type-Options", "nosniff");
    fields.put("Referrer-Policy", "no-referrer");
    String message =
        "malformed request refused by the server: "
            + (reason == null ? "status " + status : reason);
    return ByteBuffer.wrap(Json.write(Json.error(message)).getBytes(StandardCharsets.UTF_8));
  }
}
