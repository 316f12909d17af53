package org.attache.cli;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * What commands need from the process around them, passed in so tests can run every command
 * in-process: whether output goes to a terminal, standard input, and Attaché's home folder (where
 * the launcher lives and the example corpus is).
 */
record CliContext(boolean terminal, Supplier<InputStream> stdin, Path home) {}
