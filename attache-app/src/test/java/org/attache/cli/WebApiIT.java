package org.attache.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.attache.store.Database;
import org.attache.web.WebServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every route of {@code attache serve} (read-only) against the hand-coded events of {@link
 * RelationsFixture}: answers, filters checked as the CLI checks them (400 with one line), unknown
 * ids and routes (404), POST refused, and the OpenAPI description listing every route.
 */
class WebApiIT {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path folder;

  private static StoredEvents store;
  private static WebServer server;
  private static ApiClient api;
  private static List<String> cliDyad;
  private static JsonNode cliBrief;

  @BeforeAll
  static void serve() throws Exception {
    store = RelationsFixture.store(folder);
    // The command line's answers first: a process opens a DuckDB file in one mode at a time.
    cliDyad = new ArrayList<>();
    String lines =
        CliRun.run("events", "--db", store.db, "--dyad", "BLR,PAK", "--format", "jsonl").out();
    for (String line : lines.strip().split("\n")) {
      cliDyad.add(JSON.readTree(line).get("id").asText());
    }
    cliBrief =
        JSON.readTree(
            CliRun.run(
                    "brief",
                    "--db",
                    store.db,
                    "BLR",
                    "PAK",
                    "--from",
                    "2023-01-01",
                    "--to",
                    "2023-06-30",
                    "--format",
                    "json")
                .out());
    server = WebServer.start(Path.of(store.db), "127.0.0.1", 0, false);
    api = ApiClient.at(server.port());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void statsCountTheStore() {
    JsonNode stats = api.ok("/api/stats");
    assertThat(stats.get("documents").asLong()).isEqualTo(1);
    assertThat(stats.get("events").asLong()).isEqualTo(5);
    assertThat(stats.get("mentions").asLong()).isEqualTo(5);
    assertThat(stats.get("quarantined").asLong()).isZero();
    assertThat(stats.get("rows").size()).isGreaterThan(5);
  }

  @Test
  void documentsListAndOneDocumentWithItsMentions() {
    JsonNode page = api.ok("/api/documents?limit=10");
    assertThat(page.get("total").asLong()).isEqualTo(1);
    assertThat(page.get("documents").get(0).get("id").asText()).isEqualTo(store.documentId);

    JsonNode document = api.ok("/api/documents/" + store.documentId);
    String text = document.get("text").asText();
    assertThat(text).isEqualTo(store.text);
    assertThat(document.get("mentions")).hasSize(5);
    for (JsonNode mention : document.get("mentions")) {
      JsonNode trigger = mention.get("spans").get("trigger");
      String word = text.substring(trigger.get("start").asInt(), trigger.get("end").asInt());
      assertThat(List.of("visit", "signed", "accused", "host", "imposed")).contains(word);
      assertThat(api.ok("/api/events/" + mention.get("event").asText()).get("id").asText())
          .isEqualTo(mention.get("event").asText());
    }
    JsonNode visit = document.get("mentions").get(0).get("spans");
    JsonNode actor = visit.get("actors").get(0);
    assertThat(text.substring(actor.get("start").asInt(), actor.get("end").asInt()))
        .isEqualTo("Belarus Foreign Minister Sergei Aleinik");
    assertThat(actor.get("country").asText()).isEqualTo("BLR");
    JsonNode date = visit.get("date");
    assertThat(text.substring(date.get("start").asInt(), date.get("end").asInt()))
        .isEqualTo("tomorrow");

    assertThat(api.error(api.get("/api/documents/no-such-doc"), 404)).contains("no-such-doc");
    assertThat(api.error(api.get("/api/documents?limit=0"), 400)).contains("limit").contains("'0'");
    assertThat(api.error(api.get("/api/documents?offset=x"), 400)).contains("offset");
  }

  @Test
  void eventsFilterAsTheCommandLineDoes() {
    JsonNode all = api.ok("/api/events");
    assertThat(all.get("total").asLong()).isEqualTo(5);
    JsonNode dyad = api.ok("/api/events?dyad=blr,pak");
    assertThat(dyad.get("total").asLong()).isEqualTo(4);
    List<String> web = new ArrayList<>();
    dyad.get("events").forEach(event -> web.add(event.get("id").asText()));
    assertThat(web).hasSize(4).isEqualTo(cliDyad);
    assertThat(api.ok("/api/events?code=04&status=planned").get("total").asLong()).isEqualTo(2);
    assertThat(api.ok("/api/events?from=2023-03-01&to=2023-03-31").get("total").asLong())
        .isEqualTo(1);
    assertThat(api.ok("/api/events?type=sanction&actor=USA").get("total").asLong()).isEqualTo(1);
    JsonNode page = api.ok("/api/events?doc=" + store.documentId + "&limit=2&offset=1");
    assertThat(page.get("total").asLong()).isEqualTo(5);
    assertThat(page.get("events")).hasSize(2);
    assertThat(page.get("events").get(0).get("id").asText())
        .isEqualTo(all.get("events").get(1).get("id").asText());

    assertThat(api.ok("/api/events?q=PAKISTANI+envoy").get("total").asLong()).isEqualTo(1);
    assertThat(api.ok("/api/events?q=minsk").get("total").asLong()).isEqualTo(2);
    assertThat(api.ok("/api/events?q=minsk&dyad=BLR,PAK").get("total").asLong()).isEqualTo(1);
    assertThat(api.ok("/api/events?q=100%25").get("total").asLong()).isZero();
    assertThat(api.error(api.get("/api/events?q=a+b+c+d+e+f+g+h+i+j+k"), 400)).contains("10 words");
    assertThat(api.error(api.get("/api/events?code=abc"), 400)).contains("code").contains("abc");
    assertThat(api.error(api.get("/api/events?dyad=BLR"), 400)).contains("dyad");
    assertThat(api.error(api.get("/api/events?status=maybe"), 400)).contains("maybe");
    assertThat(api.error(api.get("/api/events?from=2023-13-01"), 400)).contains("2023-13-01");
    assertThat(api.error(api.get("/api/events?from=2023-05-01&to=2023-01-01"), 400))
        .contains("precede");
    assertThat(api.error(api.get("/api/events?limit=5000"), 400)).contains("5000");
  }

  @Test
  void oneEventWithItsSentencesAndSpansRelativeToThem() {
    JsonNode visits = api.ok("/api/events?code=042");
    String id = visits.get("events").get(0).get("id").asText();
    JsonNode event = api.ok("/api/events/" + id);
    assertThat(event.get("cameo").get("code").asText()).isEqualTo("042");
    assertThat(event.get("merges")).isEmpty();
    JsonNode mention = event.get("mentions").get(0);
    String sentence = mention.get("sentence").asText();
    assertThat(sentence).isEqualTo(RelationsFixture.VISIT);
    assertThat(mention.get("doc").asText()).isEqualTo(store.documentId);
    assertThat(mention.get("title").asText()).isEqualTo("Belarus and Pakistan");
    JsonNode spans = mention.get("sentence_spans");
    assertThat(cut(sentence, spans.get("trigger"))).isEqualTo("visit");
    assertThat(cut(sentence, spans.get("actors").get(0)))
        .isEqualTo("Belarus Foreign Minister Sergei Aleinik");
    assertThat(cut(sentence, spans.get("recipients").get(0))).isEqualTo("Islamabad");
    assertThat(cut(sentence, spans.get("date"))).isEqualTo("tomorrow");
    assertThat(cut(sentence, spans.get("place"))).isEqualTo("Islamabad");
    JsonNode trigger = mention.get("spans").get("trigger");
    assertThat(store.text.substring(trigger.get(0).asInt(), trigger.get(1).asInt()))
        .isEqualTo("visit");

    assertThat(api.error(api.get("/api/events/ev-nothing"), 404)).contains("ev-nothing");
  }

  @Test
  void actorsAndDyadsWithCountsMostFirst() {
    JsonNode dyads = api.ok("/api/dyads").get("dyads");
    assertThat(dyads.get(0).get("first").asText()).isEqualTo("BLR");
    assertThat(dyads.get(0).get("second").asText()).isEqualTo("PAK");
    assertThat(dyads.get(0).get("events").asInt()).isEqualTo(4);
    assertThat(dyads.get(1).get("second").asText()).isEqualTo("USA");
    JsonNode actors = api.ok("/api/actors?limit=2").get("actors");
    assertThat(actors).hasSize(2);
    assertThat(actors.get(0).get("country").asText()).isEqualTo("BLR");
    assertThat(actors.get(0).get("events").asInt())
        .isGreaterThanOrEqualTo(actors.get(1).get("events").asInt());
    assertThat(api.error(api.get("/api/actors?limit=-1"), 400)).contains("-1");
  }

  @Test
  void briefIsTheCommandsJson() {
    JsonNode web = api.ok("/api/brief?a=blr&b=PAK&from=2023-01-01&to=2023-06-30");
    assertThat(web).isEqualTo(cliBrief);
    assertThat(web.get("months")).hasSize(6);
    assertThat(api.error(api.get("/api/brief?a=BLR"), 400)).contains("b=null");
    assertThat(api.error(api.get("/api/brief?a=BLR&b=blr"), 400)).contains("two different");
    assertThat(api.error(api.get("/api/brief?a=BLR&b=PAK&to=yesterday"), 400))
        .contains("yesterday");
  }

  @Test
  void searchFindsTheArticleWithMatchOffsetsInTheSnippet() {
    JsonNode found = api.ok("/api/search?q=islamabad");
    assertThat(found.get("total").asLong()).isEqualTo(1);
    JsonNode hit = found.get("results").get(0);
    assertThat(hit.get("id").asText()).isEqualTo(store.documentId);
    assertThat(hit.get("score").asDouble()).isPositive();
    JsonNode snippet = hit.get("snippet");
    JsonNode match = snippet.get("matches").get(0);
    assertThat(
            snippet
                .get("text")
                .asText()
                .substring(match.get("start").asInt(), match.get("end").asInt())
                .toLowerCase(Locale.ROOT))
        .isEqualTo("islamabad");
    assertThat(api.ok("/api/search?q=zanzibar").get("results")).isEmpty();
    assertThat(api.ok("/api/search?q=%22trade+agreement%22").get("total").asLong()).isEqualTo(1);
    assertThat(api.error(api.get("/api/search"), 400)).contains("q is required");
  }

  @Test
  void unknownRoutesStaticPageAndReadOnlyPost() {
    assertThat(api.error(api.get("/api/nothing"), 404)).contains("/api/nothing");
    ApiClient.Answer page = api.get("/");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("Attaché");
    assertThat(page.response().headers().firstValue("Content-Type").orElse(""))
        .startsWith("text/html");
    assertThat(api.error(api.post("/api/documents", "text/plain", "Some news."), 403))
        .contains("--writable");
  }

  @Test
  void hostileParametersAreAnsweredNeverCrashed() {
    List<String> values =
        List.of(
            "%22unbalanced",
            "%00",
            "%2500",
            "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
            "99999999999",
            "-",
            "*",
            "a%25_b%5C",
            "%E2%80%AEevil",
            "..%2F..%2Fetc%2Fpasswd");
    List<String> routes =
        List.of(
            "/api/events?actor=",
            "/api/events?dyad=",
            "/api/events?code=",
            "/api/events?from=",
            "/api/events?q=",
            "/api/events?limit=",
            "/api/documents?offset=",
            "/api/documents/",
            "/api/events/",
            "/api/search?q=",
            "/api/brief?a=BLR&b=",
            "/api/actors?limit=");
    for (String route : routes) {
      for (String value : values) {
        ApiClient.Answer answer = api.get(route + value);
        assertThat(answer.status()).as(route + value + ": " + answer.body()).isIn(200, 400, 404);
        assertThat(answer.json()).as(route + value).isNotNull();
        if (answer.status() != 200) {
          api.error(answer, answer.status());
        }
      }
    }
  }

  @Test
  void readingCommandsRunBesideAReadOnlyServer() throws Exception {
    CliRun events =
        CliRun.run("events", "--db", store.db, "--dyad", "BLR,PAK", "--format", "jsonl");
    assertThat(events.exitCode()).as(events.err()).isZero();
    List<String> ids = new ArrayList<>();
    for (String line : events.out().strip().split("\n")) {
      ids.add(JSON.readTree(line).get("id").asText());
    }
    assertThat(ids).isEqualTo(cliDyad);
    CliRun ingest = CliRun.run("analyse", "--db", store.db);
    assertThat(ingest.exitCode()).isNotZero();
    assertThat(ingest.err().strip()).startsWith("attache: ").doesNotContain("\n");
  }

  @Test
  void serveRefusesBadOptionsInOneLine() {
    CliRun port = CliRun.run("serve", "--db", store.db, "--port", "70000");
    assertThat(port.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(port.err().strip()).isEqualTo("attache: --port must be from 0 to 65535: 70000");
    UserException twice =
        assertThrows(
            UserException.class, () -> WebServer.start(Path.of(store.db), "127.0.0.1", 0, false));
    assertThat(twice.getMessage()).contains("in use").contains(".lucene");
    Path empty = folder.resolve("empty.duckdb");
    Database.open(empty).close();
    UserException taken =
        assertThrows(
            UserException.class, () -> WebServer.start(empty, "127.0.0.1", server.port(), false));
    assertThat(taken.getMessage()).contains("port " + server.port()).contains("--port");
    assertThat(api.ok("/api/stats").get("events").asLong()).isEqualTo(5);
    CliRun missing =
        CliRun.run("serve", "--db", folder.resolve("none.duckdb").toString(), "--port", "0");
    assertThat(missing.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(missing.err().strip()).startsWith("attache: no database at ").doesNotContain("\n");
  }

  @Test
  void openApiDescribesEveryServedRoute() {
    JsonNode paths = api.ok("/openapi.json").get("paths");
    assertThat(server.routes()).contains("GET /api/events", "POST /api/documents");
    for (String route : server.routes()) {
      String[] parts = route.split(" ", 2);
      assertThat(paths.has(parts[1])).as(route).isTrue();
      assertThat(paths.get(parts[1]).has(parts[0].toLowerCase(Locale.ROOT))).as(route).isTrue();
    }
    paths
        .fieldNames()
        .forEachRemaining(
            path ->
                assertThat(server.routes().stream().anyMatch(route -> route.endsWith(" " + path)))
                    .as("described but not served: %s", path)
                    .isTrue());
  }

  private static String cut(String text, JsonNode span) {
    return text.substring(span.get("start").asInt(), span.get("end").asInt());
  }
}
