package org.attache.app;

import java.io.InputStream;
import java.net.URI;
import java.util.Map;
import java.util.function.Supplier;
import org.attache.actor.ActorKnowledge;
import org.attache.actor.DatelineCountry;
import org.attache.clean.HtmlArticleExtractor;
import org.attache.clean.OptimaizeLanguageIdentifier;
import org.attache.clean.ScrapedTextExtractor;
import org.attache.clean.TextDecoder;
import org.attache.clean.TextPublicationDateFinder;
import org.attache.coding.CameoCodes;
import org.attache.coding.EventCoder;
import org.attache.coding.PredicateLexicon;
import org.attache.ingest.FetchedPage;
import org.attache.ingest.Fetcher;
import org.attache.ingest.HttpFetcher;
import org.attache.ingest.ReadOptions;
import org.attache.ingest.Sources;
import org.attache.model.DocumentException;
import org.attache.model.MediaType;
import org.attache.pipeline.DocumentPipeline;
import org.attache.resolve.GazetteerPlaceResolver;
import org.attache.resolve.Geocoder;
import org.attache.resolve.TimexDateResolver;

/**
 * The one place where the standard implementations of each stage are chosen: readers by format,
 * extractors and date finders by media type. Building the language identifier loads its profiles
 * (about a second), so the pipeline is built once and shared.
 */
public final class StandardComponents {
  private static volatile DocumentPipeline pipeline;

  private StandardComponents() {}

  /** The reader registry; the HTTP client is only created when an input needs the network. */
  public static ItemReader reader(ReadOptions options, Supplier<InputStream> stdin) {
    Sources sources = new Sources(options, new LazyFetcher(options.maxDocumentBytes()), stdin);
    return sources::read;
  }

  /** The standard document pipeline, built once per process and shared by all threads. */
  public static DocumentPipeline pipeline() {
    DocumentPipeline built = pipeline;
    if (built == null) {
      synchronized (StandardComponents.class) {
        built = pipeline;
        if (built == null) {
          built =
              new DocumentPipeline(
                  new TextDecoder(),
                  Map.of(
                      MediaType.TEXT, new ScrapedTextExtractor(),
                      MediaType.HTML, new HtmlArticleExtractor()),
                  Map.of(
                      MediaType.TEXT, TextPublicationDateFinder.forScrapedText(),
                      MediaType.HTML, TextPublicationDateFinder.forPages()),
                  new OptimaizeLanguageIdentifier());
          pipeline = built;
        }
      }
    }
    return built;
  }

  /**
   * The standard event coding: the predicate lexicon's coder with dates from time expressions
   * ({@link TimexDateResolver}) and places from the bundled gazetteer ({@link
   * GazetteerPlaceResolver}); actor tables (with the user's files) give destination countries and
   * datelines.
   */
  public static EventCoding eventCoding(ActorKnowledge knowledge, PredicateLexicon lexicon) {
    EventCoder coder =
        new EventCoder(
            lexicon,
            CameoCodes.bundled(),
            new TimexDateResolver(),
            new GazetteerPlaceResolver(Geocoder.bundled(), new DatelineCountry(knowledge)),
            knowledge);
    return coder::code;
  }

  /** Creates the HTTP client (and its selector thread) on the first fetch only. */
  private static final class LazyFetcher implements Fetcher {
    private final long maxBytes;
    private HttpFetcher fetcher;

    LazyFetcher(long maxBytes) {
      this.maxBytes = maxBytes;
    }

    @Override
    public synchronized FetchedPage fetch(URI uri) throws DocumentException {
      if (fetcher == null) {
        fetcher = new HttpFetcher(maxBytes);
      }
      return fetcher.fetch(uri);
    }
  }
}
