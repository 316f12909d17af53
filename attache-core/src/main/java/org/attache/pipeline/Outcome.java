package org.attache.pipeline;

import java.util.Objects;
import org.attache.model.Document;
import org.attache.model.Rejection;

/** What became of one source item: a document to store, or a rejection to quarantine. */
public sealed interface Outcome {

  /** The item became a document. */
  record Accepted(Document document) implements Outcome {
    public Accepted {
      Objects.requireNonNull(document, "document");
    }
  }

  /** The item was rejected at some stage. */
  record Rejected(Rejection rejection) implements Outcome {
    public Rejected {
      Objects.requireNonNull(rejection, "rejection");
    }
  }
}
