/**
 * Resolution of an event's date and place from its sentence. Dates: {@link
 * org.attache.resolve.TimexDateResolver} implements {@link org.attache.event.DateResolver}: it
 * finds the time expression attached to the trigger or its clause in the enhanced dependency graph
 * (never one of another clause), reads it against the publication date with {@link
 * org.attache.resolve.TimexNormalizer} (TIMEX3 values to ranges of days) and the project's own
 * phrase normaliser (where SUTime's value is missing, unanchored or blind to the report's tense),
 * stretches it by a duration attached to the trigger, and falls back to the publication date.
 * docs/dates.md describes the rules.
 */
package org.attache.resolve;
