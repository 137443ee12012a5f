package org.dangstat.warehouse;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/**
 * Keeps the BRIN index on {@code person_snapshot.submission_id} summarized. BRIN answers "the rows
 * of these submissions" by page ranges, and a range filled since the last summary (which only
 * VACUUM or this call makes) matches every lookup: the cross-check of a later quarter, reading 50
 * files' rows by id, read every page loaded since, once for the files and once for their
 * branches' earlier snapshots (5,000 files a quarter: ~130 ms a chunk instead of ~11, and for a
 * province it would grow with every chunk of the night).
 */
@Component
public class SnapshotIndex {

  static final String INDEX = "warehouse.person_snapshot_by_submission";
  /** A summary waits at most this long for the index's lock (autovacuum, another worker's summary). */
  static final String LOCK_TIMEOUT = "1s";

  private final DataSource dataSource;

  SnapshotIndex(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /**
   * Summarizes the page ranges that have none, the last partial one included, and returns how
   * many; -1 when it could not (the lock was busy, a read-only server): the lookups are then only
   * slower, never wrong. On a connection of its own, committed at once: the index's lock (which a
   * loading worker's own transaction must not hold until its commit, or the other worker would
   * wait for it) is held for the call only. PostgreSQL summarizes the rows of transactions still
   * in progress too, so a worker's own uncommitted rows are covered.
   */
  public int summarizeNewRanges() {
    try (Connection connection = dataSource.getConnection()) {
      boolean autoCommit = connection.getAutoCommit();
      connection.setAutoCommit(false);
      try {
        var dsl = DSL.using(connection, SQLDialect.POSTGRES);
        dsl.execute("set local lock_timeout = '" + LOCK_TIMEOUT + "'");
        Integer ranges = dsl.fetchValue(DSL.field("brin_summarize_new_values({0}::regclass)", Integer.class,
            DSL.inline(INDEX)));
        connection.commit();
        return ranges;
      } catch (org.jooq.exception.DataAccessException | SQLException e) {
        connection.rollback();
        return -1;
      } finally {
        connection.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      return -1;
    }
  }
}
