package org.dangstat.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dangstat.support.Township.id;
import static org.dangstat.support.Township.member;
import static org.dangstat.warehouse.jooq.Tables.FILE_ISSUE;
import static org.dangstat.warehouse.jooq.Tables.SUBMISSION;

import java.nio.file.Path;
import java.util.List;
import org.dangstat.support.Cli;
import org.dangstat.support.TestDatabase;
import org.dangstat.support.Township;
import org.dangstat.support.Warehouse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * period-checks.md §1: a person missing from a branch's new snapshot has not vanished when another
 * branch of the tree lists them as 转入 in that period, also when that branch's file came in an
 * earlier run than the file being checked.
 */
class TransferInsideTheTreeTest {

  @TempDir Path tmp;

  static final String A1 = id("19700101", 11);
  static final String A2 = id("19800202", 22);
  static final String B1 = id("19650404", 41);

  String db;
  Path data;
  Township township;

  /** The first quarter, both branches, loaded. */
  @BeforeEach
  void firstQuarter() {
    db = TestDatabase.fresh();
    data = tmp.resolve("data");
    township = new Township(tmp.resolve("inbox")).orgUnits();
    township.branchFile("TS-001_2026Q1.csv", List.of(member(A1, "王一"), member(A2, "李二")));
    township.branchFile("TS-002_2026Q1.csv", List.of(member(B1, "赵四")));
    assertThat(Cli.consolidate(township.inbox(), db, data).exitCode()).isZero();
  }

  @Test
  void aPersonTransferredToABranchLoadedEarlierHasNotVanished() throws Exception {

    String transferredIn = member(A2, "李二");
    transferredIn = transferredIn.substring(0, transferredIn.length() - 4) + ",2026-05-01,,,"; // 转入日期
    township.branchFile("TS-002_2026Q2.csv", List.of(member(B1, "赵四"), transferredIn));
    assertThat(Cli.consolidate(township.inbox(), db, data).exitCode()).isZero();
    township.branchFile("TS-001_2026Q2.csv", List.of(member(A1, "王一"))); // no leaving record for 李二
    township.branchFile("TS-003_2026Q2.csv", List.of(member(id("19950505", 52), "周五")));
    assertThat(Cli.consolidate(township.inbox(), db, data).exitCode()).isZero();

    try (var w = new Warehouse(db)) {
      var q2 = w.dsl.selectFrom(SUBMISSION).where(SUBMISSION.FILE_NAME.eq("TS-001_2026Q2.csv")).fetchOne();
      assertThat(q2.getStatus()).isEqualTo("accepted");
      assertThat(w.dsl.select(FILE_ISSUE.CODE).from(FILE_ISSUE).where(FILE_ISSUE.SUBMISSION_ID.eq(q2.getId()))
          .fetch(FILE_ISSUE.CODE)).doesNotContain("PERSON_VANISHED");
    }
  }

  @Test
  void withoutTheTransferTheSamePersonHasVanished() throws Exception {

    township.branchFile("TS-002_2026Q2.csv", List.of(member(B1, "赵四")));
    assertThat(Cli.consolidate(township.inbox(), db, data).exitCode()).isZero();
    township.branchFile("TS-001_2026Q2.csv", List.of(member(A1, "王一")));
    assertThat(Cli.consolidate(township.inbox(), db, data).exitCode()).isZero();

    try (var w = new Warehouse(db)) {
      var q2 = w.dsl.selectFrom(SUBMISSION).where(SUBMISSION.FILE_NAME.eq("TS-001_2026Q2.csv")).fetchOne();
      assertThat(w.dsl.select(FILE_ISSUE.CODE).from(FILE_ISSUE).where(FILE_ISSUE.SUBMISSION_ID.eq(q2.getId()))
          .fetch(FILE_ISSUE.CODE)).contains("PERSON_VANISHED");
    }
  }
}
