/**
 * Event coding: the records of an event mention (who did what to whom, when, where, with which
 * status) as one sentence reports it, and the coder that finds them. An event mention carries the
 * evidence for each field as character spans into the document's clean text, and the lexicon entry
 * and rules that produced it. The event record every output shares is described in EVENTS.md.
 */
package org.attache.event;
