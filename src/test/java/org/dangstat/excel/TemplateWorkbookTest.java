package org.dangstat.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dangstat.core.Period;
import org.dangstat.intake.BranchFileReader;
import org.dangstat.intake.PersonRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateWorkbookTest {

  static final Period PERIOD = new Period(2026, 2);

  @TempDir
  Path dir;

  @Test
  void prefilledTemplateReadsBackWithTheSameRows() throws Exception {
    Path file = dir.resolve("XS-001_2026Q2.xlsx");
    TemplateWorkbook.write("XS-001", "城西村党支部", PERIOD, People.branch(), file);

    People.Sink sink = read(file);

    assertThat(sink.errors()).isEmpty();
    assertSamePeople(sink.rows, People.branch());
    assertThat(sink.rows).extracting(PersonRow::rowNo).containsExactly(4, 5, 6, 7);
  }

  @Test
  void rowsTypedIntoTheTemplateRead() throws Exception {
    Path file = dir.resolve("XS-002_2026Q2.xlsx");
    TemplateWorkbook.write("XS-002", "城东社区党支部", PERIOD, List.of(), file);
    List<PersonRow> typed = People.branch();
    TemplateFiller.fill(file, typed);

    People.Sink sink = read(file);

    assertThat(sink.errors()).isEmpty();
    assertSamePeople(sink.rows, typed);
  }

  @Test
  void idColumnIsTextDatesAreDatesTitleIsMergedAboveTheHeader() throws Exception {
    Path file = dir.resolve("t.xlsx");
    TemplateWorkbook.write("XS-001", "城西村党支部", PERIOD, People.branch(), file);
    try (XSSFWorkbook wb = open(file)) {
      XSSFSheet sheet = wb.getSheet("人员");
      assertThat(wb.getSheetIndex(sheet)).isZero();
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("城西村党支部 2026年第2季度 党员及发展对象名册");
      assertThat(sheet.getMergedRegions()).contains(new CellRangeAddress(0, 0, 0, 21));
      XSSFRow header = sheet.getRow(TemplateWorkbook.HEADER_ROW);
      assertThat(header.getCell(0).getStringCellValue()).isEqualTo("身份证号");
      assertThat(header.getLastCellNum()).isEqualTo((short) 22);
      assertThat(sheet.getColumnStyle(0).getDataFormatString()).isEqualTo("@");
      XSSFRow first = sheet.getRow(TemplateWorkbook.HEADER_ROW + 1);
      assertThat(first.getCell(0).getCellStyle().getDataFormatString()).isEqualTo("@");
      assertThat(first.getCell(0).getStringCellValue()).isEqualTo(People.branch().get(0).idNumber());
      int probation = column(header, "入党日期");
      assertThat(first.getCell(probation).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2015, 7, 1));
      assertThat(first.getCell(probation).getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
      assertThat(sheet.getColumnStyle(probation).getDataFormatString()).isEqualTo("yyyy-mm-dd");
      assertThat(wb.getSheet("填表说明")).isNotNull();
    }
  }

  @Test
  void dropdownsFrozenHeaderAndPrintSetup() throws Exception {
    Path file = dir.resolve("t.xlsx");
    TemplateWorkbook.write("XS-001", "城西村党支部", PERIOD, List.of(), file);
    try (XSSFWorkbook wb = open(file)) {
      XSSFSheet sheet = wb.getSheet("人员");
      XSSFRow header = sheet.getRow(TemplateWorkbook.HEADER_ROW);
      Map<String, DataValidation> byColumn = sheet.getDataValidations().stream().collect(Collectors.toMap(
          v -> header.getCell(v.getRegions().getCellRangeAddress(0).getFirstColumn()).getStringCellValue(), v -> v));
      assertThat(byColumn).containsOnlyKeys("性别", "民族", "学历", "工作岗位", "一线", "推优", "离开原因", "服务积分", "培训学时");
      assertThat(byColumn.get("性别").getValidationConstraint().getExplicitListValues()).containsExactly("男", "女");
      assertThat(byColumn.get("民族").getValidationConstraint().getFormula1()).isEqualTo("list_ethnicity");
      assertThat(wb.getName("list_ethnicity").getRefersToFormula()).isEqualTo("'代码表'!$A$1:$A$56");
      assertThat(wb.isSheetHidden(wb.getSheetIndex("代码表"))).isTrue();
      assertThat(byColumn.get("学历").getValidationConstraint().getExplicitListValues())
          .containsExactly("研究生", "大学本科", "大学专科", "中专", "高中", "初中及以下");

      assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
      assertThat((int) sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo(TemplateWorkbook.HEADER_ROW + 1);
      assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
      assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo((short) 9); // A4
      assertThat(sheet.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("1:3"));
    }
  }

  /** 服务积分 and 培训学时 (issue 17): number cells, Excel's own check of a number ≥ 0, a line of the guide each. */
  @Test
  void servicePointsAndTrainingHoursColumns() throws Exception {
    List<PersonRow> people = new java.util.ArrayList<>(People.branch());
    PersonRow probationary = people.get(1);
    PersonRow activist = people.get(2);
    people.set(1, withPointsAndHours(probationary, null, 24.0));
    people.set(2, withPointsAndHours(activist, 72.5, null));
    Path file = dir.resolve("XS-001_2026Q2.xlsx");
    TemplateWorkbook.write("XS-001", "城西村党支部", PERIOD, people, file);
    try (XSSFWorkbook wb = open(file)) {
      XSSFSheet sheet = wb.getSheet("人员");
      XSSFRow header = sheet.getRow(TemplateWorkbook.HEADER_ROW);
      int points = column(header, "服务积分");
      int hours = column(header, "培训学时");
      assertThat(hours).isEqualTo(points + 1);
      assertThat(column(header, "备注")).isEqualTo(hours + 1);
      assertThat(sheet.getRow(TemplateWorkbook.HEADER_ROW + 3).getCell(points).getNumericCellValue()).isEqualTo(72.5);
      assertThat(sheet.getRow(TemplateWorkbook.HEADER_ROW + 2).getCell(hours).getNumericCellValue()).isEqualTo(24.0);
      assertThat(sheet.getRow(TemplateWorkbook.HEADER_ROW + 1).getCell(points).getCellType())
          .isEqualTo(org.apache.poi.ss.usermodel.CellType.BLANK);
      for (int c : new int[] {points, hours}) {
        DataValidation v = sheet.getDataValidations().stream()
            .filter(d -> d.getRegions().getCellRangeAddress(0).getFirstColumn() == c).findFirst().orElseThrow();
        assertThat(v.getValidationConstraint().getValidationType())
            .isEqualTo(org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType.DECIMAL);
        assertThat(v.getValidationConstraint().getOperator())
            .isEqualTo(org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType.GREATER_OR_EQUAL);
        assertThat(v.getValidationConstraint().getFormula1()).isEqualTo("0");
        assertThat(v.getErrorStyle()).isEqualTo(DataValidation.ErrorStyle.STOP);
        assertThat(v.getEmptyCellAllowed()).isTrue();
      }
      StringBuilder text = new StringBuilder();
      wb.getSheet("填表说明").forEach(r -> r.forEach(cell -> text.append(cell.toString()).append('|')));
      assertThat(text).contains("服务积分|选填|服务积分制").contains("培训学时|选填|发展对象集中培训的学时数")
          .contains("24学时");
    }
    // what the template holds reads back as it was written
    assertSamePeople(read(file).rows, people);
    // and typed in by a clerk, too
    Path typed = dir.resolve("XS-002_2026Q2.xlsx");
    TemplateWorkbook.write("XS-002", "城东社区党支部", PERIOD, List.of(), typed);
    TemplateFiller.fill(typed, people);
    assertSamePeople(read(typed).rows, people);
  }

  private static PersonRow withPointsAndHours(PersonRow p, Double points, Double hours) {
    return new PersonRow(p.rowNo(), p.idNumber(), p.name(), p.sex(), p.birthDate(), p.ethnicity(), p.education(),
        p.occupation(), p.frontline(), p.appliedOn(), p.activistOn(), p.candidateOn(), p.youthRecommended(),
        p.sponsors(), p.introducers(), p.probationOn(), p.fullOn(), p.transferredInOn(), p.leftOn(), p.leftReason(),
        p.remark(), p.stage(), p.monthOnly(), points, hours);
  }

  static People.Sink read(Path file) {
    People.Sink sink = new People.Sink();
    new BranchFileReader().read(file, PERIOD, sink);
    return sink;
  }

  static void assertSamePeople(List<PersonRow> read, List<PersonRow> expected) {
    assertThat(read).usingRecursiveFieldByFieldElementComparatorIgnoringFields("rowNo")
        .containsExactlyElementsOf(expected);
  }

  static int column(XSSFRow header, String label) {
    for (int c = 0; c < header.getLastCellNum(); c++) {
      if (header.getCell(c).getStringCellValue().equals(label)) {
        return c;
      }
    }
    throw new AssertionError("no column " + label);
  }

  static XSSFWorkbook open(Path file) throws Exception {
    try (InputStream in = Files.newInputStream(file)) {
      return new XSSFWorkbook(in);
    }
  }
}
