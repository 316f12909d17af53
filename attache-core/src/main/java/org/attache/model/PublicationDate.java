package org.attache.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A document's publication date and where it came from. {@code date} is {@code null} exactly when
 * the basis is {@link DateBasis#NONE}.
 */
public record PublicationDate(LocalDate date, DateBasis basis) {

  public static final PublicationDate UNKNOWN = new PublicationDate(null, DateBasis.NONE);

  public PublicationDate {
    Objects.requireNonNull(basis, "basis");
    if ((date == null) != (basis == DateBasis.NONE)) {
      throw new IllegalArgumentException(
          "date must be null exactly when basis is none: date=" + date + ", basis=" + basis);
    }
  }
}
