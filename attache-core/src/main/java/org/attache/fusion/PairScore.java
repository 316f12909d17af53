package org.attache.fusion;

import java.util.List;
import java.util.Optional;
import org.attache.actor.ActorMention;
import org.attache.event.EventMention;

/**
 * Whether two reports may be one event and how strongly they say so. Compatibility is required
 * first: the same act family ({@link Acts}), compatible actors side by side or, for symmetric and
 * converse acts, swapped ({@link Actors}), compatible dates ({@link DateWindow}) and places ({@link
 * Places}). The score is then the weighted sum {@code 0.30 act + 0.30 actors + 0.20 date + 0.10
 * place + 0.10 same document} (the document of a near-duplicate is its original's), each part in
 * [0, 1]; the actors' part is the mean of the two sides' scores or, when neither side confirms the
 * other, the score of the names their sentences share ({@link Names#score}) when they have the same
 * trigger (lexicon entry).
 */
record PairScore(double score, String reason) {
  static final double ACT = 0.30;
  static final double ACTORS = 0.30;
  static final double DATE = 0.20;
  static final double PLACE = 0.10;
  static final double DOCUMENT = 0.10;
  private static final String STATEMENT = "01";

  /** Whether the two reports could be one event, whatever their score. */
  static boolean compatible(Report first, Report second) {
    return actors(first, second) >= 0;
  }

  /** The pair's score when the two could be one event and it reaches the threshold. */
  static Optional<PairScore> of(Report first, Report second, double threshold) {
    double actors = actors(first, second);
    if (actors < 0) {
      return Optional.empty();
    }
    EventMention a = first.mention();
    EventMention b = second.mention();
    boolean sameDocument = first.context().equals(second.context());
    int names =
        actors <= Actors.UNKNOWN && a.lexiconEntry().equals(b.lexiconEntry())
            ? Names.shared(first.names(), second.names())
            : 0;
    double named = Names.score(names);
    double score =
        ACT * Acts.score(a.type(), b.type())
            + ACTORS * Math.max(actors, named)
            + DATE * DateWindow.score(first.window(), second.window())
            + PLACE * Places.score(a.place(), b.place())
            + DOCUMENT * (sameDocument ? 1 : 0);
    score = Math.round(score * 1000) / 1000.0;
    if (score < threshold) {
      return Optional.empty();
    }
    boolean swapped = sides(a.actors(), a.recipients(), b.actors(), b.recipients()) < actors;
    String reason =
        String.join(
            "; ",
            sameDocument ? "same document" : "across documents",
            Acts.describe(a.type(), b.type()),
            named > actors
                ? "actors unknown; same trigger; " + names + " names shared"
                : actorsReason(actors, swapped),
            DateWindow.describe(first.window(), second.window()),
            Places.describe(a.place(), b.place()));
    return Optional.of(new PairScore(score, reason));
  }

  /**
   * The actors' part of the score when the two reports are compatible, else -1. Statements (CAMEO
   * root 01) are the commonest and least specific act: across documents they are compatible only
   * when both are dated. Reports of unknown actors from different documents whose sentences both
   * name someone or something are compatible only when they share a name ({@link Names}).
   */
  private static double actors(Report first, Report second) {
    EventMention a = first.mention();
    EventMention b = second.mention();
    if (!first.family().equals(second.family())
        || !DateWindow.compatible(first.window(), second.window())
        || !Places.compatible(a.place(), b.place())) {
      return -1;
    }
    if (first.family().equals(STATEMENT)
        && !first.context().equals(second.context())
        && (first.window() == null || second.window() == null)) {
      return -1;
    }
    if (!first.context().equals(second.context())
        && !first.names().isEmpty()
        && !second.names().isEmpty()
        && Names.shared(first.names(), second.names()) == 0) {
      return -1;
    }
    double direct = sides(a.actors(), a.recipients(), b.actors(), b.recipients());
    double swapped =
        Acts.swappable(a.type(), b.type())
            ? sides(a.actors(), a.recipients(), b.recipients(), b.actors())
            : -1;
    return Math.max(direct, swapped);
  }

  /** The mean of the two sides' scores, or -1 when a side is incompatible. */
  private static double sides(
      List<ActorMention> actors,
      List<ActorMention> recipients,
      List<ActorMention> otherActors,
      List<ActorMention> otherRecipients) {
    if (!Actors.compatible(actors, otherActors)
        || !Actors.compatible(recipients, otherRecipients)) {
      return -1;
    }
    return (Actors.score(actors, otherActors) + Actors.score(recipients, otherRecipients)) / 2;
  }

  private static String actorsReason(double actors, boolean swapped) {
    String kind =
        actors >= Actors.SAME ? "same" : actors > Actors.UNKNOWN ? "compatible" : "unknown";
    return "actors " + kind + (swapped ? " (swapped, symmetric act)" : "");
  }
}
