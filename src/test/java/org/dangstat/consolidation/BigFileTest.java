package org.dangstat.consolidation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dangstat.support.Township.id;
import static org.dangstat.support.Township.member;
import static org.dangstat.warehouse.jooq.Tables.FILE_ISSUE;
import static org.dangstat.warehouse.jooq.Tables.PERSON_SNAPSHOT;
import static org.dangstat.warehouse.jooq.Tables.SUBMISSION;
import static org.dangstat.warehouse.jooq.Tables.V_CURRENT_SUBMISSION;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.dangstat.support.Cli;
import org.dangstat.support.TestDatabase;
import org.dangstat.support.Township;
import org.dangstat.support.Warehouse;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file big enough to be read on one thread and sent on another ({@link CopyPipeline}) ends in
 * the warehouse as it would on one: every row, in order, the same checks, the same refusals.
 */
class BigFileTest {

  @TempDir Path tmp;
  String db;
  Path data;
  Township township;

  @BeforeEach
  void setUp() {
    db = TestDatabase.fresh();
    data = tmp.resolve("data");
    township = new Township(tmp.resolve("inbox")).orgUnits();
  }

  /** Members with distinct IDs until the file is over the pipeline's threshold. */
  private List<String> bigFile(String name) {
    List<String> rows = new ArrayList<>();
    long bytes = 0;
    for (int k = 0; bytes < CopyPipeline.MIN_BYTES + 100_000; k++) {
      String birth = LocalDate.of(1960, 1, 1).plusDays(k / 500).format(DateTimeFormatter.BASIC_ISO_DATE);
      String row = member(id(birth, k % 500), k == 40_000 ? name : "王一");
      rows.add(row);
      bytes += row.getBytes(java.nio.charset.StandardCharsets.UTF_8).length + 1;
    }
    return rows;
  }

  @Test
  void everyRowOfABigFileArrivesInItsOrder() throws Exception {
    List<String> rows = bigFile("李二");
    township.branchFile("TS-001_2026Q1.csv", rows);
    assertThat(Files.size(tmp.resolve("inbox/TS-001_2026Q1.csv"))).isGreaterThanOrEqualTo(CopyPipeline.MIN_BYTES);

    assertThat(Cli.consolidate(township.inbox(), db, data).exitCode()).isZero();

    try (var w = new Warehouse(db)) {
      var s = PERSON_SNAPSHOT;
      var r = w.dsl.select(DSL.count(), DSL.countDistinct(s.PERSON_KEY), DSL.min(s.ROW_NO), DSL.max(s.ROW_NO))
          .from(s).fetchOne();
      assertThat(r.value1()).isEqualTo(rows.size());
      assertThat(r.value2()).isEqualTo(rows.size());
      assertThat(r.value3()).isEqualTo(2);
      assertThat(r.value4()).isEqualTo(rows.size() + 1);
      assertThat(w.dsl.select(s.NAME).from(s).where(s.ROW_NO.eq(40_002)).fetchOne().value1()).isEqualTo("李二");
      assertThat(w.dsl.select(s.ID_MASKED).from(s).where(s.ROW_NO.eq(rows.size() + 1)).fetchOne().value1())
          .endsWith(rows.get(rows.size() - 1).substring(14, 18));
    }
  }

  @Test
  void theSameIdTwiceInABigFileRejectsIt() throws Exception {
    List<String> rows = bigFile("李二");
    rows.add(rows.get(3));
    township.branchFile("TS-001_2026Q1.csv", rows);

    Cli.consolidate(township.inbox(), db, data);

    try (var w = new Warehouse(db)) {
      var issue = w.dsl.selectFrom(FILE_ISSUE).where(FILE_ISSUE.CODE.eq("DUPLICATE_ID")).fetchOne();
      assertThat(issue.getRowNo()).isEqualTo(rows.size() + 1);
      assertThat(w.dsl.fetchCount(V_CURRENT_SUBMISSION)).isZero();
      assertThat(w.dsl.fetchCount(PERSON_SNAPSHOT)).isZero();
    }
  }

  @Test
  void aRowPostgresqlRefusesDeepInABigFileRejectsItAndTheOthersLoad() throws Exception {
    assertThat(Cli.consolidate(township.inbox(), db, data).exitCode()).isZero();
    try (var w = new Warehouse(db)) {
      w.dsl.execute("alter table warehouse.person_snapshot add constraint test_refuses check (name <> '拒收')");
    }
    township.branchFile("TS-001_2026Q1.csv", bigFile("拒收"));
    township.branchFile("TS-002_2026Q1.csv", List.of(member(id("19650404", 41), "赵四")));

    var result = Cli.consolidate(township.inbox(), db, data);

    assertThat(result.exitCode()).as(result.out()).isZero();
    try (var w = new Warehouse(db)) {
      var refused = w.dsl.selectFrom(SUBMISSION).where(SUBMISSION.BRANCH_CODE.eq("TS-001")).fetchOne();
      assertThat(refused.getStatus()).isEqualTo("rejected");
      assertThat(w.dsl.select(FILE_ISSUE.CODE).from(FILE_ISSUE).where(FILE_ISSUE.SUBMISSION_ID.eq(refused.getId()))
          .fetch(r -> r.value1())).containsExactly("DB_REFUSED_ROWS");
      assertThat(w.dsl.fetchCount(V_CURRENT_SUBMISSION)).isEqualTo(1);
      assertThat(w.dsl.fetchCount(PERSON_SNAPSHOT)).isEqualTo(1);
    }
  }
}
