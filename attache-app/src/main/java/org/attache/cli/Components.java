package org.attache.cli;

import java.io.InputStream;
import java.util.Map;
import java.util.function.Supplier;
import org.attache.app.ItemReader;
import org.attache.clean.HtmlArticleExtractor;
import org.attache.clean.OptimaizeLanguageIdentifier;
import org.attache.clean.ScrapedTextExtractor;
import org.attache.clean.TextDecoder;
import org.attache.clean.TextPublicationDateFinder;
import org.attache.ingest.HttpFetcher;
import org.attache.ingest.ReadOptions;
import org.attache.ingest.Sources;
import org.attache.model.MediaType;
import org.attache.pipeline.DocumentPipeline;

/**
 * The one place where the standard implementations of each stage are chosen: readers by format,
 * extractors and date finders by media type. Building the language identifier loads its profiles
 * (about a second), so the pipeline is built once and shared.
 */
final class Components {
  private static volatile DocumentPipeline pipeline;

  private Components() {}

  static ItemReader reader(ReadOptions options, Supplier<InputStream> stdin) {
    Sources sources = new Sources(options, new HttpFetcher(options.maxDocumentBytes()), stdin);
    return sources::read;
  }

  static DocumentPipeline pipeline() {
    DocumentPipeline built = pipeline;
    if (built == null) {
      synchronized (Components.class) {
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
}
