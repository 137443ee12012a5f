package org.dangstat.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dangstat.support.Township.id;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dangstat.support.Cli;
import org.dangstat.support.HandCountedTownship;
import org.dangstat.support.TestDatabase;
import org.dangstat.support.Township;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one formula-safety test of every CSV the commands write (submission-format.md §4): a
 * township whose org names, a person's name and a rejected row's value are Excel formulas goes
 * through consolidate, analyze and allocate, and no cell of any CSV they write (indicators,
 * completeness, compliance, allocation, the error reports) starts a formula, numbers apart.
 */
class FormulaSafeCsvTest {

  static final String FORMULA = "=HYPERLINK(\"http://x\")";
  private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

  @TempDir Path tmp;

  @Test
  void noCsvAnyCommandWritesStartsAFormula() throws IOException {
    String db = TestDatabase.fresh();
    Path data = tmp.resolve("data");
    Township township = new Township(tmp.resolve("inbox"));
    HandCountedTownship.write(township, tmp.resolve("plan.yml"));
    township.write("orgunits.csv", StandardCharsets.UTF_8, List.of(
        "组织代码,组织名称,上级代码,组织层级,组织类别",
        "TS,\"" + FORMULA.replace("\"", "\"\"") + "\",,党工委,",
        "TS-Z1,+测试社区党总支,TS,党总支,",
        "TS-001,@一村党支部,TS,党支部,农村",
        "TS-002,-二社区党支部,TS-Z1,党支部,社区",
        "TS-003,三科技公司党支部,TS,党支部,非公企业"));
    // a member with one introducer: a compliance finding that names him
    township.branchFile("TS-003_2026Q4.csv", List.of(
        id("19751010", 21) + ",蒋一五,男,汉族,中专,工人,是,,,,,,,2001.07,2002.07,,,,",
        id("19951111", 22) + ",\"" + FORMULA.replace("\"", "\"\"")
            + "\",女,汉族,大学本科,工人,是,2024-03-01,2024-09-01,2025-10-01,是,甲、乙,甲,2026-09-01,,,,,"));
    // a rejected file: its error report quotes the bad value
    township.branchFile("TS-002_2026Q3.csv", List.of(
        id("19850808", 20) + ",褚一三,女,\"" + FORMULA.replace("\"", "\"\"") + "\",大专,管理人员,否,,,,,,,2008.07,2009.07,,,,"));

    assertThat(Cli.consolidate(township.inbox(), db, data).exitCode()).isZero();
    Path out = tmp.resolve("out");
    assertThat(Cli.run("analyze", "--period", "2026", "--plan", tmp.resolve("plan.yml").toString(),
        "--out", out.toString(), "--db", db, "--data", data.toString()).exitCode()).isZero();
    assertThat(Cli.run("allocate", "--year", "2027", "--total", "2", "--plan", tmp.resolve("plan.yml").toString(),
        "--out", out.toString(), "--db", db, "--data", data.toString()).exitCode()).isZero();

    List<Path> csvs;
    try (Stream<Path> files = Files.walk(tmp)) {
      // not the inbox, nor the archived originals: those are the clerks' files, kept as sent
      csvs = files.filter(p -> p.toString().endsWith(".csv") && !p.startsWith(township.inbox())
          && (!p.startsWith(data) || p.toString().endsWith(".errors.csv"))).sorted().toList();
    }
    assertThat(csvs.stream().map(p -> p.getFileName().toString()))
        .contains("indicators.csv", "completeness.csv", "compliance.csv", "allocation.csv")
        .anyMatch(n -> n.endsWith(".errors.csv"));
    List<String> unguarded = new ArrayList<>();
    int guarded = 0;
    for (Path csv : csvs) {
      for (CSVRecord r : read(csv)) {
        for (String cell : r) {
          if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 && !NUMBER.matcher(cell).matches()) {
            unguarded.add(tmp.relativize(csv) + " line " + r.getRecordNumber() + ": " + cell);
          }
          if (cell.startsWith("'" + FORMULA)) {
            guarded++;
          }
        }
      }
    }
    assertThat(unguarded).isEmpty();
    assertThat(guarded).as("the formula reached the files, guarded").isGreaterThanOrEqualTo(4);
  }

  private static List<CSVRecord> read(Path csv) throws IOException {
    try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      int first = in.read();
      assertThat(first).as(csv + " starts with a BOM").isEqualTo(0xFEFF);
      return CSVFormat.EXCEL.parse(in).getRecords();
    }
  }
}
