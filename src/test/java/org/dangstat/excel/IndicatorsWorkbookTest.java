package org.dangstat.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dangstat.compliance.Violation;
import org.dangstat.core.SubmissionStatus;
import org.dangstat.core.TargetStatus;
import org.dangstat.indicators.IndicatorCsv;
import org.dangstat.indicators.IndicatorEngine;
import org.dangstat.report.SheetWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

class IndicatorsWorkbookTest {

  @TempDir
  Path dir;

  /** A committee and two branches, a few indicators each, statuses of every kind. */
  static Table indicators() {
    Table t = IndicatorEngine.emptyResult();
    add(t, "XS", "西山镇党委", "committee", "members_total", 120.0, null, 120.0, "", "");
    add(t, "XS", "西山镇党委", "committee", "female_share", 37.0, 120.0, 37.0 / 120, "min 0.30", "met");
    add(t, "XS", "西山镇党委", "committee", "new_members", 7.0, null, 7.0, "", "");
    add(t, "XS", "西山镇党委", "committee", "quota", 8.0, null, 8.0, "", "");
    add(t, "XS", "西山镇党委", "committee", "quota_completion", 7.0, 8.0, 7.0 / 8, "", "near");
    add(t, "XS-001", "城西村党支部", "branch", "female_share", 5.0, 17.0, 5.0 / 17, "min 0.30", "missed");
    add(t, "XS-001", "城西村党支部", "branch", "activist_candidate_ratio", 7.0, 3.0, 7.0 / 3, "", "");
    add(t, "XS-001", "城西村党支部", "branch", "new_members", 4.0, null, 4.0, "", "");
    add(t, "XS-001", "城西村党支部", "branch", "quota", 3.0, null, 3.0, "", "");
    add(t, "XS-001", "城西村党支部", "branch", "quota_completion", 4.0, 3.0, 4.0 / 3, "", "over");
    add(t, "XS-002", "城东社区党支部", "branch", "minority_share", null, 0.0, null, "", "");
    return t;
  }

  @Test
  void numbersEqualTheCsvCellByCell() throws Exception {
    Table t = indicators();
    Path csv = dir.resolve("indicators.csv");
    IndicatorCsv.write(t, csv);
    Path xlsx = dir.resolve("indicators.xlsx");
    IndicatorsWorkbook.write(t, completeness(), compliance(), xlsx);

    List<Map<String, String>> rows = new ArrayList<>();
    try (var in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      in.skip(1); // the BOM
      CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).forEach(r -> rows.add(r.toMap()));
    }
    try (XSSFWorkbook wb = TemplateWorkbookTest.open(xlsx)) {
      assertThat(wb.getSheetName(0)).isEqualTo("指标");
      XSSFSheet sheet = wb.getSheet("指标");
      assertThat(sheet.getLastRowNum() - SheetWriter.HEADER_ROW).isEqualTo(rows.size());
      for (int i = 0; i < rows.size(); i++) {
        XSSFRow row = sheet.getRow(SheetWriter.HEADER_ROW + 1 + i);
        Map<String, String> r = rows.get(i);
        assertThat(row.getCell(1).getStringCellValue()).isEqualTo(r.get("org_code"));
        assertThat(row.getCell(3).getStringCellValue()).isEqualTo(r.get("org_level"));
        assertThat(row.getCell(4).getStringCellValue()).isEqualTo(r.get("indicator"));
        assertNumber(row.getCell(6), r.get("numerator"));
        assertNumber(row.getCell(7), r.get("denominator"));
        assertNumber(row.getCell(8), r.get("value"));
      }
      XSSFRow female = sheet.getRow(SheetWriter.HEADER_ROW + 2);
      assertThat(female.getCell(5).getStringCellValue()).isEqualTo("女性党员占比");
      assertThat(female.getCell(8).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
      assertThat(female.getCell(10).getStringCellValue()).isEqualTo("达标");
      assertThat(sheet.getRow(SheetWriter.HEADER_ROW + 1).getCell(8).getCellStyle().getDataFormatString()).isEqualTo("0");
      assertThat(fill(sheet.getRow(SheetWriter.HEADER_ROW + 10).getCell(10))).isEqualTo(TargetStatus.OVER.colour().tint().hex()); // over: purple
      assertThat(sheet.getRow(SheetWriter.HEADER_ROW + 10).getCell(10).getStringCellValue()).isEqualTo("计划外发展");

      XSSFSheet quota = wb.getSheet("完成情况");
      XSSFRow branch = quota.getRow(SheetWriter.HEADER_ROW + 2);
      assertThat(branch.getCell(0).getStringCellValue()).isEqualTo("XS-001");
      assertThat(branch.getCell(3).getNumericCellValue()).isEqualTo(3.0);
      assertThat(branch.getCell(4).getNumericCellValue()).isEqualTo(4.0);
      assertThat(branch.getCell(5).getNumericCellValue()).isEqualTo(1.3333);
      assertThat(branch.getCell(6).getStringCellValue()).isEqualTo("计划外发展");

      XSSFSheet done = wb.getSheet("报送情况");
      XSSFRow rejected = done.getRow(SheetWriter.HEADER_ROW + 2);
      assertThat(rejected.getCell(2).getStringCellValue()).isEqualTo(SubmissionStatus.REJECTED.label());
      assertThat(rejected.getCell(6).getNumericCellValue()).isEqualTo(3.0);
      assertThat(wb.getSheet("合规").getRow(SheetWriter.HEADER_ROW + 1).getCell(1).getStringCellValue())
          .isEqualTo("=张三 330106********1234");
      for (int s = 0; s < wb.getNumberOfSheets(); s++) {
        XSSFSheet each = wb.getSheetAt(s);
        assertThat(each.getPrintSetup().getLandscape()).isTrue();
        assertThat(each.getPaneInformation().isFreezePane()).isTrue();
        assertThat(each.getCTWorksheet().isSetAutoFilter()).isTrue();
      }
    }
  }

  private static void assertNumber(XSSFCell cell, String csv) {
    if (csv.isEmpty()) {
      assertThat(cell.getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.BLANK);
    } else {
      assertThat(cell.getNumericCellValue()).isCloseTo(Double.parseDouble(csv), within(1e-12));
    }
  }

  private static String fill(XSSFCell cell) {
    return cell.getCellStyle().getFillForegroundColorColor().getARGBHex().substring(2);
  }

  static List<IndicatorsWorkbook.Submission> completeness() {
    return List.of(
        new IndicatorsWorkbook.Submission("XS-001", "城西村党支部", "accepted", "XS-001_2026Q2.xlsx", "2026-07-03 09:12", 17, 0, 2),
        new IndicatorsWorkbook.Submission("XS-002", "城东社区党支部", "rejected", "XS-002_2026Q2.csv", "2026-07-04 10:00", 40, 3, 1),
        new IndicatorsWorkbook.Submission("XS-003", "南湖村党支部", "missing", "", "", null, null, null));
  }

  static List<Violation> compliance() {
    return List.of(
        new Violation("XS-001", "=张三 330106********1234", "培养考察期不足一年", "violation", "积极分子日期2025-01-02至发展对象日期2025-06-01不足一年"),
        new Violation("XS-002", "李四 330106********5678", "入党介绍人", "violation", "缺少入党介绍人"));
  }

  private static void add(Table t, String code, String name, String level, String key,
      Double num, Double den, Double value, String target, String status) {
    t.stringColumn(IndicatorEngine.PERIOD).append("2026Q2");
    t.stringColumn(IndicatorEngine.ORG_CODE).append(code);
    t.stringColumn(IndicatorEngine.ORG_NAME).append(name);
    t.stringColumn(IndicatorEngine.ORG_LEVEL).append(level);
    t.stringColumn(IndicatorEngine.INDICATOR).append(key);
    append(t.doubleColumn(IndicatorEngine.NUMERATOR), num);
    append(t.doubleColumn(IndicatorEngine.DENOMINATOR), den);
    append(t.doubleColumn(IndicatorEngine.VALUE), value);
    t.stringColumn(IndicatorEngine.TARGET).append(target);
    t.stringColumn(IndicatorEngine.STATUS).append(status);
  }

  private static void append(tech.tablesaw.api.DoubleColumn c, Double v) {
    if (v == null) {
      c.appendMissing();
    } else {
      c.append(v);
    }
  }
}
