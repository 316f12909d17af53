package org.attache.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.attache.model.DecodedItem;
import org.attache.model.DocumentException;
import org.attache.model.ErrorCode;
import org.attache.model.MediaType;
import org.attache.model.Metadata;
import org.attache.model.Origin;
import org.attache.model.SourceItem;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
  private final TextDecoder decoder = new TextDecoder();

  private static SourceItem item(MediaType type, byte[] raw, String charset) {
    return new SourceItem(Origin.of("doc.txt"), Metadata.EMPTY, type, raw, null, charset);
  }

  private static SourceItem text(byte[] raw) {
    return item(MediaType.TEXT, raw, null);
  }

  @Test
  void usesTextTheInputCarried() throws DocumentException {
    SourceItem item =
        new SourceItem(
            Origin.of("a.jsonl"), Metadata.EMPTY, MediaType.TEXT, new byte[0], "\uFEFFHi", null);

    assertThat(decoder.decode(item).content()).isEqualTo("Hi");
  }

  @Test
  void decodesUtf8AndStripsByteOrderMarkAndNul() throws DocumentException {
    byte[] raw = "\uFEFFMinsk – Brest\0".getBytes(StandardCharsets.UTF_8);

    DecodedItem decoded = decoder.decode(text(raw));

    assertThat(decoded.content()).isEqualTo("Minsk – Brest");
    assertThat(decoded.warnings()).isEmpty();
  }

  @Test
  void decodesUtf16ByByteOrderMark() throws DocumentException {
    byte[] raw = "\uFEFFМінск".getBytes(StandardCharsets.UTF_16LE);

    assertThat(decoder.decode(text(raw)).content()).isEqualTo("Мінск");
  }

  @Test
  void usesDeclaredAndMetaCharsets() throws DocumentException {
    Charset cp1251 = Charset.forName("windows-1251");
    byte[] russian = "Минск".getBytes(cp1251);
    assertThat(decoder.decode(item(MediaType.TEXT, russian, "windows-1251")).content())
        .isEqualTo("Минск");

    byte[] page =
        "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\">"
            .getBytes(StandardCharsets.US_ASCII);
    byte[] html = new byte[page.length + russian.length];
    System.arraycopy(page, 0, html, 0, page.length);
    System.arraycopy(russian, 0, html, page.length, russian.length);
    assertThat(decoder.decode(item(MediaType.HTML, html, null)).content()).endsWith("Минск");
  }

  @Test
  void fallsBackToWindows1252WithWarning() throws DocumentException {
    byte[] raw = "Caf\u00e9 \u201cquoted\u201d".getBytes(Charset.forName("windows-1252"));

    DecodedItem decoded = decoder.decode(text(raw));

    assertThat(decoded.content()).isEqualTo("Café “quoted”");
    assertThat(decoded.warnings())
        .containsExactly("not valid UTF-8 at byte 3; decoded as windows-1252");
  }

  @Test
  void ignoresWrongOrUnknownDeclarationsWithWarning() throws DocumentException {
    byte[] latin1 = "Café".getBytes(StandardCharsets.ISO_8859_1);

    DecodedItem wrong = decoder.decode(item(MediaType.TEXT, latin1, "utf-8"));
    DecodedItem unknown =
        decoder.decode(
            item(MediaType.TEXT, "plain".getBytes(StandardCharsets.US_ASCII), "x-klingon"));

    assertThat(wrong.content()).isEqualTo("Café");
    assertThat(wrong.warnings()).hasSize(2);
    assertThat(unknown.content()).isEqualTo("plain");
    assertThat(unknown.warnings())
        .containsExactly("unknown charset \"x-klingon\" declared; ignored");
  }

  @Test
  void rejectsEmptyAndBinary() {
    assertThatThrownBy(() -> decoder.decode(text(new byte[0])))
        .isInstanceOfSatisfying(
            DocumentException.class, error -> assertThat(error.code()).isEqualTo(ErrorCode.EMPTY));
    assertThatThrownBy(() -> decoder.decode(text(" \n\t ".getBytes(StandardCharsets.US_ASCII))))
        .isInstanceOfSatisfying(
            DocumentException.class, error -> assertThat(error.code()).isEqualTo(ErrorCode.EMPTY));
    assertThatThrownBy(() -> decoder.decode(text(new byte[] {'P', 'K', 3, 4, 0, 0, 0, 0, 20, 0})))
        .isInstanceOfSatisfying(
            DocumentException.class, error -> assertThat(error.code()).isEqualTo(ErrorCode.BINARY))
        .hasMessageEndingWith(": doc.txt");
  }
}
