package org.attache.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.attache.annotate.Annotation;
import org.attache.annotate.Annotations;
import org.attache.annotate.Sentence;

/**
 * Invariants every resolution must keep: a valid annotation; spans inside the text and inside their
 * sentence, with the text they cover; reasons not blank; one id per actor and one actor per id;
 * mentions ordered by start offset.
 */
final class ActorAssertions {

  private ActorAssertions() {}

  static List<ActorMention> check(Annotation annotation, List<ActorMention> mentions) {
    Annotations.check(annotation);
    Map<String, Actor> byId = new HashMap<>();
    Map<List<String>, String> idByFields = new HashMap<>();
    int previousStart = -1;
    for (ActorMention mention : mentions) {
      assertThat(mention.end())
          .as("end of %s", mention)
          .isLessThanOrEqualTo(annotation.text().length());
      assertThat(annotation.text().substring(mention.start(), mention.end()))
          .isEqualTo(mention.text());
      Sentence sentence = annotation.sentences().get(mention.sentence());
      assertThat(mention.start())
          .as("start inside sentence: %s", mention)
          .isGreaterThanOrEqualTo(sentence.start());
      assertThat(mention.end())
          .as("end inside sentence: %s", mention)
          .isLessThanOrEqualTo(sentence.end());
      assertThat(mention.reason()).isNotBlank();
      assertThat(mention.start())
          .as("ordered by start: %s", mention)
          .isGreaterThanOrEqualTo(previousStart);
      previousStart = mention.start();
      Actor actor = mention.actor();
      Actor earlier = byId.putIfAbsent(actor.id(), actor);
      if (earlier != null) {
        assertThat(actor).as("one actor per id").isEqualTo(earlier);
      }
      List<String> fields =
          java.util.Arrays.asList(actor.country(), actor.sector(), actor.name(), actor.title());
      String earlierId = idByFields.putIfAbsent(fields, actor.id());
      if (earlierId != null) {
        assertThat(actor.id()).as("one id per actor").isEqualTo(earlierId);
      }
    }
    return mentions;
  }

  /** The mention whose text is this, the first if several. */
  static ActorMention find(List<ActorMention> mentions, String text) {
    return mentions.stream()
        .filter(m -> m.text().equals(text))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no mention '" + text + "' in " + mentions));
  }

  /** "BLR GOV" style code of a mention's actor. */
  static String code(ActorMention mention) {
    Actor actor = mention.actor();
    return actor.sector() == null ? actor.country() : actor.country() + " " + actor.sector();
  }
}
