package org.attache.app;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Locates ../shared (test data that lives beside the project, never inside it). Tests that need it
 * skip when it is absent; CI has it.
 */
public final class SharedData {
  private SharedData() {}

  public static Path path(String relative) {
    Path shared = Path.of(System.getProperty("attache.shared", "../../shared"));
    Path path = shared.resolve(relative);
    assumeTrue(Files.exists(path), "../shared is absent: " + path);
    return path;
  }
}
