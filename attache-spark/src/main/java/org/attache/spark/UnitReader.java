package org.attache.spark;

import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.attache.app.StandardComponents;
import org.attache.ingest.DocumentSource;
import org.attache.ingest.Input;
import org.attache.ingest.ItemSink;
import org.attache.ingest.JsonLinesSource;
import org.attache.ingest.ReadOptions;
import org.attache.ingest.WarcSource;
import org.attache.model.ErrorCode;
import org.attache.model.Origin;
import org.attache.model.Rejection;
import org.attache.model.SourceItem;
import org.attache.model.Stage;
import org.attache.store.DocumentDecisions;

/**
 * Reads one unit in a task and turns each item into a document or a quarantine row, as the command
 * line's ingest does: local units by the command line's reader registry, streamed units by the
 * reader of their extension (JSON Lines or WARC, gzip-compressed or not), Parquet rows as JSON
 * lines. Nothing a unit holds fails the task: bad records and reader or pipeline errors are
 * quarantined with their reason. Holds the Hadoop settings of the job ({@code spark.hadoop.*}).
 */
final class UnitReader implements Serializable {
  private static final long serialVersionUID = 1L;

  private final Map<String, String> hadoopSettings;

  UnitReader(Map<String, String> hadoopSettings) {
    this.hadoopSettings = Map.copyOf(hadoopSettings);
  }

  List<Processed> read(InputUnit unit) {
    Collector sink = new Collector(unit.index());
    try {
      if (unit.kind() == InputUnit.Kind.LOCAL) {
        StandardComponents.reader(ReadOptions.DEFAULTS, InputStream::nullInputStream)
            .read(unit.name(), sink);
      } else {
        DocumentSource source = byExtension(unit.name());
        Input input = Input.stream(unit.name(), null, null, () -> open(unit.path()));
        if (source == null) {
          sink.reject(rejection(input.origin(), ErrorCode.UNSUPPORTED, "unsupported file type"));
        } else {
          source.read(input, sink);
        }
      }
    } catch (RuntimeException e) {
      sink.reject(internal(Origin.of(unit.name()), "reading " + unit.name(), e));
    }
    return sink.processed;
  }

  /** One Parquet row, given as a JSON line, read as the JSON Lines reader reads a line. */
  static List<Processed> row(InputUnit unit, long index, String json) {
    Collector sink = new Collector(unit.index());
    byte[] line = (json + "\n").getBytes(StandardCharsets.UTF_8);
    new JsonLinesSource(ReadOptions.DEFAULTS)
        .read(
            Input.stream(unit.name(), null, null, () -> new java.io.ByteArrayInputStream(line)),
            new ItemSink() {
              private Origin origin(Origin read) {
                return Origin.of(read.input()).record("row " + (index + 1), Origin.UNKNOWN_OFFSET);
              }

              @Override
              public void accept(SourceItem item) {
                sink.ordinal = index;
                sink.accept(
                    new SourceItem(
                        origin(item.origin()),
                        item.metadata(),
                        item.type(),
                        item.raw(),
                        item.text(),
                        item.charset()));
              }

              @Override
              public void reject(Rejection rejection) {
                sink.ordinal = index;
                sink.reject(
                    new Rejection(
                        origin(rejection.origin()),
                        rejection.raw(),
                        rejection.stage(),
                        rejection.code(),
                        rejection.reason()));
              }
            });
    return sink.processed;
  }

  private InputStream open(String path) throws java.io.IOException {
    Configuration hadoop = new Configuration();
    hadoopSettings.forEach(hadoop::set);
    Path file = new Path(path);
    return file.getFileSystem(hadoop).open(file);
  }

  private static DocumentSource byExtension(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.matches(".*\\.(jsonl|ndjson)(\\.gz)?$")) {
      return new JsonLinesSource(ReadOptions.DEFAULTS);
    }
    if (lower.matches(".*\\.warc(\\.gz)?$")) {
      return new WarcSource(ReadOptions.DEFAULTS);
    }
    return null;
  }

  private static Rejection rejection(Origin origin, ErrorCode code, String reason) {
    return new Rejection(origin, new byte[0], Stage.READ, code, reason);
  }

  private static Rejection internal(Origin origin, String what, RuntimeException e) {
    return rejection(
        origin,
        ErrorCode.INTERNAL,
        Rejection.oneLine(
            "internal error "
                + what
                + ": "
                + e.getClass().getSimpleName()
                + ": "
                + e.getMessage()));
  }

  /** Processes each item as it is read and keeps the rows, numbered in reading order. */
  private static final class Collector implements ItemSink {
    private final int unit;
    private final List<Processed> processed = new ArrayList<>();
    private long ordinal;

    Collector(int unit) {
      this.unit = unit;
    }

    @Override
    public void accept(SourceItem item) {
      org.attache.pipeline.Outcome outcome;
      try {
        outcome = StandardComponents.pipeline().process(item);
      } catch (RuntimeException e) {
        outcome =
            new org.attache.pipeline.Outcome.Rejected(
                internal(item.origin(), "processing " + item.origin(), e));
      }
      if (outcome instanceof org.attache.pipeline.Outcome.Accepted accepted) {
        processed.add(
            new Processed(
                unit,
                ordinal++,
                DocumentRows.document(accepted.document()),
                null,
                DocumentDecisions.eligible(accepted.document().text())));
      } else {
        Rejection rejection = ((org.attache.pipeline.Outcome.Rejected) outcome).rejection();
        processed.add(
            new Processed(unit, ordinal++, null, DocumentRows.quarantine(rejection, item), false));
      }
    }

    @Override
    public void reject(Rejection rejection) {
      processed.add(
          new Processed(unit, ordinal++, null, DocumentRows.quarantine(rejection, null), false));
    }
  }
}
