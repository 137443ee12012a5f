package org.dangstat.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dangstat.support.Township.id;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dangstat.support.Cli;
import org.dangstat.support.HandCountedTownship;
import org.dangstat.support.TestDatabase;
import org.dangstat.support.Township;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * analyze end to end on real PostgreSQL, on a hand-made township whose every figure was counted by
 * hand (see the comments on each person): boundaries of ≤ 35 and ≤ 28, leavers, transfers,
 * month-only dates, the roll-up, each target kind, compliance and completeness.
 */
class AnalyzeJobTest {

  @TempDir Path tmp;
  String db;
  Path data;
  Township township;

  @BeforeEach
  void setUp() throws IOException {
    db = TestDatabase.fresh();
    data = tmp.resolve("data");
    township = new Township(tmp.resolve("inbox")).orgUnits();
    HandCountedTownship.write(township, tmp.resolve("plan.yml"));
  }

  @Test
  void computesEveryIndicatorAsCountedByHand() throws IOException {
    assertThat(Cli.consolidate(township.inbox(), db, data).exitCode()).isZero();
    var result = Cli.run("analyze", "--period", "2026", "--plan", tmp.resolve("plan.yml").toString(),
        "--out", tmp.resolve("out").toString(), "--db", db, "--data", data.toString());
    assertThat(result.exitCode()).isZero();
    Path dir = tmp.resolve("out/2026");
    var v = read(dir.resolve("indicators.csv"));

    assertThat(workbookValue(dir.resolve("indicators.xlsx"), "TS-001", "members_total")).isEqualTo(6.0);
    assertThat(workbookValue(dir.resolve("indicators.xlsx"), "TS-001", "female_share")).isEqualTo(0.5);

    // TS-001: members 1,2,3,4,5,7
    assertThat(v.get("TS-001|members_total")).isEqualTo("6");
    assertThat(v.get("TS-001|members_probationary")).isEqualTo("2");
    assertThat(v.get("TS-001|female_share")).isEqualTo("3/6/0.5000");
    assertThat(v.get("TS-001|under35_share")).isEqualTo("1/6/0.1667");
    assertThat(v.get("TS-001|college_plus_share")).isEqualTo("2/6/0.3333");
    assertThat(v.get("TS-001|highschool_plus_share")).isEqualTo("4/6/0.6667");
    assertThat(v.get("TS-001|frontline_share")).isEqualTo("3/6/0.5000");
    assertThat(v.get("TS-001|new_members")).isEqualTo("2");
    assertThat(v.get("TS-001|new_under35_share")).isEqualTo("1/2/0.5000");
    assertThat(v.get("TS-001|left_members")).isEqualTo("1");
    assertThat(v.get("TS-001|left_death")).isEqualTo("1");
    assertThat(v.get("TS-001|left_disqualified")).isEqualTo("0");
    assertThat(v.get("TS-001|transferred_in")).isEqualTo("1");
    assertThat(v.get("TS-001|members_start")).isEqualTo("4");
    assertThat(v.get("TS-001|net_growth")).isEqualTo("2");
    assertThat(v.get("TS-001|applicants")).isEqualTo("1");
    assertThat(v.get("TS-001|activists")).isEqualTo("2");
    assertThat(v.get("TS-001|candidates")).isEqualTo("1");
    assertThat(v.get("TS-001|youth_recommend_coverage")).isEqualTo("1/1/1.0000");
    assertThat(v.get("TS-001|minority_share")).isEqualTo("0/6/0.0000");
    assertThat(v.get("TS-001|two_new_share")).isEqualTo("0/6/0.0000");

    // TS-002 and TS-003
    assertThat(v.get("TS-002|minority_share")).isEqualTo("1/2/0.5000");
    assertThat(v.get("TS-002|new_student_share")).isEqualTo("1/1/1.0000");
    assertThat(v.get("TS-002|new_female_share")).isEqualTo("0/1/0.0000");
    assertThat(v.get("TS-002|youth_recommend_coverage")).isEqualTo("0/0/");
    assertThat(v.get("TS-003|two_new_share")).isEqualTo("2/2/1.0000");
    assertThat(v.get("TS-003|procedure_violations")).isEqualTo("1");

    // roll-up: TS-Z1 holds TS-002 only; the root adds all three
    assertThat(v.get("TS-Z1|members_total")).isEqualTo("2");
    assertThat(v.get("TS|members_total")).isEqualTo("10");
    assertThat(v.get("TS|new_members")).isEqualTo("4");
    assertThat(v.get("TS|two_new_share")).isEqualTo("2/10/0.2000");
    assertThat(v.get("TS|new_two_new_share")).isEqualTo("1/4/0.2500");
    assertThat(v.get("TS|members_start")).isEqualTo("6");
    assertThat(v.get("TS|net_growth_rate")).isEqualTo("4/6/0.6667");
    assertThat(v.get("TS|submissions_received")).isEqualTo("3");

    // targets of the plan, each kind
    assertThat(status(dir, "TS", "new_female_share")).isEqualTo("min 0.30|met");      // 0.50
    assertThat(status(dir, "TS", "new_under35_share")).isEqualTo("approx 0.50|missed"); // 0.75
    assertThat(status(dir, "TS", "activist_candidate_ratio")).isEqualTo("min 3.0|missed"); // 2.0
    assertThat(status(dir, "TS", "net_growth_rate")).isEqualTo("max 0.70|met");       // 0.667
    assertThat(status(dir, "TS-001", "new_members")).endsWith("|over");               // 2 > quota 1

    String compliance = Files.readString(dir.resolve("compliance.csv"), StandardCharsets.UTF_8);
    assertThat(compliance).contains("INTRODUCERS").contains("沈一六").contains("BRANCH_TOO_SMALL")
        .contains("OVER_QUOTA").doesNotContain(id("19951111", 22))
        .doesNotContain("YOUTH_RECOMMEND"); // 周八 (27) has 推优 是 and no 发展对象日期; 吴九 was 29
    assertThat(Files.readString(dir.resolve("completeness.csv"))).contains("TS-003,三科技公司党支部,accepted");
    String report = Files.readString(dir.resolve("report.html"));
    assertThat(report).contains("测试街道党工委").contains("data:image/png;base64,").contains("未达标");
    // targets as a committee writes them, not the plan's YAML
    assertThat(report).contains("不低于30%").doesNotContain("min 0.30");
    assertThat(Files.list(dir.resolve("charts")).filter(p -> p.toString().endsWith(".svg")).count()).isEqualTo(10);
  }

  @Test
  void aBranchWithoutAnAcceptedSnapshotIsReportedAndLeftOut() throws IOException {
    Files.delete(township.inbox().resolve("TS-002_2026Q4.csv"));
    township.branchFile("TS-003_2026Q4.csv", List.of(id("19751010", 21) + ",蒋一五,女,汉族,中专,工人,是,,,,,,,2001.07,2002.07,,,,"));
    Cli.consolidate(township.inbox(), db, data);
    var result = Cli.run("analyze", "--period", "2026Q4", "--plan", tmp.resolve("plan.yml").toString(),
        "--out", tmp.resolve("out").toString(), "--db", db, "--data", data.toString());
    assertThat(result.exitCode()).isZero();
    Path dir = tmp.resolve("out/2026Q4");
    String completeness = Files.readString(dir.resolve("completeness.csv"));
    assertThat(completeness).contains("TS-002,二社区党支部,missing").contains("TS-003,三科技公司党支部,rejected");
    var v = read(dir.resolve("indicators.csv"));
    assertThat(v.get("TS|members_total")).isEqualTo("6");
    assertThat(v.get("TS|submissions_expected")).isEqualTo("3");
    assertThat(v.get("TS|submissions_received")).isEqualTo("1");
    assertThat(v.get("TS-002|members_total")).isEqualTo("");
    assertThat(Files.readString(dir.resolve("report.html"))).contains("2 个党支部本期没有有效报送");
  }

  @Test
  void anInvalidPlanFailsBeforeAnyWorkNamingTheLine() throws IOException {
    Files.writeString(tmp.resolve("bad.yml"), "year: 2026\norg: TS\nplanned_new: 4\ntargets:\n  new_femal_share: {min: 0.3}\n");
    Cli.consolidate(township.inbox(), db, data);
    var result = Cli.run("analyze", "--period", "2026", "--plan", tmp.resolve("bad.yml").toString(),
        "--out", tmp.resolve("out").toString(), "--db", db, "--data", data.toString());
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("第5行");
    assertThat(tmp.resolve("out/2026")).doesNotExist();
  }

  /** org|key → "value" for counts, "numerator/denominator/value" for shares. */
  private static Map<String, String> read(Path csv) throws IOException {
    Map<String, String> out = new HashMap<>();
    String text = Files.readString(csv, StandardCharsets.UTF_8).substring(1);
    for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new java.io.StringReader(text))) {
      String key = r.get("org_code") + "|" + r.get("indicator");
      out.put(key, r.get("denominator").isEmpty() && !r.get("indicator").endsWith("_share")
          && !r.get("indicator").endsWith("_ratio") && !r.get("indicator").endsWith("_coverage")
          && !r.get("indicator").endsWith("_rate")
          ? r.get("value") : r.get("numerator") + "/" + r.get("denominator") + "/" + r.get("value"));
    }
    return out;
  }

  private static String status(Path dir, String org, String key) throws IOException {
    String text = Files.readString(dir.resolve("indicators.csv"), StandardCharsets.UTF_8).substring(1);
    for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new java.io.StringReader(text))) {
      if (r.get("org_code").equals(org) && r.get("indicator").equals(key)) {
        return r.get("target") + "|" + r.get("status");
      }
    }
    return null;
  }

  @Test
  void ageBandsOfTheStockChartsKeepTheBoundaryAgesInTheLowerBand() throws Exception {
    assertThat(Cli.consolidate(township.inbox(), db, data).exitCode()).isZero();
    var p = org.dangstat.warehouse.jooq.Tables.PERSON_SNAPSHOT;
    try (var w = new org.dangstat.support.Warehouse(db)) {
      // the stock charts' band of each person, as the load stored it for the pass at D = 2026-12-31
      var s = org.dangstat.warehouse.jooq.Tables.SUBMISSION;
      var bands = w.dsl.select(p.NAME, p.AGE_BAND_AT_D).from(p).join(s).on(s.ID.eq(p.SUBMISSION_ID))
          .where(s.PERIOD.eq("2026Q4"))
          .fetchMap(r -> r.value1(), r -> PeriodCells.stockBand(r.value2()));
      assertThat(bands.get("李二")).isEqualTo("31-35岁"); // born 1991-12-31: 35 on D
      assertThat(bands.get("张三")).isEqualTo("36-40岁"); // born 1990-12-31: 36 on D
      assertThat(bands.get("王一")).isEqualTo("56-60岁"); // born 1970-01-01: 56
      assertThat(bands.get("钱六")).isEqualTo("61岁及以上"); // born 1940
    }
  }

  /** The 数值 of one org and indicator on the 指标 sheet of the committee's workbook. */
  private static Double workbookValue(Path xlsx, String org, String key) throws IOException {
    try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(java.nio.file.Files.newInputStream(xlsx))) {
      assertThat(wb.getSheet("完成情况")).isNotNull();
      assertThat(wb.getSheet("合规")).isNotNull();
      assertThat(wb.getSheet("报送情况")).isNotNull();
      for (var row : wb.getSheet("指标")) {
        if (row.getCell(1) != null && org.equals(row.getCell(1).toString()) && row.getCell(4) != null
            && key.equals(row.getCell(4).toString())) {
          return row.getCell(8).getNumericCellValue();
        }
      }
      return null;
    }
  }
}
