package org.dangstat.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dangstat.support.Cli;
import org.dangstat.support.TestDatabase;
import org.dangstat.support.Township;
import org.dangstat.support.Warehouse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cross-period checks of period-checks.md §1 on real PostgreSQL: {@link TwoQuarters} plants
 * one of each finding in TS-001, each beside a near-miss that must not be flagged (an internal
 * transfer, a death, an admission, a new applicant, people who left earlier, a date filled in
 * that was blank), and a branch without an earlier file.
 */
class ConsistencyTest {

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

  @Test
  void flagsEachFindingOnceAndNoNearMiss() throws IOException {
    TwoQuarters.quarter1(township);
    assertThat(Cli.consolidate(township.inbox(), db, data).exitCode()).isZero();
    TwoQuarters.quarter2(township);
    assertThat(Cli.consolidate(township.inbox(), db, data).exitCode()).isZero();
    Path out = analyze("2026Q2");

    assertThat(lines(read(out.resolve("consistency.csv")))).containsExactly(
        "TS-001|李二|PERSON_VANISHED|2026Q1|2026Q1在册，2026Q2名册中没有，也没有离开记录",
        "TS-001|赵五|PERSON_APPEARED|2026Q1|2026Q1名册中没有，2026Q2作为正式党员在册，但入党日期、转入日期都不在2026Q1之后",
        "TS-001|周八|STAGE_REGRESSED|2026Q1|发展阶段 预备党员 → 发展对象，没有离开记录",
        "TS-001|周八|FACT_CHANGED|2026Q1|入党日期 2025-06-01 → 空",
        "TS-001|郑十|FACT_CHANGED|2026Q1|入党日期 2010-07-01 → 2009-07-01",
        "TS-001|陈一二|LEFT_REAPPEARED|2026Q1|2026Q1已离开（2026-02-10，转出），2026Q2又在册，没有此后的转入日期");
    var indicators = read(out.resolve("indicators.csv"));
    assertThat(value(indicators, "TS-001", "consistency_findings")).isEqualTo("6");
    assertThat(value(indicators, "TS-002", "consistency_findings")).isEqualTo("0");
    assertThat(value(indicators, "TS-003", "consistency_findings")).isEqualTo("0");
    assertThat(value(indicators, "TS", "consistency_findings")).isEqualTo("6");
    String report = Files.readString(out.resolve("report.html"));
    assertThat(report).contains("跨期核对")
        .contains("一村党支部：党员李二（" + masked(TwoQuarters.LI) + "）2026Q1在册，2026Q2名册中没有，也没有离开记录");
  }

  @Test
  void theBranchFilesOwnReportCarriesTheFindingsAsWarnings() throws Exception {
    TwoQuarters.quarter1(township);
    assertThat(Cli.consolidate(township.inbox(), db, data).exitCode()).isZero();
    TwoQuarters.quarter2(township);
    assertThat(Cli.consolidate(township.inbox(), db, data).exitCode()).isZero();
    try (var w = new Warehouse(db)) {
      var s = org.dangstat.warehouse.jooq.Tables.SUBMISSION;
      var q2 = w.dsl.selectFrom(s).where(s.FILE_NAME.eq("TS-001_2026Q2.csv")).fetchOne();
      assertThat(q2.getStatus()).isEqualTo("accepted"); // warnings, never errors
      var codes = lines(read(Path.of(q2.getErrorReportPath()))).stream().map(l -> l.split("\\|")[5]).toList();
      assertThat(codes).contains("PERSON_VANISHED", "PERSON_APPEARED", "STAGE_REGRESSED", "FACT_CHANGED",
          "LEFT_REAPPEARED");
      assertThat(lines(read(Path.of(q2.getErrorReportPath())))).anyMatch(l -> l.contains("|2026Q1在册") || l.contains("李二"));
      var first = w.dsl.selectFrom(s).where(s.FILE_NAME.eq("TS-001_2026Q1.csv")).fetchOne();
      assertThat(Files.readString(Path.of(first.getErrorReportPath()))) // nothing earlier to compare with
          .doesNotContain("PERSON_").doesNotContain("FACT_CHANGED");
    }
  }

  @Test
  void bothQuartersInOneRunAreComparedWithEachOther() throws IOException {
    TwoQuarters.quarter1(township);
    TwoQuarters.quarter2(township);
    assertThat(Cli.consolidate(township.inbox(), db, data).exitCode()).isZero();
    assertThat(lines(read(analyze("2026Q2").resolve("consistency.csv")))).hasSize(6);
  }

  @Test
  void theYearsBalanceIsExplainedByTheFindingsBehindIt() throws IOException {
    township.branchFile("TS-001_2025Q4.csv", List.of(
        TwoQuarters.member(TwoQuarters.WANG, "王一", "1998-07-01", "1999-07-01"),
        TwoQuarters.member(TwoQuarters.LI, "李二", "2001-07-01", "2002-07-01")));
    township.branchFile("TS-002_2025Q4.csv", List.of(
        TwoQuarters.member(TwoQuarters.JIANG, "蒋一五", "2001-07-01", "2002-07-01")));
    township.branchFile("TS-001_2026Q4.csv", List.of(
        TwoQuarters.member(TwoQuarters.WANG, "王一", "1998-07-01", "1999-07-01"))); // 李二 dropped, no leaving
    township.branchFile("TS-002_2026Q4.csv", List.of(
        TwoQuarters.member(TwoQuarters.JIANG, "蒋一五", "2001-07-01", "2002-07-01")));
    assertThat(Cli.consolidate(township.inbox(), db, data).exitCode()).isZero();
    Path out = analyze("2026");
    var indicators = read(out.resolve("indicators.csv"));
    assertThat(value(indicators, "TS-001", "balance_difference")).isEqualTo("-1");
    assertThat(value(indicators, "TS-002", "balance_difference")).isEqualTo("0");
    String report = Files.readString(out.resolve("report.html"));
    assertThat(report).contains("一村党支部（TS-001）：年底实有数 1 名，比应有数 2 名少 1 名")
        .contains("2026Q4：一村党支部：党员李二（" + masked(TwoQuarters.LI) + "）2025Q4在册，2026Q4名册中没有，也没有离开记录")
        .doesNotContain("二社区党支部（TS-002）：年底实有数");
  }

  private Path analyze(String period) throws IOException {
    Path plan = tmp.resolve("plan.yml");
    Files.writeString(plan, "year: 2026\norg: TS\nplanned_new: 1\nbranches:\n  TS-001: 1\n");
    var result = Cli.run("analyze", "--period", period, "--plan", plan.toString(), "--out", tmp.resolve("out").toString(),
        "--db", db, "--data", data.toString());
    assertThat(result.exitCode()).isZero();
    return tmp.resolve("out").resolve(period);
  }

  static String masked(String id) {
    return id.substring(0, 6) + "********" + id.substring(14);
  }

  static List<CSVRecord> read(Path csv) throws IOException {
    String text = Files.readString(csv, StandardCharsets.UTF_8);
    assertThat(text).startsWith("\uFEFF");
    return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(
        new java.io.StringReader(text.substring(1))).getRecords();
  }

  /** Each record as its values joined by |, the person's masked ID left out. */
  static List<String> lines(List<CSVRecord> records) {
    List<String> out = new ArrayList<>();
    for (CSVRecord r : records) {
      List<String> cells = new ArrayList<>();
      for (String v : r.values()) {
        cells.add(v.replaceAll(" 330106\\*+\\w+$", ""));
      }
      out.add(String.join("|", cells));
    }
    return out;
  }

  static String value(List<CSVRecord> indicators, String org, String key) {
    return indicators.stream().filter(r -> r.get("org_code").equals(org) && r.get("indicator").equals(key))
        .map(r -> r.get("value")).findFirst().orElse(null);
  }
}
