package org.attache.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.attache.model.ErrorCode;
import org.attache.model.Origin;

/**
 * Reads a folder described by a {@value #MANIFEST} file: each manifest line {@code {id, path, url,
 * source, published, title, language}} is one item whose content is the file at {@code path},
 * relative to the folder, HTML or text by its extension. The item's origin is the file (shown under
 * the folder's name) with record {@code "manifest line N"}.
 *
 * <p>A line that is not a JSON object or has no {@code path} is rejected as {@code
 * MALFORMED_MANIFEST}, a path that leaves the folder ({@code ../x}, an absolute path, a link out)
 * likewise, and a file that does not exist as {@code NOT_FOUND}; each at the manifest line, and
 * reading goes on with the next line.
 */
public final class ManifestFolderSource implements DocumentSource {
  /** The manifest's file name inside the folder. */
  public static final String MANIFEST = "manifest.jsonl";

  private final ReadOptions options;
  private final ObjectMapper mapper;

  public ManifestFolderSource(ReadOptions options) {
    this.options = options;
    this.mapper = JsonFields.mapper(options.maxDocumentBytes());
  }

  /** Whether {@code folder} is a manifest folder. */
  public static boolean isManifestFolder(Path folder) {
    return Files.isRegularFile(folder.resolve(MANIFEST));
  }

  @Override
  public void read(Input input, ItemSink sink) {
    Path folder = input.path();
    Origin manifestOrigin = Origin.of(child(input.name(), MANIFEST));
    LineReader lines = null;
    try (InputStream in = Files.newInputStream(folder.resolve(MANIFEST))) {
      lines = new LineReader(in, options.maxDocumentBytes());
      for (LineReader.Line line = lines.next(); line != null; line = lines.next()) {
        if (!WholeDocuments.isBlank(line.bytes()) || line.tooLarge()) {
          readLine(
              input, manifestOrigin.record("line " + line.number(), line.offset()), line, sink);
        }
      }
    } catch (IOException error) {
      Origin origin =
          lines == null
              ? manifestOrigin
              : manifestOrigin.record("line " + lines.pending().number(), lines.pending().offset());
      sink.reject(
          Rejections.of(
              origin,
              null,
              ErrorCode.UNREADABLE,
              "cannot read manifest, rest of it lost: " + Rejections.describe(error)));
    }
  }

  private void readLine(Input input, Origin origin, LineReader.Line line, ItemSink sink) {
    JsonNode object;
    try {
      object = line.tooLarge() ? null : JsonFields.parse(mapper, line.bytes());
    } catch (IOException notJson) {
      object = null; // reported just below, with the line
    }
    if (object == null || !object.isObject()) {
      sink.reject(
          Rejections.of(
              origin,
              line.bytes(),
              ErrorCode.MALFORMED_MANIFEST,
              "manifest line " + line.number() + " is not a JSON object"));
      return;
    }
    String name = JsonFields.text(object, "path");
    if (name == null) {
      sink.reject(
          Rejections.of(
              origin,
              line.bytes(),
              ErrorCode.MALFORMED_MANIFEST,
              "manifest line " + line.number() + " has no path"));
      return;
    }
    Path folder = input.path().toAbsolutePath().normalize();
    Path file;
    try {
      file = folder.resolve(name).normalize();
    } catch (InvalidPathException invalid) {
      file = null;
    }
    if (file == null || !file.startsWith(folder) || escapesByLink(folder, file)) {
      sink.reject(
          Rejections.of(
              origin,
              line.bytes(),
              ErrorCode.MALFORMED_MANIFEST,
              "manifest path outside the folder: " + Rejections.quote(name)));
      return;
    }
    if (!Files.isRegularFile(file)) {
      sink.reject(
          Rejections.of(
              origin,
              line.bytes(),
              ErrorCode.NOT_FOUND,
              "file named by the manifest not found: " + Rejections.quote(name)));
      return;
    }
    String display = child(input.name(), folder.relativize(file).toString().replace('\\', '/'));
    WholeDocuments.read(
        Input.file(file, display),
        new Origin(display, "manifest line " + line.number(), Origin.UNKNOWN_OFFSET),
        JsonFields.metadata(object),
        WholeDocuments.typeOf(file.getFileName().toString()),
        options,
        sink);
  }

  /** Whether a symbolic link inside the folder leads out of it. */
  private static boolean escapesByLink(Path folder, Path file) {
    try {
      return Files.exists(file) && !file.toRealPath().startsWith(folder.toRealPath());
    } catch (IOException unresolvable) {
      // A path that cannot be resolved is reported as not found by the caller.
      return false;
    }
  }

  static String child(String folderName, String childName) {
    return folderName.endsWith("/") ? folderName + childName : folderName + "/" + childName;
  }
}
