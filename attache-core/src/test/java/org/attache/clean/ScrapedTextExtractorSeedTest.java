package org.attache.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.attache.model.CleanText;
import org.attache.model.DateBasis;
import org.attache.model.DecodedItem;
import org.attache.model.DocumentException;
import org.attache.model.MediaType;
import org.attache.model.Metadata;
import org.attache.model.Origin;
import org.attache.model.PublicationDate;
import org.attache.model.SourceItem;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The three real scraped articles in ../shared/seeds: headline, sub-headline, furniture removed,
 * every article paragraph kept, and the date found without the manifest's. Skipped without
 * ../shared.
 */
final class ScrapedTextExtractorSeedTest {

  private static final Path SEEDS =
      Path.of(System.getProperty("attache.shared", "../shared")).resolve("seeds");

  private final ScrapedTextExtractor extractor = new ScrapedTextExtractor();
  private final TextPublicationDateFinder finder = TextPublicationDateFinder.forScrapedText();

  @Test
  void belarusMinisterVisit() throws Exception {
    CleanText text = extract("000_ce093a4c3b796e51.txt");
    assertThat(text.title()).isEqualTo("Belarus FM to arrive on two-day visit tomorrow");
    assertThat(text.subtitle())
        .isEqualTo(
            "FO says Bilawal, Aleinik talks will cover range of topics of bilateral interest");
    assertThat(text.body())
        .doesNotContain("PHOTO: FILE")
        .doesNotContain("Load Next Story")
        .startsWith("ISLAMABAD:\n\nBelarus Foreign Minister Sergei Aleinik")
        .contains("Pakistan has tried to tread carefully since Russian invaded Ukraine")
        .contains("Despite pressure from the West, Pakistan is seeking to expand ties")
        .contains("Strategically, Belarus is important to the Russian military effort.");
    assertEveryLongLineKept("000_ce093a4c3b796e51.txt", text);
  }

  @Test
  void lukashenkoVisit() throws Exception {
    CleanText text = extract("002_c819d9517b7aa661.txt");
    assertThat(text.title()).isEqualTo("Lukashenko's visit sends ripples in West");
    assertThat(text.subtitle())
        .isEqualTo("Trip signals Pakistan's ever-growing close ties with Russia");
    assertThat(text.body())
        .startsWith("ISLAMABAD:\n\nPresident of Belarus Aleksandr Lukashenko returned home")
        .doesNotContain("Kamran Yousaf")
        .doesNotContain("Photo: Sabah")
        .doesNotContain("print-news")
        .doesNotContain("COMMENTS")
        .doesNotContain("Replying to")
        .doesNotContain("Comments are moderated")
        .doesNotContain("Comments FAQ")
        .endsWith(
            "The roadmap focuses on enhancing bilateral economic cooperation between Pakistan"
                + " and Belarus.");
    assertThat(text.body()).contains("The two sides signed fifteen important agreements");
    assertThat(finder.find(Metadata.EMPTY, text))
        .isEqualTo(new PublicationDate(LocalDate.of(2024, 11, 28), DateBasis.BYLINE));
    assertEveryLongLineKept("002_c819d9517b7aa661.txt", text);
  }

  @Test
  void belarusForeignMinistryStatement() throws Exception {
    CleanText text = extract("003_efa662621096a148.txt");
    assertThat(text.title())
        .isEqualTo("FM: Belarus and Pakistan stay committed to mutually beneficial cooperation");
    assertThat(text.subtitle()).isNull();
    assertThat(text.text()).containsOnlyOnce("stay committed to mutually beneficial cooperation");
    assertThat(text.body())
        .startsWith("MINSK, 31 May (BelTA) - The willingness of Belarus and Pakistan")
        .doesNotContain("Official Website")
        .doesNotContain("| Home | News")
        .doesNotContain("Opinions & Interviews")
        .doesNotContain("An archive photo")
        .doesNotContain("Su Mo Tu We Th Fr Sa")
        .doesNotContain("Great Patriotic War monuments in Belarus")
        .doesNotContain("31 May 2023");
    assertThat(finder.find(Metadata.EMPTY, text))
        .isEqualTo(new PublicationDate(LocalDate.of(2023, 5, 31), DateBasis.BYLINE));
    assertEveryLongLineKept("003_efa662621096a148.txt", text);
  }

  @Test
  void manifestDateComesFirst() throws Exception {
    CleanText text = extract("002_c819d9517b7aa661.txt");
    Metadata manifest =
        new Metadata("002", null, "tribune.com.pk", null, LocalDate.of(2024, 11, 27), "en");
    assertThat(finder.find(manifest, text))
        .isEqualTo(new PublicationDate(LocalDate.of(2024, 11, 27), DateBasis.INPUT));
  }

  /** Every line of 100 characters or more in the seed is an article paragraph and must be kept. */
  private static void assertEveryLongLineKept(String name, CleanText text) throws IOException {
    List<String> lines = TextLines.split(read(name));
    for (String line : lines) {
      if (line.length() >= 100 && !line.endsWith("Photo: Sabah")) {
        assertThat(text.body()).contains(line);
      }
    }
  }

  private CleanText extract(String name) throws IOException, DocumentException {
    Path path = SEEDS.resolve(name);
    Assumptions.assumeTrue(Files.isRegularFile(path), "no ../shared seeds: " + path);
    SourceItem item =
        new SourceItem(
            Origin.of(path.toString()), Metadata.EMPTY, MediaType.TEXT, new byte[0], null, null);
    return extractor.extract(new DecodedItem(item, read(name), List.of()));
  }

  private static String read(String name) throws IOException {
    return Files.readString(SEEDS.resolve(name), StandardCharsets.UTF_8);
  }
}
