package org.attache.nlp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * TempEval-3 scores of time expressions (UzZaman et al. 2013): strict extent match (same start and
 * end), relaxed extent match (the extents overlap), and the value attribute over relaxed matches —
 * value F1 counts a relaxed match with the gold value as correct, over all system and all gold
 * expressions; value accuracy is the share of relaxed matches with the gold value. Each system
 * expression matches at most one gold expression (the first overlapping one still free).
 */
final class TimexScore {

  /** One system expression: its extent in the document's text and its value (null when none). */
  record Predicted(int start, int end, String value) {}

  private long predicted;
  private long gold;
  private long strict;
  private long relaxed;
  private long valueCorrect;
  private final List<String> valueErrors = new ArrayList<>();

  /** Adds one document's gold and system expressions. */
  void add(String documentId, List<TimexCorpus.Gold> golds, List<Predicted> guesses) {
    predicted += guesses.size();
    gold += golds.size();
    boolean[] used = new boolean[golds.size()];
    for (Predicted guess : guesses) {
      for (int i = 0; i < golds.size(); i++) {
        TimexCorpus.Gold truth = golds.get(i);
        if (used[i] || truth.end() <= guess.start() || guess.end() <= truth.start()) {
          continue;
        }
        used[i] = true;
        relaxed++;
        if (truth.start() == guess.start() && truth.end() == guess.end()) {
          strict++;
        }
        if (Objects.equals(truth.value(), guess.value())) {
          valueCorrect++;
        } else if (valueErrors.size() < 5000) {
          valueErrors.add(
              documentId
                  + "@"
                  + guess.start()
                  + " gold="
                  + truth.value()
                  + " system="
                  + guess.value());
        }
        break;
      }
    }
  }

  double valueF1() {
    return f1(valueCorrect);
  }

  double valueAccuracy() {
    return relaxed == 0 ? 0 : (double) valueCorrect / relaxed;
  }

  double relaxedF1() {
    return f1(relaxed);
  }

  double strictF1() {
    return f1(strict);
  }

  List<String> valueErrors() {
    return List.copyOf(valueErrors);
  }

  private double f1(long correct) {
    double precision = predicted == 0 ? 0 : (double) correct / predicted;
    double recall = gold == 0 ? 0 : (double) correct / gold;
    return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
  }

  /** The figures for the JSON report. */
  Map<String, Object> figures() {
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("strict", ActorEvalSupport.prf(strict, predicted, strict, gold));
    figures.put("relaxed", ActorEvalSupport.prf(relaxed, predicted, relaxed, gold));
    figures.put("value", ActorEvalSupport.prf(valueCorrect, predicted, valueCorrect, gold));
    figures.put("valueAccuracy", ActorEvalSupport.round(valueAccuracy()));
    figures.put("relaxedMatches", relaxed);
    figures.put("valueCorrect", valueCorrect);
    return figures;
  }
}
