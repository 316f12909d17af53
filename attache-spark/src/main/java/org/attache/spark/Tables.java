package org.attache.spark;

import static org.apache.spark.sql.types.DataTypes.BinaryType;
import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import java.util.List;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The job's output tables, one Parquet folder each under the output folder. Their columns are the
 * store's (schema.sql) with the same names and types, less what only a store knows (run ids and
 * times), so {@code attache import} loads them by name.
 */
final class Tables {
  static final String DOCUMENTS = "documents";
  static final String DUPLICATES = "duplicates";
  static final String QUARANTINE = "quarantine";
  static final String ANNOTATIONS = "annotations";
  static final String ACTOR_MENTIONS = "actor_mentions";
  static final String EVENT_MENTIONS = "event_mentions";
  static final String EVENTS = "events";
  static final String EVENT_MERGES = "event_merges";

  /** Every table, in the order the import loads them. */
  static final List<String> ALL =
      List.of(
          DOCUMENTS,
          DUPLICATES,
          QUARANTINE,
          ANNOTATIONS,
          ACTOR_MENTIONS,
          EVENT_MENTIONS,
          EVENTS,
          EVENT_MERGES);

  static final StructType DOCUMENT =
      schema(
          "id string!, url string, source string, title string, subtitle string, published date,"
              + " published_basis string!, language string, analysis string!, media_type string!,"
              + " origin string!, raw binary!, text string!, content_hash string!, fingerprint"
              + " long!, near_duplicate_of string, near_duplicate_distance int, warnings string!");
  static final StructType DUPLICATE =
      schema("origin string!, id string!, original_id string!, url string, source string");
  static final StructType QUARANTINED =
      schema(
          "origin string!, input string!, stage string!, code string!, reason string!, raw"
              + " binary!, content string, media_type string, metadata string");
  static final StructType ANNOTATION =
      schema("document_id string!, content_hash string!, config string!, annotation string!");
  static final StructType ACTOR_MENTION =
      schema(
          "document_id string!, ordinal int!, sentence int!, start_offset int!, end_offset int!,"
              + " text string!, country string, sector string, name string, title string,"
              + " actor_id string!, reason string!");
  static final StructType EVENT_MENTION =
      schema(
          "id string!, event_id string!, document_id string!, ordinal int!, sentence int!,"
              + " sentence_start int!, sentence_end int!, sentence_text string!, trigger_start"
              + " int!, trigger_end int!, cameo_code string!, status string!, mention string!");
  static final StructType EVENT =
      schema(
          "id string!, cameo_code string!, cameo_root string!, cameo_name string!, quad_class"
              + " int!, goldstein double!, plover_type string, actor_countries strings!,"
              + " recipient_countries strings!, actors string!, recipients string!, status"
              + " string!, date_start date, date_end date, place_name string, place_country"
              + " string, mentions int!, sources int!, first_document string!, record string!");
  static final StructType EVENT_MERGE =
      schema(
          "event_id string!, mention_id string!, into_mention_id string!, reason string!, score double!");

  private Tables() {}

  /** "name type, ..." with {@code !} for NOT NULL and {@code strings} for an array of strings. */
  private static StructType schema(String columns) {
    StructType schema = new StructType();
    for (String column : columns.split(",")) {
      String[] parts = column.trim().split(" ");
      boolean required = parts[1].endsWith("!");
      String type = required ? parts[1].substring(0, parts[1].length() - 1) : parts[1];
      schema =
          schema.add(
              new StructField(
                  parts[0],
                  switch (type) {
                    case "string" -> StringType;
                    case "date" -> DateType;
                    case "binary" -> BinaryType;
                    case "long" -> LongType;
                    case "int" -> IntegerType;
                    case "double" -> DoubleType;
                    case "strings" -> DataTypes.createArrayType(StringType, false);
                    default -> throw new IllegalArgumentException("unknown column type: " + type);
                  },
                  !required,
                  org.apache.spark.sql.types.Metadata.empty()));
    }
    return schema;
  }
}
