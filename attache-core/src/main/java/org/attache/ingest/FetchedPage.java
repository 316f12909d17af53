package org.attache.ingest;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fetched web page: where it ended up after redirects, the HTTP status, the declared content type
 * ({@code null} when the server sent none) and the body bytes.
 */
public record FetchedPage(URI finalUri, int status, String contentType, byte[] body) {

  private static final Pattern CHARSET =
      Pattern.compile("charset\\s*=\\s*[\"']?([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);

  public FetchedPage {
    Objects.requireNonNull(finalUri, "finalUri");
    Objects.requireNonNull(body, "body");
  }

  /** The charset parameter of the content type, or {@code null}. */
  public String charset() {
    return charsetOf(contentType);
  }

  /** The media type without parameters, lower case, or {@code ""} when unknown. */
  public String mediaType() {
    return mediaTypeOf(contentType);
  }

  static String charsetOf(String contentType) {
    if (contentType == null) {
      return null;
    }
    Matcher matcher = CHARSET.matcher(contentType);
    return matcher.find() ? matcher.group(1) : null;
  }

  static String mediaTypeOf(String contentType) {
    if (contentType == null) {
      return "";
    }
    int semicolon = contentType.indexOf(';');
    String base = semicolon >= 0 ? contentType.substring(0, semicolon) : contentType;
    return base.strip().toLowerCase(Locale.ROOT);
  }
}
