package org.attache.resolve;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a document says about where it is: the countries it names or whose places it names
 * unambiguously (ISO3 codes), its dateline's country (null when none), and the places it names
 * unambiguously, near which an ambiguous name most likely lies.
 */
public record GeoContext(Set<String> countries, String datelineCountry, List<GeoPlace> anchors) {

  /** No context: a name is resolved by its population and kind alone. */
  public static final GeoContext NONE = new GeoContext(Set.of(), null, List.of());

  public GeoContext {
    countries = Set.copyOf(new TreeSet<>(countries));
    anchors = List.copyOf(anchors);
  }
}
