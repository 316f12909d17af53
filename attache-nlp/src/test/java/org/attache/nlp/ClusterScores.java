package org.attache.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores of a document clustering against gold clusters over the same documents: pairwise
 * precision, recall and F1 (a pair of documents is positive when both are in one cluster) and B³
 * (per document, the share of its predicted cluster that is in its gold cluster, and the share of
 * its gold cluster that is in its predicted cluster, averaged over documents). With no predicted
 * pair, pairwise precision is 1 (nothing wrong was claimed).
 */
final class ClusterScores {
  private ClusterScores() {}

  /** The figures for these documents: each maps to its predicted and its gold cluster. */
  static Map<String, Object> score(
      List<String> documents, Map<String, String> predicted, Map<String, String> gold) {
    long both = 0;
    long predictedPairs = 0;
    long goldPairs = 0;
    for (int i = 0; i < documents.size(); i++) {
      for (int j = i + 1; j < documents.size(); j++) {
        String a = documents.get(i);
        String b = documents.get(j);
        boolean p = predicted.get(a).equals(predicted.get(b));
        boolean g = gold.get(a).equals(gold.get(b));
        predictedPairs += p ? 1 : 0;
        goldPairs += g ? 1 : 0;
        both += p && g ? 1 : 0;
      }
    }
    Map<String, Object> figures = new LinkedHashMap<>();
    double precision = predictedPairs == 0 ? 1 : (double) both / predictedPairs;
    double recall = goldPairs == 0 ? 1 : (double) both / goldPairs;
    figures.put("pairwise", prf(precision, recall));
    figures.put("pairs", Map.of("predicted", predictedPairs, "gold", goldPairs, "correct", both));
    figures.put("b3", b3(documents, predicted, gold));
    return figures;
  }

  private static Map<String, Object> b3(
      List<String> documents, Map<String, String> predicted, Map<String, String> gold) {
    Map<String, List<String>> byPredicted = groups(documents, predicted);
    Map<String, List<String>> byGold = groups(documents, gold);
    double precision = 0;
    double recall = 0;
    for (String document : documents) {
      List<String> mine = byPredicted.get(predicted.get(document));
      List<String> truth = byGold.get(gold.get(document));
      long shared = mine.stream().filter(truth::contains).count();
      precision += (double) shared / mine.size();
      recall += (double) shared / truth.size();
    }
    int n = documents.size();
    return prf(n == 0 ? 0 : precision / n, n == 0 ? 0 : recall / n);
  }

  private static Map<String, List<String>> groups(
      List<String> documents, Map<String, String> clusters) {
    Map<String, List<String>> groups = new HashMap<>();
    documents.forEach(d -> groups.computeIfAbsent(clusters.get(d), k -> new ArrayList<>()).add(d));
    return groups;
  }

  static Map<String, Object> prf(double precision, double recall) {
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("precision", ActorEvalSupport.round(precision));
    figures.put("recall", ActorEvalSupport.round(recall));
    figures.put("f1", ActorEvalSupport.round(f1));
    return figures;
  }
}
