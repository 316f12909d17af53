package org.attache.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;

/**
 * The stretches of a sentence that SUTime needs to see ({@link SutimeWindows}): from {@code before}
 * tokens before each time or number cue ({@link TimeNumberCues}) to {@code after} tokens after it,
 * overlapping or touching stretches merged. The default reach ({@link #BEFORE}, {@link #AFTER}) is
 * what English SUTime rules need around the word that makes them a time: modifiers before it ("at
 * the end of last week", "early next"), the tense words its last rules look for up to two elements
 * on either side ("said", "will", "going to"), and numbers after it; it was measured, with a
 * margin, on 1,003 documents (docs/nlp.md).
 *
 * @param before tokens before a cue that a window takes in
 * @param after tokens after a cue that a window takes in
 */
record CueWindows(int before, int after) {
  /** The default reach before a cue. */
  static final int BEFORE = 6;

  /** The default reach after a cue. */
  static final int AFTER = 4;

  CueWindows {
    if (before < 0 || after < 0) {
      throw new IllegalArgumentException(
          "window reach must not be negative: before=" + before + " after=" + after);
    }
  }

  /**
   * The windows an option value of {@link NlpConfig#SUTIME_WINDOWS} asks for: "true" the default
   * reach, "B,A" another (tests narrow it to see a difference), "false" or no value null, for no
   * windows.
   */
  static CueWindows fromOption(String option) {
    if (option == null || option.equals("false")) {
      return null;
    }
    if (option.equals("true")) {
      return new CueWindows(BEFORE, AFTER);
    }
    String[] parts = option.split(",", -1);
    try {
      if (parts.length == 2) {
        return new CueWindows(
            Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()));
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(
        "option "
            + NlpConfig.SUTIME_WINDOWS
            + " must be true, false or BEFORE,AFTER (token counts): "
            + option);
  }

  /** The windows of a tagged sentence as [first, end) token indexes, in order, apart. */
  List<int[]> of(List<CoreLabel> tokens) {
    List<int[]> windows = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      CoreLabel token = tokens.get(i);
      if (!TimeNumberCues.isCue(token.word(), token.tag())) {
        continue;
      }
      int from = Math.max(0, i - before);
      int to = Math.min(tokens.size(), i + after + 1);
      int[] last = windows.isEmpty() ? null : windows.get(windows.size() - 1);
      if (last != null && from <= last[1]) {
        last[1] = Math.max(last[1], to);
      } else {
        windows.add(new int[] {from, to});
      }
    }
    return windows;
  }
}
