package org.dangstat.warehouse;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
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
  /**
   * Past this many runs of consecutive ids, one range from the lowest to the highest id (and the
   * ids themselves, which PostgreSQL hashes when they are constants): each run is one scan of the
   * index, ~0.4 ms for two million rows.
   */
  static final int MAX_RUNS = 64;

  private final DataSource dataSource;

  SnapshotIndex(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /**
   * The rows of these submissions, as the BRIN index answers best: each run of consecutive ids a
   * {@code between} (one scan of the index), where {@code = any(array)} scanned the whole index once
   * for every id. A night's chunk of 50 files has consecutive ids, and so do their branches'
   * earlier snapshots when that quarter too came in one night (the inbox is read in branch order).
   */
  public static Condition rowsOf(Field<Long> submissionId, long... ids) {
    long[] sorted = Arrays.stream(ids).sorted().distinct().toArray();
    if (sorted.length == 0) {
      return DSL.falseCondition();
    }
    List<Condition> runs = new ArrayList<>();
    int start = 0;
    for (int i = 1; i <= sorted.length; i++) {
      if (i == sorted.length || sorted[i] != sorted[i - 1] + 1) {
        runs.add(i - 1 == start ? submissionId.eq(sorted[start]) : submissionId.between(sorted[start], sorted[i - 1]));
        start = i;
      }
    }
    if (runs.size() <= MAX_RUNS) {
      return DSL.or(runs);
    }
    Long[] all = Arrays.stream(sorted).boxed().toArray(Long[]::new);
    return submissionId.between(sorted[0], sorted[sorted.length - 1])
        .and(submissionId.eq(DSL.any(DSL.val(all, SQLDataType.BIGINT.array()))));
  }

  /**
   * The rows of submissions being loaded (copied in the caller's transaction): {@code = any} of their
   * ids. Their ids lie past the planner's statistics, where a {@code between} is estimated at one
   * row: joined with the pairs of the cross-check (period-checks.md §1), that was planned as a
   * nested loop which compared each of a chunk's 40,000 rows with each of its 50 pairs, 0.9 s a
   * chunk (docs/performance.md, ninth round). Each id is estimated from the column's number of
   * distinct values, about a file's rows; the index is scanned once for each (~0.3 ms).
   */
  public static Condition rowsBeingLoaded(Field<Long> submissionId, long... ids) {
    Long[] all = Arrays.stream(ids).sorted().distinct().boxed().toArray(Long[]::new);
    return all.length == 0 ? DSL.falseCondition() : submissionId.eq(DSL.any(DSL.val(all, SQLDataType.BIGINT.array())));
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
