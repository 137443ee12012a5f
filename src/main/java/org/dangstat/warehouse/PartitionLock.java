package org.dangstat.warehouse;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * The claim of a remote worker on one partition of a consolidation: a session-level PostgreSQL
 * advisory lock keyed by the partition's step execution, held on a connection of its own while the
 * worker runs it. It dies with the worker's connection, so a worker killed with kill -9 frees its
 * partition for another worker at once, while a live worker can never be joined by a second one
 * (a broker that redelivers a message whose consumer only seemed gone).
 */
public final class PartitionLock implements AutoCloseable {

  /** First half of the two-key advisory lock ("dp"), apart from {@link WarehouseLock}'s one key. */
  private static final int CLASS_ID = 0x6470;

  private final Connection connection;
  private final long stepExecutionId;

  private PartitionLock(Connection connection, long stepExecutionId) {
    this.connection = connection;
    this.stepExecutionId = stepExecutionId;
  }

  /**
   * The claim on the partition, or null while another holds it (a worker; or the manager, for the
   * moment it marks a dead worker's partition failed before it resends it).
   */
  public static PartitionLock tryClaim(DataSource dataSource, long stepExecutionId) throws SQLException {
    Connection c = dataSource.getConnection();
    try {
      if (Boolean.TRUE.equals(DSL.using(c, SQLDialect.POSTGRES)
          .fetchValue("select pg_try_advisory_lock(?, ?)", CLASS_ID, key(stepExecutionId)))) {
        return new PartitionLock(c, stepExecutionId);
      }
    } catch (RuntimeException e) {
      c.close();
      throw e;
    }
    c.close();
    return null;
  }

  private static int key(long stepExecutionId) {
    return (int) (stepExecutionId ^ (stepExecutionId >>> 32));
  }

  @Override
  public void close() throws SQLException {
    try {
      DSL.using(connection, SQLDialect.POSTGRES)
          .fetchValue("select pg_advisory_unlock(?, ?)", CLASS_ID, key(stepExecutionId));
    } catch (RuntimeException e) {
      connection.abort(Runnable::run); // the pool must not hand out a session that still holds it
      throw e;
    }
    connection.close();
  }
}
