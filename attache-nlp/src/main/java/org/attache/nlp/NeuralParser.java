package org.attache.nlp;

import edu.stanford.nlp.international.Language;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.ling.Word;
import edu.stanford.nlp.parser.nndep.ArcStandard;
import edu.stanford.nlp.parser.nndep.Classifier;
import edu.stanford.nlp.parser.nndep.Config;
import edu.stanford.nlp.parser.nndep.Configuration;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.parser.nndep.ParsingSystem;
import edu.stanford.nlp.trees.GrammaticalRelation;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TreeGraphNode;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.RuntimeInterruptedException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * CoreNLP's neural dependency parser (Chen and Manning's greedy arc-standard parser) with its
 * transitions chosen by {@link ParserNetwork} (from float scores whose error bound proves the
 * choice, in double otherwise) and its features made from ids looked up once per sentence ({@link
 * ParserFeatures}): the same model, the same features and transition system (CoreNLP's own
 * objects), the same parses, in well under a third of the time.
 *
 * <p>The parser keeps its network and transition system in private members; they are reached once,
 * at construction, by reflection, and a CoreNLP version without them fails there with the missing
 * member named (like {@link SutimeTagReset}). Only Universal Dependencies English models are
 * accepted, because the relations are mapped as CoreNLP maps them for that language. Not
 * thread-safe; one per pipeline.
 */
final class NeuralParser {
  private static final String WHAT = "the parser's internals";

  private final ArcStandard system;
  private final List<String> transitions;
  private final ParserNetwork network;
  private final ParserFeatures features;
  private final int[][] allowedByShape = new int[4 * 2 * 3 * 3][];

  NeuralParser(DependencyParser parser) {
    Language language = CoreNlpInternals.read(parser, DependencyParser.class, "language", WHAT);
    if (language != Language.UniversalEnglish) {
      throw new IllegalStateException(
          "the fast parser takes Universal Dependencies English models only: language=" + language);
    }
    ParsingSystem transitionSystem =
        CoreNlpInternals.read(parser, DependencyParser.class, "system", WHAT);
    if (!(transitionSystem instanceof ArcStandard arcStandard)) {
      throw new IllegalStateException(
          "the fast parser takes arc-standard parsers only: system="
              + transitionSystem.getClass().getName());
    }
    this.system = arcStandard;
    this.transitions =
        List.copyOf(CoreNlpInternals.read(system, ParsingSystem.class, "transitions", WHAT));
    Config config = CoreNlpInternals.read(parser, DependencyParser.class, "config", WHAT);
    Classifier classifier =
        CoreNlpInternals.read(parser, DependencyParser.class, "classifier", WHAT);
    Map<Integer, Integer> precomputedRows =
        CoreNlpInternals.read(classifier, Classifier.class, "preMap", WHAT);
    double[][] precomputed = CoreNlpInternals.read(classifier, Classifier.class, "saved", WHAT);
    this.network =
        new ParserNetwork(
            Config.numTokens,
            classifier.getE(),
            classifier.getW1(),
            classifier.getb1(),
            classifier.getW2(),
            precomputed,
            precomputedRows,
            config.numCached > 0,
            ParserNetwork.SLICES_CACHED,
            InputWeights.fastest());
    if (network.transitions() != transitions.size()) {
      throw new IllegalStateException(
          "parser network scores "
              + network.transitions()
              + " transitions, the system has "
              + transitions.size());
    }
    this.features = new ParserFeatures(parser);
  }

  /** The parse of a tagged sentence, as CoreNLP's {@code DependencyParser.predict} returns it. */
  GrammaticalStructure predict(CoreMap sentence) {
    return predict(List.of(sentence)).get(0);
  }

  /**
   * The parses of several tagged sentences, each as CoreNLP's {@code DependencyParser.predict}
   * returns it. The sentences advance one transition at a time together, so that the states that
   * need the network are scored in one batch ({@link ParserNetwork#choose}): the output weights (83
   * transitions × 1,000 hidden units) are then read once per step instead of once per sentence.
   */
  List<GrammaticalStructure> predict(List<CoreMap> sentences) {
    Configuration[] states = new Configuration[sentences.size()];
    int[][][] ids = new int[states.length][][];
    for (int i = 0; i < states.length; i++) {
      states[i] = system.initialConfiguration(sentences.get(i));
      ids[i] = features.ids(sentences.get(i));
    }
    int[] waiting = new int[states.length];
    int[][] features = new int[states.length][];
    int[][] allowed = new int[states.length][];
    for (boolean running = true; running; ) {
      if (Thread.interrupted()) {
        throw new RuntimeInterruptedException();
      }
      running = false;
      int count = 0;
      for (int i = 0; i < states.length; i++) {
        if (system.isTerminal(states[i])) {
          continue;
        }
        running = true;
        int[] applicable = allowed(states[i]);
        if (applicable.length == 1) {
          system.apply(states[i], transitions.get(applicable[0]));
        } else {
          waiting[count] = i;
          allowed[count] = applicable;
          features[count++] = this.features.of(states[i], ids[i]);
        }
      }
      if (count > 0) {
        int[] chosen =
            network.choose(Arrays.copyOf(features, count), Arrays.copyOf(allowed, count));
        for (int k = 0; k < count; k++) {
          system.apply(states[waiting[k]], transitions.get(chosen[k]));
        }
      }
    }
    List<GrammaticalStructure> structures = new ArrayList<>(states.length);
    for (int i = 0; i < states.length; i++) {
      structures.add(structure(sentences.get(i), states[i]));
    }
    return structures;
  }

  /**
   * The transitions that can apply to a state, in ascending order. Whether a transition applies
   * depends only on the stack's size (0, 1, 2 or more), whether the buffer is empty, and whether
   * the two top stack positions are empty, the root or a word; so the answer is asked of CoreNLP's
   * system once per such shape and kept. When only one transition applies (a shift while the stack
   * holds at most one word, the final attachment to the root), the network is not asked at all: its
   * scores could not change the choice.
   */
  private int[] allowed(Configuration state) {
    int shape =
        ((Math.min(state.getStackSize(), 3) * 2 + (state.getBufferSize() > 0 ? 1 : 0)) * 3
                    + kind(state.getStack(0)))
                * 3
            + kind(state.getStack(1));
    int[] allowed = allowedByShape[shape];
    if (allowed == null) {
      List<Integer> applicable = new ArrayList<>();
      for (int transition = 0; transition < transitions.size(); transition++) {
        if (system.canApply(state, transitions.get(transition))) {
          applicable.add(transition);
        }
      }
      if (applicable.isEmpty()) {
        throw new IllegalStateException("no parser transition applies in state " + state.getStr());
      }
      allowed = applicable.stream().mapToInt(Integer::intValue).toArray();
      allowedByShape[shape] = allowed;
    }
    return allowed;
  }

  /** 0 for an empty stack position, 1 for the root, 2 for a word. */
  private static int kind(int position) {
    return position < 0 ? 0 : position == 0 ? 1 : 2;
  }

  private static GrammaticalStructure structure(CoreMap sentence, Configuration state) {
    List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
    IndexedWord root = new IndexedWord(new Word("ROOT"));
    root.set(CoreAnnotations.IndexAnnotation.class, 0);
    List<TypedDependency> dependencies = new ArrayList<>(tokens.size());
    for (int word = 1; word <= tokens.size(); word++) {
      int head = state.getHead(word);
      IndexedWord dependent = new IndexedWord(tokens.get(word - 1));
      IndexedWord governor = head == 0 ? root : new IndexedWord(tokens.get(head - 1));
      GrammaticalRelation relation =
          head == 0 ? GrammaticalRelation.ROOT : relation(state.getLabel(word));
      dependencies.add(new TypedDependency(relation, governor, dependent));
    }
    return new UniversalEnglishGrammaticalStructure(dependencies, new TreeGraphNode(root));
  }

  private static GrammaticalRelation relation(String label) {
    GrammaticalRelation known = UniversalEnglishGrammaticalRelations.shortNameToGRel.get(label);
    return known != null
        ? known
        : new GrammaticalRelation(
            Language.UniversalEnglish, label, null, GrammaticalRelation.DEPENDENT);
  }
}
