package org.dangstat.annual;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dangstat.core.Period;
import org.dangstat.indicators.IndicatorEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/**
 * The form's checks on tables whose parts do not add up (which one pass over the people cannot
 * produce, so the cells are made by hand here), and how the workbook marks them.
 */
class TableChecksTest {

  static final AnnualLayout LAYOUT = AnnualLayout.standard();
  static final Period YEAR = new Period(2026, 4);

  @TempDir Path tmp;

  @Test
  void aGroupWhosePartsDoNotAddUpAndTotalsThatDisagreeWithTable1AreListed() {
    AnnualReport report = report();
    assertThat(report.checks()).extracting(Check::code, Check::table, Check::row, Check::column).containsExactly(
        org.assertj.core.groups.Tuple.tuple("ANNUAL_GROUP_SUM", "t2", "total", "total"),
        org.assertj.core.groups.Tuple.tuple("ANNUAL_GROUP_SUM", "t2", "worker", "total"),
        org.assertj.core.groups.Tuple.tuple("ANNUAL_T3_VS_T1", "t3", "total", "total"),
        org.assertj.core.groups.Tuple.tuple("ANNUAL_GROUP_SUM", "t2", "total", "total"),
        org.assertj.core.groups.Tuple.tuple("ANNUAL_GROUP_SUM", "t2", "worker", "total"),
        org.assertj.core.groups.Tuple.tuple("ANNUAL_T3_VS_T1", "t3", "total", "total"));
    assertThat(report.checks().get(1).message()).isEqualTo("表2“工人”行：年龄各栏之和2不等于党员总数3");
    assertThat(report.checks().get(2).message()).isEqualTo("表3发展党员数1不等于表1本年发展党员2");
    assertThat(report.checks()).allMatch(Check::failed);
    assertThat(report.checks().stream().map(Check::orgCode).distinct()).containsExactly("XZ", "XZ-001");
  }

  @Test
  void theWorkbookFillsTheFailingCellAndSaysWhyInItsNote() throws Exception {
    Path file = AnnualWorkbook.write(report(), tmp.resolve("annual-report.xlsx"));
    try (var wb = new XSSFWorkbook(Files.newInputStream(file))) {
      var worker = wb.getSheet("表2").getRow(AnnualWorkbook.FIRST_DATA_ROW + 1);
      assertThat(worker.getCell(0).getStringCellValue()).isEqualTo("工人");
      var total = worker.getCell(1);
      assertThat(total.getNumericCellValue()).isEqualTo(3.0);
      assertThat(total.getCellStyle().getFillForegroundColorColor().getRGB()).isEqualTo(SheetKit.FAILED);
      assertThat(total.getCellComment().getString().getString()).isEqualTo("表2“工人”行：年龄各栏之和2不等于党员总数3");
      var fine = worker.getCell(2);
      assertThat(fine.getCellComment()).isNull();
      assertThat(fine.getCellStyle().getFillForegroundColorColor()).isNull();
      var checks = wb.getSheet("核对结果");
      assertThat(checks.getLastRowNum()).isEqualTo(1 + 6);
      assertThat(checks.getRow(3).getCell(3).getStringCellValue()).isEqualTo("工人");
    }
  }

  @Test
  void aWarehouseWithoutAnOrgTreeStillGivesAWorkbookWithNothingToCheck() throws Exception {
    AnnualReport empty = AnnualReport.compute(YEAR, List.of(), Map.of(), IndicatorEngine.emptyResult(), LAYOUT);
    assertThat(empty.units()).isEmpty();
    assertThat(empty.checks()).isEmpty();
    Path file = AnnualWorkbook.write(empty, tmp.resolve("empty.xlsx"));
    try (var wb = new XSSFWorkbook(Files.newInputStream(file))) {
      assertThat(wb.getSheet("核对结果").getRow(2).getCell(0).getStringCellValue()).isEqualTo("各表核对全部通过。");
      assertThat(wb.getSheet("表2").getRow(AnnualWorkbook.FIRST_DATA_ROW).getCell(1).getCellType())
          .isEqualTo(org.apache.poi.ss.usermodel.CellType.BLANK);
    }
  }

  @Test
  void aCountyInItsFirstYearGetsEveryUnknownStartFilledListedAndTheFirstHundredNoted() throws Exception {
    int branches = AnnualWorkbook.UNKNOWN_NOTES + 20;
    List<OrgUnit> units = new java.util.ArrayList<>(List.of(new OrgUnit("XZ", "小镇党委", null, "committee", false)));
    Map<String, Grid> grids = new java.util.HashMap<>();
    Table indicators = IndicatorEngine.emptyResult();
    for (int b = 1; b <= branches; b++) {
      String code = String.format("XZ-%03d", b);
      units.add(new OrgUnit(code, "支部" + b, "XZ", "branch", false));
      grids.put(code, Grid.zeros(LAYOUT));
      // no members_start_measured: the branch has no accepted (Y−1)Q4 file
      for (var e : Map.of("members_total", 0, "new_members", 0, "transferred_in", 0, "left_members", 0).entrySet()) {
        indicator(indicators, code, e.getKey(), e.getValue());
      }
    }
    AnnualReport report = AnnualReport.compute(YEAR, units, grids, indicators, LAYOUT);
    Path file = AnnualWorkbook.write(report, tmp.resolve("county.xlsx"));
    try (var wb = new XSSFWorkbook(Files.newInputStream(file))) {
      var sheet = wb.getSheet(AnnualWorkbook.unitSheetName(LAYOUT.table("t1")));
      int start = LAYOUT.table("t1").column("start") + 2;
      int filled = 0;
      int noted = 0;
      for (int r = AnnualWorkbook.FIRST_DATA_ROW; r <= sheet.getLastRowNum(); r++) {
        var cell = sheet.getRow(r).getCell(start);
        if (!sheet.getRow(r).getCell(0).getStringCellValue().startsWith("XZ-")) {
          continue;
        }
        var colour = cell.getCellStyle().getFillForegroundColorColor();
        filled += colour != null && java.util.Arrays.equals(((org.apache.poi.xssf.usermodel.XSSFColor) colour).getRGB(),
            SheetKit.UNKNOWN) ? 1 : 0;
        noted += cell.getCellComment() != null ? 1 : 0;
      }
      assertThat(filled).isEqualTo(branches);
      assertThat(noted).isEqualTo(AnnualWorkbook.UNKNOWN_NOTES);
      long listed = report.checks().stream().filter(c -> c.orgCode().startsWith("XZ-")).count();
      assertThat(listed).isGreaterThanOrEqualTo(branches);
      assertThat(wb.getSheet("核对结果").getLastRowNum()).isEqualTo(1 + report.checks().size());
    }
  }

  private static void indicator(Table t, String org, String key, double value) {
    t.stringColumn(IndicatorEngine.PERIOD).append("2026Q4");
    t.stringColumn(IndicatorEngine.ORG_CODE).append(org);
    t.stringColumn(IndicatorEngine.ORG_NAME).append(org);
    t.stringColumn(IndicatorEngine.ORG_LEVEL).append("");
    t.stringColumn(IndicatorEngine.INDICATOR).append(key);
    t.doubleColumn(IndicatorEngine.NUMERATOR).append(value);
    t.doubleColumn(IndicatorEngine.DENOMINATOR).appendMissing();
    t.doubleColumn(IndicatorEngine.VALUE).append(value);
    t.stringColumn(IndicatorEngine.TARGET).append("");
    t.stringColumn(IndicatorEngine.STATUS).append("");
  }

  /** XZ (党委) with one branch XZ-001: 3 workers, two of them in an age column, 1 new member where 表1 says 2. */
  private static AnnualReport report() {
    var t2 = LAYOUT.table("t2");
    var t3 = LAYOUT.table("t3");
    Grid g = Grid.zeros(LAYOUT);
    g.set(t2, t2.cell("worker", "total"), 3);
    g.set(t2, t2.cell("worker", "age_le30"), 1);
    g.set(t2, t2.cell("worker", "age_31_35"), 1);
    g.set(t2, t2.cell("worker", "edu_bachelor"), 3);
    g.set(t3, t3.cell("worker", "total"), 1);
    g.set(t3, t3.cell("worker", "age_le25"), 1);
    g.set(t3, t3.cell("worker", "edu_bachelor"), 1);
    var units = List.of(new OrgUnit("XZ", "小镇党委", null, "committee", false),
        new OrgUnit("XZ-001", "一村党支部", "XZ", "branch", false));
    Table indicators = IndicatorEngine.emptyResult();
    for (String org : List.of("XZ", "XZ-001")) {
      for (var e : Map.of("members_total", 3, "new_members", 2, "transferred_in", 0, "left_members", 0,
          "members_start_measured", 1, "balance_difference", 0).entrySet()) {
        indicator(indicators, org, e.getKey(), e.getValue());
      }
    }
    return AnnualReport.compute(YEAR, units, Map.of("XZ-001", g), indicators, LAYOUT);
  }
}
