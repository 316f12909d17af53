package org.attache.ingest;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.attache.clean.CharsetSniffer;
import org.attache.model.DocumentException;
import org.attache.model.ErrorCode;
import org.attache.model.Origin;

/**
 * The one place that decides how an input is read: a user's input (a path, a folder, an http(s) URL
 * or {@code -} for standard input) is matched to a format by name, first by file extension, then by
 * sniffing its first bytes, and read by that format's {@link DocumentSource}. Both decisions are
 * tables, so adding a format is adding rows.
 *
 * <p>Folders are read as manifest folders when they hold {@value ManifestFolderSource#MANIFEST},
 * otherwise recursively. Files with an unknown extension are read by their content: a recognised
 * signature picks the format, text-looking content is read as plain text, and anything else is
 * rejected as {@code UNSUPPORTED}. A missing path is one {@code NOT_FOUND} rejection.
 */
public final class Sources implements DocumentSource {
  /** Format names, as used in the tables below. */
  public static final String TEXT = "text";

  public static final String HTML = "html";
  public static final String JSON_LINES = "jsonl";
  public static final String MANIFEST = "manifest";
  public static final String WARC = "warc";
  public static final String FEED = "feed";
  public static final String FOLDER = "folder";

  /** Ends of file names and their formats; longer ends first, so {@code .jsonl.gz} wins. */
  private static final List<Map.Entry<String, String>> EXTENSIONS =
      List.of(
          Map.entry(".jsonl.gz", JSON_LINES),
          Map.entry(".ndjson.gz", JSON_LINES),
          Map.entry(".warc.gz", WARC),
          Map.entry(".jsonl", JSON_LINES),
          Map.entry(".ndjson", JSON_LINES),
          Map.entry(".warc", WARC),
          Map.entry(".rss", FEED),
          Map.entry(".atom", FEED),
          Map.entry(".xml", FEED),
          Map.entry(".html", HTML),
          Map.entry(".htm", HTML),
          Map.entry(".xhtml", HTML),
          Map.entry(".txt", TEXT),
          Map.entry(".text", TEXT));

  /** How content starts (after a byte-order mark and white space, lower-cased) and its format. */
  private static final List<Map.Entry<String, String>> SIGNATURES =
      List.of(
          Map.entry("warc/", WARC),
          Map.entry("<rss", FEED),
          Map.entry("<feed", FEED),
          Map.entry("<rdf:rdf", FEED),
          Map.entry("<!doctype html", HTML),
          Map.entry("<html", HTML),
          Map.entry("{", JSON_LINES));

  private static final Pattern URL_SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*://.*");

  private final Map<String, DocumentSource> formats;
  private final Fetcher fetcher;
  private final Supplier<InputStream> standardInput;

  public Sources(ReadOptions options, Fetcher fetcher, Supplier<InputStream> standardInput) {
    this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
    this.standardInput = Objects.requireNonNull(standardInput, "standardInput");
    this.formats =
        Map.of(
            TEXT, new PlainTextSource(options),
            HTML, new HtmlFileSource(options),
            JSON_LINES, new JsonLinesSource(options),
            MANIFEST, new ManifestFolderSource(options),
            WARC, new WarcSource(options),
            FEED, new FeedSource(options, fetcher),
            FOLDER, new FolderSource(this));
  }

  /** Reads what the user named: a path, a folder, an http(s) URL, or {@code -}. */
  public void read(String userInput, ItemSink sink) {
    if (userInput.equals(Input.STANDARD_INPUT)) {
      readStandardInput(sink);
    } else if (URL_SCHEME.matcher(userInput).matches()) {
      readUrl(userInput, sink);
    } else {
      Path path;
      try {
        path = Path.of(userInput);
      } catch (InvalidPathException invalid) {
        sink.reject(
            Rejections.of(
                Origin.of(userInput),
                null,
                ErrorCode.NOT_FOUND,
                "not a valid path: " + invalid.getReason()));
        return;
      }
      read(Input.file(path, userInput), sink);
    }
  }

  /** Reads a file or folder input by its detected format. */
  @Override
  public void read(Input input, ItemSink sink) {
    Path path = input.path();
    if (path == null || !Files.exists(path)) {
      sink.reject(
          Rejections.of(input.origin(), null, ErrorCode.NOT_FOUND, "no such file or folder"));
      return;
    }
    if (Files.isDirectory(path)) {
      String format = ManifestFolderSource.isManifestFolder(path) ? MANIFEST : FOLDER;
      formats.get(format).read(input, sink);
      return;
    }
    Path fileName = path.getFileName();
    if (fileName != null && fileName.toString().equals(ManifestFolderSource.MANIFEST)) {
      Path folder = path.toAbsolutePath().getParent();
      String name =
          input.name().substring(0, input.name().length() - ManifestFolderSource.MANIFEST.length());
      formats.get(MANIFEST).read(Input.file(folder, name.isEmpty() ? "." : name), sink);
      return;
    }
    String format = byExtension(input.name());
    if (format == null) {
      try (InputStream in = input.open()) {
        format = sniff(in.readNBytes(Streams.SNIFF_BYTES));
      } catch (IOException error) {
        sink.reject(Rejections.unreadable(input.origin(), error));
        return;
      }
    }
    readAs(format, input, sink);
  }

  /** The format a file name's extension names, or {@code null}. */
  static String byExtension(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    for (Map.Entry<String, String> extension : EXTENSIONS) {
      if (lower.endsWith(extension.getKey())) {
        return extension.getValue();
      }
    }
    return null;
  }

  /**
   * The format content starting with {@code head} is in, or {@code null} when it is neither a known
   * format nor text. Gzip-compressed content is recognised by what it decompresses to.
   */
  static String sniff(byte[] head) {
    if (Streams.isGzip(head)) {
      String inner = sniff(Streams.gunzipHead(head, Streams.SNIFF_BYTES));
      return WARC.equals(inner) || JSON_LINES.equals(inner) ? inner : null;
    }
    int start = CharsetSniffer.byteOrderMarkLength(head);
    while (start < head.length && Character.isWhitespace(head[start])) {
      start++;
    }
    String text =
        new String(head, start, head.length - start, StandardCharsets.ISO_8859_1)
            .toLowerCase(Locale.ROOT);
    for (Map.Entry<String, String> signature : SIGNATURES) {
      if (text.startsWith(signature.getKey())) {
        return signature.getValue();
      }
    }
    if (text.startsWith("<?xml") || text.startsWith("<!--")) {
      if (text.contains("<rss") || text.contains("<feed") || text.contains("<rdf:rdf")) {
        return FEED;
      }
      if (text.contains("<html")) {
        return HTML;
      }
      return FEED;
    }
    return CharsetSniffer.byteOrderMark(head).isPresent()
            || CharsetSniffer.binaryReason(head).isEmpty()
        ? TEXT
        : null;
  }

  private void readAs(String format, Input input, ItemSink sink) {
    if (format == null) {
      sink.reject(
          Rejections.of(
              input.origin(),
              null,
              ErrorCode.UNSUPPORTED,
              "unsupported file type: no known extension and binary content"));
      return;
    }
    formats.get(format).read(input, sink);
  }

  private void readStandardInput(ItemSink sink) {
    BufferedInputStream in = Streams.buffered(new KeptOpen(standardInput.get()));
    byte[] head;
    try {
      head = Streams.peek(in, Streams.SNIFF_BYTES);
    } catch (IOException error) {
      sink.reject(
          Rejections.of(
              Origin.of(Input.STANDARD_INPUT),
              null,
              ErrorCode.UNREADABLE,
              "cannot read standard input: " + Rejections.describe(error)));
      return;
    }
    readAs(sniff(head), Input.stream(Input.STANDARD_INPUT, null, null, () -> in), sink);
  }

  private void readUrl(String userInput, ItemSink sink) {
    Origin origin = Origin.of(userInput);
    FetchedPage page;
    try {
      page = fetcher.fetch(new URI(userInput));
    } catch (URISyntaxException invalid) {
      sink.reject(
          Rejections.of(
              origin, null, ErrorCode.FETCH_FAILED, "invalid URL: " + invalid.getReason()));
      return;
    } catch (DocumentException error) {
      sink.reject(Rejections.of(origin, null, error));
      return;
    }
    byte[] body = page.body();
    String format =
        sniff(
            Streams.isGzip(body)
                ? body
                : java.util.Arrays.copyOf(body, Math.min(body.length, Streams.SNIFF_BYTES)));
    if (TEXT.equals(format) && page.mediaType().contains("html")) {
      format = HTML;
    }
    URI uri = page.finalUri();
    readAs(
        format,
        Input.stream(userInput, uri, page.charset(), () -> new ByteArrayInputStream(body)),
        sink);
  }

  /** Standard input belongs to the process: readers may close their stream, not the process's. */
  private static final class KeptOpen extends FilterInputStream {
    KeptOpen(InputStream in) {
      super(in);
    }

    @Override
    public void close() {
      // Deliberately left open: closing System.in would break the rest of the process.
    }
  }
}
