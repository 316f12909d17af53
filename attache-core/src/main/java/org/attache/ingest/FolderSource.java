package org.attache.ingest;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.attache.model.ErrorCode;

/**
 * Reads every file in a folder tree, in sorted order of file names at each level so that runs are
 * repeatable. Each file is read by the format a {@code members} source recognises (normally the
 * {@link Sources} registry); a sub-folder holding a manifest is read as a manifest folder. Hidden
 * files and folders (names starting with {@code .}) are skipped, and symbolic links to folders are
 * not followed, so a link cycle cannot make a walk endless. A folder that cannot be listed is one
 * {@code UNREADABLE} rejection and the walk goes on.
 */
public final class FolderSource implements DocumentSource {
  private final DocumentSource members;

  public FolderSource(DocumentSource members) {
    this.members = members;
  }

  @Override
  public void read(Input input, ItemSink sink) {
    walk(input.path(), input.name(), sink);
  }

  private void walk(Path folder, String name, ItemSink sink) {
    List<Path> children = new ArrayList<>();
    try (DirectoryStream<Path> listing = Files.newDirectoryStream(folder)) {
      for (Path child : listing) {
        if (!child.getFileName().toString().startsWith(".")) {
          children.add(child);
        }
      }
    } catch (IOException error) {
      sink.reject(
          Rejections.of(
              Input.file(folder, name).origin(),
              null,
              ErrorCode.UNREADABLE,
              "cannot list folder: " + Rejections.describe(error)));
      return;
    }
    children.sort(Comparator.comparing(child -> child.getFileName().toString()));
    for (Path child : children) {
      String childName = ManifestFolderSource.child(name, child.getFileName().toString());
      if (Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) {
        if (ManifestFolderSource.isManifestFolder(child)) {
          members.read(Input.file(child, childName), sink);
        } else {
          walk(child, childName, sink);
        }
      } else if (!Files.isDirectory(child)) {
        members.read(Input.file(child, childName), sink);
      }
    }
  }
}
