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
    StringBuilder key = new StringBuilder();
    key.append(mention.documentId()).append('\u0000').append(mention.sentence());
    key.append('\u0000').append(mention.trigger().start());
    key.append('\u0000').append(mention.type().code());
    mention.actors().forEach(actor -> key.append("\u0000a").append(actor.actor().id()));
    mention.recipients().forEach(actor -> key.append("\u0000r").append(actor.actor().id()));
    return "mn-" + hash(key.toString());
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
