package org.dangstat.warehouse;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * A session-level PostgreSQL advisory lock held on a connection of its own for the whole run:
 * two runs against one warehouse (say, from two machines) cannot interleave. It dies with the
 * connection, so a killed run leaves nothing behind.
 */
public final class WarehouseLock implements AutoCloseable {

  private static final long KEY = 0x64616e6773746174L; // "dangstat"

  private final Connection connection;

  private WarehouseLock(Connection connection) {
    this.connection = connection;
  }

  /** The lock, or null when another run holds it. */
  public static WarehouseLock tryAcquire(DatabaseSettings db) throws SQLException {
    Properties props = new Properties();
    if (db.user() != null) {
      props.setProperty("user", db.user());
    }
    if (db.password() != null) {
      props.setProperty("password", db.password());
    }
    props.setProperty("ApplicationName", "dangstat-lock");
    Connection c = DriverManager.getConnection(db.url(), props);
    try (var st = c.prepareStatement("select pg_try_advisory_lock(?)")) {
      st.setLong(1, KEY);
      try (var rs = st.executeQuery()) {
        rs.next();
        if (rs.getBoolean(1)) {
          return new WarehouseLock(c);
        }
      }
    }
    c.close();
    return null;
  }

  /**
   * Unlocks before closing: closing alone leaves the release to the server process, which ends a
   * moment after the client has gone, and a command started right after this one (the demo's next
   * step, a script's next line) would then find the lock still held and stop with ALREADY_RUNNING.
   */
  @Override
  public void close() throws SQLException {
    try (var st = connection.prepareStatement("select pg_advisory_unlock(?)")) {
      st.setLong(1, KEY);
      st.execute();
    } finally {
      connection.close();
    }
  }
}
