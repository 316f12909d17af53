package org.attache.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which tokens and sentences count as able to hold a time or number. */
class TimeNumberCuesTest {

  /** Tokens from "word/TAG" pairs; the lemma is the word. */
  private static List<CoreLabel> sentence(String tagged) {
    List<CoreLabel> tokens = new ArrayList<>();
    for (String pair : tagged.split(" ")) {
      int slash = pair.lastIndexOf('/');
      CoreLabel token = new CoreLabel();
      token.setWord(pair.substring(0, slash));
      token.setLemma(pair.substring(0, slash));
      token.setTag(pair.substring(slash + 1));
      tokens.add(token);
    }
    return tokens;
  }

  @Test
  void sentencesWithoutTimeOrNumberHaveNoCue() {
    assertThat(
            TimeNumberCues.anyCue(
                sentence("The/DT minister/NN met/VBD rebels/NNS in/IN Baku/NNP ./.")))
        .isFalse();
    assertThat(
            TimeNumberCues.anyCue(sentence("Officials/NNS said/VBD talks/NNS would/MD resume/VB")))
        .isFalse();
    assertThat(TimeNumberCues.anyCue(List.of())).isFalse();
  }

  @Test
  void digitsNumberWordsAndCardinalTagsAreCues() {
    assertThat(TimeNumberCues.anyCue(sentence("Troops/NNS killed/VBD 12/CD people/NNS"))).isTrue();
    assertThat(TimeNumberCues.isCue("dozens", "NNS")).isTrue();
    assertThat(TimeNumberCues.isCue("Hundreds", "NNS")).isTrue();
    assertThat(TimeNumberCues.isCue("twenty-first", "JJ")).isTrue();
    assertThat(TimeNumberCues.isCue("II", "CD")).isTrue();
    assertThat(TimeNumberCues.isCue("once", "RB")).isTrue();
    assertThat(TimeNumberCues.isCue("half", "NN")).isTrue();
    assertThat(TimeNumberCues.isCue("٣", "NN")).isTrue();
  }

  @Test
  void timeCuesAreTheCuesThatCanMakeATimeNotJustANumber() {
    for (String word :
        List.of(
            "1996",
            "1990s",
            "10:30",
            "5-year",
            "'98",
            "15th",
            "2023-03-15",
            "a.m.",
            "PM",
            "o'clock",
            "BC",
            "Wednesday",
            "May",
            "once",
            "nineteen",
            "thousand",
            "second",
            "daily",
            "years",
            "Q3",
            "one-dayer")) {
      assertThat(TimeNumberCues.isTimeCue(word)).as(word).isTrue();
    }
    for (String word :
        List.of("12", "1,500", "3.5", "250000", "three", "million", "dozens", "first", "%")) {
      assertThat(TimeNumberCues.isTimeCue(word)).as(word).isFalse();
      assertThat(TimeNumberCues.isCue(word, null)).as(word).isTrue();
    }
    assertThat(TimeNumberCues.isTimeCue("people")).isFalse();
    assertThat(TimeNumberCues.isTimeCue(null)).isFalse();
    assertThat(TimeNumberCues.isTimeCue("")).isFalse();
  }

  @Test
  void ambiguousMonthAndDayNamesAreCues() {
    assertThat(TimeNumberCues.isCue("May", "MD")).isTrue();
    assertThat(TimeNumberCues.isCue("march", "NN")).isTrue();
    assertThat(TimeNumberCues.isCue("Sept.", "NNP")).isTrue();
    assertThat(TimeNumberCues.isCue("Sun", "NNP")).isTrue();
    assertThat(TimeNumberCues.isCue("Fridays", "NNPS")).isTrue();
  }

  @Test
  void timeWordsHolidaysAndPeriodicWordsAreCues() {
    for (String word :
        List.of(
            "yesterday",
            "Tonight",
            "currently",
            "previously",
            "decades",
            "centuries",
            "weekend",
            "overnight",
            "Christmas",
            "Q3",
            "times",
            "autumn",
            "midnight")) {
      assertThat(TimeNumberCues.isCue(word, "NN")).as(word).isTrue();
    }
    assertThat(TimeNumberCues.isCue("bi-weekly", "JJ")).isTrue();
    assertThat(TimeNumberCues.isCue("semiannual", "JJ")).isTrue();
    assertThat(TimeNumberCues.isCue("five-year", "JJ")).isTrue();
    assertThat(TimeNumberCues.isCue("year-long", "JJ")).isTrue();
  }

  @Test
  void currencyAndPercentSignsAreCuesTheirWordsNeedANumber() {
    assertThat(TimeNumberCues.isCue("$", "$")).isTrue();
    assertThat(TimeNumberCues.isCue("%", "NN")).isTrue();
    assertThat(TimeNumberCues.isCue("€", "NN")).isTrue();
    assertThat(TimeNumberCues.anyCue(sentence("prices/NNS rose/VBD five/CD percent/NN"))).isTrue();
    assertThat(
            TimeNumberCues.anyCue(sentence("the/DT dollar/NN rose/VBD against/IN the/DT yuan/NN")))
        .isFalse();
  }

  @Test
  void modifiersThatNeedAnotherCueAreNotCues() {
    for (String word : List.of("last", "next", "later", "ago", "several", "former", "era")) {
      assertThat(TimeNumberCues.isCue(word, "JJ")).as(word).isFalse();
    }
    assertThat(TimeNumberCues.anyCue(sentence("last/JJ week/NN"))).isTrue();
  }

  @Test
  void ordinaryWordsAreNotCues() {
    for (String word : List.of("minister", "Moscow", "said", "someone", "attack", "the", "talks")) {
      assertThat(TimeNumberCues.isCue(word, "NN")).as(word).isFalse();
    }
    assertThat(TimeNumberCues.isCue(null, null)).isFalse();
  }
}
