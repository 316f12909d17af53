package org.attache.actor;

import java.util.List;
import java.util.Objects;

/**
 * One row of the organisations table: an international organisation with the code an actor takes in
 * CAMEO's country position ({@code UNO} for every United Nations body, {@code NAT} for NATO, {@code
 * EEC} for the European Union, or the generic {@code IGO}/{@code NGO}), its sector ({@code IGO} or
 * {@code NGO}), the full CAMEO code from the codebook ({@code -} where it lists none), its name and
 * aliases. {@code id} is the row's unique key.
 */
public record Organisation(
    String id, String code, String sector, String cameo, String name, List<String> aliases) {

  public Organisation {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(sector, "sector");
    Objects.requireNonNull(cameo, "cameo");
    Objects.requireNonNull(name, "name");
    aliases = List.copyOf(aliases);
  }
}
