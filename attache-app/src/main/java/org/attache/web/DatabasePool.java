package org.attache.web;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Function;
import org.attache.store.Database;

/**
 * Connections for the server's request threads: a DuckDB connection runs one statement at a time,
 * so each request borrows a connection of its own (duplicated from the opened database, sharing its
 * cache) and gives it back; requests beyond the pool's size wait. Closing the pool closes the
 * duplicates, not the database they came from.
 */
final class DatabasePool implements AutoCloseable {
  private final Database database;
  private final BlockingQueue<Database> idle;
  private final List<Database> all = new ArrayList<>();

  DatabasePool(Database database, int size) {
    if (size < 1) {
      throw new IllegalArgumentException("a pool needs a connection: size=" + size);
    }
    this.database = database;
    this.idle = new ArrayBlockingQueue<>(size);
    for (int i = 0; i < size; i++) {
      Database connection = database.duplicate();
      all.add(connection);
      idle.add(connection);
    }
  }

  /** The database the pool's connections belong to (the writer's connection). */
  Database database() {
    return database;
  }

  /** Runs {@code work} with a borrowed connection. */
  <T> T with(Function<Database, T> work) {
    Database connection;
    try {
      connection = idle.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for a database connection", e);
    }
    try {
      return work.apply(connection);
    } finally {
      idle.add(connection);
    }
  }

  @Override
  public void close() {
    all.forEach(Database::close);
  }
}
