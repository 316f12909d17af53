package org.attache.event;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;

/**
 * Stable identifiers: a mention's id derives from where it is (document, sentence, trigger) and
 * what it codes, so coding the same text again gives the same ids; an event's id derives from the
 * smallest id of its mentions, so it does not depend on the order mentions arrived in.
 */
public final class EventIds {
  private EventIds() {}

  /** {@code mn-} and 16 hex digits. */
  public static String mention(EventMention mention) {
    return "mn-"
        + hash(
            mention.documentId()
                + '\u0000'
                + mention.sentence()
                + '\u0000'
                + mention.trigger().start()
                + '\u0000'
                + mention.type().code());
  }

  /** {@code ev-} and 16 hex digits, from the smallest of the mention ids. */
  public static String event(Collection<String> mentionIds) {
    String first =
        mentionIds.stream()
            .min(String::compareTo)
            .orElseThrow(() -> new IllegalArgumentException("an event needs a mention"));
    return "ev-" + hash(first);
  }

  private static String hash(String text) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
