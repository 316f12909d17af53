package org.attache.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.attache.actor.ActorKnowledge;
import org.attache.actor.KnowledgeException;
import org.attache.model.ErrorCode;
import picocli.CommandLine.Option;

/** The {@code --knowledge FILE} option: the user's own actor tables, added to the bundled ones. */
final class KnowledgeOption {
  @Option(
      names = "--knowledge",
      paramLabel = "FILE",
      description =
          "A table of your own (countries, organisations, roles or leaders; docs/knowledge.md);"
              + " repeatable.")
  List<Path> files = new ArrayList<>();

  ActorKnowledge load() {
    UserFiles.requireExisting(files, "knowledge");
    try {
      return files.isEmpty() ? ActorKnowledge.bundled() : ActorKnowledge.load(files);
    } catch (KnowledgeException e) {
      throw new UserException(ErrorCode.USAGE, e.getMessage());
    }
  }
}
