package org.attache.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/** Test inputs written by the tests themselves, so each fixture says how it was made. */
final class Fixtures {
  private Fixtures() {}

  static Path write(Path folder, String name, String text) throws IOException {
    return write(folder, name, text.getBytes(StandardCharsets.UTF_8));
  }

  static Path write(Path folder, String name, byte[] bytes) throws IOException {
    Path file = folder.resolve(name);
    Files.createDirectories(file.getParent());
    return Files.write(file, bytes);
  }

  static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OutputStream gzip = new GZIPOutputStream(out)) {
      gzip.write(bytes);
    }
    return out.toByteArray();
  }

  static String article(int number) {
    return "<html><head><meta charset=\"utf-8\"><title>Story "
        + number
        + "</title></head><body><p>Minsk and Islamabad signed agreement "
        + number
        + ".</p></body></html>";
  }

  /**
   * A WARC with a warcinfo record, then for each of three pages a request and an HTTP 200 HTML
   * response, then a 404 response and an image response (both to be skipped).
   */
  static byte[] warc(WarcCompression compression) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (WarcWriter writer =
        new WarcWriter(java.nio.channels.Channels.newChannel(out), compression)) {
      writer.write(
          new Warcinfo.Builder().fields(Map.of("software", List.of("attache-test"))).build());
      for (int number = 1; number <= 3; number++) {
        URI uri = URI.create("https://news.example.org/story/" + number);
        writer.write(
            new WarcRequest.Builder(uri)
                .body(new HttpRequest.Builder("GET", "/story/" + number).build())
                .build());
        writer.write(response(uri, 200, "text/html; charset=UTF-8", article(number)));
      }
      writer.write(
          response(URI.create("https://news.example.org/gone"), 404, "text/html", "<p>gone</p>"));
      writer.write(
          response(URI.create("https://news.example.org/logo.png"), 200, "image/png", "PNG"));
    }
    return out.toByteArray();
  }

  private static WarcResponse response(URI uri, int status, String contentType, String body)
      throws IOException {
    HttpResponse http =
        new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found")
            .addHeader("Content-Type", contentType)
            .body(MediaType.parse(contentType), body.getBytes(StandardCharsets.UTF_8))
            .build();
    return new WarcResponse.Builder(uri).body(http).build();
  }
}
