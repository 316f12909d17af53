package org.attache.nlp;

import edu.stanford.nlp.ie.regexp.NumberSequenceClassifier;
import edu.stanford.nlp.ling.tokensregex.CoreMapExpressionExtractor;
import edu.stanford.nlp.ling.tokensregex.CoreMapNodePattern;
import edu.stanford.nlp.ling.tokensregex.NodePattern;
import edu.stanford.nlp.ling.tokensregex.SequenceMatchRules;
import edu.stanford.nlp.ling.tokensregex.SequencePattern;
import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.time.TimeExpressionExtractor;
import edu.stanford.nlp.time.TimeExpressionExtractorImpl;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Lets each of SUTime's token rules run only on a stretch of tokens where it can match: a rule
 * whose pattern requires tokens no token satisfies is skipped, the way a search engine skips a
 * document without the query's words. Why: SUTime tries every token rule (153 in CoreNLP 4.5.10's
 * English rules) at every token it is given, and each try sets up a fresh matcher state (a branch
 * index and hash maps) before it looks at a single token; that set-up was a third of SUTime's time,
 * and SUTime a third of the whole analysis. The same holds for the composite rules (64 of them),
 * which SUTime then runs over the tokens and the expressions found so far, round after round until
 * a round finds nothing: they took two thirds of SUTime's remaining time, and they are tested the
 * same way, each element (a token or an expression) standing for a token.
 *
 * <p>What a pattern requires is read from its expression ({@link #requirement}): a token pattern
 * ({@code /today/}, {@code [{tag:CD}]}) must match some token; a sequence requires all its parts, a
 * repetition its part when it must occur at least once, a group or a value its inside, a choice one
 * of its branches. Anything else (an optional part, a back reference, a sequence start or end, a
 * multi-token pattern) requires nothing. Only plain token patterns count as requirements: tests of
 * the token's annotations ({@link CoreMapNodePattern}), and all of, one of or the negation of such
 * tests, none with a side effect. The test is thus necessary, never sufficient: a skipped rule
 * could not have matched, a rule that passes runs as before, and the annotations are byte-identical
 * ({@code SutimeCuesIT}; {@code SutimeTriggersTest} checks the test against the matcher on
 * thousands of random sequences). The token tests keep their answers by the value they read ({@link
 * KeptNodeMatches}), as the same words come back in every window.
 *
 * <p>The rules sit behind private fields of CoreNLP 4.5.10 (the extractor's stages, a stage's basic
 * rule, a rule list's rules, a pattern's expression and its parts); a version without them fails at
 * start-up with the member named. A rule's extraction step is a public field, replaced by one that
 * tests first. The tests hold no state, so rules shared between pipelines stay thread-safe, and
 * installing twice changes nothing.
 */
final class SutimeTriggers {
  private static final String WHAT = "SUTime's token and composite rules";

  /** A rule of the stock rules whose pattern is a token pattern ({@code ruleType: "tokens"}). */
  private static final String TOKEN_RULES = SequenceMatchRules.TOKEN_PATTERN_RULE_TYPE;

  private SutimeTriggers() {}

  /**
   * What tokens a pattern requires, as a test on the tokens it would run over: a node to be matched
   * by some token, all or one of several requirements, or nothing.
   */
  sealed interface Requirement {
    /** Whether some span of these tokens may match. */
    boolean mayMatch(List<? extends CoreMap> tokens);

    /** Whether this requires anything at all. */
    default boolean requiresSomething() {
      return true;
    }
  }

  /** Requires nothing: every stretch of tokens may match. */
  record Nothing() implements Requirement {
    @Override
    public boolean mayMatch(List<? extends CoreMap> tokens) {
      return true;
    }

    @Override
    public boolean requiresSomething() {
      return false;
    }
  }

  /**
   * Requires a token that the node pattern matches; the pattern's answers are kept by the values it
   * reads ({@link KeptNodeMatches}).
   */
  record Token(KeptNodeMatches node) implements Requirement {
    @Override
    public boolean mayMatch(List<? extends CoreMap> tokens) {
      Object[] recent = node.recent();
      for (CoreMap token : tokens) {
        if (node.match(token, recent)) {
          return true;
        }
      }
      return false;
    }
  }

  /** Requires every one of its parts. */
  record All(List<Requirement> parts) implements Requirement {
    @Override
    public boolean mayMatch(List<? extends CoreMap> tokens) {
      for (Requirement part : parts) {
        if (!part.mayMatch(tokens)) {
          return false;
        }
      }
      return true;
    }
  }

  /** Requires one of its parts (a choice's branches). */
  record AnyOf(List<Requirement> parts) implements Requirement {
    @Override
    public boolean mayMatch(List<? extends CoreMap> tokens) {
      for (Requirement part : parts) {
        if (part.mayMatch(tokens)) {
          return true;
        }
      }
      return false;
    }
  }

  private static final Requirement NOTHING = new Nothing();

  /**
   * Puts the requirement test before the token rules of the SUTime extractor the annotator's
   * numeric classifier runs (inside its {@link SutimeWindows} when it has them).
   *
   * @return how many rules now test first
   */
  static int install(NERCombinerAnnotator annotator) {
    NumberSequenceClassifier numeric = CoreNlpInternals.numericClassifier(annotator, WHAT);
    Object sutime =
        numeric == null
            ? null
            : CoreNlpInternals.read(
                numeric, NumberSequenceClassifier.class, CoreNlpInternals.SUTIME, WHAT);
    if (sutime instanceof SutimeWindows windows) {
      sutime = windows.sutime();
    }
    if (sutime == null) {
      throw new IllegalStateException("the NER annotator runs no SUTime: " + annotator);
    }
    return install((TimeExpressionExtractor) sutime);
  }

  /**
   * Puts the requirement test before every token rule of the extractor that requires something.
   *
   * @return how many rules now test first
   */
  static int install(TimeExpressionExtractor sutime) {
    if (!(sutime instanceof TimeExpressionExtractorImpl)) {
      throw new IllegalStateException("not CoreNLP's SUTime extractor: " + sutime);
    }
    CoreMapExpressionExtractor<?> extractor =
        CoreNlpInternals.read(
            sutime, TimeExpressionExtractorImpl.class, "expressionExtractor", WHAT);
    Map<Integer, ?> stages =
        CoreNlpInternals.read(extractor, CoreMapExpressionExtractor.class, "stages", WHAT);
    int installed = 0;
    // One set of kept answers for all the extractor's rules: a word's answers sit together.
    KeptNodeMatches.Tests tests = new KeptNodeMatches.Tests();
    for (Object stage : stages.values()) {
      Object basic =
          CoreNlpInternals.read(
              stage, CoreMapExpressionExtractor.Stage.class, "basicExtractRule", WHAT);
      Object composite =
          CoreNlpInternals.read(
              stage, CoreMapExpressionExtractor.Stage.class, "compositeExtractRule", WHAT);
      for (Object rule : rules(basic)) {
        if (rule instanceof SequenceMatchRules.AnnotationExtractRule<?, ?> annotationRule
            && install(annotationRule, tests)) {
          installed++;
        }
      }
      for (Object rule : rules(composite)) {
        if (rule instanceof SequenceMatchRules.AnnotationExtractRule<?, ?> annotationRule
            && installComposite(annotationRule, tests)) {
          installed++;
        }
      }
    }
    return installed;
  }

  private static List<?> rules(Object basic) {
    if (basic instanceof SequenceMatchRules.ListExtractRule<?, ?>) {
      return CoreNlpInternals.read(basic, SequenceMatchRules.ListExtractRule.class, "rules", WHAT);
    }
    return basic == null ? List.of() : List.of(basic);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static boolean install(
      SequenceMatchRules.AnnotationExtractRule rule, KeptNodeMatches.Tests tests) {
    if (!TOKEN_RULES.equals(rule.ruleType)
        || rule.isComposite
        || !(rule.pattern instanceof TokenSequencePattern pattern)
        || rule.annotationField == null
        || rule.annotationField == CoreMap.class
        || rule.extractRule instanceof Tested) {
      return false;
    }
    Requirement requirement = requirement(pattern, tests);
    if (!requirement.requiresSomething()) {
      return false;
    }
    rule.extractRule = new Tested(rule.annotationField, requirement, rule.extractRule);
    return true;
  }

  /**
   * Puts the requirement test before a composite rule. A composite rule runs over the stretch of
   * tokens and the expressions found so far (each expression one element), again after every round
   * that finds something, and its pattern tests those elements as a token rule tests tokens.
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static boolean installComposite(
      SequenceMatchRules.AnnotationExtractRule rule, KeptNodeMatches.Tests tests) {
    if (!rule.isComposite
        || !(rule.pattern instanceof TokenSequencePattern pattern)
        || rule.extractRule instanceof TestedSequence) {
      return false;
    }
    Requirement requirement = requirement(pattern, tests);
    if (!requirement.requiresSomething()) {
      return false;
    }
    rule.extractRule = new TestedSequence(requirement, rule.extractRule);
    return true;
  }

  /** What the pattern requires of the tokens it runs over. */
  static Requirement requirement(SequencePattern<?> pattern) {
    return requirement(pattern, new KeptNodeMatches.Tests());
  }

  /** As above, its token tests keeping their answers with the others of {@code tests}. */
  static Requirement requirement(SequencePattern<?> pattern, KeptNodeMatches.Tests tests) {
    Object expression = CoreNlpInternals.read(pattern, SequencePattern.class, "patternExpr", WHAT);
    return of(expression, tests);
  }

  @SuppressWarnings("unchecked")
  private static Requirement of(Object expression, KeptNodeMatches.Tests tests) {
    if (expression instanceof SequencePattern.NodePatternExpr) {
      Object node =
          CoreNlpInternals.read(
              expression, SequencePattern.NodePatternExpr.class, "nodePattern", WHAT);
      return node instanceof NodePattern<?> token && isPlain(token)
          ? new Token(tests.add((NodePattern<CoreMap>) token))
          : NOTHING;
    }
    if (expression instanceof SequencePattern.SequencePatternExpr) {
      return all(parts(expression, SequencePattern.SequencePatternExpr.class), tests);
    }
    if (expression instanceof SequencePattern.AndPatternExpr) {
      return all(parts(expression, SequencePattern.AndPatternExpr.class), tests);
    }
    if (expression instanceof SequencePattern.OrPatternExpr) {
      List<Requirement> branches = new ArrayList<>();
      for (Object branch : parts(expression, SequencePattern.OrPatternExpr.class)) {
        Requirement required = of(branch, tests);
        if (!required.requiresSomething()) {
          return NOTHING;
        }
        branches.add(required);
      }
      return branches.isEmpty() ? NOTHING : new AnyOf(List.copyOf(branches));
    }
    if (expression instanceof SequencePattern.GroupPatternExpr) {
      return of(
          CoreNlpInternals.read(
              expression, SequencePattern.GroupPatternExpr.class, "pattern", WHAT),
          tests);
    }
    if (expression instanceof SequencePattern.ValuePatternExpr) {
      return of(
          CoreNlpInternals.read(expression, SequencePattern.ValuePatternExpr.class, "expr", WHAT),
          tests);
    }
    if (expression instanceof SequencePattern.RepeatPatternExpr) {
      int least =
          CoreNlpInternals.<Integer>read(
              expression, SequencePattern.RepeatPatternExpr.class, "minMatch", WHAT);
      return least >= 1
          ? of(
              CoreNlpInternals.read(
                  expression, SequencePattern.RepeatPatternExpr.class, "pattern", WHAT),
              tests)
          : NOTHING;
    }
    return NOTHING;
  }

  /**
   * Whether a token pattern only tests the token's annotations: CoreNLP's annotation tests ({@link
   * CoreMapNodePattern}), and all of, one of, or the negation of such tests.
   */
  private static boolean isPlain(NodePattern<?> node) {
    if (node instanceof CoreMapNodePattern) {
      return true;
    }
    if (node instanceof NodePattern.NegateNodePattern<?>) {
      return isPlain(CoreNlpInternals.read(node, NodePattern.NegateNodePattern.class, "p", WHAT));
    }
    Class<?> declaring =
        node instanceof NodePattern.ConjNodePattern<?>
            ? NodePattern.ConjNodePattern.class
            : node instanceof NodePattern.DisjNodePattern<?>
                ? NodePattern.DisjNodePattern.class
                : null;
    if (declaring == null) {
      return false;
    }
    List<NodePattern<?>> parts = CoreNlpInternals.read(node, declaring, "nodePatterns", WHAT);
    return parts.stream().allMatch(SutimeTriggers::isPlain);
  }

  private static List<?> parts(Object expression, Class<?> declaring) {
    return CoreNlpInternals.read(expression, declaring, "patterns", WHAT);
  }

  private static Requirement all(List<?> parts, KeptNodeMatches.Tests tests) {
    List<Requirement> required = new ArrayList<>();
    for (Object part : parts) {
      Requirement one = of(part, tests);
      if (one instanceof All all) {
        required.addAll(all.parts());
      } else if (one.requiresSomething()) {
        required.add(one);
      }
    }
    if (required.isEmpty()) {
      return NOTHING;
    }
    return required.size() == 1 ? required.get(0) : new All(List.copyOf(required));
  }

  /** A rule's extraction step, run only when its tokens meet the rule's requirement. */
  static final class Tested<O> implements SequenceMatchRules.ExtractRule<CoreMap, O> {
    @SuppressWarnings("rawtypes")
    private final Class field;

    private final Requirement requirement;
    private final SequenceMatchRules.ExtractRule<CoreMap, O> rule;

    @SuppressWarnings("rawtypes")
    Tested(Class field, Requirement requirement, SequenceMatchRules.ExtractRule<CoreMap, O> rule) {
      this.field = field;
      this.requirement = requirement;
      this.rule = rule;
    }

    @Override
    @SuppressWarnings("unchecked")
    public boolean extract(CoreMap in, List<O> out) {
      Object tokens = in.get(field);
      if (tokens instanceof List<?> list && !requirement.mayMatch((List<? extends CoreMap>) list)) {
        return false;
      }
      return rule.extract(in, out);
    }
  }

  /** A composite rule's extraction step, run only when the elements meet the rule's requirement. */
  static final class TestedSequence<O>
      implements SequenceMatchRules.ExtractRule<List<? extends CoreMap>, O> {
    private final Requirement requirement;
    private final SequenceMatchRules.ExtractRule<List<? extends CoreMap>, O> rule;

    TestedSequence(
        Requirement requirement, SequenceMatchRules.ExtractRule<List<? extends CoreMap>, O> rule) {
      this.requirement = requirement;
      this.rule = rule;
    }

    @Override
    public boolean extract(List<? extends CoreMap> elements, List<O> out) {
      if (elements != null && !requirement.mayMatch(elements)) {
        return false;
      }
      return rule.extract(elements, out);
    }
  }
}
