package org.attache.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Searches the article index: the query in Lucene's simple syntax (words must all occur, "quoted
 * phrases", -excluded, prefix*), never a syntax error, over title (weighted twice) and text. Each
 * hit has the document id, title, publication date, score and a snippet of the text as plain text
 * with the offsets of the matches within it, so the client escapes and highlights.
 */
final class ArticleSearch {
  private final SearchIndex index;

  ArticleSearch(SearchIndex index) {
    this.index = index;
  }

  ObjectNode search(String text, int limit) {
    SimpleQueryParser parser =
        new SimpleQueryParser(
            index.analyzer(), Map.of(SearchIndex.TITLE, 2.0f, SearchIndex.TEXT, 1.0f));
    parser.setDefaultOperator(BooleanClause.Occur.MUST);
    Query query = parser.parse(text);
    ObjectNode answer = Json.object().put("query", text);
    ArrayNode results = answer.putArray("results");
    if (query == null) {
      // Only stop words or operators: nothing to look for.
      answer.put("total", 0);
      return answer;
    }
    try {
      IndexSearcher searcher = index.searchers().acquire();
      try {
        TopDocs top = searcher.search(query, limit);
        answer.put("total", top.totalHits.value);
        int[] ids = new int[top.scoreDocs.length];
        for (int i = 0; i < ids.length; i++) {
          ids[i] = top.scoreDocs[i].doc;
        }
        Object[] snippets =
            new SnippetHighlighter(
                    UnifiedHighlighter.builder(searcher, index.analyzer())
                        .withFormatter(new SnippetFormatter())
                        .withMaxLength(200_000))
                .snippets(query, ids);
        StoredFields stored = searcher.storedFields();
        for (int i = 0; i < ids.length; i++) {
          ScoreDoc hit = top.scoreDocs[i];
          var document = stored.document(hit.doc);
          ObjectNode result = results.addObject();
          result.put("id", document.get(SearchIndex.ID));
          result.put("title", document.get(SearchIndex.TITLE));
          result.put("published", document.get(SearchIndex.PUBLISHED));
          result.put("score", Math.round(hit.score * 1000.0) / 1000.0);
          SnippetFormatter.Snippet snippet =
              snippets == null ? null : (SnippetFormatter.Snippet) snippets[i];
          result.set("snippet", snippet == null ? null : snippet.json());
        }
      } finally {
        index.searchers().release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot search the article index: " + e, e);
    }
    return answer;
  }

  /** Opens the highlighter's per-object answer, which Lucene keeps for subclasses. */
  private static final class SnippetHighlighter extends UnifiedHighlighter {
    SnippetHighlighter(UnifiedHighlighter.Builder builder) {
      super(builder);
    }

    Object[] snippets(Query query, int[] ids) throws IOException {
      return highlightFieldsAsObjects(new String[] {SearchIndex.TEXT}, query, ids, new int[] {2})
          .get(SearchIndex.TEXT);
    }
  }
}
