/**
 * Event coding: the records of an event mention (who did what to whom, when, where, with which
 * status) as one sentence reports it, and the contracts of the stages that fill them in. An event
 * mention carries the evidence for each field as character spans into the document's clean text,
 * and the lexicon entry and rules that produced it. The coder lives in {@code org.attache.coding};
 * dates and places are found by {@code org.attache.resolve} behind the {@link
 * org.attache.event.DateResolver} and {@link org.attache.event.PlaceResolver} contracts.
 */
package org.attache.event;
