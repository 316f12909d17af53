package org.attache.ingest;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.attache.model.ErrorCode;
import org.attache.model.MediaType;
import org.attache.model.Metadata;
import org.attache.model.Origin;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads web archives ({@code .warc}, {@code .warc.gz}) with jwarc: each {@code response} record
 * holding an HTTP 200 response with an HTML or plain-text payload is one item, with url = {@code
 * WARC-Target-URI}, the payload (de-chunked and decompressed) as raw bytes, the charset of the HTTP
 * {@code Content-Type}, and origin record = the {@code WARC-Record-ID} at the record's byte offset.
 * Published is left {@code null}: {@code WARC-Date} is when the page was crawled, not when it was
 * published.
 *
 * <p>Other records (warcinfo, request, metadata, revisit), other statuses and other payload types
 * are not documents: they are skipped, not rejected, and counted in {@link #skipped()}. A truncated
 * or corrupt record is rejected as {@code TRUNCATED} or {@code MALFORMED_WARC} and ends the file,
 * since the records after it cannot be located reliably.
 */
public final class WarcSource implements DocumentSource {
  private static final Set<String> DOCUMENT_TYPES =
      Set.of("text/html", "application/xhtml+xml", "text/plain");

  private final ReadOptions options;
  private final AtomicLong skipped = new AtomicLong();

  public WarcSource(ReadOptions options) {
    this.options = options;
  }

  /** How many records this source has skipped as not documents, over all inputs read. */
  public long skipped() {
    return skipped.get();
  }

  @Override
  public void read(Input input, ItemSink sink) {
    WarcReader reader = null;
    Origin origin = input.origin();
    try (InputStream in = input.open()) {
      reader = new WarcReader(in);
      long count = 0;
      while (true) {
        // Until the next record is parsed its id is unknown: damage is reported by its number.
        origin = input.origin().record("record " + (count + 1), Origin.UNKNOWN_OFFSET);
        Optional<WarcRecord> next = reader.next();
        count++;
        if (next.isEmpty()) {
          return;
        }
        WarcRecord record = next.get();
        String id =
            record
                .headers()
                .first("WARC-Record-ID")
                .map(value -> value.replaceAll("^<|>$", ""))
                .orElse("record " + count);
        origin = input.origin().record(id, reader.position());
        if (!(record instanceof WarcResponse response) || !readResponse(response, origin, sink)) {
          skipped.incrementAndGet();
        }
      }
    } catch (EOFException truncated) {
      sink.reject(
          Rejections.of(
              origin,
              null,
              ErrorCode.TRUNCATED,
              "WARC ends unexpectedly, rest of the file lost: " + Rejections.describe(truncated)));
    } catch (ParsingException | RuntimeException malformed) {
      // jwarc signals bad headers (a missing target URI, a bad date) with assorted runtime
      // exceptions; on input from outside they all mean a malformed record.
      sink.reject(
          Rejections.of(
              origin,
              null,
              ErrorCode.MALFORMED_WARC,
              "malformed WARC record, rest of the file lost: " + Rejections.describe(malformed)));
    } catch (IOException error) {
      sink.reject(
          Rejections.of(
              origin,
              null,
              reader == null ? ErrorCode.UNREADABLE : ErrorCode.MALFORMED_WARC,
              "cannot read WARC, rest of the file lost: " + Rejections.describe(error)));
    }
  }

  /** Reports the response as an item; {@code false} when it is not a document. */
  private boolean readResponse(WarcResponse response, Origin origin, ItemSink sink)
      throws IOException {
    if (!"application/http".equals(response.contentType().base().toString())) {
      return false;
    }
    HttpResponse http = response.http();
    String contentType = http.headers().first("Content-Type").orElse(null);
    String mediaType = FetchedPage.mediaTypeOf(contentType);
    if (http.status() != 200 || !DOCUMENT_TYPES.contains(mediaType)) {
      return false;
    }
    BoundedContent content;
    try (InputStream payload = http.bodyDecoded().stream()) {
      content = BoundedContent.read(payload, options.maxDocumentBytes());
    }
    MediaType type = mediaType.equals("text/plain") ? MediaType.TEXT : MediaType.HTML;
    String charset = FetchedPage.charsetOf(contentType);
    Metadata metadata = Metadata.EMPTY.withUrl(response.target());
    String declared = charset == null ? null : charset.toLowerCase(Locale.ROOT);
    WholeDocuments.accept(content, origin, metadata, type, declared, options, sink);
    return true;
  }
}
