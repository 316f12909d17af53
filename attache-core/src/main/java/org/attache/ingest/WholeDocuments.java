package org.attache.ingest;

import java.io.IOException;
import java.nio.charset.Charset;
import org.attache.clean.CharsetSniffer;
import org.attache.model.ErrorCode;
import org.attache.model.MediaType;
import org.attache.model.Metadata;
import org.attache.model.Origin;
import org.attache.model.SourceItem;

/**
 * Reads an input that is one whole document (a text or HTML file, a manifest member, a fetched
 * page): bounded by the size limit, and rejected as {@code EMPTY} or {@code BINARY} before it
 * reaches the decoder, so that pictures and archives named {@code .txt} are quarantined at once.
 */
final class WholeDocuments {
  private WholeDocuments() {}

  static void read(
      Input input,
      Origin origin,
      Metadata metadata,
      MediaType type,
      ReadOptions options,
      ItemSink sink) {
    BoundedContent content;
    try {
      content = BoundedContent.read(input, options.maxDocumentBytes());
    } catch (IOException error) {
      sink.reject(Rejections.unreadable(origin, error));
      return;
    }
    accept(content, origin, metadata, type, input.charset(), options, sink);
  }

  static void accept(
      BoundedContent content,
      Origin origin,
      Metadata metadata,
      MediaType type,
      String declaredCharset,
      ReadOptions options,
      ItemSink sink) {
    byte[] bytes = content.bytes();
    if (content.tooLarge()) {
      sink.reject(
          Rejections.of(
              origin,
              bytes,
              ErrorCode.TOO_LARGE,
              content.tooLargeReason(options.maxDocumentBytes())));
      return;
    }
    if (isBlank(bytes)) {
      sink.reject(
          Rejections.of(
              origin, bytes, ErrorCode.EMPTY, "empty document: " + bytes.length + " bytes"));
      return;
    }
    String charset = charset(bytes, type, declaredCharset);
    if (!isUtf16(charset)) {
      var binary = CharsetSniffer.binaryReason(bytes);
      if (binary.isPresent()) {
        sink.reject(
            Rejections.of(origin, bytes, ErrorCode.BINARY, "binary content: " + binary.get()));
        return;
      }
    }
    sink.accept(new SourceItem(origin, metadata, type, bytes, null, charset));
  }

  /** The charset a byte-order mark names, else the transport's, else an HTML meta declaration. */
  private static String charset(byte[] bytes, MediaType type, String declaredCharset) {
    var byteOrderMark = CharsetSniffer.byteOrderMark(bytes);
    if (byteOrderMark.isPresent()) {
      return byteOrderMark.get().name();
    }
    if (declaredCharset != null) {
      return declaredCharset;
    }
    return type == MediaType.HTML ? CharsetSniffer.htmlDeclaredCharset(bytes).orElse(null) : null;
  }

  private static boolean isUtf16(String charset) {
    if (charset == null) {
      return false;
    }
    try {
      return Charset.isSupported(charset) && Charset.forName(charset).name().startsWith("UTF-16");
    } catch (IllegalArgumentException unknownName) {
      // An illegal charset name declared by the input: not UTF-16; the decoder reports it.
      return false;
    }
  }

  /** Whether the bytes are nothing but ASCII whitespace and a byte-order mark. */
  static boolean isBlank(byte[] bytes) {
    for (int index = CharsetSniffer.byteOrderMarkLength(bytes); index < bytes.length; index++) {
      byte value = bytes[index];
      if (value != ' ' && value != '\t' && value != '\n' && value != '\r' && value != '\f') {
        return false;
      }
    }
    return true;
  }

  /** HTML by a file name's extension, otherwise text. */
  static MediaType typeOf(String fileName) {
    String lower = fileName.toLowerCase(java.util.Locale.ROOT);
    return lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml")
        ? MediaType.HTML
        : MediaType.TEXT;
  }
}
