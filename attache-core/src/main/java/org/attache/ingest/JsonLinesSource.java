package org.attache.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.ZipException;
import org.attache.model.ErrorCode;
import org.attache.model.MediaType;
import org.attache.model.Origin;
import org.attache.model.SourceItem;

/**
 * Reads JSON Lines ({@code .jsonl}, {@code .ndjson}, gzip-compressed or not): each non-blank line
 * is one JSON object with the metadata fields of {@link JsonFields} and the content in {@code text}
 * (a {@link MediaType#TEXT} item) or {@code html} (an {@link MediaType#HTML} item); when both are
 * given {@code text} wins, as the publisher's own text is more trustworthy than an extraction. The
 * item's raw bytes are the line's bytes and its origin is {@code "line N"} at the line's byte
 * offset (in the decompressed stream for gzip).
 *
 * <p>A bad line is rejected and reading goes on with the next one. A stream that breaks off (a
 * truncated gzip) keeps every line before the damage and rejects the rest once as {@code
 * TRUNCATED}.
 */
public final class JsonLinesSource implements DocumentSource {
  private final ReadOptions options;
  private final ObjectMapper mapper;

  public JsonLinesSource(ReadOptions options) {
    this.options = options;
    this.mapper = JsonFields.mapper(options.maxDocumentBytes());
  }

  @Override
  public void read(Input input, ItemSink sink) {
    LineReader lines = null;
    try (InputStream in = Streams.gunzipIfCompressed(input.open())) {
      lines = new LineReader(in, options.maxDocumentBytes());
      for (LineReader.Line line = lines.next(); line != null; line = lines.next()) {
        readLine(input, line, sink);
      }
    } catch (EOFException truncated) {
      LineReader.Line line = lines.pending();
      sink.reject(
          Rejections.of(
              origin(input, line),
              line.bytes(),
              ErrorCode.TRUNCATED,
              "input ends unexpectedly, rest of the input lost: "
                  + Rejections.describe(truncated)));
    } catch (IOException error) {
      Origin origin = lines == null ? input.origin() : origin(input, lines.pending());
      byte[] raw = lines == null ? null : lines.pending().bytes();
      String what = error instanceof ZipException ? "corrupt gzip data" : "cannot read";
      sink.reject(
          Rejections.of(
              origin,
              raw,
              ErrorCode.UNREADABLE,
              what + ", rest of the input lost: " + Rejections.describe(error)));
    }
  }

  private void readLine(Input input, LineReader.Line line, ItemSink sink) {
    Origin origin = origin(input, line);
    if (line.tooLarge()) {
      sink.reject(
          Rejections.of(
              origin,
              line.bytes(),
              ErrorCode.TOO_LARGE,
              "JSON line too large: "
                  + line.size()
                  + " bytes > limit "
                  + options.maxDocumentBytes()
                  + ", kept the first "
                  + line.bytes().length
                  + " bytes"));
      return;
    }
    if (WholeDocuments.isBlank(line.bytes())) {
      return; // blank lines separate nothing and are not items
    }
    JsonNode object;
    try {
      object = JsonFields.parse(mapper, line.bytes());
    } catch (JsonProcessingException error) {
      sink.reject(
          Rejections.of(
              origin,
              line.bytes(),
              ErrorCode.MALFORMED_JSON,
              "malformed JSON at line " + line.number() + JsonFields.describe(error)));
      return;
    } catch (IOException error) {
      sink.reject(
          Rejections.of(
              origin, line.bytes(), ErrorCode.MALFORMED_JSON, Rejections.describe(error)));
      return;
    }
    if (!object.isObject()) {
      sink.reject(
          Rejections.of(
              origin,
              line.bytes(),
              ErrorCode.MALFORMED_JSON,
              "JSON line is not an object: "
                  + object.getNodeType().name().toLowerCase(Locale.ROOT)));
      return;
    }
    String text = JsonFields.content(object, "text");
    String html = JsonFields.content(object, "html");
    if (text == null && html == null) {
      sink.reject(
          Rejections.of(
              origin,
              line.bytes(),
              ErrorCode.NO_TEXT,
              "JSON line has no text or html field with content"));
      return;
    }
    sink.accept(
        new SourceItem(
            origin,
            JsonFields.metadata(object),
            text != null ? MediaType.TEXT : MediaType.HTML,
            line.bytes(),
            text != null ? text : html,
            null));
  }

  private static Origin origin(Input input, LineReader.Line line) {
    return input.origin().record("line " + line.number(), line.offset());
  }
}
