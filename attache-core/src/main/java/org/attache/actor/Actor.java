package org.attache.actor;

/**
 * A coded actor: who did or suffered something, as CAMEO codes it. The country position holds an
 * ISO3 code or an organisation's CAMEO code ({@code UNO}, {@code NAT}, {@code EEC}, {@code IGO});
 * the sector is a CAMEO role code ({@code GOV}, {@code COP}, {@code BUS}…) or {@code null} when the
 * mention names a country as a whole ("Pakistan signed…", "both countries"). The name is a person's
 * or organisation's name and the title a normalised title (both {@code null} when not known). The
 * id is derived from the other fields ({@link #of}), so equal actors in a document have equal ids.
 *
 * @param country ISO3 code or organisation code, never blank
 * @param sector CAMEO sector code, or {@code null} for the country as a whole
 * @param name person or organisation name, or {@code null}
 * @param title normalised title ("Foreign Minister"), or {@code null}
 * @param id stable identifier, such as {@code BLR:GOV:Sergei Aleinik} or {@code PAK:GOV:Police}
 */
public record Actor(String country, String sector, String name, String title, String id) {

  public Actor {
    if (country == null || country.isBlank()) {
      throw new IllegalArgumentException("actor country must not be blank: country=" + country);
    }
    if (sector != null && sector.isBlank()) {
      throw new IllegalArgumentException(
          "actor sector must be null or a code: sector='" + sector + "'");
    }
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("actor id must not be blank: id=" + id);
    }
  }

  /**
   * An actor with its id derived from the fields: country, then sector, then the name or (without a
   * name) the title, joined by ':'.
   */
  public static Actor of(String country, String sector, String name, String title) {
    StringBuilder id = new StringBuilder(country == null ? "" : country);
    if (sector != null) {
      id.append(':').append(sector);
    }
    if (name != null) {
      id.append(':').append(name);
    } else if (title != null) {
      id.append(':').append(title);
    }
    return new Actor(country, sector, name, title, id.toString());
  }

  /** The same actor with another title (the id keeps the name when there is one). */
  Actor withTitle(String newTitle) {
    return of(country, sector, name, newTitle);
  }
}
