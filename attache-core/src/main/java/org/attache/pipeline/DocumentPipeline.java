package org.attache.pipeline;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.attache.clean.Decoder;
import org.attache.clean.Extractor;
import org.attache.clean.LanguageIdentifier;
import org.attache.clean.PublicationDateFinder;
import org.attache.model.CleanText;
import org.attache.model.DecodedItem;
import org.attache.model.Document;
import org.attache.model.DocumentException;
import org.attache.model.ErrorCode;
import org.attache.model.MediaType;
import org.attache.model.Metadata;
import org.attache.model.PublicationDate;
import org.attache.model.Rejection;
import org.attache.model.SourceItem;
import org.attache.model.Stage;

/**
 * Turns a source item into a document: decode, extract the clean text, find the publication date
 * (extractor and date finder are chosen by media type from one table each, since what a page's
 * metadata means differs from what a scraped text's byline means), identify the language,
 * fingerprint.
 *
 * <p>Bad data becomes a {@link Outcome.Rejected} with the stage that refused it. An unexpected
 * exception inside a stage is a bug, but one document must not end a run of millions: it is
 * rejected with {@link ErrorCode#INTERNAL} and its class and message, so it can be retried once the
 * bug is fixed. Instances are immutable and thread-safe when their stages are.
 */
public final class DocumentPipeline {
  private final Decoder decoder;
  private final Map<MediaType, Extractor> extractors;
  private final Map<MediaType, PublicationDateFinder> dates;
  private final LanguageIdentifier languages;
  private final StepTimer timer;

  public DocumentPipeline(
      Decoder decoder,
      Map<MediaType, Extractor> extractors,
      Map<MediaType, PublicationDateFinder> dates,
      LanguageIdentifier languages) {
    this(decoder, extractors, dates, languages, StepTimer.NONE);
  }

  private DocumentPipeline(
      Decoder decoder,
      Map<MediaType, Extractor> extractors,
      Map<MediaType, PublicationDateFinder> dates,
      LanguageIdentifier languages,
      StepTimer timer) {
    this.timer = Objects.requireNonNull(timer, "timer");
    this.decoder = Objects.requireNonNull(decoder, "decoder");
    // Copied into fresh maps: EnumMap's copy constructor refuses an empty map with a message that
    // names no media type. A null stage counts as missing, so it fails here rather than per item.
    this.extractors = new EnumMap<>(MediaType.class);
    this.extractors.putAll(extractors);
    this.dates = new EnumMap<>(MediaType.class);
    this.dates.putAll(dates);
    this.languages = Objects.requireNonNull(languages, "languages");
    for (MediaType type : MediaType.values()) {
      if (this.extractors.get(type) == null || this.dates.get(type) == null) {
        throw new IllegalArgumentException(
            "no extractor or date finder configured for media type " + type);
      }
    }
  }

  /** The same pipeline, reporting each step's time to {@code stepTimer}. */
  public DocumentPipeline withTimer(StepTimer stepTimer) {
    return new DocumentPipeline(decoder, extractors, dates, languages, stepTimer);
  }

  public Outcome process(SourceItem item) {
    Stage stage = Stage.DECODE;
    try {
      long start = System.nanoTime();
      DecodedItem decoded = decoder.decode(item);
      start = lap(StepTimer.Step.DECODE, start);
      stage = Stage.EXTRACT;
      CleanText clean = withTitle(extractors.get(item.type()).extract(decoded), item.metadata());
      lap(StepTimer.Step.EXTRACT, start);
      stage = Stage.DESCRIBE;
      return new Outcome.Accepted(describe(item, decoded, clean));
    } catch (DocumentException e) {
      return new Outcome.Rejected(Rejection.of(item.origin(), item.raw(), stage, e));
    } catch (RuntimeException | StackOverflowError e) {
      String reason =
          "internal error while processing "
              + item.origin()
              + ": "
              + e.getClass().getSimpleName()
              + ": "
              + e.getMessage();
      return new Outcome.Rejected(
          new Rejection(
              item.origin(), item.raw(), stage, ErrorCode.INTERNAL, Rejection.oneLine(reason)));
    }
  }

  private Document describe(SourceItem item, DecodedItem decoded, CleanText clean) {
    Metadata metadata = item.metadata().orElse(clean.found());
    long start = System.nanoTime();
    PublicationDate published = dates.get(item.type()).find(item.metadata(), clean);
    start = lap(StepTimer.Step.DATE, start);
    String text = clean.text();
    String language = metadata.language();
    String identified = languages.identify(text).orElse(null);
    lap(StepTimer.Step.LANGUAGE, start);
    List<String> warnings = new ArrayList<>(decoded.warnings());
    warnings.addAll(clean.warnings());
    if (identified != null && language != null && !language.startsWith(identified)) {
      warnings.add("declared language " + language + " but the text reads as " + identified);
    }
    language = identified != null ? identified : language;
    if (published.date() == null) {
      warnings.add("no publication date in the input, the page or the text");
    }
    if (metadata.title() == null && clean.title() != null) {
      metadata = new Metadata(null, null, null, clean.title(), null, null).orElse(metadata);
    }
    metadata =
        new Metadata(
            metadata.id(),
            metadata.url(),
            metadata.source(),
            metadata.title(),
            published.date(),
            language);
    start = System.nanoTime();
    String contentHash = Fingerprints.contentHash(text);
    long fingerprint = Fingerprints.simHash(text);
    lap(StepTimer.Step.FINGERPRINT, start);
    // The page's canonical URL identifies an article wherever its file lies; the input's own id
    // and URL still come first.
    String id =
        DocumentIds.derive(item.metadata().withUrl(metadata.url()), item.origin(), contentHash);
    return new Document(
        id,
        item.origin(),
        metadata.withId(id),
        item.type(),
        item.raw(),
        clean.title(),
        clean.subtitle(),
        text,
        published,
        language,
        contentHash,
        fingerprint,
        warnings);
  }

  private long lap(StepTimer.Step step, long start) {
    long now = System.nanoTime();
    timer.record(step, now - start);
    return now;
  }

  /** The input's title stands as headline when the extractor found none in the content itself. */
  private static CleanText withTitle(CleanText clean, Metadata input) {
    if (clean.title() != null || input.title() == null || input.title().isBlank()) {
      return clean;
    }
    return new CleanText(
        input.title().strip(), clean.subtitle(), clean.body(), clean.found(), clean.warnings());
  }
}
