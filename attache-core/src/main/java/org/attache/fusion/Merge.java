package org.attache.fusion;

import java.util.Objects;

/**
 * Why two mentions were fused: {@code mentionId} joined the event holding {@code intoMentionId}
 * because of {@code reason} (which tests passed, as "same-document; act 042~042; actors same; dates
 * overlap; place same"), with the pair's {@code score} (0 to 1, see {@link PairScore}).
 */
public record Merge(String mentionId, String intoMentionId, String reason, double score) {
  public Merge {
    Objects.requireNonNull(mentionId, "mentionId");
    Objects.requireNonNull(intoMentionId, "intoMentionId");
    if (mentionId.equals(intoMentionId)) {
      throw new IllegalArgumentException("a mention cannot merge into itself: id=" + mentionId);
    }
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("a merge needs a reason: mentionId=" + mentionId);
    }
    if (!(score >= 0 && score <= 1)) {
      throw new IllegalArgumentException(
          "score must be within [0, 1]: score=" + score + ", mentionId=" + mentionId);
    }
  }
}
