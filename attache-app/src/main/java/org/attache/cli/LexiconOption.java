package org.attache.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.attache.coding.LexiconException;
import org.attache.coding.PredicateLexicon;
import org.attache.model.ErrorCode;
import picocli.CommandLine.Option;

/** The {@code --lexicon FILE} option: the user's own predicates, added to the bundled lexicon. */
final class LexiconOption {
  @Option(
      names = "--lexicon",
      paramLabel = "FILE",
      description =
          "Predicates of your own (verbs, multi-word verbs, event nouns with their CAMEO codes;"
              + " docs/lexicon.md); repeatable.")
  List<Path> files = new ArrayList<>();

  PredicateLexicon load() {
    UserFiles.requireExisting(files, "lexicon");
    try {
      return files.isEmpty() ? PredicateLexicon.bundled() : PredicateLexicon.load(files);
    } catch (LexiconException e) {
      throw new UserException(ErrorCode.USAGE, e.getMessage());
    }
  }
}
