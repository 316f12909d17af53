package org.attache.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.attache.actor.ActorKnowledge;
import org.attache.actor.ActorMention;
import org.attache.actor.ActorResolver;
import org.attache.actor.DatelineCountry;
import org.attache.annotate.Annotation;
import org.attache.annotate.AnnotationRequest;
import org.attache.model.Document;
import org.attache.model.ErrorCode;
import org.attache.nlp.CoreNlpAnnotator;
import org.attache.nlp.NlpConfig;
import org.attache.store.AnalysisStore;
import org.attache.store.Database;
import org.attache.store.DocumentQueries;
import org.attache.store.Row;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code attache actors DOC}: every actor mention in a stored document, with its country, sector,
 * name, title and the rule that resolved it. Runs the language analysis (CoreNLP) on the fly, so
 * the first call in a process loads the models (some seconds).
 */
@Command(
    name = "actors",
    mixinStandardHelpOptions = true,
    description = {
      "Shows each actor mention in a document: country + sector, name, title and the reason it"
          + " was resolved so.",
      "Actors are looked up in Attaché's own tables (countries, organisations, roles, leaders with"
          + " their terms); --knowledge adds or overrides entries (docs/knowledge.md)."
    })
final class ActorsCommand implements Callable<Integer> {
  static final List<String> COLUMNS =
      List.of(
          "sentence",
          "start",
          "end",
          "text",
          "country",
          "sector",
          "name",
          "title",
          "actor_id",
          "reason");

  private final CliContext context;

  @Spec CommandSpec spec;

  @Mixin DatabaseOption database;

  @Mixin FormatOption format;

  @Parameters(paramLabel = "DOC", description = "The document id (see `attache docs`).")
  String id;

  @Mixin KnowledgeOption knowledge;

  ActorsCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    ActorKnowledge tables = knowledge.load();
    Row document;
    try (Database db = database.openReading()) {
      document =
          new DocumentQueries(db)
              .document(id)
              .orElseThrow(
                  () ->
                      new UserException(
                          ErrorCode.NOT_FOUND, "no document with id " + id + " in " + db.path()));
      // Stored results of `attache analyse` are shown as they are, unless the user brings tables.
      Optional<List<Row>> stored =
          knowledge.files.isEmpty() ? new AnalysisStore(db, 0).actors(id) : Optional.empty();
      if (stored.isPresent()) {
        format.resolve(context).write(stored.get(), COLUMNS, spec.commandLine().getOut());
        return ExitCodes.OK;
      }
    }
    String language = (String) document.get("language");
    if (!Document.ANALYSED_LANGUAGE.equals(language)) {
      throw new UserException(
          ErrorCode.UNSUPPORTED,
          "document "
              + id
              + " is not analysed: its language is "
              + (language == null ? "unknown" : language)
              + ", and only "
              + Document.ANALYSED_LANGUAGE
              + " is analysed");
    }
    String text = (String) document.get("text");
    Object published = document.get("published");
    LocalDate date = published == null ? null : LocalDate.parse(published.toString());
    PrintWriter err = spec.commandLine().getErr();
    err.println("attache: loading the language models ...");
    err.flush();
    Annotation annotation =
        new CoreNlpAnnotator(NlpConfig.fast()).annotate(new AnnotationRequest(id, text, date));
    String storyCountry = new DatelineCountry(tables).find(text).orElse(null);
    List<ActorMention> mentions = new ActorResolver(tables).resolve(annotation, storyCountry);
    format.resolve(context).write(rows(mentions), COLUMNS, spec.commandLine().getOut());
    return ExitCodes.OK;
  }

  private static List<Row> rows(List<ActorMention> mentions) {
    List<Row> rows = new ArrayList<>();
    for (ActorMention mention : mentions) {
      Map<String, Object> values = new LinkedHashMap<>();
      values.put("sentence", mention.sentence());
      values.put("start", mention.start());
      values.put("end", mention.end());
      values.put("text", mention.text());
      values.put("country", mention.actor().country());
      values.put("sector", mention.actor().sector());
      values.put("name", mention.actor().name());
      values.put("title", mention.actor().title());
      values.put("actor_id", mention.actor().id());
      values.put("reason", mention.reason());
      rows.add(new Row(values));
    }
    return rows;
  }
}
