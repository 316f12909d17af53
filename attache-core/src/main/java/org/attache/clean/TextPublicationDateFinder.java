package org.attache.clean;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attache.model.CleanText;
import org.attache.model.DateBasis;
import org.attache.model.Metadata;
import org.attache.model.PublicationDate;

/**
 * Decides a document's publication date from its input metadata and its clean text, in this order:
 * the input's date ({@link DateBasis#INPUT}); a dated dateline at the start of one of the first
 * paragraphs ({@code Islamabad, Jan 5, 2024:}, {@link DateBasis#DATELINE}); the date the extractor
 * read from the page itself ({@link CleanText#found()}); a byline or lone date line still in the
 * text ({@link DateBasis#BYLINE}); otherwise {@link PublicationDate#UNKNOWN}.
 *
 * <p>What {@code found()} is depends on the extractor, so the finder is built for one: an HTML
 * extractor reads meta tags and JSON-LD ({@link #forPages()}, basis {@link DateBasis#PAGE}, ranked
 * before datelines), while {@link ScrapedTextExtractor} can only have read a byline or date line it
 * removed ({@link #forScrapedText()}, basis {@link DateBasis#BYLINE}, ranked after datelines).
 *
 * <p>A dateline without a year ({@code MINSK, 31 May (BelTA) -}) gives no date: the year cannot be
 * told reliably from the text (the story may be years old and mention other years), so nothing is
 * guessed. Never throws for bad data; thread-safe.
 */
public final class TextPublicationDateFinder implements PublicationDateFinder {

  private static final int DATELINE_PARAGRAPHS = 3;
  private static final int DATELINE_MAX_LENGTH = 100;

  /** A place, a comma, then the rest of the dateline up to its dash or colon. */
  private static final Pattern DATELINE =
      Pattern.compile("\\p{Lu}[\\p{L}\\p{M}.'’ -]{1,40}?,([^\\n]{3,60}?)(?: -{1,2} | [—–] |: ?)");

  private final DateBasis foundBasis;

  private TextPublicationDateFinder(DateBasis foundBasis) {
    this.foundBasis = foundBasis;
  }

  /** For text from {@link ScrapedTextExtractor}: a found date came from a byline or date line. */
  public static TextPublicationDateFinder forScrapedText() {
    return new TextPublicationDateFinder(DateBasis.BYLINE);
  }

  /** For text from an HTML extractor: a found date came from the page's meta tags or JSON-LD. */
  public static TextPublicationDateFinder forPages() {
    return new TextPublicationDateFinder(DateBasis.PAGE);
  }

  @Override
  public PublicationDate find(Metadata input, CleanText text) {
    if (input != null && input.published() != null) {
      return new PublicationDate(input.published(), DateBasis.INPUT);
    }
    LocalDate found = text == null ? null : text.found().published();
    if (found != null && foundBasis == DateBasis.PAGE) {
      return new PublicationDate(found, DateBasis.PAGE);
    }
    if (text == null) {
      return PublicationDate.UNKNOWN;
    }
    String[] paragraphs = text.body().split("\n\n", DATELINE_PARAGRAPHS + 1);
    for (int index = 0; index < Math.min(DATELINE_PARAGRAPHS, paragraphs.length); index++) {
      Optional<LocalDate> dateline = datelineDate(paragraphs[index]);
      if (dateline.isPresent()) {
        return new PublicationDate(dateline.get(), DateBasis.DATELINE);
      }
    }
    if (found != null) {
      return new PublicationDate(found, DateBasis.BYLINE);
    }
    for (String part : new String[] {text.subtitle(), paragraphs[0]}) {
      Optional<LocalDate> byline =
          part == null ? Optional.empty() : BoilerplateLines.bylineDate(part.strip());
      if (byline.isPresent()) {
        return new PublicationDate(byline.get(), DateBasis.BYLINE);
      }
    }
    return PublicationDate.UNKNOWN;
  }

  /** The date of a dateline that opens {@code paragraph} and names a year, or empty. */
  static Optional<LocalDate> datelineDate(String paragraph) {
    String start = paragraph.strip();
    if (start.length() > DATELINE_MAX_LENGTH) {
      start = start.substring(0, DATELINE_MAX_LENGTH);
    }
    Matcher matcher = DATELINE.matcher(start);
    if (!matcher.lookingAt()) {
      return Optional.empty();
    }
    return TextDates.firstDate(matcher.group(1));
  }
}
