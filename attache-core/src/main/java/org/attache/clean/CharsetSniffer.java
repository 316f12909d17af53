package org.attache.clean;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a document's first bytes say about its encoding: a byte-order mark, an HTML {@code <meta>}
 * charset declaration, and whether the bytes are binary rather than text. Shared by the readers
 * (which reject binary files early) and {@link TextDecoder}. Stateless.
 */
public final class CharsetSniffer {
  /** How far into an HTML document a {@code <meta>} charset is looked for (as browsers do). */
  public static final int META_SCAN_BYTES = 2 * 1024;

  /** How much of a document is inspected to tell text from binary. */
  public static final int BINARY_SCAN_BYTES = 8 * 1024;

  private static final Pattern META_CHARSET =
      Pattern.compile(
          "<meta[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);

  private CharsetSniffer() {}

  /** The charset named by a UTF-8 or UTF-16 byte-order mark at the start of {@code bytes}. */
  public static Optional<Charset> byteOrderMark(byte[] bytes) {
    if (bytes.length >= 3
        && (bytes[0] & 0xff) == 0xef
        && (bytes[1] & 0xff) == 0xbb
        && (bytes[2] & 0xff) == 0xbf) {
      return Optional.of(StandardCharsets.UTF_8);
    }
    if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff) {
      return Optional.of(StandardCharsets.UTF_16BE);
    }
    if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe) {
      return Optional.of(StandardCharsets.UTF_16LE);
    }
    return Optional.empty();
  }

  /** The length of the byte-order mark at the start of {@code bytes}, 0 when there is none. */
  public static int byteOrderMarkLength(byte[] bytes) {
    return byteOrderMark(bytes).map(charset -> charset == StandardCharsets.UTF_8 ? 3 : 2).orElse(0);
  }

  /**
   * The charset name an HTML document declares in a {@code <meta charset>} or {@code <meta
   * http-equiv="Content-Type">} tag within its first {@value #META_SCAN_BYTES} bytes, as written.
   */
  public static Optional<String> htmlDeclaredCharset(byte[] bytes) {
    String head =
        new String(bytes, 0, Math.min(bytes.length, META_SCAN_BYTES), StandardCharsets.ISO_8859_1);
    Matcher matcher = META_CHARSET.matcher(head);
    return matcher.find()
        ? Optional.of(matcher.group(1).toLowerCase(Locale.ROOT))
        : Optional.empty();
  }

  /**
   * Why {@code bytes} look binary, such as {@code "12 NUL bytes in the first 8192 bytes"}, or empty
   * when they look like text. Bytes are binary when more than 1% of the first {@value
   * #BINARY_SCAN_BYTES} are NUL or more than 5% are control characters other than tab, line feed,
   * form feed, carriage return and escape. UTF-16 text has NUL bytes: check its byte-order mark
   * first.
   */
  public static Optional<String> binaryReason(byte[] bytes) {
    int length = Math.min(bytes.length, BINARY_SCAN_BYTES);
    int nul = 0;
    int control = 0;
    for (int index = 0; index < length; index++) {
      int value = bytes[index] & 0xff;
      if (value == 0) {
        nul++;
      } else if ((value < 0x20 && !isTextControl(value)) || value == 0x7f) {
        control++;
      }
    }
    if (nul > 0 && nul * 100L > length) {
      return Optional.of(nul + " NUL bytes in the first " + length + " bytes");
    }
    if ((nul + control) * 20L > length) {
      return Optional.of((nul + control) + " control bytes in the first " + length + " bytes");
    }
    return Optional.empty();
  }

  private static boolean isTextControl(int value) {
    return value == '\t'
        || value == '\n'
        || value == '\f'
        || value == '\r'
        || value == 0x1b
        || value == 0x0b;
  }
}
