package org.attache.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.attache.model.CleanText;
import org.attache.model.DocumentException;
import org.attache.model.ErrorCode;
import org.junit.jupiter.api.Test;

/**
 * {@link HtmlArticleExtractor} on hostile input: random bytes, tag soup, deep nesting, enormous
 * pages and concurrent use. Each input gives a {@link CleanText} or a {@code NO_TEXT} {@link
 * DocumentException}, never another exception, within a time bound.
 */
class HtmlArticleExtractorRobustnessTest {

  private static final Duration LIMIT = Duration.ofSeconds(20);
  private static final String[] PIECES = {
    "<div>",
    "</div>",
    "<p>",
    "</p>",
    "<a href='x'>",
    "</a>",
    "<script>",
    "</script>",
    "<!--",
    "-->",
    "<table><tr><td>",
    "<br>",
    "<![CDATA[",
    "]]>",
    "&amp;",
    "&#x0;",
    "&#99999999;",
    "<",
    ">",
    "\"",
    "'",
    " class=\"comment article\" ",
    "word ",
    "Some words, with commas. ",
    "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"articleBody\":",
    "<meta property=\"og:title\" content=\"",
    "<html lang=\"",
    "<time datetime=\"2020-99-99\">",
    "<link rel=canonical href=\"javascript:alert(1)\">",
    "\u0000",
    "\ud800",
    "<svg><p>",
    "<math>"
  };

  private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();

  private void extractOrNoText(String html) throws Exception {
    try {
      CleanText text = extractor.extract(HtmlArticleExtractorTest.item(html, "http://x.test/a"));
      assertThat(text.body()).isNotBlank();
    } catch (DocumentException error) {
      assertThat(error.code()).isEqualTo(ErrorCode.NO_TEXT);
      assertThat(error.getMessage()).doesNotContain("\n");
    }
  }

  @Test
  void randomBytesAndTagSoupNeverThrowAnythingElse() {
    Random random = new Random(20240305L);
    assertTimeoutPreemptively(
        LIMIT,
        () -> {
          for (int round = 0; round < 200; round++) {
            byte[] bytes = new byte[random.nextInt(4000)];
            random.nextBytes(bytes);
            extractOrNoText(new String(bytes, StandardCharsets.ISO_8859_1));
            extractOrNoText(new String(bytes, StandardCharsets.UTF_8));
            StringBuilder soup = new StringBuilder();
            for (int piece = random.nextInt(300); piece > 0; piece--) {
              soup.append(PIECES[random.nextInt(PIECES.length)]);
            }
            extractOrNoText(soup.toString());
          }
        });
  }

  @Test
  void deeplyNestedTagsFinishQuickly() {
    String nested =
        "<div class=\"story\">".repeat(50_000)
            + "<p>Deep text, with commas, long enough to score as a paragraph.</p>"
            + "<span><b><i>".repeat(30_000);
    String unclosedParagraphs = "<p>Words, words, words and more words here.".repeat(20_000);
    assertTimeoutPreemptively(
        LIMIT,
        () -> {
          extractOrNoText(nested);
          extractOrNoText(unclosedParagraphs);
          extractOrNoText("<".repeat(1_000_000));
          extractOrNoText("<table>".repeat(20_000) + "text");
        });
  }

  @Test
  void enormousPageIsCutWithAWarning() throws Exception {
    String paragraph = "<p>A long paragraph of news, with commas, clauses, and sentences. </p>\n";
    String page = "<html><body><article>" + paragraph.repeat(130_000) + "</article></body></html>";
    CleanText text =
        assertTimeoutPreemptively(
            LIMIT, () -> extractor.extract(HtmlArticleExtractorTest.item(page, null)));

    assertThat(page.length()).isGreaterThan(HtmlArticleExtractor.MAX_CHARS);
    assertThat(text.warnings()).singleElement().asString().startsWith("HTML page cut at ");
    assertThat(text.body()).startsWith("A long paragraph of news");
  }

  @Test
  void isSafeToShareBetweenThreads() throws Exception {
    String first = HtmlArticleExtractorTest.fixture("news-page.html");
    String second = HtmlArticleExtractorTest.fixture("meta-dates.html");
    String expectedFirst = extractor.extract(HtmlArticleExtractorTest.item(first, null)).body();
    String expectedSecond = extractor.extract(HtmlArticleExtractorTest.item(second, null)).body();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> results =
          java.util.stream.IntStream.range(0, 40)
              .mapToObj(
                  index ->
                      pool.submit(
                          () -> {
                            String html = index % 2 == 0 ? first : second;
                            String expected = index % 2 == 0 ? expectedFirst : expectedSecond;
                            return extractor
                                .extract(HtmlArticleExtractorTest.item(html, null))
                                .body()
                                .equals(expected);
                          }))
              .toList();
      for (Future<Boolean> result : results) {
        assertThat(result.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
