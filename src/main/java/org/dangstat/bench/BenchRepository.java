package org.dangstat.bench;

import static org.dangstat.warehouse.jooq.Tables.CODE_LABEL;
import static org.dangstat.warehouse.jooq.Tables.FILE_ISSUE;
import static org.dangstat.warehouse.jooq.Tables.ID_KEY;
import static org.dangstat.warehouse.jooq.Tables.INBOX_STAMP;
import static org.dangstat.warehouse.jooq.Tables.ORG_UNIT;
import static org.dangstat.warehouse.jooq.Tables.ORG_UNIT_VERSION;
import static org.dangstat.warehouse.jooq.Tables.PERSON_SNAPSHOT;
import static org.dangstat.warehouse.jooq.Tables.SUBMISSION;
import static org.dangstat.warehouse.jooq.Tables.V_CURRENT_SUBMISSION;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.dangstat.core.Period;
import org.dangstat.warehouse.SnapshotsInEffect;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.postgresql.PGConnection;
import org.springframework.stereotype.Repository;

/**
 * What the benchmark needs of the database: an empty warehouse before each measured run (only
 * ever one it generated itself), and
 * PostgreSQL's own limit on this machine — the same rows COPYed untransformed into a plain table.
 */
@Repository
public class BenchRepository {

  private static final String BASELINE = "bench_copy_baseline";
  static final String MARK = "dangstat bench: generated data, emptied before every measured run";

  private final DSLContext dsl;
  private final DataSource dataSource;

  BenchRepository(DSLContext dsl, DataSource dataSource) {
    this.dsl = dsl;
    this.dataSource = dataSource;
  }

  /**
   * Whether the benchmark may empty this warehouse: it holds no submission, org unit or person, or
   * only what a benchmark loaded (the mark {@link #claim} left on it). Anything else is someone's
   * data, and {@code bench --db URL} pointed at the wrong server must not wipe it.
   */
  public boolean mayEmpty() {
    boolean empty = !dsl.fetchExists(SUBMISSION) && !dsl.fetchExists(ORG_UNIT) && !dsl.fetchExists(PERSON_SNAPSHOT);
    return empty || MARK.equals(mark());
  }

  /** Marks the warehouse as the benchmark's own (a comment on its submission table). */
  public void claim() {
    dsl.commentOnTable(SUBMISSION).is(MARK).execute();
  }

  /** Empties the warehouse, its person-hash key fingerprint too; refuses one the benchmark has not claimed. */
  public void emptyWarehouse() {
    if (!mayEmpty() || !MARK.equals(mark())) {
      throw new IllegalStateException("the warehouse holds data the benchmark did not generate");
    }
    dsl.truncate(FILE_ISSUE, PERSON_SNAPSHOT, ORG_UNIT_VERSION, ORG_UNIT, SUBMISSION, CODE_LABEL, ID_KEY, INBOX_STAMP)
        .restartIdentity().cascade().execute();
  }

  /** A plain table (text columns, no keys, no indexes) for the baseline, emptied. */
  public void prepareBaseline(int columns) {
    dsl.dropTableIfExists(DSL.table(DSL.name("warehouse", BASELINE))).execute();
    List<Field<?>> fields = new ArrayList<>();
    for (int i = 1; i <= columns; i++) {
      fields.add(DSL.field(DSL.name("c" + i), SQLDataType.CLOB));
    }
    dsl.createTable(DSL.table(DSL.name("warehouse", BASELINE))).columns(fields).execute();
  }

  /** COPYs CSV rows (no header) in the given PostgreSQL client encoding; returns the rows copied. */
  public long copyBaseline(InputStream csvRows, String encoding) throws SQLException, IOException {
    try (var connection = dataSource.getConnection()) {
      var copy = connection.unwrap(PGConnection.class).getCopyAPI();
      return copy.copyIn("copy " + dsl.render(DSL.table(DSL.name("warehouse", BASELINE)))
          + " from stdin with (format csv, encoding '" + encoding + "')", csvRows, 1 << 16);
    }
  }

  /**
   * The baseline: one {@code COPY … FROM STDIN (FORMAT csv)} of one UTF-8 stream in one
   * transaction, as {@code psql \copy} sends a file; returns the rows copied.
   */
  public long copyBaselineStream(Path utf8Csv) throws SQLException, IOException {
    try (InputStream in = Files.newInputStream(utf8Csv)) {
      return copyBaseline(in, "UTF8");
    }
  }

  /** The baseline table's text, row by row in load order (for the test that keeps it honest). */
  List<List<String>> baselineRows() {
    return dsl.selectFrom(DSL.table(DSL.name("warehouse", BASELINE))).fetch()
        .map(r -> {
          List<String> cells = new ArrayList<>();
          for (int i = 0; i < r.size(); i++) {
            cells.add(r.get(i, String.class));
          }
          return cells;
        });
  }

  /**
   * The analysis's own limit: one scan of the period's snapshot rows in effect, grouped by branch,
   * with the cube's join and filter and one count per branch; returns the rows scanned.
   */
  /** The server's own words for what it is ({@code version()}), for the benchmark's header. */
  public String serverVersion() {
    return dsl.select(DSL.function("version", String.class)).fetchOne().value1();
  }

  public long scanPeriod(Period period) {
    var branch = V_CURRENT_SUBMISSION.BRANCH_CODE;
    return dsl.select(branch, DSL.count())
        .from(V_CURRENT_SUBMISSION)
        .join(PERSON_SNAPSHOT).on(PERSON_SNAPSHOT.SUBMISSION_ID.eq(V_CURRENT_SUBMISSION.SUBMISSION_ID))
        .where(V_CURRENT_SUBMISSION.PERIOD.eq(period.toString()))
        // read as the analysis reads them: the period's rows through the BRIN index, not every quarter's
        .and(SnapshotsInEffect.now().rowsOf(dsl, PERSON_SNAPSHOT.SUBMISSION_ID, period.toString()))
        .groupBy(branch)
        .fetch(r -> r.value2().longValue())
        .stream().mapToLong(Long::longValue).sum();
  }

  private String mark() {
    return dsl.select(DSL.field("obj_description({0}::regclass, 'pg_class')", String.class,
        DSL.inline(dsl.render(SUBMISSION)))).fetchOne(0, String.class);
  }

  public void dropBaseline() {
    dsl.dropTableIfExists(DSL.table(DSL.name("warehouse", BASELINE))).execute();
  }
}
