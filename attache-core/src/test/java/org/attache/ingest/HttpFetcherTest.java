package org.attache.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.attache.model.DocumentException;
import org.attache.model.ErrorCode;
import org.junit.jupiter.api.Test;

class HttpFetcherTest {
  @Test
  void fetchesFollowsRedirectsAndIdentifiesItself() throws Exception {
    try (LoopbackServer server = new LoopbackServer()) {
      server.serve("/page", "text/html; charset=windows-1251", "<p>Minsk</p>");
      server.redirect("/old", "/page");

      FetchedPage page = new HttpFetcher().fetch(server.uri("/old"));

      assertThat(page.status()).isEqualTo(200);
      assertThat(page.finalUri()).isEqualTo(server.uri("/page"));
      assertThat(page.charset()).isEqualTo("windows-1251");
      assertThat(page.mediaType()).isEqualTo("text/html");
      assertThat(new String(page.body(), StandardCharsets.UTF_8)).isEqualTo("<p>Minsk</p>");
      assertThat(server.userAgents.get("/page")).isEqualTo(HttpFetcher.USER_AGENT);
    }
  }

  @Test
  void failsOnErrorStatusSizeAndScheme() throws Exception {
    try (LoopbackServer server = new LoopbackServer()) {
      server.serve("/big", "text/html", "x".repeat(2000));
      HttpFetcher fetcher = new HttpFetcher(1000);

      assertThatThrownBy(() -> fetcher.fetch(server.uri("/missing")))
          .isInstanceOfSatisfying(
              DocumentException.class,
              error -> assertThat(error.code()).isEqualTo(ErrorCode.FETCH_FAILED))
          .hasMessage("HTTP status 404: " + server.uri("/missing"));
      assertThatThrownBy(() -> fetcher.fetch(server.uri("/big")))
          .isInstanceOfSatisfying(
              DocumentException.class,
              error -> assertThat(error.code()).isEqualTo(ErrorCode.TOO_LARGE));
      assertThatThrownBy(() -> fetcher.fetch(URI.create("file:///etc/passwd")))
          .isInstanceOfSatisfying(
              DocumentException.class,
              error -> assertThat(error.code()).isEqualTo(ErrorCode.FETCH_FAILED));
    }
  }
}
