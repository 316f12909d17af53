package org.attache.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.attache.ingest.ManifestFolderSource;

/**
 * Expands the job's inputs into units in the order the command line reads them: each input in turn,
 * a folder's files sorted by name at each level, hidden names skipped, a folder holding a manifest
 * kept whole. Local paths keep the names the user gave, so documents get the ids the command line
 * gives them; other file systems are named by their full URI. A folder named {@code *.parquet} is a
 * Parquet dataset: only its Parquet files are read. A path that does not exist stays a unit, which
 * its task rejects as {@code NOT_FOUND}.
 */
final class InputUnits {
  private InputUnits() {}

  static List<InputUnit> expand(List<String> inputs, Configuration hadoop) {
    List<InputUnit> units = new ArrayList<>();
    for (String input : inputs) {
      org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(input);
      try {
        FileSystem files = path.getFileSystem(hadoop);
        if ("file".equals(files.getScheme())) {
          local(Path.of(input.startsWith("file:") ? path.toUri().getPath() : input), input, units);
        } else {
          remote(files, files.makeQualified(path), units);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot list input " + input + ": " + e.getMessage(), e);
      }
    }
    return units;
  }

  private static void local(Path path, String name, List<InputUnit> units) throws IOException {
    if (!Files.isDirectory(path) || ManifestFolderSource.isManifestFolder(path)) {
      InputUnit.Kind kind =
          InputUnit.isParquet(name) ? InputUnit.Kind.PARQUET : InputUnit.Kind.LOCAL;
      String where = kind == InputUnit.Kind.PARQUET ? path.toUri().toString() : name;
      units.add(new InputUnit(units.size(), name, where, kind));
      return;
    }
    List<Path> children;
    try (Stream<Path> listing = Files.list(path)) {
      children =
          listing
              .filter(child -> !child.getFileName().toString().startsWith("."))
              .sorted(Comparator.comparing(child -> child.getFileName().toString()))
              .toList();
    }
    boolean dataset = InputUnit.isParquet(name);
    for (Path child : children) {
      String childName = child(name, child.getFileName().toString());
      if (dataset && !InputUnit.isParquet(childName)) {
        continue; // a Parquet dataset's _SUCCESS and other markers are not articles
      }
      if (Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS) || !Files.isDirectory(child)) {
        local(child, childName, units);
      }
    }
  }

  private static void remote(
      FileSystem files, org.apache.hadoop.fs.Path path, List<InputUnit> units) throws IOException {
    if (!files.exists(path) || files.getFileStatus(path).isFile()) {
      String name = path.toString();
      InputUnit.Kind kind =
          InputUnit.isParquet(name) ? InputUnit.Kind.PARQUET : InputUnit.Kind.STREAM;
      units.add(new InputUnit(units.size(), name, name, kind));
      return;
    }
    FileStatus[] children = files.listStatus(path);
    Arrays.sort(children, Comparator.comparing(child -> child.getPath().getName()));
    for (FileStatus child : children) {
      String childName = child.getPath().getName();
      if (!childName.startsWith(".") && !childName.startsWith("_")) {
        remote(files, child.getPath(), units);
      }
    }
  }

  private static String child(String folderName, String childName) {
    return folderName.endsWith("/") ? folderName + childName : folderName + "/" + childName;
  }
}
