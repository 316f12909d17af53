package org.attache.cli;

import java.util.Set;

/**
 * Whether a PLOVER event type counts as cooperation or conflict in a brief's series. Cooperation is
 * PLOVER's cooperative types (AGREE, CONSULT, SUPPORT, CONCEDE, COOPERATE, AID, RETREAT); every
 * other type, REQUEST included (PLOVER folds CAMEO's demands into it), is conflict; acts without a
 * PLOVER type (CAMEO's 01x public statements) are neither. docs/brief.md documents the mapping.
 */
enum PloverTone {
  COOPERATION,
  CONFLICT,
  NONE;

  static final Set<String> COOPERATIVE =
      Set.of("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT");

  static PloverTone of(String ploverType) {
    if (ploverType == null || ploverType.isBlank() || ploverType.equals("NONE")) {
      return NONE;
    }
    return COOPERATIVE.contains(ploverType) ? COOPERATION : CONFLICT;
  }
}
