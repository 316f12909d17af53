package org.attache.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.attache.model.Metadata;

/**
 * Reads the metadata fields shared by JSON lines and manifest lines ({@code id, url, source,
 * published, title, language}) from one JSON object. Scalar values are taken as text; objects,
 * arrays, nulls and blank strings count as absent.
 *
 * <p>{@code published} is parsed leniently: an ISO date ({@code 2023-05-29}) or an ISO date-time
 * ({@code 2023-05-29T10:00:00Z}, {@code 2023-05-29 10:00}) gives the date as written, in the
 * publisher's own offset. A value that is not such a date is dropped (published {@code null}) and
 * the item is still accepted: the text is what matters, and later stages look for a date in the
 * page or the dateline.
 */
final class JsonFields {
  private static final Pattern DATE_PREFIX = Pattern.compile("\\d{4}-\\d{2}-\\d{2}([T ].*)?");

  private JsonFields() {}

  /** A mapper for untrusted lines: one value per line, strings bounded by the document limit. */
  static ObjectMapper mapper(long maxDocumentBytes) {
    ObjectMapper mapper =
        JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
    mapper
        .getFactory()
        .setStreamReadConstraints(
            StreamReadConstraints.builder()
                .maxStringLength((int) Math.min(Integer.MAX_VALUE, maxDocumentBytes))
                .build());
    return mapper;
  }

  /** Parses one line as a JSON value; the exception message says what is wrong and where. */
  static JsonNode parse(ObjectMapper mapper, byte[] line) throws IOException {
    return mapper.readTree(line);
  }

  /** A one-line description of a JSON syntax error, with its column. */
  static String describe(JsonProcessingException error) {
    String column =
        error.getLocation() == null ? "" : " column " + error.getLocation().getColumnNr();
    return column + ": " + Rejections.quote(error.getOriginalMessage());
  }

  static Metadata metadata(JsonNode object) {
    return new Metadata(
        text(object, "id"),
        text(object, "url"),
        text(object, "source"),
        text(object, "title"),
        published(text(object, "published")),
        language(text(object, "language")));
  }

  /** A field's value as text, or {@code null} when absent, blank or not a scalar. */
  static String text(JsonNode object, String field) {
    JsonNode value = object.get(field);
    if (value == null || !value.isValueNode() || value.isNull()) {
      return null;
    }
    String text = value.asText().strip();
    return text.isEmpty() ? null : text;
  }

  /** A content field exactly as given, or {@code null} when absent, not a string or blank. */
  static String content(JsonNode object, String field) {
    JsonNode value = object.get(field);
    return value != null && value.isTextual() && !value.textValue().isBlank()
        ? value.textValue()
        : null;
  }

  static LocalDate published(String value) {
    if (value == null || !DATE_PREFIX.matcher(value).matches()) {
      return null;
    }
    try {
      return LocalDate.parse(value.substring(0, 10));
    } catch (DateTimeParseException notADate) {
      // "2023-02-30" and the like: dropped, as documented above.
      return null;
    }
  }

  private static String language(String value) {
    return value == null ? null : value.toLowerCase(Locale.ROOT);
  }
}
