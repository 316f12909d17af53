package org.attache.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The web UI in headless Chromium on an analysed store (the seeds, else examples/) plus one hostile
 * article: the dyad page for Belarus–Pakistan, an event's source sentences with their highlights
 * checked against the API's spans, every page rendered (screenshots under target/screenshots/), and
 * no payload of the hostile article ever running.
 */
class WebUiBrowserIT {
  @TempDir static Path folder;
  private static Site site;
  private static Browser browser;

  @BeforeAll
  static void start() throws Exception {
    Path db = AnalysedStore.copyTo(folder.resolve("web.duckdb"));
    AnalysedStore.ingest(db, List.of(HostileArticle.write(folder).toString()));
    site = Site.start(db);
    browser = Browser.open(site.base(), folder.resolve("profile"));
  }

  @AfterAll
  static void stop() {
    if (browser != null) browser.close();
    if (site != null) site.close();
  }

  @Test
  void dyadPageLeadsToHighlightedSourceSentences() throws Exception {
    browser.go("dyad?a=BLR&b=PAK");
    assertThat(browser.one("h1").getText()).contains("BLR", "PAK");
    List<WebElement> events = browser.all("ol.timeline a.event-link");
    assertThat(events).as("timeline events between Belarus and Pakistan").isNotEmpty();
    assertThat(browser.all("svg.chart rect.bar-coop, svg.chart rect.bar-conf")).isNotEmpty();
    browser.screenshot("dyad");
    browser.follow(richest(events));
    String id = browser.currentUrl().replaceFirst(".*#/event/", "");
    JsonNode event = site.json("/api/events/" + id);
    assertThat(browser.one("h1").getText()).contains("BLR").contains("PAK");
    List<WebElement> mentions = browser.all("li.mention");
    assertThat(mentions).hasSize(event.get("mentions").size()).isNotEmpty();
    for (int i = 0; i < mentions.size(); i++) {
      JsonNode mention = event.get("mentions").get(i);
      WebElement shown = mentions.get(i);
      String sentence = mention.get("sentence").asText();
      assertThat(shown.findElement(By.cssSelector("blockquote")).getAttribute("textContent"))
          .isEqualTo(sentence);
      for (String kind : List.of("trigger", "actor", "recipient", "date", "place")) {
        assertThat(Highlights.shown(shown, kind))
            .as("%s highlighted in mention %d", kind, i)
            .isEqualTo(Highlights.expected(sentence, mention.get("sentence_spans"), kind));
      }
    }
    assertThat(Highlights.shown(mentions.get(0), "trigger")).isNotEmpty();
    browser.screenshot("event");
    browser.follow(browser.one("li.mention a.doc-link"));
    assertThat(browser.all(".document-text mark.hl-trigger")).isNotEmpty();
    assertThat(browser.all(".document-text a.mark-link")).isNotEmpty();
    browser.screenshot("document");
  }

  /** The timeline link of the Belarus–Pakistan event with the most mentions, per the brief. */
  private static WebElement richest(List<WebElement> links) throws Exception {
    String best = null;
    int most = -1;
    for (JsonNode event : site.json("/api/brief?a=BLR&b=PAK").get("events")) {
      if (event.get("mentions").asInt() > most) {
        most = event.get("mentions").asInt();
        best = event.get("id").asText();
      }
    }
    for (WebElement link : links) {
      if (link.getAttribute("href").endsWith("#/event/" + best)) {
        return link;
      }
    }
    throw new AssertionError("no timeline link to " + best);
  }

  @Test
  void everyPageRenders() throws Exception {
    browser.go("events?dyad=BLR,PAK");
    assertThat(browser.all("table.events tbody tr")).isNotEmpty();
    browser.screenshot("events");
    browser.go("map");
    assertThat(browser.all("svg.world path.land")).hasSizeGreaterThan(150);
    assertThat(browser.all("svg.world circle.dot")).isNotEmpty();
    browser.screenshot("map");
    browser.go("search?q=Belarus");
    assertThat(browser.all("ol.hits li")).isNotEmpty();
    assertThat(browser.all("ol.hits mark.hl-match")).isNotEmpty();
    assertThat(browser.one("p.events-summary").getText()).doesNotStartWith("0 ");
    assertThat(browser.all("table.events tbody tr a.event-link")).isNotEmpty();
    browser.screenshot("search");
    browser.go("documents");
    assertThat(browser.all("table.documents tbody tr")).isNotEmpty();
    browser.screenshot("documents");
    browser.go("events?from=not-a-date");
    assertThat(browser.one("#view .error").getText()).contains("not-a-date");
  }

  @Test
  void hostileArticleIsShownAsTextAndNeverRuns() throws Exception {
    String id = site.documentIdFrom("hostile.example");
    browser.go("document/" + id);
    String text = browser.one(".document-text").getText();
    assertThat(text).contains(HostileArticle.SCRIPT, HostileArticle.IMAGE, HostileArticle.SVG);
    assertThat(browser.one("h1").getText()).isEqualTo(HostileArticle.TITLE);
    assertThat(browser.all("#view script, #view img, #view iframe, #view object")).isEmpty();
    browser.screenshot("hostile-document");
    browser.go("search?q=" + HostileArticle.WORD);
    assertThat(browser.all("ol.hits li")).hasSize(1);
    assertThat(browser.one("ol.hits").getText()).contains("<img src=x onerror=");
    browser.screenshot("hostile-search");
    browser.go("documents");
    assertThat(browser.script("return window.attachePwned === undefined")).isEqualTo(true);
    assertThat(browser.title()).startsWith("Attaché").doesNotContain("pwned");
  }

  @Test
  void everyAnswerCarriesTheSecurityHeaders() throws Exception {
    for (String path : List.of("/", "/js/app.js", "/api/stats", "/api/events/no-such-event")) {
      var headers = site.headers(path);
      assertThat(headers.firstValue("content-security-policy"))
          .as("CSP on %s", path)
          .hasValueSatisfying(
              csp ->
                  assertThat(csp)
                      .contains("default-src 'self'", "script-src 'self'", "object-src 'none'"));
      assertThat(headers.firstValue("x-content-type-options")).hasValue("nosniff");
    }
  }
}
