package org.attache.cli;

import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.attache.actor.Actor;
import org.attache.event.EventDate;
import org.attache.event.EventMention;
import org.attache.event.EventStatus;
import org.attache.event.Evidence;
import org.attache.event.TextSpan;
import org.attache.store.Database;
import org.attache.store.EventStore;

/**
 * A store of hand-built mentions for bulk tests and the export benchmark: {@code documents} ×
 * {@code perDocument} BLR → PAK consultations written through {@link EventStore}, one event each,
 * optionally copied {@code factor} times under new ids by SQL (far faster than the store's path,
 * and row for row the same shape).
 *
 * <pre>java -cp … org.attache.cli.BulkStore DB DOCUMENTS PER_DOCUMENT [FACTOR]</pre>
 */
public final class BulkStore {
  private static final String SENTENCE = "Belarus and Pakistan held talks in Minsk today.";

  private BulkStore() {}

  public static void main(String[] args) throws SQLException {
    if (args.length < 3 || args.length > 4) {
      System.err.println("usage: BulkStore DB DOCUMENTS PER_DOCUMENT [FACTOR]");
      System.exit(2);
    }
    Path db = Path.of(args[0]);
    build(db, Integer.parseInt(args[1]), Integer.parseInt(args[2]));
    multiply(db, args.length == 4 ? Integer.parseInt(args[3]) : 1);
  }

  static void build(Path db, int documents, int perDocument) throws SQLException {
    try (Database database = Database.open(db)) {
      EventStore store = new EventStore(database);
      for (int d = 0; d < documents; d++) {
        String document = String.format(Locale.ROOT, "bulk-%03d", d);
        List<Evidence> evidence = new ArrayList<>();
        for (int m = 0; m < perDocument; m++) {
          evidence.add(evidence(document, d, m));
        }
        database.connection().setAutoCommit(false);
        store.replace(document, evidence);
        database.connection().commit();
        database.connection().setAutoCommit(true);
      }
    }
  }

  /** Adds {@code factor - 1} copies of every event and mention under new ids. */
  static void multiply(Path db, int factor) throws SQLException {
    try (Database database = Database.open(db);
        Statement sql = database.connection().createStatement()) {
      for (int copy = 1; copy < factor; copy++) {
        String suffix = "'-" + copy + "'";
        sql.execute(
            "INSERT INTO events SELECT * REPLACE (id || "
                + suffix
                + " AS id) FROM events"
                + " WHERE id NOT LIKE '%-%-%'");
        sql.execute(
            "INSERT INTO event_mentions SELECT * REPLACE (id || "
                + suffix
                + " AS id,"
                + " event_id || "
                + suffix
                + " AS event_id) FROM event_mentions"
                + " WHERE id NOT LIKE '%-%-%'");
      }
    }
  }

  private static Evidence evidence(String document, int d, int m) {
    int at = m * 100;
    EventMention mention =
        new EventMention(
            document,
            m,
            1,
            new TextSpan(at + 21, at + 25),
            StoredEvents.type("040", "Consult", 1.0, 1, "CONSULT"),
            List.of(StoredEvents.actor(at, "Belarus", Actor.of("BLR", null, null, null))),
            List.of(StoredEvents.actor(at + 12, "Pakistan", Actor.of("PAK", null, null, null))),
            EventStatus.OCCURRED,
            StoredEvents.day(
                LocalDate.of(2023, 1, 1).plusDays(m % 365), EventDate.Basis.PUBLICATION, null),
            null,
            "test:verb",
            List.of());
    return new Evidence(mention, "outlet-" + d % 7, null, null, SENTENCE, at);
  }
}
