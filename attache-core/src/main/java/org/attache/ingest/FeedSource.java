package org.attache.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.attache.model.DocumentException;
import org.attache.model.ErrorCode;
import org.attache.model.MediaType;
import org.attache.model.Metadata;
import org.attache.model.Origin;
import org.attache.model.SourceItem;

/**
 * Reads RSS (0.9x, 1.0, 2.0) and Atom feeds with Rome: each entry is one item with url = its link,
 * its title, published = its published (else updated) date in UTC, id = its guid or Atom id, and
 * source = the feed's title (else the feed's host). The content is the entry's {@code
 * content:encoded} or Atom content, else its description, as an {@link MediaType#HTML} text field
 * (plain text when the feed says so); raw holds that content's UTF-8 bytes, as the feed's own bytes
 * per entry cannot be cut out of the XML. Origin record = the entry's link (or {@code "entry N"}).
 *
 * <p>With {@link ReadOptions#followLinks()} the linked page is fetched instead and becomes the
 * content (raw = the page bytes, charset from the response); a failed fetch rejects that entry
 * only. A file that is not a feed is one {@code MALFORMED_XML} rejection. Doctypes are refused,
 * which rules out XML entity expansion attacks.
 */
public final class FeedSource implements DocumentSource {
  private final ReadOptions options;
  private final Fetcher fetcher;

  public FeedSource(ReadOptions options, Fetcher fetcher) {
    this.options = options;
    this.fetcher = fetcher;
  }

  @Override
  public void read(Input input, ItemSink sink) {
    BoundedContent content;
    try {
      content = BoundedContent.read(input, options.maxDocumentBytes());
    } catch (IOException error) {
      sink.reject(Rejections.unreadable(input.origin(), error));
      return;
    }
    if (content.tooLarge()) {
      sink.reject(
          Rejections.of(
              input.origin(),
              content.bytes(),
              ErrorCode.TOO_LARGE,
              content.tooLargeReason(options.maxDocumentBytes())));
      return;
    }
    SyndFeed feed;
    try {
      feed = parse(content.bytes(), input.charset());
    } catch (FeedException | IOException | RuntimeException error) {
      // Rome's parsers throw assorted runtime exceptions on hostile XML; all mean "not a feed".
      sink.reject(
          Rejections.of(
              input.origin(),
              content.bytes(),
              ErrorCode.MALFORMED_XML,
              "not an RSS or Atom feed: " + Rejections.describe(error)));
      return;
    }
    String source = feedSource(feed, input);
    List<SyndEntry> entries = feed.getEntries();
    for (int index = 0; index < entries.size(); index++) {
      readEntry(input, entries.get(index), index + 1, source, sink);
    }
  }

  private static SyndFeed parse(byte[] bytes, String charset) throws FeedException, IOException {
    SyndFeedInput feedInput = new SyndFeedInput();
    feedInput.setAllowDoctypes(false);
    try (XmlReader reader = new XmlReader(new ByteArrayInputStream(bytes), true, charset)) {
      return feedInput.build(reader);
    }
  }

  private void readEntry(Input input, SyndEntry entry, int number, String source, ItemSink sink) {
    String link = blankToNull(entry.getLink());
    Origin origin =
        input.origin().record(link != null ? link : "entry " + number, Origin.UNKNOWN_OFFSET);
    Metadata metadata =
        new Metadata(
            blankToNull(entry.getUri()),
            link,
            source,
            entry.getTitle() == null ? null : blankToNull(entry.getTitle().strip()),
            date(
                entry.getPublishedDate() != null
                    ? entry.getPublishedDate()
                    : entry.getUpdatedDate()),
            null);
    if (options.followLinks() && link != null) {
      follow(input, link, origin, metadata, sink);
      return;
    }
    SyndContent content = content(entry);
    if (content == null) {
      sink.reject(
          Rejections.of(
              origin,
              null,
              ErrorCode.NO_TEXT,
              "feed entry " + number + " has no content or description"));
      return;
    }
    String type = content.getType() == null ? "" : content.getType().toLowerCase(Locale.ROOT);
    MediaType mediaType =
        type.equals("text") || type.equals("text/plain") ? MediaType.TEXT : MediaType.HTML;
    String text = content.getValue();
    sink.accept(
        new SourceItem(
            origin, metadata, mediaType, text.getBytes(StandardCharsets.UTF_8), text, null));
  }

  private void follow(Input input, String link, Origin origin, Metadata metadata, ItemSink sink) {
    FetchedPage page;
    try {
      URI uri = input.uri() == null ? new URI(link) : input.uri().resolve(new URI(link));
      page = fetcher.fetch(uri);
    } catch (URISyntaxException | IllegalArgumentException invalid) {
      sink.reject(
          Rejections.of(
              origin,
              null,
              ErrorCode.FETCH_FAILED,
              "invalid entry link: " + Rejections.quote(link)));
      return;
    } catch (DocumentException error) {
      sink.reject(Rejections.of(origin, null, error));
      return;
    }
    BoundedContent content = new BoundedContent(page.body(), page.body().length, false, true);
    MediaType type = page.mediaType().equals("text/plain") ? MediaType.TEXT : MediaType.HTML;
    WholeDocuments.accept(content, origin, metadata, type, page.charset(), options, sink);
  }

  private static SyndContent content(SyndEntry entry) {
    for (SyndContent content : entry.getContents()) {
      if (content.getValue() != null && !content.getValue().isBlank()) {
        return content;
      }
    }
    SyndContent description = entry.getDescription();
    return description != null
            && description.getValue() != null
            && !description.getValue().isBlank()
        ? description
        : null;
  }

  private static String feedSource(SyndFeed feed, Input input) {
    String title = feed.getTitle() == null ? null : blankToNull(feed.getTitle().strip());
    if (title != null) {
      return title;
    }
    String link = blankToNull(feed.getLink());
    try {
      if (link != null && new URI(link).getHost() != null) {
        return new URI(link).getHost();
      }
    } catch (URISyntaxException invalid) {
      // A feed link that is not a URI: fall back to where the feed came from.
    }
    return input.uri() == null ? null : input.uri().getHost();
  }

  private static LocalDate date(Date date) {
    return date == null ? null : date.toInstant().atOffset(ZoneOffset.UTC).toLocalDate();
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
