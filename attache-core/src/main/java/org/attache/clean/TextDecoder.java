package org.attache.clean;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.attache.model.DecodedItem;
import org.attache.model.DocumentException;
import org.attache.model.ErrorCode;
import org.attache.model.MediaType;
import org.attache.model.SourceItem;

/**
 * Decodes an item's content in the order browsers use: text the input already carried as text; else
 * a byte-order mark; else the declared charset (the item's, then for HTML a {@code <meta>} in the
 * first 2 KiB) when it is known and fits the bytes; else strict UTF-8; else, for text that is not
 * valid UTF-8, windows-1252 with a warning naming the first bad byte. ISO-8859-1 and US-ASCII
 * declarations are read as windows-1252, as the WHATWG Encoding standard prescribes, since pages
 * labelled so routinely use its extra characters. Binary content fails with {@code BINARY}, empty
 * content with {@code EMPTY}. A leading byte-order mark and NUL characters are removed. Stateless
 * and thread-safe.
 */
public final class TextDecoder implements Decoder {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  @Override
  public DecodedItem decode(SourceItem item) throws DocumentException {
    if (item.text() != null) {
      return result(item, item.text(), List.of());
    }
    byte[] raw = item.raw();
    if (raw.length == 0) {
      throw new DocumentException(ErrorCode.EMPTY, "empty document: 0 bytes: " + item.origin());
    }
    List<String> warnings = new ArrayList<>();
    Optional<Charset> byteOrderMark = CharsetSniffer.byteOrderMark(raw);
    if (byteOrderMark.isPresent()) {
      int skip = CharsetSniffer.byteOrderMarkLength(raw);
      String text = decodeLeniently(raw, skip, byteOrderMark.get(), warnings);
      return result(item, text, warnings);
    }
    Charset declared = declaredCharset(item, warnings);
    if (declared == null || !declared.name().startsWith("UTF-16")) {
      Optional<String> binary = CharsetSniffer.binaryReason(raw);
      if (binary.isPresent()) {
        throw new DocumentException(
            ErrorCode.BINARY, "binary content: " + binary.get() + ": " + item.origin());
      }
    }
    if (declared != null) {
      String text = decodeStrictly(raw, declared);
      if (text != null) {
        return result(item, text, warnings);
      }
      warnings.add(
          "declared charset "
              + declared.name()
              + " does not fit the bytes at byte "
              + firstMalformed(raw, declared)
              + "; declaration ignored");
    }
    String utf8 = decodeStrictly(raw, StandardCharsets.UTF_8);
    if (utf8 != null) {
      return result(item, utf8, warnings);
    }
    warnings.add(
        "not valid UTF-8 at byte "
            + firstMalformed(raw, StandardCharsets.UTF_8)
            + "; decoded as windows-1252");
    return result(item, new String(raw, WINDOWS_1252), warnings);
  }

  private static DecodedItem result(SourceItem item, String text, List<String> warnings)
      throws DocumentException {
    String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
    content = content.indexOf('\0') >= 0 ? content.replace("\0", "") : content;
    if (content.isBlank()) {
      throw new DocumentException(
          ErrorCode.EMPTY,
          "empty document: only white space in " + item.raw().length + " bytes: " + item.origin());
    }
    return new DecodedItem(item, content, warnings);
  }

  /**
   * The item's declared charset, else an HTML meta declaration; {@code null} when none is usable.
   */
  private static Charset declaredCharset(SourceItem item, List<String> warnings) {
    String name = item.charset();
    if (name == null && item.type() == MediaType.HTML) {
      name = CharsetSniffer.htmlDeclaredCharset(item.raw()).orElse(null);
      if (name != null && name.toLowerCase(Locale.ROOT).startsWith("utf-16")) {
        // A meta tag can only be read because the page is not UTF-16: browsers use UTF-8 then.
        name = "utf-8";
      }
    }
    if (name == null) {
      return null;
    }
    try {
      Charset charset = Charset.forName(name.strip());
      return charset.equals(StandardCharsets.ISO_8859_1)
              || charset.equals(StandardCharsets.US_ASCII)
          ? WINDOWS_1252
          : charset;
    } catch (IllegalCharsetNameException | UnsupportedCharsetException unknown) {
      warnings.add("unknown charset \"" + name + "\" declared; ignored");
      return null;
    }
  }

  /** The text, or {@code null} when the bytes are not valid in {@code charset}. */
  private static String decodeStrictly(byte[] raw, Charset charset) {
    try {
      return decoder(charset, CodingErrorAction.REPORT).decode(ByteBuffer.wrap(raw)).toString();
    } catch (CharacterCodingException invalid) {
      return null;
    }
  }

  private static String decodeLeniently(
      byte[] raw, int skip, Charset charset, List<String> warnings) {
    String strict = decodeStrictly(java.util.Arrays.copyOfRange(raw, skip, raw.length), charset);
    if (strict != null) {
      return strict;
    }
    warnings.add("not valid " + charset.name() + " after its byte-order mark; bad bytes replaced");
    return new String(raw, skip, raw.length - skip, charset);
  }

  /** The offset of the first byte that is not valid in {@code charset}. */
  private static long firstMalformed(byte[] raw, Charset charset) {
    CharsetDecoder decoder = decoder(charset, CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(raw);
    CharBuffer out = CharBuffer.allocate(8192);
    while (true) {
      CoderResult result = decoder.decode(in, out, true);
      if (result.isError()) {
        return in.position();
      }
      if (result.isUnderflow()) {
        return raw.length;
      }
      out.clear();
    }
  }

  private static CharsetDecoder decoder(Charset charset, CodingErrorAction action) {
    return charset.newDecoder().onMalformedInput(action).onUnmappableCharacter(action);
  }
}
