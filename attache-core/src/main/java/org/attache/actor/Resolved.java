package org.attache.actor;

import java.util.Optional;

/**
 * What a phrase rule made of the tokens from where it started up to {@code last}: a mention, or
 * none when the tokens are known not to be an actor ("in Islamabad", "Pakistani territory").
 *
 * @param last the last token the rule consumed
 * @param mention the mention, empty when the tokens are not an actor
 * @param person whether the mention names a person (remembered for later short names)
 */
record Resolved(int last, Optional<ActorMention> mention, boolean person) {

  static Resolved actor(int last, ActorMention mention) {
    return new Resolved(last, Optional.of(mention), false);
  }

  static Resolved person(int last, ActorMention mention) {
    return new Resolved(last, Optional.of(mention), true);
  }

  static Resolved none(int last) {
    return new Resolved(last, Optional.empty(), false);
  }
}
