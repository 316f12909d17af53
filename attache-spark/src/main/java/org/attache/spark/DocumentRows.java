package org.attache.spark;

import java.sql.Date;
import java.time.LocalDate;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.attache.model.Document;
import org.attache.model.Rejection;
import org.attache.model.SourceItem;
import org.attache.store.DocumentStore;
import org.attache.store.QuarantinedItems;

/** Rows of the documents and quarantine tables, with the values the store would write. */
final class DocumentRows {
  private DocumentRows() {}

  static Row document(Document document) {
    Object[] values = DocumentStore.columns(document, null, null);
    int published = Tables.DOCUMENT.fieldIndex("published");
    if (values[published] != null) {
      values[published] = Date.valueOf((LocalDate) values[published]);
    }
    return documentRow(values);
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
}
