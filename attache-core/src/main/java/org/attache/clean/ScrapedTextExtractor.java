package org.attache.clean;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.attache.clean.BoilerplateLines.Kind;
import org.attache.clean.TextParagraphs.Paragraph;
import org.attache.model.CleanText;
import org.attache.model.DecodedItem;
import org.attache.model.DocumentException;
import org.attache.model.ErrorCode;
import org.attache.model.Metadata;

/**
 * Extracts the article from plain text scraped from a news page: drops page furniture line by line
 * (menus, navigation rows, captions, share prompts, comment sections, bylines and date lines),
 * joins hard-wrapped lines into paragraphs, and tells the headline and sub-headline from the body.
 *
 * <p>The rules are written to never cut an article sentence: a line is furniture only when it is
 * short and matches a known shape ({@link BoilerplateLines}), or when it is a short label in a run
 * of at least {@value #MENU_RUN} such lines, repeats a navigation item, or trails after the last
 * sentence of the page. Long lines are always kept, which also bounds the work per line.
 *
 * <p>The first date of a removed byline or date line is what the page said about its own date; it
 * is returned in {@link CleanText#found()} as the published date, for {@link
 * TextPublicationDateFinder} to use. Stateless and thread-safe.
 */
public final class ScrapedTextExtractor implements Extractor {

  private static final int MENU_RUN = 3;
  private static final int WRAPPED_LINE_LENGTH = 50;

  /** Above this share of removed characters the result carries a warning. */
  private static final double REMOVED_SHARE_WARNING = 0.5;

  @Override
  public CleanText extract(DecodedItem item) throws DocumentException {
    List<String> lines = TextLines.split(item.content());
    boolean[] removed = new boolean[lines.size()];
    LocalDate pageDate = removeFurniture(lines, removed);
    List<Paragraph> paragraphs = paragraphs(lines, removed);
    if (paragraphs.isEmpty()) {
      throw new DocumentException(
          ErrorCode.NO_TEXT,
          "no article text in plain-text content after removing page furniture: "
              + item.item().origin());
    }
    List<String> warnings = new ArrayList<>();
    double removedShare = removedShare(lines, removed);
    if (removedShare > REMOVED_SHARE_WARNING) {
      warnings.add(
          String.format(
              Locale.ROOT,
              "removed %.0f%% of the text as page furniture; check the extraction",
              100 * removedShare));
    }
    return TextHeadlines.split(
        paragraphs,
        item.item().metadata().title(),
        pageDate == null ? Metadata.EMPTY : new Metadata(null, null, null, null, pageDate, null),
        warnings);
  }

  private static double removedShare(List<String> lines, boolean[] removed) {
    long total = 0;
    long removedLength = 0;
    for (int index = 0; index < lines.size(); index++) {
      total += lines.get(index).length();
      removedLength += removed[index] ? lines.get(index).length() : 0;
    }
    return total == 0 ? 0 : (double) removedLength / total;
  }

  /** Marks furniture lines in {@code removed}; returns the first byline or date-line date. */
  private static LocalDate removeFurniture(List<String> lines, boolean[] removed) {
    LocalDate pageDate = null;
    Set<String> navigationLabels = new HashSet<>();
    Kind[] kinds = new Kind[lines.size()];
    boolean seenSentence = false;
    boolean inCalendar = false;
    for (int index = 0; index < lines.size(); index++) {
      String line = lines.get(index);
      if (line.isEmpty()) {
        continue;
      }
      Kind kind = continuation(lines, removed, index, BoilerplateLines.classify(line));
      kinds[index] = kind;
      if (kind == Kind.COMMENTS_HEADING && seenSentence) {
        // Everything after a comment-section heading is readers' text, not the article's.
        for (int rest = index; rest < lines.size(); rest++) {
          removed[rest] = true;
        }
        break;
      }
      inCalendar = kind == Kind.CALENDAR || (inCalendar && isCalendarNumbers(line));
      removed[index] = kind != Kind.TEXT || inCalendar;
      if (kind == Kind.NAVIGATION) {
        for (String label : BoilerplateLines.navigationItems(line)) {
          navigationLabels.add(label.toLowerCase(Locale.ROOT));
        }
      } else if (kind == Kind.DATE_LINE && pageDate == null) {
        pageDate = BoilerplateLines.bylineDate(line).orElse(null);
      } else if (kind == Kind.TEXT && BoilerplateLines.endsSentence(line)) {
        seenSentence = true;
      }
    }
    removeMenus(lines, removed, kinds, navigationLabels);
    for (int index = 0; index < lines.size(); index++) {
      String line = lines.get(index);
      if (!removed[index]
          && BoilerplateLines.isLabel(line)
          && navigationLabels.contains(line.toLowerCase(Locale.ROOT))) {
        removed[index] = true;
      }
    }
    removeTrailingLabels(lines, removed);
    return pageDate;
  }

  /**
   * Removes runs of {@value #MENU_RUN} or more consecutive short labels (and navigation rows next
   * to them), remembering their texts as navigation labels.
   */
  private static void removeMenus(
      List<String> lines, boolean[] removed, Kind[] kinds, Set<String> navigationLabels) {
    int runStart = 0;
    for (int index = 0; index <= lines.size(); index++) {
      boolean menuLike =
          index < lines.size()
              && !lines.get(index).isEmpty()
              && (kinds[index] == Kind.NAVIGATION
                  || (!removed[index] && BoilerplateLines.isLabel(lines.get(index))));
      if (menuLike) {
        continue;
      }
      if (index - runStart >= MENU_RUN) {
        for (int run = runStart; run < index; run++) {
          removed[run] = true;
          navigationLabels.add(lines.get(run).toLowerCase(Locale.ROOT));
        }
      }
      runStart = index + 1;
    }
  }

  /**
   * Removes the blocks after the page's last sentence when every line left in them is a short
   * label: related-story titles, tag lists, footer links.
   */
  private static void removeTrailingLabels(List<String> lines, boolean[] removed) {
    int index = lines.size() - 1;
    while (index >= 0) {
      int blockEnd = index;
      while (index >= 0 && !lines.get(index).isEmpty()) {
        index--;
      }
      boolean allLabels = true;
      boolean anyKept = false;
      for (int line = index + 1; line <= blockEnd; line++) {
        if (!removed[line]) {
          anyKept = true;
          allLabels &= BoilerplateLines.isLabel(lines.get(line));
        }
      }
      if (anyKept && !allLabels) {
        return;
      }
      for (int line = index + 1; line <= blockEnd; line++) {
        removed[line] = true;
      }
      index--;
    }
  }

  /**
   * {@code kind}, or {@link Kind#TEXT} when the line carries on a sentence from the line before it
   * (a hard-wrapped line): "share." after "cents a", or a date line such as "Gravely on October 28,
   * 1986, Mid-Atlantic" after a long line that stops mid-sentence.
   */
  private static Kind continuation(List<String> lines, boolean[] removed, int index, Kind kind) {
    if (kind == Kind.TEXT || index == 0 || removed[index - 1] || lines.get(index - 1).isEmpty()) {
      return kind;
    }
    String previous = lines.get(index - 1);
    if (BoilerplateLines.endsSentence(previous)) {
      return kind;
    }
    boolean lowerCase = Character.isLowerCase(lines.get(index).codePointAt(0));
    boolean datedFragment =
        (kind == Kind.DATE_LINE || kind == Kind.BYLINE) && previous.length() >= WRAPPED_LINE_LENGTH;
    return lowerCase || datedFragment ? Kind.TEXT : kind;
  }

  private static boolean isCalendarNumbers(String line) {
    for (int index = 0; index < line.length(); index++) {
      char character = line.charAt(index);
      if (character != ' ' && (character < '0' || character > '9')) {
        return false;
      }
    }
    return true;
  }

  /** The paragraphs of the kept lines; a removed line or a blank line ends a block. */
  private static List<Paragraph> paragraphs(List<String> lines, boolean[] removed) {
    List<Paragraph> paragraphs = new ArrayList<>();
    List<String> block = new ArrayList<>();
    for (int index = 0; index <= lines.size(); index++) {
      if (index < lines.size() && !removed[index] && !lines.get(index).isEmpty()) {
        block.add(lines.get(index));
      } else if (!block.isEmpty()) {
        paragraphs.addAll(TextParagraphs.of(block));
        block.clear();
      }
    }
    return paragraphs;
  }
}
