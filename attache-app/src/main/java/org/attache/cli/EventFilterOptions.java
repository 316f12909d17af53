package org.attache.cli;

import java.time.LocalDate;
import org.attache.model.ErrorCode;
import org.attache.store.EventFilter;
import picocli.CommandLine.Option;

/**
 * The event filters of {@code attache events}, {@code export} (and whatever lists events), as a
 * picocli mixin: one set of options and checks, so an export holds exactly what the listing shows.
 */
final class EventFilterOptions {
  @Option(
      names = "--actor",
      paramLabel = "CODE",
      description = "Only events with this country (or CAMEO code) among the actors, e.g. BLR.")
  String actor;

  @Option(
      names = "--recipient",
      paramLabel = "CODE",
      description = "Only events with this country among the recipients.")
  String recipient;

  @Option(
      names = "--dyad",
      paramLabel = "A,B",
      description = "Events involving both countries, either direction or jointly, e.g. BLR,PAK.")
  String dyad;

  @Option(
      names = "--code",
      paramLabel = "CAMEO",
      description = "Only this CAMEO code and its sub-codes, e.g. 04 (consult) or 042 (visit).")
  String code;

  @Option(
      names = "--type",
      paramLabel = "PLOVER",
      description = "Only this PLOVER event type, e.g. CONSULT, SANCTION, AID.")
  String type;

  @Option(
      names = "--from",
      paramLabel = "YYYY-MM-DD",
      description = "Only events whose dates reach this day or later.")
  LocalDate from;

  @Option(
      names = "--to",
      paramLabel = "YYYY-MM-DD",
      description = "Only events whose dates begin on this day or earlier.")
  LocalDate to;

  @Option(
      names = "--status",
      paramLabel = "STATUS",
      description = "Only events with this status: occurred, planned, hypothetical, negated.")
  String status;

  @Option(
      names = "--doc",
      paramLabel = "ID",
      description = "Only events reported in this document.")
  String document;

  /** The filter, or a one-line usage error naming the bad value. */
  EventFilter filter() {
    return new EventFilterParser("--")
        .parse(actor, recipient, dyad, code, type, from, to, status, document);
  }

  static UserException usage(String message) {
    return new UserException(ErrorCode.USAGE, message);
  }
}
