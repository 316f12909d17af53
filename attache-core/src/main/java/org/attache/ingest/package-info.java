/**
 * Stage {@code ingest}: reading the formats news arrives in (plain text, manifest folders, JSON
 * Lines, HTML, WARC, RSS and Atom, folders, standard input) into {@link
 * org.attache.model.SourceItem}s.
 */
package org.attache.ingest;
