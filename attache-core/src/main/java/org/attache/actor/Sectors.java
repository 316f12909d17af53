package org.attache.actor;

import java.util.Set;

/**
 * The sector codes the tables may use: CAMEO's generic domestic role codes (primary, secondary and
 * tertiary), its party code, and its international and transnational generic codes, as listed in
 * the CAMEO Event and Actor Codebook (v1.1b3, chapter 3, Tables 3.1 and 3.2).
 */
public final class Sectors {

  /** Sector value for role phrases that take the sector of the body named with them. */
  public static final String INHERITED = "-";

  /** Every accepted code. */
  public static final Set<String> CODES =
      Set.of(
          // primary role codes
          "COP",
          "GOV",
          "INS",
          "JUD",
          "MIL",
          "OPP",
          "REB",
          "SEP",
          "SPY",
          "UAF",
          // secondary role codes
          "AGR",
          "BUS",
          "CRM",
          "CVL",
          "DEV",
          "EDU",
          "ELI",
          "ENV",
          "HLH",
          "HRI",
          "LAB",
          "LEG",
          "MED",
          "REF",
          // tertiary role codes
          "MOD",
          "RAD",
          // party
          "PTY",
          // PLOVER's journalists and media, which the event record uses instead of CAMEO's MED
          "JRN",
          // international and transnational generic codes
          "IGO",
          "IMG",
          "INT",
          "MNC",
          "NGM",
          "NGO",
          "UIS");

  private Sectors() {}

  /** Whether the code is one of {@link #CODES}. */
  public static boolean isKnown(String code) {
    return CODES.contains(code);
  }
}
