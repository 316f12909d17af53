package org.attache.coding;

import java.util.List;

/** The head tokens of a predicate's actor and recipient phrases, and the rules that found them. */
record Arguments(List<Integer> actors, List<Integer> recipients, List<String> rules) {
  Arguments {
    actors = List.copyOf(actors);
    recipients = List.copyOf(recipients);
    rules = List.copyOf(rules);
  }
}
