package org.attache.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.attache.web.WebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code attache serve --writable}: articles POSTed in each format are stored before the answer,
 * found by search, kept when the server stops; bad bodies are refused with a clear 4xx.
 */
class WebPostIT {
  @TempDir Path folder;

  @Test
  void postedArticlesAreStoredSearchableAndKept() throws Exception {
    Path db = Path.of(RelationsFixture.store(folder).db);
    String id;
    try (WebServer server = WebServer.start(db, "127.0.0.1", 0, true)) {
      ApiClient api = ApiClient.at(server.port());
      String article =
          "Zanzibar hosts regional ministers\n\nZANZIBAR, 3 June 2023 — Ministers of the region"
              + " met in Zanzibar on Saturday to discuss fisheries.\n";
      ApiClient.Answer posted = api.post("/api/documents", "text/plain; charset=utf-8", article);
      assertThat(posted.status()).as(posted.body()).isEqualTo(201);
      assertThat(posted.json().get("stored").asInt()).isEqualTo(1);
      id = posted.json().get("documents").get(0).get("id").asText();
      assertThat(api.ok("/api/documents/" + id).get("text").asText()).contains("fisheries");
      JsonNode found = api.ok("/api/search?q=zanzibar+fisheries");
      assertThat(found.get("results").get(0).get("id").asText()).isEqualTo(id);
      assertThat(api.ok("/api/stats").get("documents").asInt()).isEqualTo(2);

      ApiClient.Answer again = api.post("/api/documents", "text/plain", article);
      assertThat(again.status()).as(again.body()).isEqualTo(200);
      assertThat(again.json().get("stored").asInt()).isZero();

      String json =
          "[{\"id\": \"wire-77\", \"title\": \"Oslo talks\", \"text\": \"Norway and Sri Lanka"
              + " held talks in Oslo on Monday about the ceasefire.\", \"published\":"
              + " \"2023-06-05\"}]";
      ApiClient.Answer wire = api.post("/api/documents", "application/json", json);
      assertThat(wire.status()).as(wire.body()).isEqualTo(201);
      assertThat(api.ok("/api/documents/wire-77").get("title").asText()).isEqualTo("Oslo talks");
      assertThat(api.ok("/api/search?q=ceasefire").get("results").get(0).get("id").asText())
          .isEqualTo("wire-77");

      ApiClient.Answer html =
          api.post(
              "/api/documents",
              "text/html",
              "<html><head><title>Quito summit</title></head><body><article><h1>Quito"
                  + " summit</h1><p>Ecuador and Peru signed a border accord in Quito on"
                  + " Tuesday, officials said.</p></article></body></html>");
      assertThat(html.status()).as(html.body()).isEqualTo(201);

      ApiClient.Answer empty = api.post("/api/documents", "text/plain", "   \n");
      assertThat(empty.status()).as(empty.body()).isIn(200, 400);
      assertThat(api.error(api.post("/api/documents", "application/json", "{nope"), 400))
          .contains("not JSON");
      assertThat(api.error(api.post("/api/documents", "application/json", "[1, 2]"), 400))
          .contains("article object");
      assertThat(api.error(api.post("/api/documents", "application/pdf", "%PDF-1.4"), 415))
          .contains("application/pdf");
      byte[] huge = new byte[(int) WebServer.MAX_POST_BYTES + 1];
      Arrays.fill(huge, (byte) 'a');
      assertThat(api.error(api.post("/api/documents", "text/plain", huge), 413))
          .contains(Long.toString(WebServer.MAX_POST_BYTES));
      assertThat(api.error(api.post("/api/documents", "text/plain", ""), 400)).contains("empty");
    }
    try (Stream<Path> spooled = Files.list(db.resolveSibling(db.getFileName() + ".posted"))) {
      assertThat(spooled).hasSize(4);
    }
    try (WebServer reopened = WebServer.start(db, "127.0.0.1", 0, false)) {
      ApiClient api = ApiClient.at(reopened.port());
      assertThat(api.ok("/api/documents/" + id).get("text").asText()).contains("fisheries");
      assertThat(api.ok("/api/documents").get("total").asInt()).isEqualTo(4);
      assertThat(reopened.indexedDocuments()).isEqualTo(4);
    }
  }
}
