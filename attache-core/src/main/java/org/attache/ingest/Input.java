package org.attache.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.attache.model.Origin;

/**
 * One input a user named: a file or folder, an http(s) URL, or standard input ({@code -}). The
 * display name is what every {@link Origin} and error message shows, so it is the path or URL as
 * the user gave it, not an absolute path.
 *
 * @param name the display name: a path as given, a URL, or {@code -}
 * @param path the file or folder on disk, or {@code null} for a URL or standard input
 * @param uri the URL the content came from, or {@code null}
 * @param charset the charset the transport declared (an HTTP {@code Content-Type}), or {@code null}
 * @param opener opens the content; for a file each call opens a new stream, standard input can be
 *     opened once
 */
public record Input(String name, Path path, URI uri, String charset, Opener opener) {

  /** Opens an input's content as a stream that the caller closes. */
  @FunctionalInterface
  public interface Opener {
    InputStream open() throws IOException;
  }

  /** The display name of standard input. */
  public static final String STANDARD_INPUT = "-";

  public Input {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(opener, "opener");
    if (name.isBlank()) {
      throw new IllegalArgumentException("input name must not be blank: path=" + path);
    }
  }

  /** A file or folder, shown by the path as given. */
  public static Input file(Path path) {
    return file(path, path.toString());
  }

  /** A file or folder with its own display name (a folder member shown relative to the folder). */
  public static Input file(Path path, String name) {
    return new Input(name, path, null, null, () -> Files.newInputStream(path));
  }

  /** Content that is not a file: standard input, a fetched URL, bytes in memory. */
  public static Input stream(String name, URI uri, String charset, Opener opener) {
    return new Input(name, null, uri, charset, opener);
  }

  /** Opens the content; the caller closes the stream. */
  public InputStream open() throws IOException {
    return opener.open();
  }

  /** The whole input as an origin, for items and rejections that concern all of it. */
  public Origin origin() {
    return Origin.of(name);
  }

  /** Whether this input is a file on disk, so its size is known before reading. */
  public boolean isFile() {
    return path != null && Files.isRegularFile(path);
  }
}
