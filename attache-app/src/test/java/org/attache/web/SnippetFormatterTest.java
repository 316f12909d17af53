package org.attache.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.util.BytesRef;
import org.attache.model.ErrorCode;
import org.junit.jupiter.api.Test;

/** Snippets keep the text plain and point at the matches; error codes map to HTTP statuses. */
class SnippetFormatterTest {
  private static final String TEXT =
      "Belarus and Pakistan met. <script>alert(1)</script> Later, Pakistan signed a deal.";

  @Test
  void matchesAreOffsetsIntoTheJoinedPlainText() {
    Passage first = passage(0, 25, "Pakistan", 12);
    Passage second = passage(52, TEXT.length(), "Pakistan", 59);
    SnippetFormatter.Snippet snippet =
        (SnippetFormatter.Snippet)
            new SnippetFormatter().format(new Passage[] {first, second}, TEXT);

    assertThat(snippet.text())
        .isEqualTo(
            "Belarus and Pakistan met." + SnippetFormatter.GAP + "Later, Pakistan signed a deal.");
    assertThat(snippet.matches()).hasSize(2);
    for (int[] match : snippet.matches()) {
      assertThat(snippet.text().substring(match[0], match[1])).isEqualTo("Pakistan");
    }
  }

  @Test
  void markupInTheTextStaysTextForTheClientToEscape() {
    Passage passage = passage(26, 51, "alert", 34);
    SnippetFormatter.Snippet snippet =
        (SnippetFormatter.Snippet) new SnippetFormatter().format(new Passage[] {passage}, TEXT);

    assertThat(snippet.text()).isEqualTo("<script>alert(1)</script>");
    assertThat(snippet.json().get("matches").get(0).get("start").asInt()).isEqualTo(8);
  }

  @Test
  void errorCodesMapToStatuses() {
    assertThat(HttpStatuses.of(ErrorCode.USAGE)).isEqualTo(400);
    assertThat(HttpStatuses.of(ErrorCode.NOT_FOUND)).isEqualTo(404);
    assertThat(HttpStatuses.of(ErrorCode.TOO_LARGE)).isEqualTo(413);
    assertThat(HttpStatuses.of(ErrorCode.UNSUPPORTED)).isEqualTo(415);
    assertThat(HttpStatuses.of(ErrorCode.MALFORMED_JSON)).isEqualTo(400);
    assertThat(HttpStatuses.of(ErrorCode.INTERNAL)).isEqualTo(500);
  }

  private static Passage passage(int start, int end, String word, int at) {
    Passage passage = new Passage();
    passage.setStartOffset(start);
    passage.setEndOffset(end);
    passage.addMatch(at, at + word.length(), new BytesRef(word), 1);
    return passage;
  }
}
