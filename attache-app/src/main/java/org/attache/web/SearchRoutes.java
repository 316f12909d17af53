package org.attache.web;

import io.javalin.Javalin;
import io.javalin.http.Context;

/** {@code GET /api/search?q=…&limit=…}: full-text search over the stored articles. */
final class SearchRoutes {
  private final ArticleSearch search;

  SearchRoutes(SearchIndex index) {
    this.search = new ArticleSearch(index);
  }

  void addTo(Javalin app) {
    app.get("/api/search", this::search);
  }

  private void search(Context context) {
    String query = QueryValues.text(context, "q");
    if (query == null) {
      throw ApiException.badRequest("q is required: the words to look for, in GET /api/search");
    }
    if (query.length() > 1000) {
      throw ApiException.badRequest(
          "q is longer than 1000 characters: " + query.length() + " in GET /api/search");
    }
    int limit = QueryValues.limit(context, 20, 100);
    Answers.json(context, search.search(query, limit));
  }
}
