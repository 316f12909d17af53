package org.attache.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.attache.pipeline.PipelineAssertions.NO_DATE_WARNING;
import static org.attache.pipeline.PipelineAssertions.assertAccepted;
import static org.attache.pipeline.PipelineAssertions.assertRejected;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.attache.clean.Decoder;
import org.attache.clean.Extractor;
import org.attache.clean.LanguageIdentifier;
import org.attache.clean.PublicationDateFinder;
import org.attache.model.CleanText;
import org.attache.model.DateBasis;
import org.attache.model.DecodedItem;
import org.attache.model.Document;
import org.attache.model.DocumentException;
import org.attache.model.ErrorCode;
import org.attache.model.MediaType;
import org.attache.model.Metadata;
import org.attache.model.Origin;
import org.attache.model.PublicationDate;
import org.attache.model.Rejection;
import org.attache.model.SourceItem;
import org.attache.model.Stage;
import org.junit.jupiter.api.Test;

/** DocumentPipeline.process: stage wiring, metadata merging, warnings and rejections. */
class DocumentPipelineTest {
  private static final String BODY =
      "MINSK, 31 May (BelTA) - The talks resumed on Friday.\n\nBoth delegations met at noon.";
  private static final LocalDate MAY_31 = LocalDate.of(2024, 5, 31);

  /** Decodes the item's text, or its bytes as UTF-8, with the warnings given. */
  private static final class FakeDecoder implements Decoder {
    private final List<String> warnings;
    final List<SourceItem> seen = new ArrayList<>();

    FakeDecoder(String... warnings) {
      this.warnings = List.of(warnings);
    }

    @Override
    public DecodedItem decode(SourceItem item) {
      seen.add(item);
      String content =
          item.text() != null ? item.text() : new String(item.raw(), StandardCharsets.UTF_8);
      return new DecodedItem(item, content, warnings);
    }
  }

  /** Returns a fixed clean text whatever it is given. */
  private static final class FakeExtractor implements Extractor {
    private final CleanText clean;
    final List<DecodedItem> seen = new ArrayList<>();

    FakeExtractor(CleanText clean) {
      this.clean = clean;
    }

    @Override
    public CleanText extract(DecodedItem item) {
      seen.add(item);
      return clean;
    }
  }

  /** Takes the input's date, then the page's; records what it was asked. */
  private static final class FakeDateFinder implements PublicationDateFinder {
    final List<Metadata> inputs = new ArrayList<>();
    final List<CleanText> texts = new ArrayList<>();

    @Override
    public PublicationDate find(Metadata input, CleanText text) {
      inputs.add(input);
      texts.add(text);
      if (input.published() != null) {
        return new PublicationDate(input.published(), DateBasis.INPUT);
      }
      if (text.found().published() != null) {
        return new PublicationDate(text.found().published(), DateBasis.PAGE);
      }
      return PublicationDate.UNKNOWN;
    }
  }

  /** Identifies every text as one fixed language, or none; records the texts it was given. */
  private static final class FakeLanguageIdentifier implements LanguageIdentifier {
    private final String language;
    final List<String> texts = new ArrayList<>();

    FakeLanguageIdentifier(String language) {
      this.language = language;
    }

    @Override
    public Optional<String> identify(String text) {
      texts.add(text);
      return Optional.ofNullable(language);
    }
  }

  /** A stage that fails with a document exception (bad data) or a runtime exception (a bug). */
  private static final class FailingStage
      implements Decoder, Extractor, PublicationDateFinder, LanguageIdentifier {
    private final DocumentException bad;
    private final RuntimeException bug;

    private FailingStage(DocumentException bad, RuntimeException bug) {
      this.bad = bad;
      this.bug = bug;
    }

    static FailingStage badData(ErrorCode code, String message) {
      return new FailingStage(new DocumentException(code, message), null);
    }

    static FailingStage bug(RuntimeException bug) {
      return new FailingStage(null, bug);
    }

    private void fail() throws DocumentException {
      if (bad != null) {
        throw bad;
      }
      throw bug;
    }

    @Override
    public DecodedItem decode(SourceItem item) throws DocumentException {
      fail();
      throw new AssertionError("unreachable");
    }

    @Override
    public CleanText extract(DecodedItem item) throws DocumentException {
      fail();
      throw new AssertionError("unreachable");
    }

    @Override
    public PublicationDate find(Metadata input, CleanText text) {
      throw bug;
    }

    @Override
    public Optional<String> identify(String text) {
      throw bug;
    }
  }

  private Decoder decoder = new FakeDecoder();
  private Extractor extractor = new FakeExtractor(clean(null, BODY, Metadata.EMPTY));
  private PublicationDateFinder dates = new FakeDateFinder();
  private LanguageIdentifier languages = new FakeLanguageIdentifier("en");

  private DocumentPipeline pipeline() {
    return new DocumentPipeline(
        decoder,
        Map.of(MediaType.TEXT, extractor, MediaType.HTML, extractor),
        Map.of(MediaType.TEXT, dates, MediaType.HTML, dates),
        languages);
  }

  private static CleanText clean(String title, String body, Metadata found, String... warnings) {
    return new CleanText(title, null, body, found, List.of(warnings));
  }

  private static SourceItem item(Metadata metadata) {
    return new SourceItem(
        Origin.of("corpus/minsk.txt"),
        metadata,
        MediaType.TEXT,
        BODY.getBytes(StandardCharsets.UTF_8),
        null,
        null);
  }

  private static Metadata dated(Metadata metadata) {
    return new Metadata(
        metadata.id(), metadata.url(), metadata.source(), metadata.title(), MAY_31, null);
  }

  @Test
  void acceptedDocumentCarriesTheCleanTextAndItsFingerprints() {
    CleanText clean =
        new CleanText("Talks resume", "Delegations meet", BODY, Metadata.EMPTY, List.of());
    extractor = new FakeExtractor(clean);
    SourceItem item = item(dated(Metadata.EMPTY));

    Document document = assertAccepted(pipeline().process(item), item);

    assertThat(document.text()).isEqualTo(clean.text());
    assertThat(document.title()).isEqualTo("Talks resume");
    assertThat(document.contentHash()).isEqualTo(Fingerprints.contentHash(clean.text()));
    assertThat(document.fingerprint()).isEqualTo(Fingerprints.simHash(clean.text()));
    assertThat(document.published()).isEqualTo(new PublicationDate(MAY_31, DateBasis.INPUT));
    assertThat(document.warnings()).isEmpty();
  }

  @Test
  void stagesSeeWhatThePreviousStageMade() {
    FakeDecoder fakeDecoder = new FakeDecoder();
    CleanText clean = clean(null, BODY, Metadata.EMPTY);
    FakeExtractor fakeExtractor = new FakeExtractor(clean);
    FakeDateFinder fakeDates = new FakeDateFinder();
    FakeLanguageIdentifier fakeLanguages = new FakeLanguageIdentifier("en");
    decoder = fakeDecoder;
    extractor = fakeExtractor;
    dates = fakeDates;
    languages = fakeLanguages;
    Metadata input = dated(new Metadata(null, null, "belta.by", null, null, null));
    SourceItem item = item(input);

    assertAccepted(pipeline().process(item), item);

    assertThat(fakeDecoder.seen).containsExactly(item);
    assertThat(fakeExtractor.seen).singleElement().extracting(DecodedItem::content).isEqualTo(BODY);
    assertThat(fakeDates.inputs).containsExactly(input);
    assertThat(fakeDates.texts).containsExactly(clean);
    assertThat(fakeLanguages.texts).containsExactly(clean.text());
  }

  @Test
  void mergesMetadataWithTheInputWinningOverThePage() {
    Metadata page =
        new Metadata(
            "page-id",
            "https://page.example/canonical",
            "Page Site",
            "Page title",
            LocalDate.of(2020, 1, 1),
            "en");
    extractor = new FakeExtractor(clean("Headline", BODY, page));
    Metadata input =
        new Metadata("input-id", "https://input.example/a", null, "Input title", MAY_31, null);
    SourceItem item = item(input);

    Document document = assertAccepted(pipeline().process(item), item);

    assertThat(document.id()).isEqualTo("input-id");
    assertThat(document.metadata().url()).isEqualTo("https://input.example/a");
    assertThat(document.metadata().source()).isEqualTo("Page Site");
    assertThat(document.metadata().title()).isEqualTo("Input title");
    assertThat(document.metadata().published()).isEqualTo(MAY_31);
    assertThat(document.published().basis()).isEqualTo(DateBasis.INPUT);
  }

  @Test
  void takesWhatOnlyThePageKnows() {
    Metadata page =
        new Metadata(null, "https://page.example/a", "Page Site", "Page title", MAY_31, "en");
    extractor = new FakeExtractor(clean("Headline", BODY, page));
    SourceItem item = item(Metadata.EMPTY);

    Document document = assertAccepted(pipeline().process(item), item);

    assertThat(document.metadata().url()).isEqualTo("https://page.example/a");
    assertThat(document.metadata().source()).isEqualTo("Page Site");
    assertThat(document.metadata().title()).isEqualTo("Page title");
    assertThat(document.published()).isEqualTo(new PublicationDate(MAY_31, DateBasis.PAGE));
  }

  @Test
  void extractedHeadlineBecomesTheTitleWhenNoOneElseGaveOne() {
    extractor = new FakeExtractor(clean("Talks resume", BODY, Metadata.EMPTY));
    SourceItem item = item(dated(Metadata.EMPTY));

    Document document = assertAccepted(pipeline().process(item), item);

    assertThat(document.metadata().title()).isEqualTo("Talks resume");
    assertThat(document.text()).startsWith("Talks resume\n\nMINSK");
  }

  @Test
  void inputTitleIsTheHeadlineWhenTheExtractorFoundNone() {
    SourceItem item = item(dated(new Metadata(null, null, null, "  Talks resume \n", null, null)));

    Document document = assertAccepted(pipeline().process(item), item);

    assertThat(document.title()).isEqualTo("Talks resume");
    assertThat(document.text()).isEqualTo("Talks resume\n\n" + BODY);
  }

  @Test
  void extractedHeadlineStaysWhenTheInputAlsoHasATitle() {
    extractor = new FakeExtractor(clean("Extracted headline", BODY, Metadata.EMPTY));
    SourceItem item = item(dated(new Metadata(null, null, null, "Input title", null, null)));

    Document document = assertAccepted(pipeline().process(item), item);

    assertThat(document.title()).isEqualTo("Extracted headline");
    assertThat(document.text()).startsWith("Extracted headline\n\n");
    assertThat(document.metadata().title()).isEqualTo("Input title");
  }

  @Test
  void blankInputTitleIsNotAHeadline() {
    SourceItem item = item(dated(new Metadata(null, null, null, " \t ", null, null)));

    Document document = assertAccepted(pipeline().process(item), item);

    assertThat(document.title()).isNull();
    assertThat(document.text()).isEqualTo(BODY);
  }

  @Test
  void languageComesFromTheIdentifier() {
    SourceItem item = item(dated(Metadata.EMPTY));

    Document document = assertAccepted(pipeline().process(item), item);

    assertThat(document.language()).isEqualTo("en");
    assertThat(document.analysable()).isTrue();
    assertThat(document.warnings()).isEmpty();
  }

  @Test
  void identifiedLanguageOverridesADeclaredOneWithAWarning() {
    languages = new FakeLanguageIdentifier("ru");
    SourceItem item = item(new Metadata(null, null, null, null, MAY_31, "en"));

    Document document = assertAccepted(pipeline().process(item), item);

    assertThat(document.language()).isEqualTo("ru");
    assertThat(document.warnings())
        .containsExactly("declared language en but the text reads as ru");
  }

  @Test
  void declaredRegionalVariantOfTheIdentifiedLanguageIsNoMismatch() {
    SourceItem item = item(new Metadata(null, null, null, null, MAY_31, "en-gb"));

    Document document = assertAccepted(pipeline().process(item), item);

    assertThat(document.language()).isEqualTo("en");
    assertThat(document.warnings()).isEmpty();
  }

  @Test
  void declaredLanguageStandsWhenTheIdentifierCannotTell() {
    languages = new FakeLanguageIdentifier(null);
    SourceItem item = item(new Metadata(null, null, null, null, MAY_31, "be"));

    Document document = assertAccepted(pipeline().process(item), item);

    assertThat(document.language()).isEqualTo("be");
    assertThat(document.warnings()).isEmpty();
  }

  @Test
  void unknownLanguageIsNull() {
    languages = new FakeLanguageIdentifier(null);
    SourceItem item = item(dated(Metadata.EMPTY));

    Document document = assertAccepted(pipeline().process(item), item);

    assertThat(document.language()).isNull();
    assertThat(document.analysable()).isFalse();
  }

  @Test
  void missingDateIsAWarningNotARejection() {
    SourceItem item = item(Metadata.EMPTY);

    Document document = assertAccepted(pipeline().process(item), item);

    assertThat(document.published()).isEqualTo(PublicationDate.UNKNOWN);
    assertThat(document.metadata().published()).isNull();
    assertThat(document.warnings()).containsExactly(NO_DATE_WARNING);
  }

  @Test
  void carriesDecoderAndExtractorWarningsInStageOrder() {
    decoder = new FakeDecoder("not valid UTF-8 at byte 3; decoded as windows-1252");
    extractor = new FakeExtractor(clean(null, BODY, Metadata.EMPTY, "removed 2 boilerplate lines"));
    languages = new FakeLanguageIdentifier("ru");
    SourceItem item = item(new Metadata(null, null, null, null, null, "en"));

    Document document = assertAccepted(pipeline().process(item), item);

    assertThat(document.warnings())
        .containsExactly(
            "not valid UTF-8 at byte 3; decoded as windows-1252",
            "removed 2 boilerplate lines",
            "declared language en but the text reads as ru",
            NO_DATE_WARNING);
  }

  @Test
  void idComesFromThePagesCanonicalUrlWhenTheInputHasNoIdOrUrl() {
    // A page id is never trusted (pages do not name our documents), but its canonical URL
    // identifies the article wherever the file lies.
    Metadata page = new Metadata("page-id", "https://page.example/a", null, null, null, null);
    extractor = new FakeExtractor(clean(null, BODY, page));
    SourceItem item = item(dated(Metadata.EMPTY));

    Document document = assertAccepted(pipeline().process(item), item);

    assertThat(document.id())
        .isEqualTo(
            DocumentIds.derive(
                item.metadata().withUrl("https://page.example/a"),
                item.origin(),
                Fingerprints.contentHash(BODY)))
        .startsWith("url-");
  }

  @Test
  void inputIdAndUrlWinOverThePage() {
    Metadata page = new Metadata(null, "https://page.example/a", null, null, null, null);
    extractor = new FakeExtractor(clean(null, BODY, page));
    SourceItem withId = item(dated(Metadata.EMPTY.withId("input-7")));
    SourceItem withUrl = item(dated(Metadata.EMPTY.withUrl("https://input.example/b")));

    assertThat(assertAccepted(pipeline().process(withId), withId).id()).isEqualTo("input-7");
    assertThat(assertAccepted(pipeline().process(withUrl), withUrl).id())
        .isEqualTo(
            DocumentIds.derive(
                withUrl.metadata(), withUrl.origin(), Fingerprints.contentHash(BODY)));
  }

  @Test
  void sameItemTwiceGivesTheSameDocument() {
    SourceItem item = item(dated(Metadata.EMPTY));
    DocumentPipeline pipeline = pipeline();

    Document first = assertAccepted(pipeline.process(item), item);
    Document second = assertAccepted(pipeline.process(item), item);

    assertThat(second.id()).isEqualTo(first.id());
    assertThat(second.contentHash()).isEqualTo(first.contentHash());
    assertThat(second.fingerprint()).isEqualTo(first.fingerprint());
    assertThat(second.metadata()).isEqualTo(first.metadata());
  }

  @Test
  void badDataInDecodeIsRejectedAtTheDecodeStageWithItsCode() {
    decoder = FailingStage.badData(ErrorCode.BINARY, "binary content, 12 NUL bytes");
    SourceItem item = item(Metadata.EMPTY);

    Rejection rejection = assertRejected(pipeline().process(item), item);

    assertThat(rejection.stage()).isEqualTo(Stage.DECODE);
    assertThat(rejection.code()).isEqualTo(ErrorCode.BINARY);
    assertThat(rejection.reason()).isEqualTo("binary content, 12 NUL bytes");
  }

  @Test
  void badDataInExtractIsRejectedAtTheExtractStageOnOneLine() {
    extractor = FailingStage.badData(ErrorCode.NO_TEXT, "no article text left\n  after cleaning");
    SourceItem item = item(Metadata.EMPTY);

    Rejection rejection = assertRejected(pipeline().process(item), item);

    assertThat(rejection.stage()).isEqualTo(Stage.EXTRACT);
    assertThat(rejection.code()).isEqualTo(ErrorCode.NO_TEXT);
    assertThat(rejection.reason()).isEqualTo("no article text left after cleaning");
  }

  @Test
  void badDataWithoutAMessageStillHasAReason() {
    extractor = FailingStage.badData(ErrorCode.NO_TEXT, null);
    SourceItem item = item(Metadata.EMPTY);

    Rejection rejection = assertRejected(pipeline().process(item), item);

    assertThat(rejection.code()).isEqualTo(ErrorCode.NO_TEXT);
  }

  @Test
  void bugInDecodeIsAnInternalRejectionNamingTheOrigin() {
    decoder = FailingStage.bug(new IllegalStateException("broken\nstate"));
    SourceItem item = item(Metadata.EMPTY);

    Rejection rejection = assertRejected(pipeline().process(item), item);

    assertThat(rejection.stage()).isEqualTo(Stage.DECODE);
    assertThat(rejection.code()).isEqualTo(ErrorCode.INTERNAL);
    assertThat(rejection.reason())
        .isEqualTo(
            "internal error while processing corpus/minsk.txt: IllegalStateException: broken state");
  }

  @Test
  void bugInExtractIsAnInternalRejectionAtTheExtractStage() {
    extractor = FailingStage.bug(new IndexOutOfBoundsException("index 7"));
    SourceItem item = item(Metadata.EMPTY);

    Rejection rejection = assertRejected(pipeline().process(item), item);

    assertThat(rejection.stage()).isEqualTo(Stage.EXTRACT);
    assertThat(rejection.code()).isEqualTo(ErrorCode.INTERNAL);
    assertThat(rejection.reason()).contains("corpus/minsk.txt", "IndexOutOfBoundsException");
  }

  @Test
  void extractorReturningNothingIsAnInternalRejection() {
    extractor = decoded -> null;
    SourceItem item = item(Metadata.EMPTY);

    Rejection rejection = assertRejected(pipeline().process(item), item);

    assertThat(rejection.stage()).isEqualTo(Stage.EXTRACT);
    assertThat(rejection.code()).isEqualTo(ErrorCode.INTERNAL);
    assertThat(rejection.reason()).contains("NullPointerException");
  }

  @Test
  void bugInTheDateFinderIsAnInternalRejectionAtTheDescribeStage() {
    dates = FailingStage.bug(new UnsupportedOperationException("no calendar"));
    SourceItem item = item(Metadata.EMPTY);

    Rejection rejection = assertRejected(pipeline().process(item), item);

    assertThat(rejection.stage()).isEqualTo(Stage.DESCRIBE);
    assertThat(rejection.code()).isEqualTo(ErrorCode.INTERNAL);
    assertThat(rejection.reason()).contains("corpus/minsk.txt", "no calendar");
  }

  @Test
  void bugInTheLanguageIdentifierIsAnInternalRejectionAtTheDescribeStage() {
    languages = FailingStage.bug(new IllegalArgumentException());
    SourceItem item =
        new SourceItem(
            Origin.of("feed.jsonl").record("line 17", 5120),
            Metadata.EMPTY,
            MediaType.HTML,
            new byte[0],
            "<p>text</p>",
            null);

    Rejection rejection = assertRejected(pipeline().process(item), item);

    assertThat(rejection.stage()).isEqualTo(Stage.DESCRIBE);
    assertThat(rejection.code()).isEqualTo(ErrorCode.INTERNAL);
    assertThat(rejection.reason())
        .startsWith("internal error while processing feed.jsonl#line 17@5120: ")
        .contains("IllegalArgumentException");
  }

  @Test
  void stackOverflowInAStageIsAnInternalRejection() {
    extractor =
        decoded -> {
          throw new StackOverflowError();
        };
    SourceItem item = item(Metadata.EMPTY);

    Rejection rejection = assertRejected(pipeline().process(item), item);

    assertThat(rejection.code()).isEqualTo(ErrorCode.INTERNAL);
    assertThat(rejection.reason()).contains("StackOverflowError");
  }

  @Test
  void picksExtractorAndDateFinderByMediaType() {
    Extractor text = new FakeExtractor(clean(null, "plain body", Metadata.EMPTY));
    Extractor html = new FakeExtractor(clean(null, "html body", Metadata.EMPTY));
    PublicationDateFinder textDates = (input, clean) -> PublicationDate.UNKNOWN;
    PublicationDateFinder htmlDates = (input, clean) -> new PublicationDate(MAY_31, DateBasis.PAGE);
    DocumentPipeline pipeline =
        new DocumentPipeline(
            decoder,
            Map.of(MediaType.TEXT, text, MediaType.HTML, html),
            Map.of(MediaType.TEXT, textDates, MediaType.HTML, htmlDates),
            languages);
    SourceItem plain = item(Metadata.EMPTY);
    SourceItem page =
        new SourceItem(
            Origin.of("page.html"), Metadata.EMPTY, MediaType.HTML, new byte[0], "<p>", null);

    Document plainDocument = assertAccepted(pipeline.process(plain), plain);
    Document pageDocument = assertAccepted(pipeline.process(page), page);

    assertThat(plainDocument.text()).isEqualTo("plain body");
    assertThat(plainDocument.published()).isEqualTo(PublicationDate.UNKNOWN);
    assertThat(pageDocument.text()).isEqualTo("html body");
    assertThat(pageDocument.published().basis()).isEqualTo(DateBasis.PAGE);
  }

  @Test
  void missingExtractorForAMediaTypeFailsAtConstruction() {
    assertThatThrownBy(
            () ->
                new DocumentPipeline(
                    decoder,
                    Map.of(MediaType.TEXT, extractor),
                    Map.of(MediaType.TEXT, dates, MediaType.HTML, dates),
                    languages))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("HTML");
  }

  @Test
  void missingDateFinderForAMediaTypeFailsAtConstruction() {
    assertThatThrownBy(
            () ->
                new DocumentPipeline(
                    decoder,
                    Map.of(MediaType.TEXT, extractor, MediaType.HTML, extractor),
                    Map.of(MediaType.HTML, dates),
                    languages))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("TEXT");
  }

  @Test
  void noExtractorsAtAllFailsAtConstructionNamingAMediaType() {
    assertThatThrownBy(
            () ->
                new DocumentPipeline(
                    decoder,
                    Map.of(),
                    Map.of(MediaType.TEXT, dates, MediaType.HTML, dates),
                    languages))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("media type");
  }

  @Test
  void nullExtractorForAMediaTypeFailsAtConstruction() {
    Map<MediaType, Extractor> extractors = new HashMap<>();
    extractors.put(MediaType.TEXT, extractor);
    extractors.put(MediaType.HTML, null);

    assertThatThrownBy(
            () ->
                new DocumentPipeline(
                    decoder,
                    extractors,
                    Map.of(MediaType.TEXT, dates, MediaType.HTML, dates),
                    languages))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("HTML");
  }

  @Test
  void laterChangesToTheCallersTablesDoNotReachThePipeline() {
    Map<MediaType, Extractor> extractors = new EnumMap<>(MediaType.class);
    extractors.put(MediaType.TEXT, extractor);
    extractors.put(MediaType.HTML, extractor);
    DocumentPipeline pipeline =
        new DocumentPipeline(
            decoder, extractors, Map.of(MediaType.TEXT, dates, MediaType.HTML, dates), languages);
    extractors.clear();
    SourceItem item = item(dated(Metadata.EMPTY));

    assertAccepted(pipeline.process(item), item);
  }
}
