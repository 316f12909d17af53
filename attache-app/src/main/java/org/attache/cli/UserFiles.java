package org.attache.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.attache.model.ErrorCode;

/** Checks of the user's own table files before they are read. */
final class UserFiles {
  private UserFiles() {}

  /** Fails with "KIND file not found: PATH" for the first file that is not a regular file. */
  static List<Path> requireExisting(List<Path> files, String kind) {
    for (Path file : files) {
      if (!Files.isRegularFile(file)) {
        throw new UserException(ErrorCode.NOT_FOUND, kind + " file not found: " + file);
      }
    }
    return files;
  }
}
