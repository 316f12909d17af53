package org.attache.resolve;

/**
 * Which way an underspecified expression ("Tuesday", "in April", "Oct. 23") points from the
 * publication date. A report's status is firm evidence: what occurred lies behind, what is planned
 * ahead. A clause's tense only leans: "the dividend was declared payable Nov. 10" is past tense
 * about a day ahead, so a leaning direction lets a month or a day of a month lie up to {@value
 * #LEANING_SLACK_DAYS} days the other way, while a weekday still follows the lean.
 */
public enum Direction {
  BACKWARD,
  FORWARD,
  LEANING_BACKWARD,
  LEANING_FORWARD,
  NEAREST;

  /** How far a leaning direction lets a date lie on the other side of the anchor. */
  public static final int LEANING_SLACK_DAYS = 92;

  /** Whether this direction points back (firmly or leaning). */
  public boolean backward() {
    return this == BACKWARD || this == LEANING_BACKWARD;
  }

  /** Whether this direction points ahead (firmly or leaning). */
  public boolean forward() {
    return this == FORWARD || this == LEANING_FORWARD;
  }

  /** Days a date may lie on the other side of the anchor. */
  int slackDays() {
    return this == LEANING_BACKWARD || this == LEANING_FORWARD ? LEANING_SLACK_DAYS : 0;
  }
}
