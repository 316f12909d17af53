package org.attache.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.attache.clean.Decoder;
import org.attache.clean.Extractor;
import org.attache.clean.HtmlArticleExtractor;
import org.attache.clean.LanguageIdentifier;
import org.attache.clean.OptimaizeLanguageIdentifier;
import org.attache.clean.PublicationDateFinder;
import org.attache.clean.ScrapedTextExtractor;
import org.attache.clean.TextDecoder;
import org.attache.clean.TextPublicationDateFinder;
import org.attache.model.CleanText;
import org.attache.model.DecodedItem;
import org.attache.model.Document;
import org.attache.model.DocumentException;
import org.attache.model.MediaType;
import org.attache.model.Metadata;
import org.attache.model.PublicationDate;
import org.attache.model.SourceItem;
import org.attache.pipeline.DocumentIds;
import org.attache.pipeline.DocumentPipeline;
import org.attache.pipeline.Fingerprints;

/**
 * The steps of {@link DocumentPipeline#process} with the same standard components as {@code
 * StandardComponents.pipeline()}, each timed with {@link System#nanoTime()}: decode, extract, date,
 * language, fingerprint (content hash, SimHash and id), and the rest (metadata and warnings). Used
 * by the benchmark on one thread only; it is not thread-safe. Keep it in step with {@code
 * DocumentPipeline.process}: the benchmark checks that both accept and reject the same items.
 */
final class TimedPipeline {
  static final String[] STAGES = {"decode", "extract", "date", "language", "fingerprint", "other"};

  private final Decoder decoder = new TextDecoder();
  private final Map<MediaType, Extractor> extractors =
      Map.of(
          MediaType.TEXT, new ScrapedTextExtractor(), MediaType.HTML, new HtmlArticleExtractor());
  private final Map<MediaType, PublicationDateFinder> dates =
      Map.of(
          MediaType.TEXT,
          TextPublicationDateFinder.forScrapedText(),
          MediaType.HTML,
          TextPublicationDateFinder.forPages());
  private final LanguageIdentifier languages = new OptimaizeLanguageIdentifier();

  /** Nanoseconds spent per stage, in the order of {@link #STAGES}. */
  final long[] nanos = new long[STAGES.length];

  long accepted;
  long rejected;

  void reset() {
    java.util.Arrays.fill(nanos, 0L);
    accepted = 0;
    rejected = 0;
  }

  /** Processes one item; returns the document, or null when a stage rejected it. */
  Document process(SourceItem item) {
    long t0 = System.nanoTime();
    DecodedItem decoded;
    try {
      decoded = decoder.decode(item);
    } catch (DocumentException e) {
      nanos[0] += System.nanoTime() - t0;
      rejected++;
      return null;
    }
    long t1 = System.nanoTime();
    nanos[0] += t1 - t0;
    CleanText clean;
    try {
      clean = withTitle(extractors.get(item.type()).extract(decoded), item.metadata());
    } catch (DocumentException e) {
      nanos[1] += System.nanoTime() - t1;
      rejected++;
      return null;
    }
    long t2 = System.nanoTime();
    nanos[1] += t2 - t1;
    Metadata metadata = item.metadata().orElse(clean.found());
    PublicationDate published = dates.get(item.type()).find(item.metadata(), clean);
    long t3 = System.nanoTime();
    nanos[2] += t3 - t2;
    String text = clean.text();
    String identified = languages.identify(text).orElse(null);
    long t4 = System.nanoTime();
    nanos[3] += t4 - t3;
    String contentHash = Fingerprints.contentHash(text);
    long simHash = Fingerprints.simHash(text);
    String id = DocumentIds.derive(item.metadata(), item.origin(), contentHash);
    long t5 = System.nanoTime();
    nanos[4] += t5 - t4;
    String language = metadata.language();
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
    Document document =
        new Document(
            id,
            item.origin(),
            metadata.withId(id),
            item.type(),
            item.raw(),
            clean.title(),
            text,
            published,
            language,
            contentHash,
            simHash,
            warnings);
    nanos[5] += System.nanoTime() - t5;
    accepted++;
    return document;
  }

  private static CleanText withTitle(CleanText clean, Metadata input) {
    if (clean.title() != null || input.title() == null || input.title().isBlank()) {
      return clean;
    }
    return new CleanText(
        input.title().strip(), clean.subtitle(), clean.body(), clean.found(), clean.warnings());
  }
}
