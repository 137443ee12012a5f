package org.dangstat.annual;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dangstat.support.Township.id;

import java.io.IOException;
import java.io.StringReader;
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
 * period-checks.md §2 end to end: the start of the year counted in the (Y−1)Q4 snapshots, on the
 * hand-counted township of AnalyzeJobTest plus two 2025Q4 files (TS-002 has none).
 */
class YearBalanceTest {

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
    township.branchFile("TS-001_2025Q4.csv", List.of(
        id("19700101", 1) + ",王一,男,汉族,高中,工人,是,,,,,,,1998.07,1999.07,,,,",
        id("19911231", 2) + ",李二,女,汉族,大学本科,管理人员,否,,,,,,,2012.07,2013.07,,,,",
        id("19901231", 4) + ",张三,女,汉族,高中,工人,是,,,,,,,2010.05,2011.05,,,,",
        id("19400220", 5) + ",钱六,男,汉族,小学,离退休人员,否,,,,,,,1965.03,1966.03,,,,",
        // at Y0, absent from 2026Q4 without a leaving record: the difference of −1
        id("19660303", 23) + ",韩一七,男,汉族,初中,农牧渔民,是,,,,,,,1990.07,1991.07,,,,",
        // left in 2025: not a member at Y0
        id("19550404", 25) + ",杨一八,男,汉族,初中,农牧渔民,否,,,,,,,1980.07,1981.07,,2025-06-01,转出,",
        // an activist at Y0 is not a member
        id("19900221", 6) + ",陈四,女,汉族,大学本科,专业技术人员,是,2024-03-01,2024-09-01,,是,甲、乙,,,,,,,"));
    township.branchFile("TS-003_2025Q4.csv", List.of(
        id("19751010", 21) + ",蒋一五,男,汉族,中专,工人,是,,,,,,,2001.07,2002.07,,,,",
        id("19951111", 22) + ",沈一六,女,汉族,大学本科,工人,是,2024-03-01,2024-09-01,2025-10-01,是,甲、乙,,,,,,,"));
  }

  @Test
  void theStartIsCountedInThePreviousYearEndSnapshotsAndTheDifferenceRollsUp() throws IOException {
    assertThat(Cli.consolidate(township.inbox(), db, data).exitCode()).isZero();
    var result = Cli.run("analyze", "--period", "2026", "--plan", tmp.resolve("plan.yml").toString(), "--out", tmp.resolve("out").toString(),
        "--db", db, "--data", data.toString());
    assertThat(result.exitCode()).isZero();
    var v = indicators(tmp.resolve("out/2026/indicators.csv"));

    // TS-001: 王一 李二 张三 钱六 韩一七 at Y0 = 5; 5 + 2 new + 1 in − 1 died = 7, 6 there
    assertThat(v.get("TS-001|members_start_measured")).isEqualTo("5");
    assertThat(v.get("TS-001|balance_difference")).isEqualTo("-1");
    assertThat(v.get("TS-001|members_start")).isEqualTo("4"); // the derived one is unchanged
    // TS-003: 蒋一五 = 1; 1 + 1 new = 2 = 2
    assertThat(v.get("TS-003|members_start_measured")).isEqualTo("1");
    assertThat(v.get("TS-003|balance_difference")).isEqualTo("0");
    // TS-002 has no 2025Q4 file: empty, and so is every unit above it
    assertThat(v.get("TS-002|members_start_measured")).isEmpty();
    assertThat(v.get("TS-002|balance_difference")).isEmpty();
    assertThat(v.get("TS-Z1|balance_difference")).isEmpty();
    assertThat(v.get("TS|members_start_measured")).isEmpty();
    assertThat(v.get("TS|balance_difference")).isEmpty();
  }

  @Test
  void withEveryPreviousYearEndSnapshotTheRootBalancesToo() throws IOException {
    township.branchFile("TS-002_2025Q4.csv", List.of(
        id("19850808", 20) + ",褚一三,女,回族,大专,管理人员,否,,,,,,,2008.07,2009.07,,,,"));
    assertThat(Cli.consolidate(township.inbox(), db, data).exitCode()).isZero();
    assertThat(Cli.run("analyze", "--period", "2026", "--plan", tmp.resolve("plan.yml").toString(), "--out", tmp.resolve("out").toString(),
        "--db", db, "--data", data.toString()).exitCode()).isZero();
    var v = indicators(tmp.resolve("out/2026/indicators.csv"));
    assertThat(v.get("TS-002|members_start_measured")).isEqualTo("1");
    assertThat(v.get("TS-002|balance_difference")).isEqualTo("0"); // 1 + 1 new = 2
    assertThat(v.get("TS-Z1|balance_difference")).isEqualTo("0");
    assertThat(v.get("TS|members_start_measured")).isEqualTo("7");
    assertThat(v.get("TS|balance_difference")).isEqualTo("-1"); // 10 − (7 + 4 + 1 − 1)
  }

  /** org|indicator → value. */
  static Map<String, String> indicators(Path csv) throws IOException {
    Map<String, String> out = new HashMap<>();
    String text = Files.readString(csv, StandardCharsets.UTF_8).substring(1);
    for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new StringReader(text))) {
      out.put(r.get("org_code") + "|" + r.get("indicator"), r.get("value"));
    }
    return out;
  }
}
