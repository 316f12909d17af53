package org.attache.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.attache.model.CleanText;
import org.attache.model.DateBasis;
import org.attache.model.DecodedItem;
import org.attache.model.DocumentException;
import org.attache.model.ErrorCode;
import org.attache.model.MediaType;
import org.attache.model.Metadata;
import org.attache.model.Origin;
import org.attache.model.PublicationDate;
import org.attache.model.SourceItem;
import org.junit.jupiter.api.Test;

/**
 * Fixtures written for this test (under src/test/resources/org/attache/clean/text) in other page
 * layouts, and hostile input that must give a result or a DocumentException, quickly.
 */
final class ScrapedTextExtractorTest {

  private final ScrapedTextExtractor extractor = new ScrapedTextExtractor();
  private final TextPublicationDateFinder finder = TextPublicationDateFinder.forScrapedText();

  @Test
  void pageWithSharePromptsAndRelatedLinks() throws Exception {
    CleanText text = extract(fixture("share-prompts.txt"));
    assertThat(text.title()).isEqualTo("Ministers agree on new border crossing");
    assertThat(text.subtitle()).isEqualTo("Talks ended late on Monday after two days");
    assertThat(text.body())
        .isEqualTo(
            "The two governments agreed on Monday to open a new crossing on their shared border,"
                + " officials said.\n\nThe crossing is expected to open next spring and will be"
                + " staffed by customs officers from both sides.");
    assertThat(finder.find(Metadata.EMPTY, text))
        .isEqualTo(new PublicationDate(LocalDate.of(2021, 3, 12), DateBasis.BYLINE));
  }

  @Test
  void wireStoryWithDatedDatelineAndHardWrapping() throws Exception {
    CleanText text = extract(fixture("wire-dateline.txt"));
    assertThat(text.title()).isNull();
    assertThat(text.body())
        .isEqualTo(
            "NAIROBI, Feb 3, 2019 (Example News) - The government said on Sunday it would release"
                + " detained opposition supporters after talks with church leaders, a spokesman"
                + " said.\n\nThe announcement followed a week of protests in the capital and"
                + " several other towns.\n\nOfficials gave no timetable for the releases.");
    assertThat(finder.find(Metadata.EMPTY, text))
        .isEqualTo(new PublicationDate(LocalDate.of(2019, 2, 3), DateBasis.DATELINE));
  }

  @Test
  void textWithoutHeadline() throws Exception {
    CleanText text = extract(fixture("no-headline.txt"));
    assertThat(text.title()).isNull();
    assertThat(text.subtitle()).isNull();
    assertThat(text.body()).startsWith("the committee met").contains("\n\nNo decision was taken");
    assertThat(finder.find(Metadata.EMPTY, text)).isEqualTo(PublicationDate.UNKNOWN);
  }

  @Test
  void inputTitleMarksHeadlineAfterFurniture() throws Exception {
    String content =
        "Home\nNews\nWorld\n\nTalks resume\n\nTalks resume\n\nThe talks resumed today.";
    SourceItem item =
        new SourceItem(
            Origin.of("test"),
            new Metadata(null, null, null, "Talks resume", null, null),
            MediaType.TEXT,
            new byte[0],
            null,
            null);
    CleanText text = extractor.extract(new DecodedItem(item, content, List.of()));
    assertThat(text.text()).isEqualTo("Talks resume\n\nThe talks resumed today.");
  }

  @Test
  void yearlessDatelineGivesNoDate() throws Exception {
    CleanText text = extract("WASHINGTON, March 3 (Example) - Officials met on Tuesday.");
    assertThat(finder.find(Metadata.EMPTY, text)).isEqualTo(PublicationDate.UNKNOWN);
  }

  @Test
  void emptyOrFurnitureOnlyTextIsNoText() {
    for (String content : new String[] {"", "  \n\t\n\u00A0\n", "Share\nPrint\nLoad Next Story"}) {
      assertThatThrownBy(() -> extract(content))
          .isInstanceOf(DocumentException.class)
          .satisfies(
              error -> assertThat(((DocumentException) error).code()).isEqualTo(ErrorCode.NO_TEXT))
          .hasMessageNotContaining("\n");
    }
  }

  @Test
  void hostileInputReturnsOrThrowsDocumentExceptionQuickly() {
    Random random = new Random(7);
    String alphabet = "aZ .,:;|-—\n\n\r\t0123456789()“”’Photo:By May 2024 \u00A0\u200B";
    assertTimeoutPreemptively(
        Duration.ofSeconds(20),
        () -> {
          for (int round = 0; round < 500; round++) {
            StringBuilder content = new StringBuilder();
            int length = random.nextInt(2000);
            for (int index = 0; index < length; index++) {
              content.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            survives(content.toString());
          }
          survives("x".repeat(5_000_000));
          survives("Photo: ".repeat(200_000));
          survives("May 31, 2023 ".repeat(100_000));
          survives(".,;:!?-|".repeat(10_000));
          survives("| ".repeat(100_000) + "\n" + "a\n".repeat(100_000));
        });
  }

  private void survives(String content) {
    try {
      CleanText text = extract(content);
      assertThat(text.body()).isNotBlank();
      finder.find(Metadata.EMPTY, text);
    } catch (DocumentException expected) {
      assertThat(expected.code()).isEqualTo(ErrorCode.NO_TEXT);
    }
  }

  private CleanText extract(String content) throws DocumentException {
    SourceItem item =
        new SourceItem(Origin.of("test"), Metadata.EMPTY, MediaType.TEXT, new byte[0], null, null);
    return extractor.extract(new DecodedItem(item, content, List.of()));
  }

  private static String fixture(String name) throws IOException {
    try (InputStream input = ScrapedTextExtractorTest.class.getResourceAsStream("text/" + name)) {
      return new String(input.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
