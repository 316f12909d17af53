package org.attache.event;

import java.util.List;
import java.util.Objects;

/**
 * An act coded in both ontologies: the CAMEO code (a string with leading zeros, as "042"), its root
 * ("04"), name, Goldstein value and QuadClass (1 verbal cooperation, 2 material cooperation, 3
 * verbal conflict, 4 material conflict), and the PLOVER event type, mode and contexts the CAMEO to
 * PLOVER table gives it. The PLOVER type is null for acts PLOVER has no type for (the 01x public
 * statements); the mode is null when the table gives none; contexts may be empty.
 */
public record EventType(
    String code,
    String root,
    String name,
    double goldstein,
    int quadClass,
    String ploverType,
    String ploverMode,
    List<String> ploverContext) {
  public EventType {
    Objects.requireNonNull(code, "code");
    if (!code.matches("\\d{2,4}")) {
      throw new IllegalArgumentException("a CAMEO code has 2 to 4 digits: code=" + code);
    }
    if (!code.startsWith(Objects.requireNonNull(root, "root")) || root.length() != 2) {
      throw new IllegalArgumentException(
          "root must be the code's first two digits: code=" + code + ", root=" + root);
    }
    Objects.requireNonNull(name, "name");
    if (quadClass < 0 || quadClass > 4) {
      throw new IllegalArgumentException("quadClass must be 0 to 4: quadClass=" + quadClass);
    }
    if (ploverType != null && ploverType.isBlank()) {
      throw new IllegalArgumentException("ploverType must be null or a type: '" + ploverType + "'");
    }
    if (ploverMode != null && ploverMode.isBlank()) {
      ploverMode = null;
    }
    ploverContext = List.copyOf(ploverContext);
  }
}
