/**
 * The project's own linguistic annotation: sentences, tokens, dependencies, entity mentions, time
 * expressions and coreference chains over a document's clean text. Later stages read only these
 * records, never an NLP library's types; {@link org.attache.annotate.AnnotationCodec} stores them
 * as canonical JSON so that those stages can be tested on recorded annotations without models.
 */
package org.attache.annotate;
