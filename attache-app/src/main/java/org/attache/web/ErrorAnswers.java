package org.attache.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import org.attache.cli.UserException;

/**
 * Turns every failure into a JSON error with one line: a refused request ({@link ApiException}), a
 * bad value found by the shared CLI checks ({@link UserException}, status by {@link HttpStatuses}),
 * an unknown route under {@code /api/} (404), and anything else (500, the exception's class and
 * message, no stack trace).
 */
final class ErrorAnswers {
  static final String ANSWERED = "attache.error.answered";

  private ErrorAnswers() {}

  static void addTo(Javalin app) {
    app.exception(ApiException.class, (e, context) -> answer(context, e.status(), e.getMessage()));
    app.exception(
        UserException.class,
        (e, context) -> answer(context, HttpStatuses.of(e.code()), e.getMessage()));
    app.exception(
        Exception.class,
        (e, context) ->
            answer(
                context,
                500,
                "internal error: "
                    + e.getClass().getSimpleName()
                    + ": "
                    + e.getMessage()
                    + " in "
                    + context.method()
                    + " "
                    + context.path()));
    app.error(404, ErrorAnswers::notFound);
    app.error(405, context -> unanswered(context, "method not allowed"));
  }

  private static void notFound(Context context) {
    unanswered(context, "no such route");
  }

  private static void unanswered(Context context, String what) {
    if (context.attribute(ANSWERED) == null && context.path().startsWith("/api/")) {
      Answers.json(context, Json.error(what + ": " + context.method() + " " + context.path()));
    }
  }

  private static void answer(Context context, int status, String message) {
    context.attribute(ANSWERED, Boolean.TRUE);
    Answers.error(context, status, message);
  }
}
