package org.dangstat.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dangstat.warehouse.jooq.Tables.PERSON_SNAPSHOT;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.dangstat.support.Cli;
import org.dangstat.support.TestDatabase;
import org.dangstat.support.Township;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The analysis reads a period's person rows through the BRIN index ({@link SnapshotsInEffect#rowsOf}),
 * beside the join that selects them: the condition must name exactly the rows of the snapshots in
 * effect, now or at a past moment, whatever else the warehouse holds (other quarters, a late file,
 * a resubmission).
 */
class PeriodRowsTest {

  @TempDir Path tmp;

  @Test
  void namesExactlyThePeriodsRowsNowAndAtAnEarlierMoment() throws Exception {
    String db = TestDatabase.fresh();
    night(db, "n1", List.of(file("TS-001_2026Q1.csv", 3, 1), file("TS-002_2026Q1.csv", 2, 10)));
    night(db, "n2", List.of(file("TS-001_2026Q2.csv", 4, 20), file("TS-002_2026Q2.csv", 5, 30),
        file("TS-003_2026Q1.csv", 6, 40))); // late: its id lies among the next quarter's
    Thread.sleep(20);
    OffsetDateTime beforeResubmission = OffsetDateTime.now();
    Thread.sleep(20);
    night(db, "n3", List.of(file("TS-001_2026Q1.csv", 7, 50))); // a corrected file: supersedes the first

    try (Connection c = DriverManager.getConnection(db)) {
      DSLContext dsl = DSL.using(c, SQLDialect.POSTGRES);
      assertThat(rowsNamed(dsl, SnapshotsInEffect.now(), "2026Q1")).isEqualTo(rowsJoined(dsl, SnapshotsInEffect.now(), "2026Q1"))
          .isEqualTo(7 + 2 + 6);
      assertThat(rowsNamed(dsl, SnapshotsInEffect.now(), "2026Q2")).isEqualTo(4 + 5);
      var then = SnapshotsInEffect.at(beforeResubmission);
      assertThat(rowsNamed(dsl, then, "2026Q1")).as("the first TS-001 file, not its correction")
          .isEqualTo(rowsJoined(dsl, then, "2026Q1")).isEqualTo(3 + 2 + 6);
      assertThat(rowsNamed(dsl, SnapshotsInEffect.now(), "2025Q4")).as("a period without snapshots").isZero();
    }
  }

  /** The rows the condition alone names. */
  private static int rowsNamed(DSLContext dsl, SnapshotsInEffect snapshots, String period) {
    return dsl.fetchCount(PERSON_SNAPSHOT, snapshots.rowsOf(dsl, PERSON_SNAPSHOT.SUBMISSION_ID, period));
  }

  /** The rows the join names, as every query of the analysis selects them. */
  private static int rowsJoined(DSLContext dsl, SnapshotsInEffect snapshots, String period) {
    return dsl.fetchCount(dsl.select(PERSON_SNAPSHOT.ROW_NO).from(snapshots.table)
        .join(PERSON_SNAPSHOT).on(PERSON_SNAPSHOT.SUBMISSION_ID.eq(snapshots.submissionId))
        .where(snapshots.period.eq(period)));
  }

  private record BranchFile(String name, List<String> rows) {}

  private static BranchFile file(String name, int people, int firstSequence) {
    List<String> rows = new ArrayList<>();
    for (int i = 0; i < people; i++) {
      rows.add(Township.member(Township.id("19700101", firstSequence + i), "王" + (firstSequence + i)));
    }
    return new BranchFile(name, rows);
  }

  private void night(String db, String name, List<BranchFile> files) {
    var township = new Township(tmp.resolve(name)).orgUnits();
    files.forEach(f -> township.branchFile(f.name(), f.rows()));
    var run = Cli.consolidate(township.inbox(), db, tmp.resolve("data"));
    assertThat(run.exitCode()).as(run.err()).isZero();
  }
}
