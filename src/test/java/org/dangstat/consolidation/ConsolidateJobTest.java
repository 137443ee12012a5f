package org.dangstat.consolidation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dangstat.support.Township.id;
import static org.dangstat.support.Township.member;
import static org.dangstat.support.Township.newMember;
import static org.dangstat.warehouse.jooq.Tables.FILE_ISSUE;
import static org.dangstat.warehouse.jooq.Tables.PERSON;
import static org.dangstat.warehouse.jooq.Tables.PERSON_SNAPSHOT;
import static org.dangstat.warehouse.jooq.Tables.SUBMISSION;
import static org.dangstat.warehouse.jooq.Tables.V_CROSS_BRANCH_CONFLICT;
import static org.dangstat.warehouse.jooq.Tables.V_CURRENT_SUBMISSION;
import static org.dangstat.warehouse.jooq.Tables.V_ORG_UNIT;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.dangstat.intake.IdNumbers;
import org.dangstat.support.Cli;
import org.dangstat.support.TestDatabase;
import org.dangstat.support.Township;
import org.dangstat.support.Warehouse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The consolidate command end to end, on real PostgreSQL. */
class ConsolidateJobTest {

  @TempDir Path tmp;
  String db;
  Path data;
  Township township;

  static final String A1 = id("19700101", 11);
  static final String A2 = id("19800202", 22);
  static final String A3 = id("20000303", 31);
  static final String B1 = id("19650404", 41);
  static final String C1 = id("19950505", 52);

  @BeforeEach
  void setUp() {
    db = TestDatabase.fresh();
    data = tmp.resolve("data");
    township = new Township(tmp.resolve("inbox")).orgUnits();
  }

  void validQuarter() {
    township.branchFile("TS-001_2026Q1.csv", List.of(member(A1, "王一"), member(A2, "李二"), newMember(A3, "陈三")));
    township.branchFile("TS-002_2026Q1.csv", List.of(member(B1, "赵四")));
    township.branchFile("sub/TS-003_2026Q1.csv", List.of(newMember(C1, "周五")));
  }

  @Test
  void loadsTreeAndBranchFilesAndArchivesOriginalsPrivately() throws Exception {
    validQuarter();
    var result = Cli.consolidate(township.inbox(), db, data);

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).contains("接收 accepted").contains("用时 time");
    try (var w = new Warehouse(db)) {
      assertThat(w.dsl.fetchCount(V_ORG_UNIT)).isEqualTo(5);
      assertThat(w.dsl.fetchCount(V_CURRENT_SUBMISSION)).isEqualTo(3);
      assertThat(w.dsl.fetchCount(PERSON_SNAPSHOT)).isEqualTo(5);
      assertThat(w.dsl.fetchCount(PERSON)).isEqualTo(5);
      var stage = w.dsl.select(PERSON_SNAPSHOT.STAGE).from(PERSON_SNAPSHOT)
          .where(PERSON_SNAPSHOT.ID_MASKED.eq("330106********" + A3.substring(14))).fetchOne().value1();
      assertThat(stage).isEqualTo("probationary");
      for (var s : w.dsl.selectFrom(SUBMISSION).fetch()) {
        Path archived = Path.of(s.getArchivePath());
        assertThat(archived).exists();
        assertThat(Files.mismatch(archived, township.inbox().resolve(s.getInboxPath()))).isEqualTo(-1L);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(archived))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(archived.getParent())))
            .isEqualTo("rwx------");
      }
    }
  }

  @Test
  void neverStoresAFullIdNumber() throws Exception {
    validQuarter();
    Cli.consolidate(township.inbox(), db, data);
    try (var w = new Warehouse(db)) {
      String dump = w.dsl.fetch("select ps::text from warehouse.person_snapshot ps").formatCSV()
          + w.dsl.fetch("select p::text from warehouse.person p").formatCSV()
          + w.dsl.fetch("select i::text from warehouse.file_issue i").formatCSV();
      assertThat(dump).doesNotContain(A1).doesNotContain(A3).contains("330106********");
    }
  }

  @Test
  void rerunOnTheSameInboxChangesNothing() throws Exception {
    validQuarter();
    Cli.consolidate(township.inbox(), db, data);
    String before;
    try (var w = new Warehouse(db)) {
      before = w.dsl.fetch("select branch_code, period, status, content_hash, rows_loaded from warehouse.submission order by id")
          + "" + w.dsl.fetchCount(PERSON_SNAPSHOT) + w.dsl.fetchCount(FILE_ISSUE);
    }
    var again = Cli.consolidate(township.inbox(), db, data);

    assertThat(again.exitCode()).isZero();
    assertThat(again.out()).containsPattern("未变 unchanged\\s+4");
    try (var w = new Warehouse(db)) {
      String after = w.dsl.fetch("select branch_code, period, status, content_hash, rows_loaded from warehouse.submission order by id")
          + "" + w.dsl.fetchCount(PERSON_SNAPSHOT) + w.dsl.fetchCount(FILE_ISSUE);
      assertThat(after).isEqualTo(before);
    }
  }

  @Test
  void freshPlannerStatisticsOnlyWhenARunLoadedSomething() throws Exception {
    validQuarter();
    Cli.consolidate(township.inbox(), db, data);
    var analyzed = lastAnalyze();
    assertThat(analyzed).isNotNull();

    Cli.consolidate(township.inbox(), db, data);
    assertThat(lastAnalyze()).isEqualTo(analyzed);

    township.branchFile("TS-002_2026Q2.csv", List.of(member(B1, "赵四")));
    Cli.consolidate(township.inbox(), db, data);
    assertThat(lastAnalyze()).isAfter(analyzed);
  }

  private OffsetDateTime lastAnalyze() throws Exception {
    try (var w = new Warehouse(db)) {
      return w.dsl.fetchOne("select last_analyze from pg_stat_user_tables "
          + "where schemaname = 'warehouse' and relname = 'person_snapshot'").get(0, OffsetDateTime.class);
    }
  }

  @Test
  void rejectedFileLeavesThePreviousSnapshotInEffectAndReportsEveryError() throws Exception {
    validQuarter();
    Cli.consolidate(township.inbox(), db, data);
    String badCheckDigit = A1.substring(0, 17) + (A1.charAt(17) == '1' ? '2' : '1');
    township.branchFile("TS-001_2026Q1.csv", List.of(
        member(badCheckDigit, "王一"),
        member(A2, "李二").replace(",女,", ",男,"),
        member(A3, "=HYPERLINK(\"http://x\")")));

    var result = Cli.consolidate(township.inbox(), db, data);

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).containsPattern("退回 rejected\\s+1");
    try (var w = new Warehouse(db)) {
      var current = w.dsl.selectFrom(V_CURRENT_SUBMISSION).where(V_CURRENT_SUBMISSION.BRANCH_CODE.eq("TS-001")).fetchOne();
      assertThat(current.getRowsLoaded()).isEqualTo(3);
      var rejected = w.dsl.selectFrom(SUBMISSION).where(SUBMISSION.STATUS.eq("rejected")).fetchOne();
      assertThat(rejected.getErrors()).isGreaterThanOrEqualTo(2);
      assertThat(w.dsl.fetchCount(PERSON_SNAPSHOT, PERSON_SNAPSHOT.SUBMISSION_ID.eq(rejected.getId()))).isZero();
      List<String> codes = w.dsl.select(FILE_ISSUE.CODE).from(FILE_ISSUE)
          .where(FILE_ISSUE.SUBMISSION_ID.eq(rejected.getId()).and(FILE_ISSUE.SEVERITY.eq("error"))).fetch(r -> r.value1());
      assertThat(codes).contains("ID_CHECKSUM", "SEX_MISMATCH");

      Path report = Path.of(rejected.getErrorReportPath());
      assertThat(report.getFileName().toString()).isEqualTo("TS-001_2026Q1.csv.errors.csv");
      byte[] bytes = Files.readAllBytes(report);
      assertThat(bytes[0] & 0xff).isEqualTo(0xEF); // UTF-8 BOM for Excel
      String text = new String(bytes, StandardCharsets.UTF_8);
      assertThat(text).contains("ID_CHECKSUM").contains("SEX_MISMATCH").doesNotContain(badCheckDigit);
      assertThat(text).doesNotContain(",=HYPERLINK");
    }
  }

  @Test
  void newerFileForTheSameBranchAndPeriodSupersedesTheOlder() throws Exception {
    validQuarter();
    Cli.consolidate(township.inbox(), db, data);
    township.branchFile("TS-002_2026Q1.csv", List.of(member(B1, "赵四"), member(id("19710707", 71), "钱七")));

    Cli.consolidate(township.inbox(), db, data);

    try (var w = new Warehouse(db)) {
      var rows = w.dsl.selectFrom(SUBMISSION).where(SUBMISSION.BRANCH_CODE.eq("TS-002")).orderBy(SUBMISSION.ID).fetch();
      assertThat(rows).extracting(r -> r.getStatus()).containsExactly("superseded", "accepted");
      assertThat(rows.get(0).getSupersededBy()).isEqualTo(rows.get(1).getId());
      var current = w.dsl.selectFrom(V_CURRENT_SUBMISSION).where(V_CURRENT_SUBMISSION.BRANCH_CODE.eq("TS-002")).fetchOne();
      assertThat(current.getRowsLoaded()).isEqualTo(2);
    }
  }

  @Test
  void twoVersionsOfABranchInOneRunTheNewerWinsAndTheChainIsKept() throws Exception {
    validQuarter();
    Cli.consolidate(township.inbox(), db, data);
    township.branchFile("again/TS-002_2026Q1.csv", List.of(member(B1, "赵四"), member(A2, "李二")));
    township.branchFile("later/TS-002_2026Q1.csv",
        List.of(member(B1, "赵四"), member(id("19710707", 71), "钱七"), member(id("19720808", 81), "孙八")));
    Files.setLastModifiedTime(township.inbox().resolve("again/TS-002_2026Q1.csv"), FileTime.fromMillis(1_000_000));
    Files.setLastModifiedTime(township.inbox().resolve("later/TS-002_2026Q1.csv"), FileTime.fromMillis(2_000_000));

    assertThat(Cli.consolidate(township.inbox(), db, data).exitCode()).isZero();

    try (var w = new Warehouse(db)) {
      var rows = w.dsl.selectFrom(SUBMISSION).where(SUBMISSION.BRANCH_CODE.eq("TS-002")).orderBy(SUBMISSION.ID).fetch();
      assertThat(rows).extracting(r -> r.getInboxPath())
          .containsExactly("TS-002_2026Q1.csv", "again/TS-002_2026Q1.csv", "later/TS-002_2026Q1.csv");
      assertThat(rows).extracting(r -> r.getStatus()).containsExactly("superseded", "superseded", "accepted");
      assertThat(rows.get(0).getSupersededBy()).isEqualTo(rows.get(1).getId());
      assertThat(rows.get(1).getSupersededBy()).isEqualTo(rows.get(2).getId());
      assertThat(rows.get(2).getSupersededBy()).isNull();
      assertThat(rows).allSatisfy(r -> assertThat(r.getAcceptedAt()).isNotNull());
      var current = w.dsl.selectFrom(V_CURRENT_SUBMISSION).where(V_CURRENT_SUBMISSION.BRANCH_CODE.eq("TS-002")).fetchOne();
      assertThat(current.getRowsLoaded()).isEqualTo(3);
      assertThat(w.dsl.fetchCount(PERSON_SNAPSHOT)).isEqualTo(5 + 2 + 3);
    }
  }

  @Test
  void aFileWhoseRowsPostgresqlRefusesIsRejectedAndTheOthersOfItsTransactionLoad() throws Exception {
    // a rule the template does not have, only the database: the validator lets the row through
    assertThat(Cli.consolidate(township.inbox(), db, data).exitCode()).isZero();
    try (var w = new Warehouse(db)) {
      w.dsl.execute("alter table warehouse.person_snapshot add constraint test_refuses check (name <> '拒收')");
    }
    validQuarter();
    township.branchFile("TS-002_2026Q1.csv", List.of(member(B1, "拒收")));

    var result = Cli.consolidate(township.inbox(), db, data);

    assertThat(result.exitCode()).as(result.out()).isZero();
    assertThat(result.out()).contains("DB_REFUSED_ROWS");
    try (var w = new Warehouse(db)) {
      var refused = w.dsl.selectFrom(SUBMISSION).where(SUBMISSION.BRANCH_CODE.eq("TS-002")).fetchOne();
      assertThat(refused.getStatus()).isEqualTo("rejected");
      assertThat(refused.getArchivePath()).isNotNull();
      assertThat(w.dsl.select(FILE_ISSUE.CODE).from(FILE_ISSUE).where(FILE_ISSUE.SUBMISSION_ID.eq(refused.getId()))
          .fetch(r -> r.value1())).containsExactly("DB_REFUSED_ROWS");
      assertThat(w.dsl.select(FILE_ISSUE.MESSAGE).from(FILE_ISSUE).fetchOne().value1())
          .contains("校验规则").contains("23514").doesNotContain("ERROR:");
      assertThat(w.dsl.fetchCount(V_CURRENT_SUBMISSION)).isEqualTo(2);
      assertThat(w.dsl.fetchCount(PERSON_SNAPSHOT)).isEqualTo(4);
    }
  }

  @Test
  void nulByteInACellIsReportedWithRowAndColumnNotAsAPostgresqlError() throws Exception {
    validQuarter();
    township.branchFile("TS-002_2026Q1.csv", List.of(member(B1, "赵四") + "有\u0000字"));

    assertThat(Cli.consolidate(township.inbox(), db, data).exitCode()).isZero();

    try (var w = new Warehouse(db)) {
      var issue = w.dsl.selectFrom(FILE_ISSUE).fetchOne();
      assertThat(issue.getCode()).isEqualTo("CONTROL_CHARACTER");
      assertThat(issue.getRowNo()).isEqualTo(2);
      assertThat(issue.getColumnName()).isEqualTo("备注");
      assertThat(issue.getMessage()).doesNotContain("ERROR").doesNotContain("0x00");
      assertThat(w.dsl.fetchCount(V_CURRENT_SUBMISSION)).isEqualTo(2);
    }
  }

  @Test
  void rowsArriveAsWrittenWhateverTheCharactersAndDates() throws Exception {
    // binary COPY: UTF-8 of every plane, days before and after PostgreSQL's epoch (2000-01-01)
    township.branchFile("TS-001_2026Q1.csv", List.of(member(A1, "𠀋𡈽") + "备注😀ok", newMember(A3, "陈三")));
    assertThat(Cli.consolidate(township.inbox(), db, data).exitCode()).isZero();
    try (var w = new Warehouse(db)) {
      var rows = w.dsl.selectFrom(PERSON_SNAPSHOT).orderBy(PERSON_SNAPSHOT.ROW_NO).fetch();
      assertThat(rows).extracting(r -> r.getName()).containsExactly("𠀋𡈽", "陈三");
      assertThat(rows.get(0).getRemark()).isEqualTo("备注😀ok");
      assertThat(rows.get(0).getBirthDate()).isEqualTo(LocalDate.of(1970, 1, 1));
      assertThat(rows.get(0).getProbationOn()).isEqualTo(LocalDate.of(1998, 7, 1));
      assertThat(rows.get(0).getAppliedOn()).isNull();
      assertThat(rows.get(0).getFrontline()).isTrue();
      assertThat(rows.get(1).getBirthDate()).isEqualTo(LocalDate.of(2000, 3, 3));
      assertThat(rows.get(1).getProbationOn()).isEqualTo(LocalDate.of(2026, 2, 20));
      assertThat(rows.get(1).getYouthRecommended()).isTrue();
      assertThat(rows.get(1).getSponsors()).isEqualTo(2);
      assertThat(rows.get(1).getSponsorNames()).isEqualTo("张三、李四");
      assertThat(rows.get(1).getSex()).isEqualTo(IdNumbers.sex(A3) == 'M' ? "M" : "F");
    }
  }

  @Test
  void sameIdTwiceInAFileIsAnError() throws Exception {
    township.branchFile("TS-001_2026Q1.csv", List.of(member(A1, "王一"), member(A2, "李二"), member(A1, "王一")));
    Cli.consolidate(township.inbox(), db, data);
    try (var w = new Warehouse(db)) {
      var issue = w.dsl.selectFrom(FILE_ISSUE).where(FILE_ISSUE.CODE.eq("DUPLICATE_ID")).fetchOne();
      assertThat(issue.getRowNo()).isEqualTo(4);
      assertThat(issue.getMessage()).contains("2");
      assertThat(w.dsl.fetchCount(V_CURRENT_SUBMISSION)).isZero();
    }
  }

  @Test
  void badNamesUnknownBranchesAndOldWorkbooksAreRejectedAndOtherFilesIgnored() throws Exception {
    validQuarter();
    township.branchFile("TS-001-2026Q1.csv", List.of(member(A1, "王一")));
    township.branchFile("TS-999_2026Q1.csv", List.of(member(A1, "王一")));
    township.branchFile("TS-Z1_2026Q1.csv", List.of(member(A1, "王一")));
    township.write("TS-001_2026Q2.xls", StandardCharsets.UTF_8, List.of("old"));
    township.write("说明.txt", StandardCharsets.UTF_8, List.of("readme"));
    township.write("~$TS-001_2026Q1.xlsx", StandardCharsets.UTF_8, List.of("x"));

    var result = Cli.consolidate(township.inbox(), db, data);

    assertThat(result.out()).containsPattern("忽略 ignored\\s+2").containsPattern("退回 rejected\\s+4");
    try (var w = new Warehouse(db)) {
      assertThat(w.dsl.select(FILE_ISSUE.CODE).from(FILE_ISSUE).fetch(r -> r.value1()))
          .contains("BAD_FILE_NAME", "UNKNOWN_BRANCH", "NOT_A_BRANCH", "UNSUPPORTED_FORMAT");
    }
  }

  @Test
  void reportsAPersonActiveInTwoBranchesAtTheSamePeriodEnd() throws Exception {
    validQuarter();
    township.branchFile("TS-002_2026Q1.csv", List.of(member(B1, "赵四"), member(A2, "李二")));
    var result = Cli.consolidate(township.inbox(), db, data);
    assertThat(result.out()).contains("CROSS_BRANCH_CONFLICT").contains("李二");
    try (var w = new Warehouse(db)) {
      var c = w.dsl.selectFrom(V_CROSS_BRANCH_CONFLICT).fetchOne();
      assertThat(c.getBranchA()).isEqualTo("TS-001");
      assertThat(c.getBranchB()).isEqualTo("TS-002");
      assertThat(w.dsl.fetchCount(V_CURRENT_SUBMISSION)).isEqualTo(3);
    }
  }

  @Test
  void aPersonWhoLeftOneBranchForAnotherIsNoConflict() throws Exception {
    String left = member(A2, "李二");
    left = left.substring(0, left.length() - 4) + ",,2026-02-01,转出,"; // 离开日期, 离开原因
    township.branchFile("TS-001_2026Q1.csv", List.of(member(A1, "王一"), left));
    township.branchFile("TS-002_2026Q1.csv", List.of(member(A2, "李二")));

    var result = Cli.consolidate(township.inbox(), db, data);

    assertThat(result.out()).containsPattern("接收 accepted\\s+3").containsPattern("跨支部冲突 conflicts\\s+0");
    try (var w = new Warehouse(db)) {
      assertThat(w.dsl.fetchCount(V_CROSS_BRANCH_CONFLICT)).isZero();
      assertThat(w.dsl.fetchCount(PERSON_SNAPSHOT)).isEqualTo(3);
    }
  }

  @Test
  void aConflictWithAFileOfAnEarlierRunIsReportedAndOneBranchAloneHasNone() throws Exception {
    township.branchFile("TS-001_2026Q1.csv", List.of(member(A1, "王一"), member(A2, "李二")));
    assertThat(Cli.consolidate(township.inbox(), db, data).out()).containsPattern("跨支部冲突 conflicts\\s+0");

    township.branchFile("TS-002_2026Q1.csv", List.of(member(A2, "李二")));
    var second = Cli.consolidate(township.inbox(), db, data);
    assertThat(second.out()).containsPattern("跨支部冲突 conflicts\\s+1").contains("CROSS_BRANCH_CONFLICT").contains("李二");

    township.branchFile("TS-003_2026Q1.csv", List.of(member(C1, "周五")));
    var third = Cli.consolidate(township.inbox(), db, data); // still there: the nightly list is of the period
    assertThat(third.out()).containsPattern("跨支部冲突 conflicts\\s+1");
  }

  @Test
  void aSecondRunOnTheSameDataFolderExitsWithThree() throws Exception {
    validQuarter();
    try (var held = org.dangstat.warehouse.RunLock.tryAcquire(data.toAbsolutePath())) {
      assertThat(held).isNotNull();
      var result = Cli.consolidate(township.inbox(), db, data);
      assertThat(result.exitCode()).isEqualTo(3);
      assertThat(result.err()).contains("ALREADY_RUNNING");
    }
    assertThat(Cli.consolidate(township.inbox(), db, data).exitCode()).isZero();
  }

  @Test
  void aSecondRunOnTheSameWarehouseExitsWithThree() throws Exception {
    validQuarter();
    var settings = new org.dangstat.warehouse.DatabaseSettings(db, null, null);
    try (var held = org.dangstat.warehouse.WarehouseLock.tryAcquire(settings)) {
      assertThat(held).isNotNull();
      var result = Cli.consolidate(township.inbox(), db, tmp.resolve("other-data"));
      assertThat(result.exitCode()).isEqualTo(3);
    }
  }

  @Test
  void aMissingInboxIsABadUsage() {
    var result = Cli.consolidate(tmp.resolve("nope"), db, data);
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("INBOX_MISSING");
  }
}
