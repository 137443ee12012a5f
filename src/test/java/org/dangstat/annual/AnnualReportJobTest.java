package org.dangstat.annual;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dangstat.support.Cli;
import org.dangstat.support.TestDatabase;
import org.dangstat.support.Township;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The five tables of annual-report.md end to end (consolidate, analyze --period 2026) on
 * {@link YearEndTownship}, every cell counted by hand: a cell not named in an expectation is 0.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnnualReportJobTest {

  @TempDir static Path tmp;
  Path dir;
  Map<String, String> cells;
  String db;
  Path data;

  @BeforeAll
  void analyze() throws IOException {
    db = TestDatabase.fresh();
    data = tmp.resolve("data");
    Township township = YearEndTownship.write(new Township(tmp.resolve("inbox")));
    Files.writeString(tmp.resolve("plan.yml"), "year: 2026\norg: NT\nplanned_new: 6\n");
    assertThat(Cli.consolidate(township.inbox(), db, data).exitCode()).isZero();
    assertThat(Cli.run("analyze", "--period", "2026", "--plan", tmp.resolve("plan.yml").toString(),
        "--out", tmp.resolve("out").toString(), "--db", db, "--data", data.toString()).exitCode()).isZero();
    dir = tmp.resolve("out/2026");
    cells = read(dir.resolve("annual-report.csv"));
  }

  @Test
  void table1IsTheBalanceWithTheStartCountedInThe2025Q4File() {
    // start: 王甲 李乙 张丙 赵丁 钱戊 孙己 周庚 吴辛 蒋卯 沈辰 韩巳 杨午 朱未 秦申 金五 = 15 (杨六 left in 2025)
    // out: 卫寅 转出, 秦申 转出, 蒋卯 死亡, 朱未 取消资格; 16 there, 15 + 5 + 1 − 4 = 17 expected
    expect("t1", "NT-001", "total", "start=15 add_developed=5 add_transferred_in=1 sub_transfer_out=2 sub_death=1 "
        + "sub_disqualified=1 expected_end=17 actual_end=16 difference=-1");
    expect("t1", "NT-Z1", "total", "start=15 add_developed=5 add_transferred_in=1 sub_transfer_out=2 sub_death=1 "
        + "sub_disqualified=1 expected_end=17 actual_end=16 difference=-1");
    // no 2025Q4 file: start, expected and 差 empty, here and above
    expect("t1", "NT-002", "total", "start= add_developed=1 expected_end= actual_end=2 difference=");
    expect("t1", "NT", "total", "start= add_developed=6 add_transferred_in=1 sub_transfer_out=2 sub_death=1 "
        + "sub_disqualified=1 expected_end= actual_end=18 difference=");
  }

  @Test
  void table2CountsTheMembersAtDByOccupationWithTheAgeBoundaries() {
    expect("t2", "NT-001", "worker", "total=5 probationary=2 female=2 age_le30=2 age_31_35=1 age_41_45=1 age_51_55=1 "
        + "edu_bachelor=1 edu_college=2 edu_highschool=1 edu_junior_or_below=1 frontline=4");
    expect("t2", "NT-001", "farmer", "total=5 probationary=2 female=3 minority=2 age_31_35=1 age_36_40=1 age_56_60=3 "
        + "edu_secondary_vocational=1 edu_highschool=2 edu_junior_or_below=2 frontline=3");
    expect("t2", "NT-001", "professional", ""); // 卫寅 left
    expect("t2", "NT-001", "manager", "total=2 female=1 age_le30=2 edu_bachelor=1 edu_college=1");
    expect("t2", "NT-001", "official", "");
    expect("t2", "NT-001", "student", "total=1 probationary=1 age_le30=1 edu_bachelor=1");
    expect("t2", "NT-001", "retired", "total=3 female=1 age_61_65=1 age_66_70=1 age_ge71=1 edu_postgraduate=1 "
        + "edu_junior_or_below=2");
    expect("t2", "NT-001", "other", "");
    expect("t2", "NT-001", "total", "total=16 probationary=5 female=7 minority=2 age_le30=5 age_31_35=2 age_36_40=1 "
        + "age_41_45=1 age_51_55=1 age_56_60=3 age_61_65=1 age_66_70=1 age_ge71=1 edu_postgraduate=1 edu_bachelor=3 "
        + "edu_college=3 edu_secondary_vocational=1 edu_highschool=3 edu_junior_or_below=5 frontline=7");
    // 两新组织: every member of a 非公企业 branch
    expect("t2", "NT-002", "professional", "total=1 age_36_40=1 edu_bachelor=1 frontline=1 two_new=1");
    expect("t2", "NT-002", "manager", "total=1 probationary=1 female=1 age_31_35=1 edu_bachelor=1 frontline=1 two_new=1");
    expect("t2", "NT", "total", "total=18 probationary=6 female=8 minority=2 age_le30=5 age_31_35=3 age_36_40=2 "
        + "age_41_45=1 age_51_55=1 age_56_60=3 age_61_65=1 age_66_70=1 age_ge71=1 edu_postgraduate=1 edu_bachelor=5 "
        + "edu_college=3 edu_secondary_vocational=1 edu_highschool=3 edu_junior_or_below=5 frontline=9 two_new=2");
  }

  @Test
  void table3CountsTheYearsNewMembersWithTheirAgeOnTheDayTheyWereAdmitted() {
    expect("t3", "NT-001", "worker", "total=1 female=1 age_le25=1 edu_college=1 frontline=1");            // 冯癸, 25
    expect("t3", "NT-001", "student", "total=1 age_26_30=1 edu_bachelor=1 youth_recommended=1");            // 郑壬, 26
    expect("t3", "NT-001", "farmer", "total=2 female=1 minority=1 age_41_59=1 age_ge60=1 edu_highschool=1 "
        + "edu_junior_or_below=1 frontline=1");                                                              // 59 and 60
    expect("t3", "NT-001", "professional", "total=1 age_36_40=1 edu_bachelor=1 frontline=1");               // left since
    expect("t3", "NT-001", "total", "total=5 female=2 minority=1 age_le25=1 age_26_30=1 age_36_40=1 age_41_59=1 "
        + "age_ge60=1 edu_bachelor=2 edu_college=1 edu_highschool=1 edu_junior_or_below=1 frontline=3 "
        + "youth_recommended=1");
    expect("t3", "NT-002", "total", "total=1 female=1 age_31_35=1 edu_bachelor=1 frontline=1 two_new=1");
    expect("t3", "NT", "total", "total=6 female=3 minority=1 age_le25=1 age_26_30=1 age_31_35=1 age_36_40=1 "
        + "age_41_59=1 age_ge60=1 edu_bachelor=3 edu_college=1 edu_highschool=1 edu_junior_or_below=1 frontline=4 "
        + "two_new=1 youth_recommended=1");
  }

  @Test
  void table4SortsThePeopleDueFor转正() {
    // 沈辰 on the last day of 1 year + 3 months, 韩巳 the day after, 杨午 waiting, 朱未 取消资格, 秦申 转出
    expect("t4", "NT-001", "total", "due=5 on_time=1 late=1 pending=1 disqualified=1 left_other=1");
    expect("t4", "NT-002", "total", "");
    expect("t4", "NT", "total", "due=5 on_time=1 late=1 pending=1 disqualified=1 left_other=1");
  }

  @Test
  void table5CountsThePipelineAtD() {
    // 何戌 (31, new in 2026), 吕亥 (36: not ≤ 35)
    expect("t5", "NT-001", "candidates", "total=2 female=1 under35=1 college_plus=1 highschool_secondary=1 frontline=1 "
        + "new_in_year=1");
    // 施一 (35, 满族, new), 张二
    expect("t5", "NT-001", "activists", "total=2 female=1 minority=1 under35=2 college_plus=1 highschool_secondary=1 "
        + "frontline=1 new_in_year=1");
    // 孔三; 曹四 left
    expect("t5", "NT-001", "applicants", "total=1 under35=1 highschool_secondary=1 new_in_year=1");
    expect("t5", "NT-002", "activists", "total=1 under35=1 college_plus=1 frontline=1 two_new=1 new_in_year=1");
    expect("t5", "NT", "activists", "total=3 female=1 minority=1 under35=3 college_plus=2 highschool_secondary=1 "
        + "frontline=2 two_new=1 new_in_year=2");
  }

  @Test
  void aUnitWithNoBranchBelowItHasEveryCellEmpty() {
    var units = cells.entrySet().stream().filter(e -> e.getKey().contains("|NT-Z2|")).toList();
    assertThat(units).hasSize(9 * 22 + 9 * 18 + 6 + 3 * 9 + 14);
    assertThat(units).allSatisfy(e -> assertThat(e.getValue()).as(e.getKey()).isEmpty());
  }

  @Test
  void everyUnitHasEveryCellInTreeOrderWithTheHeaderOfTheSpec() throws IOException {
    byte[] bytes = Files.readAllBytes(dir.resolve("annual-report.csv"));
    assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
    String[] lines = new String(bytes, StandardCharsets.UTF_8).substring(1).split("\r\n");
    assertThat(lines[0]).isEqualTo("table,org_code,org_name,row,column,value");
    assertThat(lines[1]).isEqualTo("t1,NT,年报测试镇党委,total,start,");
    assertThat(lines).hasSize(1 + 5 * (14 + 9 * 22 + 9 * 18 + 6 + 3 * 9));
    assertThat(cells.keySet().stream().map(k -> k.split("\\|")[1]).distinct())
        .containsExactly("NT", "NT-002", "NT-Z1", "NT-001", "NT-Z2");
  }

  @Test
  void theWorkbookIsLaidOutLikeTheFormWithTheFailingCellsMarked() throws Exception {
    try (var wb = new XSSFWorkbook(Files.newInputStream(dir.resolve("annual-report.xlsx")))) {
      assertThat(names(wb)).containsExactly("表1", "表2", "表3", "表4", "表5", "表1（各单位）", "表4（各单位）", "核对结果");
      var t2 = wb.getSheet("表2");
      assertThat(t2.getRow(0).getCell(0).getStringCellValue()).isEqualTo("表2 党员基本情况");
      assertThat(t2.getRow(2).getCell(5).getStringCellValue()).isEqualTo("年龄");
      assertThat(t2.getMergedRegions()).contains(new CellRangeAddress(2, 2, 5, 14), new CellRangeAddress(2, 2, 15, 20),
          new CellRangeAddress(2, 3, 1, 1));
      assertThat(t2.getRow(3).getCell(5).getStringCellValue()).isEqualTo("30岁及以下");
      assertThat(t2.getRow(5).getCell(0).getStringCellValue()).isEqualTo("合计");
      assertThat(t2.getRow(5).getCell(1).getNumericCellValue()).isEqualTo(18.0); // a number, not text
      assertThat(t2.getRow(6).getCell(0).getStringCellValue()).isEqualTo("工人");
      assertThat(t2.getPrintSetup().getLandscape()).isTrue();
      assertThat(t2.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
      assertThat(t2.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
      assertThat(t2.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("1:5"));

      var units = wb.getSheet("表1（各单位）");
      var nt001 = rowOf(units, "NT-001");
      var difference = nt001.getCell(2 + 13);
      assertThat(difference.getNumericCellValue()).isEqualTo(-1.0);
      assertThat(difference.getCellStyle().getFillForegroundColorColor()).isNotNull();
      assertThat(difference.getCellComment().getString().getString()).contains("年底实有数16名比年底应有数17名").contains("少1名");
      var nt002 = rowOf(units, "NT-002");
      assertThat(nt002.getCell(2).getCellComment().getString().getString()).contains("没有已接收的2025Q4名册");
      assertThat(nt002.getCell(2).getCellType()).isEqualTo(CellType.BLANK);
      assertThat(rowOf(units, "NT-Z2").getCell(2 + 12).getCellType()).isEqualTo(CellType.BLANK);

      var checks = wb.getSheet("核对结果");
      List<String> said = new ArrayList<>();
      for (int r = 2; r <= checks.getLastRowNum(); r++) {
        said.add(checks.getRow(r).getCell(1).getStringCellValue() + " " + checks.getRow(r).getCell(5).getStringCellValue());
      }
      assertThat(said).hasSize(3).anySatisfy(s -> assertThat(s).startsWith("NT-001 表1：年底实有数16名"))
          .anySatisfy(s -> assertThat(s).startsWith("NT-Z1 表1：年底实有数16名"))
          .anySatisfy(s -> assertThat(s).startsWith("NT-002 表1：科技公司党支部没有已接收的2025Q4名册"));
    }
    if (PrintedForm.canPrint()) { // a look before a release: target/annual-samples/*.png
      Path samples = Files.createDirectories(Path.of("target", "annual-samples"));
      Files.copy(dir.resolve("annual-report.xlsx"), samples.resolve("annual-report.xlsx"),
          java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      Path pdf = PrintedForm.pdf(samples.resolve("annual-report.xlsx"), samples);
      assertThat(pdf).isNotEmptyFile();
      for (int page = 1; page <= 8; page++) {
        PrintedForm.png(pdf, page, 60, samples.resolve("page-" + page));
      }
    }
  }

  @Test
  void theReportLinksTheWorkbookAndShowsTable1PerUnitWithTheFailedChecks() throws IOException {
    String html = Files.readString(dir.resolve("report.html"));
    assertThat(html).contains("<h2>党内统计年报</h2>").contains("href=\"annual-report.xlsx\"")
        .contains("核对未通过（2 项）").contains("东村党支部（NT-001）：表1：年底实有数16名比年底应有数17名")
        .contains("没有已接收的 2025Q4 名册").contains("科技公司党支部（NT-002）")
        .contains("<tr class=\"missed\"><td class=\"code\">NT-001</td><td>东村党支部</td><td class=\"num\">15</td>");
  }

  @Test
  void aQuarterHasNoYearEndTables() throws IOException {
    assertThat(Cli.run("analyze", "--period", "2026Q4", "--plan", tmp.resolve("plan.yml").toString(),
        "--out", tmp.resolve("out").toString(), "--db", db, "--data", data.toString()).exitCode()).isZero();
    assertThat(tmp.resolve("out/2026Q4/indicators.csv")).exists();
    assertThat(tmp.resolve("out/2026Q4/annual-report.csv")).doesNotExist();
    assertThat(tmp.resolve("out/2026Q4/annual-report.xlsx")).doesNotExist();
    assertThat(Files.readString(tmp.resolve("out/2026Q4/report.html"))).doesNotContain("党内统计年报");
  }

  private static List<String> names(XSSFWorkbook wb) {
    List<String> out = new ArrayList<>();
    wb.forEach(s -> out.add(s.getSheetName()));
    return out;
  }

  private static org.apache.poi.ss.usermodel.Row rowOf(org.apache.poi.ss.usermodel.Sheet sheet, String code) {
    for (var row : sheet) {
      if (row.getCell(0) != null && code.equals(row.getCell(0).toString())) {
        return row;
      }
    }
    throw new AssertionError("no row " + code);
  }

  /** "col=n col=n": every other column of the row must be 0; "col=" means empty. */
  private void expect(String table, String org, String row, String spec) {
    Map<String, String> wanted = new LinkedHashMap<>();
    for (String part : spec.trim().isEmpty() ? new String[0] : spec.trim().split("\\s+")) {
      String[] kv = part.split("=", -1);
      wanted.put(kv[0], kv[1]);
    }
    var t = AnnualLayout.standard().table(table);
    for (var column : t.columns()) {
      String key = table + "|" + org + "|" + row + "|" + column.key();
      assertThat(cells).as(key).containsKey(key);
      assertThat(cells.get(key)).as(key).isEqualTo(wanted.getOrDefault(column.key(), "0"));
      wanted.remove(column.key());
    }
    assertThat(wanted).as("columns not in " + table).isEmpty();
  }

  static Map<String, String> read(Path csv) throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    String text = Files.readString(csv, StandardCharsets.UTF_8).substring(1);
    for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new StringReader(text))) {
      out.put(r.get("table") + "|" + r.get("org_code") + "|" + r.get("row") + "|" + r.get("column"), r.get("value"));
    }
    return out;
  }
}
