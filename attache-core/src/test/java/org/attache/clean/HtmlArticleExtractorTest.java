package org.attache.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.attache.model.CleanText;
import org.attache.model.DecodedItem;
import org.attache.model.DocumentException;
import org.attache.model.ErrorCode;
import org.attache.model.MediaType;
import org.attache.model.Metadata;
import org.attache.model.Origin;
import org.attache.model.SourceItem;
import org.junit.jupiter.api.Test;

/** {@link HtmlArticleExtractor} on small hand-written pages: body, headline and metadata. */
class HtmlArticleExtractorTest {

  private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();

  static DecodedItem item(String html, String url) {
    SourceItem source =
        new SourceItem(
            Origin.of("test.html"),
            new Metadata(null, url, null, null, null, null),
            MediaType.HTML,
            html.getBytes(StandardCharsets.UTF_8),
            html,
            null);
    return new DecodedItem(source, html, List.of());
  }

  static String fixture(String name) throws IOException {
    try (InputStream input = HtmlArticleExtractorTest.class.getResourceAsStream("html/" + name)) {
      assertThat(input).as(name).isNotNull();
      return new String(input.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private CleanText extract(String fixture, String url) throws Exception {
    return extractor.extract(item(fixture(fixture), url));
  }

  @Test
  void keepsArticleParagraphsAndHeadingsAndDropsFurniture() throws Exception {
    CleanText text = extract("news-page.html", "https://www.example.org/world/123?ref=home");

    assertThat(text.body())
        .isEqualTo(
            String.join(
                "\n\n",
                "RIVERTOWN \u2014 The city council voted on Tuesday to close the river port, ending"
                    + " two centuries of trade on the waterfront, after a debate that lasted more"
                    + " than nine hours.",
                "The mayor, who had championed the plan, said the decision was painful but"
                    + " necessary, and that the land would be used for housing, parks and a new"
                    + " school.",
                "Opposition from dock workers",
                "Dock workers, who have protested outside the town hall for weeks, said they would"
                    + " challenge the vote in court, arguing that the council had ignored its own"
                    + " consultation.",
                "The closure is expected to take effect next year, once the remaining shipping"
                    + " contracts expire."));
    assertThat(text.title()).isEqualTo("Council votes to close river port");
    assertThat(text.subtitle()).isNull();
    assertThat(text.warnings()).isEmpty();
  }

  @Test
  void readsMetadataFromLinksMetaTagsAndJsonLd() throws Exception {
    Metadata found = extract("news-page.html", "https://www.example.org/world/123").found();

    assertThat(found)
        .isEqualTo(
            new Metadata(
                null,
                "https://www.example.org/world/council-votes-port",
                "The Daily Example",
                "Council votes to close river port",
                LocalDate.of(2024, 3, 5),
                "en"));
  }

  @Test
  void fallsBackToMetaDateHostAndStrippedTitle() throws Exception {
    CleanText text = extract("meta-dates.html", "https://www.jornal.example.br/chuvas");

    assertThat(text.title()).isEqualTo("Chuvas fortes atingem o litoral");
    assertThat(text.found())
        .isEqualTo(
            new Metadata(
                null,
                null,
                "jornal.example.br",
                "Chuvas fortes atingem o litoral",
                LocalDate.of(2023, 7, 14),
                "pt"));
    assertThat(text.body())
        .startsWith("As chuvas fortes")
        .contains("\n\nO governo estadual")
        .doesNotContain("Início");
  }

  @Test
  void readsTimeElementInsideArticleAndOpenGraph() throws Exception {
    CleanText text = extract("time-element.html", null);

    assertThat(text.found())
        .isEqualTo(
            new Metadata(
                null,
                "https://berita.example.id/banjir",
                "berita.example.id",
                "Banjir melanda Jakarta",
                LocalDate.of(2022, 1, 9),
                "id"));
    assertThat(text.body()).startsWith("Banjir melanda sebagian").doesNotContain("9 Januari");
  }

  @Test
  void survivesMalformedMarkup() throws Exception {
    CleanText text = extract("malformed.html", "not a url");

    assertThat(text.body())
        .contains("First paragraph of a broken page")
        .contains("Second paragraph follows with an unclosed italic and a stray closing tag")
        .doesNotContain("<");
    assertThat(text.found().url()).isNull();
  }

  @Test
  void prefersJsonLdBodyWhenThePageShowsOnlyATeaser() throws Exception {
    CleanText text = extract("jsonld-body.html", "https://news.example.com/geneva");

    assertThat(text.body().split("\n\n")).hasSize(3);
    assertThat(text.body()).startsWith("Negotiators returned to Geneva on Monday for a new round");
    assertThat(text.warnings()).containsExactly("article body taken from JSON-LD articleBody");
    assertThat(text.title()).isEqualTo("Talks resume in Geneva");
    assertThat(text.found().published()).isEqualTo(LocalDate.of(2021, 6, 1));
  }

  @Test
  void rejectsPagesWithOnlyScripts() {
    assertThatThrownBy(() -> extract("script-only.html", null))
        .isInstanceOfSatisfying(
            DocumentException.class, error -> assertThat(error.code()).isEqualTo(ErrorCode.NO_TEXT))
        .hasMessageStartingWith("no article text found in HTML: ")
        .hasMessageNotContaining("\n");
  }

  @Test
  void rejectsEmptyPages() {
    for (String html : List.of("", "   ", "<html><body></body></html>", "<!-- nothing -->")) {
      assertThatThrownBy(() -> extractor.extract(item(html, null)))
          .as(html)
          .isInstanceOfSatisfying(
              DocumentException.class,
              error -> assertThat(error.code()).isEqualTo(ErrorCode.NO_TEXT));
    }
  }

  @Test
  void keepsAShortPageThatHasOnlyText() throws Exception {
    CleanText text = extractor.extract(item("Just one line of text.", null));

    assertThat(text.body()).isEqualTo("Just one line of text.");
    assertThat(text.found()).isEqualTo(Metadata.EMPTY);
  }
}
