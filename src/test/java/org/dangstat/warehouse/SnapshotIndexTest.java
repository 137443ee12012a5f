package org.dangstat.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import org.dangstat.support.Cli;
import org.dangstat.support.TestDatabase;
import org.dangstat.support.Township;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/** The BRIN index of the snapshot rows is summarized up to the rows just loaded, and never makes a caller wait long. */
class SnapshotIndexTest {

  @TempDir Path tmp;

  @Test
  void summarizesTheRangesLoadedSinceAndThenHasNothingLeft() throws Exception {
    String db = loadedWarehouse();
    var index = new SnapshotIndex(new SimpleDriverDataSource(new org.postgresql.Driver(), db));

    assertThat(index.summarizeNewRanges()).as("the rows just loaded, in a range not yet summarized").isPositive();
    assertThat(index.summarizeNewRanges()).as("nothing new since").isZero();
  }

  @Test
  @Timeout(60) // without the lock timeout the call would wait for the holder: forever here
  void givesUpWhenTheIndexIsLockedRatherThanWaitingForIt() throws Exception {
    String db = loadedWarehouse();
    var index = new SnapshotIndex(new SimpleDriverDataSource(new org.postgresql.Driver(), db));
    try (Connection vacuumLike = DriverManager.getConnection(db)) {
      vacuumLike.setAutoCommit(false);
      vacuumLike.createStatement().execute("lock table warehouse.person_snapshot in share update exclusive mode");
      long started = System.nanoTime();

      int ranges = index.summarizeNewRanges();

      double seconds = (System.nanoTime() - started) / 1e9;
      assertThat(ranges).as("could not, said so").isEqualTo(-1);
      assertThat(seconds).as("waited for the lock timeout, not for the holder").isLessThan(10);
      vacuumLike.rollback();
    }
    assertThat(index.summarizeNewRanges()).as("once the lock is gone").isPositive();
  }

  @Test
  void readsRunsOfConsecutiveIdsAsRangesAndManyScatteredIdsAsOneSpan() {
    var id = org.jooq.impl.DSL.field(org.jooq.impl.DSL.name("ps", "submission_id"), Long.class);
    var dsl = org.jooq.impl.DSL.using(org.jooq.SQLDialect.POSTGRES);

    assertThat(dsl.renderInlined(SnapshotIndex.rowsOf(id, 12, 3, 4, 5, 9, 11, 4)))
        .isEqualTo("(\"ps\".\"submission_id\" between 3 and 5 or \"ps\".\"submission_id\" = 9 "
            + "or \"ps\".\"submission_id\" between 11 and 12)");
    long[] scattered = java.util.stream.LongStream.range(0, SnapshotIndex.MAX_RUNS + 1).map(i -> 10 + 3 * i).toArray();
    assertThat(dsl.renderInlined(SnapshotIndex.rowsOf(id, scattered)))
        .startsWith("(\"ps\".\"submission_id\" between 10 and " + (10 + 3 * SnapshotIndex.MAX_RUNS) + " and ")
        .contains("= any (cast('{10,13,16,");
    assertThat(dsl.renderInlined(SnapshotIndex.rowsOf(id))).isEqualTo("false");
  }

  @Test
  void theConditionReadsExactlyTheRowsOfTheSubmissionsNamedThroughAMultiMinmaxIndex() throws Exception {
    String db = loadedWarehouse();
    try (Connection c = DriverManager.getConnection(db)) {
      var dsl = org.jooq.impl.DSL.using(c, org.jooq.SQLDialect.POSTGRES);
      assertThat((String) dsl.fetchValue("select indexdef from pg_indexes where indexname = 'person_snapshot_by_submission'"))
          .contains("int8_minmax_multi_ops");
      assertThat((String) dsl.fetchValue("select indexdef from pg_indexes where indexname = 'person_snapshot_transferred_in'"))
          .as("the vanished people's transfers are looked up by person").contains("(person_key) WHERE (transferred_in_on IS NOT NULL)");
      var ps = org.dangstat.warehouse.jooq.Tables.PERSON_SNAPSHOT.as("ps");
      long[] ids = dsl.selectDistinct(ps.SUBMISSION_ID).from(ps).fetch(ps.SUBMISSION_ID).stream()
          .mapToLong(Long::longValue).toArray();
      long all = dsl.fetchCount(ps);
      long named = dsl.fetchCount(ps, SnapshotIndex.rowsOf(ps.SUBMISSION_ID, ids));
      long others = dsl.fetchCount(ps, SnapshotIndex.rowsOf(ps.SUBMISSION_ID, ids[0] + 1000, ids[0] + 1002));
      assertThat(named).isEqualTo(all).isPositive();
      assertThat(others).isZero();
    }
  }

  /**
   * A chunk's own rows, copied in its transaction, have ids past the planner's statistics: as ranges
   * they are estimated at a row or so (the cross-check then compared every row with every pair in a
   * nested loop), as {@code = any} of their ids at about what they are.
   */
  @Test
  void rowsBeingLoadedAreEstimatedAtAboutWhatTheyAreWhereRangesOfThemAreNot() throws Exception {
    String db = loadedWarehouse();
    try (Connection c = DriverManager.getConnection(db)) {
      var dsl = org.jooq.impl.DSL.using(c, org.jooq.SQLDialect.POSTGRES);
      var ps = org.dangstat.warehouse.jooq.Tables.PERSON_SNAPSHOT.as("ps");
      long first = dsl.fetchValue(dsl.select(org.jooq.impl.DSL.min(ps.SUBMISSION_ID)).from(ps));
      // 200 earlier snapshots of 45 rows, as the planner knows them
      dsl.update(ps).set(ps.SUBMISSION_ID, ps.SUBMISSION_ID.plus(ps.ROW_NO.mod(200))).execute();
      dsl.execute("analyze warehouse.person_snapshot");
      c.setAutoCommit(false);
      long[] loading = {first + 1000, first + 1001, first + 1002};
      for (long id : loading) { // three files of this chunk: 135 rows copied in, not committed
        var fields = java.util.Arrays.stream(ps.fields())
            .map(f -> f.equals(ps.SUBMISSION_ID) ? org.jooq.impl.DSL.inline(id).as(f.getName()) : f).toList();
        dsl.insertInto(ps).select(dsl.select(fields).from(ps).where(ps.SUBMISSION_ID.eq(first + 7))).execute();
      }
      assertThat(dsl.fetchCount(ps, SnapshotIndex.rowsBeingLoaded(ps.SUBMISSION_ID, loading))).isEqualTo(135);
      assertThat(estimate(dsl, SnapshotIndex.rowsOf(ps.SUBMISSION_ID, loading))).isLessThan(10);
      assertThat(estimate(dsl, SnapshotIndex.rowsBeingLoaded(ps.SUBMISSION_ID, loading))).isBetween(45L, 400L);
      c.rollback();
    }
  }

  private static long estimate(org.jooq.DSLContext dsl, org.jooq.Condition rows) {
    String plan = dsl.fetchValue("explain (format json) select * from warehouse.person_snapshot ps where {0}", rows)
        .toString();
    var m = java.util.regex.Pattern.compile("\"Plan Rows\": (\\d+)").matcher(plan);
    assertThat(m.find()).as(plan).isTrue();
    return Long.parseLong(m.group(1));
  }

  private String loadedWarehouse() {
    String db = TestDatabase.fresh();
    // past the first range of 128 pages: the index is built with that one summarized (empty), and
    // inserts keep a summarized range up to date; the ranges after it start without a summary
    List<String> rows = new ArrayList<>();
    java.time.LocalDate birth = java.time.LocalDate.of(1960, 1, 1);
    for (int i = 0; i < 9_000; i++) {
      String day = birth.plusDays(i / 900).format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
      rows.add(Township.member(Township.id(day, 1 + i % 900), "王" + i));
    }
    var township = new Township(tmp.resolve("inbox")).orgUnits().branchFile("TS-001_2026Q3.csv", rows);
    var run = Cli.consolidate(township.inbox(), db, tmp.resolve("data"));
    assertThat(run.exitCode()).as(run.err()).isZero();
    return db;
  }
}
