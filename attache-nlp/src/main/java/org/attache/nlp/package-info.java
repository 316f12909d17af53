/**
 * Stanford CoreNLP behind attache-core's {@link org.attache.annotate.Annotator}: {@link
 * org.attache.nlp.CoreNlpAnnotator} runs one pipeline configured by an {@link
 * org.attache.nlp.NlpConfig} and converts its output to {@code org.attache.annotate} records, so no
 * CoreNLP type leaves this package. Configurations, measured speeds and trade-offs: docs/nlp.md.
 */
package org.attache.nlp;
