package org.attache.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Locale;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.attache.model.Document;
import org.attache.model.Rejection;
import org.attache.model.SourceItem;
import org.attache.store.QuarantinedItems;

/** Rows of the documents and quarantine tables, with the values the store would write. */
final class DocumentRows {
  private static final ObjectMapper JSON = new ObjectMapper();

  private DocumentRows() {}

  static Row document(Document document) {
    return documentRow(
        document.id(),
        document.metadata().url(),
        document.metadata().source(),
        document.metadata().title(),
        document.subtitle(),
        document.published().date() == null
            ? null
            : java.sql.Date.valueOf(document.published().date()),
        document.published().basis().label(),
        document.language(),
        document.analysable() ? "pending" : "not_analysed",
        document.type().name().toLowerCase(Locale.ROOT),
        document.origin().toString(),
        document.raw(),
        document.text(),
        document.contentHash(),
        document.fingerprint(),
        null,
        null,
        json(document));
  }

  /** The row with analysis status and near-duplicate link replaced. */
  static Row with(Row row, String analysis, String nearDuplicateOf, Integer distance) {
    Object[] values = new Object[row.length()];
    for (int i = 0; i < values.length; i++) {
      values[i] = row.get(i);
    }
    values[Tables.DOCUMENT.fieldIndex("analysis")] = analysis;
    values[Tables.DOCUMENT.fieldIndex("near_duplicate_of")] = nearDuplicateOf;
    values[Tables.DOCUMENT.fieldIndex("near_duplicate_distance")] = distance;
    return documentRow(values);
  }

  /** A documents row that knows its column names. */
  private static Row documentRow(Object... values) {
    return new GenericRowWithSchema(values, Tables.DOCUMENT);
  }

  static Row quarantine(Rejection rejection, SourceItem item) {
    return RowFactory.create(
        rejection.origin().toString(),
        rejection.origin().input(),
        rejection.stage().label(),
        rejection.code().label(),
        rejection.reason(),
        rejection.raw(),
        item == null ? null : item.text(),
        item == null ? null : item.type().name(),
        item == null ? null : QuarantinedItems.metadataJson(item));
  }

  private static String json(Document document) {
    try {
      return JSON.writeValueAsString(document.warnings());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a list of strings always serialises", e);
    }
  }
}
