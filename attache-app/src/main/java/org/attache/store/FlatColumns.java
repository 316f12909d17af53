package org.attache.store;

/**
 * The flat tables that CSV and Parquet exports share, as SQL over the store: one row per event or
 * one row per mention, plain columns only (VARCHAR, INTEGER, BIGINT, DOUBLE, DATE) so that pandas,
 * Spark and spreadsheets read them without DuckDB. Multi-valued fields are joined with ';' and
 * spans written as {@code start-end} character offsets into the document's clean text (UTF-16 code
 * units, as Java counts them). docs/export.md lists the columns; keep them in step.
 */
final class FlatColumns {
  private FlatColumns() {}

  /** One row per event; callers append the filter's WHERE clause and the order. */
  static final String EVENTS =
      "SELECT id AS event_id, date_start, date_end,"
          + " json_extract_string(record, '$.date.precision') AS date_precision,"
          + " json_extract_string(record, '$.date.basis') AS date_basis,"
          + " cameo_code, cameo_root, cameo_name, quad_class, goldstein, plover_type,"
          + " json_extract_string(record, '$.plover.mode') AS plover_mode,"
          + " array_to_string(actor_countries, ';') AS actor_countries,"
          + " array_to_string(recipient_countries, ';') AS recipient_countries,"
          + " actors, recipients, status, place_name, place_country,"
          + " TRY_CAST(json_extract_string(record, '$.place.lat') AS DOUBLE) AS place_lat,"
          + " TRY_CAST(json_extract_string(record, '$.place.lon') AS DOUBLE) AS place_lon,"
          + " json_extract_string(record, '$.place.precision') AS place_precision,"
          + " mentions, sources, first_document"
          + " FROM events";

  /**
   * One row per mention of the events that pass the filter; {@code %s} takes the filter's WHERE
   * clause over {@code events}.
   */
  static final String MENTIONS =
      "SELECT m.id AS mention_id, m.event_id, m.document_id, d.source, d.url,"
          + " d.published, m.sentence, m.sentence_start, m.sentence_end, m.trigger_start,"
          + " m.trigger_end, m.cameo_code,"
          + " json_extract_string(m.mention, '$.type.name') AS cameo_name,"
          + " json_extract_string(m.mention, '$.type.ploverType') AS plover_type,"
          + " m.status,"
          + sides("actor", "actors")
          + sides("recipient", "recipients")
          + " TRY_CAST(json_extract_string(m.mention, '$.date.start') AS DATE) AS date_start,"
          + " TRY_CAST(json_extract_string(m.mention, '$.date.end') AS DATE) AS date_end,"
          + " json_extract_string(m.mention, '$.date.precision') AS date_precision,"
          + " json_extract_string(m.mention, '$.date.basis') AS date_basis,"
          + span("date_span", "$.date.span")
          + " json_extract_string(m.mention, '$.place.name') AS place_name,"
          + " json_extract_string(m.mention, '$.place.country') AS place_country,"
          + " TRY_CAST(json_extract_string(m.mention, '$.place.lat') AS DOUBLE) AS place_lat,"
          + " TRY_CAST(json_extract_string(m.mention, '$.place.lon') AS DOUBLE) AS place_lon,"
          + span("place_span", "$.place.span")
          + " json_extract_string(m.mention, '$.lexiconEntry') AS lexicon_entry"
          + " FROM event_mentions m LEFT JOIN documents d ON d.id = m.document_id"
          + " WHERE m.event_id IN (SELECT id FROM events%s)";

  private static String sides(String column, String field) {
    String each = "json_extract(m.mention, '$." + field + "[*]')";
    return " array_to_string(list_transform("
        + each
        + ", a -> json_extract_string(a, '$.country')), ';') AS "
        + column
        + "_countries, array_to_string(list_transform("
        + each
        + ", a -> json_extract_string(a, '$.start') || '-' || json_extract_string(a, '$.end')),"
        + " ';') AS "
        + column
        + "_spans,";
  }

  private static String span(String column, String path) {
    return " CASE WHEN json_extract_string(m.mention, '"
        + path
        + ".start') IS NULL THEN NULL ELSE json_extract_string(m.mention, '"
        + path
        + ".start') || '-' || json_extract_string(m.mention, '"
        + path
        + ".end') END AS "
        + column
        + ",";
  }
}
