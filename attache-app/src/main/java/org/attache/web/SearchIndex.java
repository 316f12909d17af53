package org.attache.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.attache.store.BrowseQueries;
import org.attache.store.Database;
import org.attache.store.Row;

/**
 * The full-text index of the stored articles (title and clean text), in a Lucene folder beside the
 * database. Each indexed document records its id and content hash, so {@link #update} brings the
 * index in step with the store by indexing only new or changed documents and removing deleted ones;
 * the server calls it at start and after each accepted POST. Searching is {@link ArticleSearch}'s.
 */
final class SearchIndex implements AutoCloseable {
  static final String ID = "id";
  static final String HASH = "hash";
  static final String TITLE = "title";
  static final String TEXT = "text";
  static final String PUBLISHED = "published";

  /** Text with offsets in the postings, so snippets need no second analysis. */
  private static final FieldType TEXT_WITH_OFFSETS = new FieldType(TextField.TYPE_STORED);

  static {
    TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    TEXT_WITH_OFFSETS.freeze();
  }

  private final Path folder;
  private final Analyzer analyzer = new EnglishAnalyzer();
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final Map<String, String> indexed = new HashMap<>();

  SearchIndex(Path folder) {
    this.folder = folder;
    try {
      writer = new IndexWriter(FSDirectory.open(folder), new IndexWriterConfig(analyzer));
      searchers = new SearcherManager(writer, null);
      try (DirectoryReader reader = DirectoryReader.open(writer)) {
        for (LeafReaderContext leaf : reader.leaves()) {
          Bits live = leaf.reader().getLiveDocs();
          StoredFields fields = leaf.reader().storedFields();
          for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
            if (live == null || live.get(doc)) {
              Document stored = fields.document(doc, Set.of(ID, HASH));
              indexed.put(stored.get(ID), stored.get(HASH));
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the search index " + folder + ": " + e, e);
    }
  }

  /** The index folder that belongs to a database file: {@code X.duckdb.lucene} beside it. */
  static Path folderFor(Path database) {
    return database.resolveSibling(database.getFileName() + ".lucene");
  }

  Analyzer analyzer() {
    return analyzer;
  }

  SearcherManager searchers() {
    return searchers;
  }

  /** Indexes new and changed documents, drops deleted ones; returns how many changed. */
  synchronized int update(Database database) {
    BrowseQueries queries = new BrowseQueries(database);
    List<Row> keys = queries.documentKeys();
    Set<String> stored =
        keys.stream().map(row -> (String) row.get("id")).collect(Collectors.toSet());
    int[] changed = {0};
    try {
      for (String id : Set.copyOf(indexed.keySet())) {
        if (!stored.contains(id)) {
          writer.deleteDocuments(new Term(ID, id));
          indexed.remove(id);
          changed[0]++;
        }
      }
      queries.eachDocument(
          (id, hash) -> !hash.equals(indexed.get(id)),
          row -> {
            add(row);
            changed[0]++;
          });
      if (changed[0] > 0) {
        writer.commit();
        searchers.maybeRefreshBlocking();
      }
      return changed[0];
    } catch (IOException e) {
      throw new UncheckedIOException("cannot update the search index " + folder + ": " + e, e);
    }
  }

  private void add(Row row) {
    String id = (String) row.get("id");
    Document document = new Document();
    document.add(new StringField(ID, id, Field.Store.YES));
    document.add(new StoredField(HASH, (String) row.get("content_hash")));
    String title = (String) row.get("title");
    document.add(new Field(TITLE, title == null ? "" : title, TEXT_WITH_OFFSETS));
    document.add(new Field(TEXT, (String) row.get("text"), TEXT_WITH_OFFSETS));
    String published = (String) row.get("published");
    if (published != null) {
      document.add(new StoredField(PUBLISHED, published));
    }
    try {
      writer.updateDocument(new Term(ID, id), document);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot index document " + id + " in " + folder + ": " + e, e);
    }
    indexed.put(id, (String) row.get("content_hash"));
  }

  synchronized int size() {
    return indexed.size();
  }

  @Override
  public void close() {
    try {
      searchers.close();
      writer.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close the search index " + folder + ": " + e, e);
    }
  }
}
