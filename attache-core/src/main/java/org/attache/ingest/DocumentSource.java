package org.attache.ingest;

/**
 * Reads one input of one format into source items. Every item found is reported to the sink exactly
 * once, as accepted or as rejected, so that read = accepted + rejected. Bad data inside the input
 * never throws: it becomes a {@link org.attache.model.Rejection} at stage {@code READ}, and reading
 * goes on with the next record where the format allows it.
 *
 * <p>The source opens the input through {@link Input#open()} and closes every stream it opens; the
 * caller owns the sink. Runs on the caller's thread and calls the sink on it, in input order.
 * Implementations hold no per-input state and may be reused for many inputs.
 */
public interface DocumentSource {
  void read(Input input, ItemSink sink);
}
