package org.dangstat.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dangstat.support.Township.id;
import static org.dangstat.support.Township.member;
import static org.dangstat.warehouse.jooq.Tables.V_CURRENT_PERSON;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dangstat.intake.IdNumbers;
import org.dangstat.intake.PersonRow;
import org.dangstat.support.Cli;
import org.dangstat.support.TestDatabase;
import org.dangstat.support.Township;
import org.dangstat.support.Warehouse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The clerk's round trip through the commands: template from the warehouse, filled, sent back, loaded. */
class ExcelRoundTripTest {

  @TempDir Path tmp;

  @Test
  void aTemplateFilledByTheClerkComesBackAcceptedWithTheSamePeople() throws Exception {
    String db = TestDatabase.fresh();
    Path data = tmp.resolve("data");
    Township township = lastYearOfBranchOne();
    assertThat(Cli.consolidate(township.inbox(), db, data).exitCode()).isZero();

    var made = Cli.run("template", "--branch", "TS-001", "--period", "2026Q2", "--out", tmp.resolve("out").toString(),
        "--db", db, "--data", data.toString());
    assertThat(made.exitCode()).as(made.out() + made.err()).isZero();
    Path template = tmp.resolve("out/templates/2026Q2/TS-001_2026Q2.xlsx");
    assertThat(made.out()).contains("预填 3 人").contains("2025Q4");
    List<String> prefilled = TemplateWorkbookTest.read(template).rows.stream().map(PersonRow::name).toList();
    assertThat(prefilled).containsExactlyInAnyOrder("老一", "老二", "老三"); // 离开 in 2025: dropped

    List<PersonRow> newcomers = People.branch().subList(0, 3);
    TemplateFiller.fill(template, newcomers);
    Files.copy(template, township.inbox().resolve("TS-001_2026Q2.xlsx"));
    var loaded = Cli.consolidate(township.inbox(), db, data);
    assertThat(loaded.exitCode()).isZero();
    assertThat(loaded.out()).containsPattern("接收 accepted\\s+1\\b").containsPattern("退回 rejected\\s+0\\b");

    try (var w = new Warehouse(db)) {
      List<String> names = w.dsl.select(V_CURRENT_PERSON.NAME).from(V_CURRENT_PERSON)
          .where(V_CURRENT_PERSON.BRANCH_CODE.eq("TS-001").and(V_CURRENT_PERSON.PERIOD.eq("2026Q2")))
          .fetch(V_CURRENT_PERSON.NAME);
      assertThat(names).containsExactlyInAnyOrder("老一", "老二", "老三", "张伟", "乌兰", "李明");
    }
  }

  @Test
  void aRejectedWorkbookComesBackWithExactlyItsBadCellsMarked() throws Exception {
    String db = TestDatabase.fresh();
    Path data = tmp.resolve("data");
    Township township = lastYearOfBranchOne();
    Path clerk = township.inbox().resolve("TS-002_2026Q2.xlsx");
    TemplateWorkbook.write("TS-002", "二社区党支部", TemplateWorkbookTest.PERIOD, List.of(), clerk);
    TemplateFiller.fill(clerk, People.branch());
    String good = People.branch().get(0).idNumber();
    String badChecksum = good.substring(0, 17) + (good.charAt(17) == '0' ? '1' : '0');
    try (var wb = TemplateWorkbookTest.open(clerk)) {
      wb.getSheet("人员").getRow(TemplateWorkbook.HEADER_ROW + 1).getCell(0).setCellValue(badChecksum);
      try (OutputStream out = Files.newOutputStream(clerk)) {
        wb.write(out);
      }
    }

    var run = Cli.consolidate(township.inbox(), db, data);
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("✗ 退回 TS-002_2026Q2.xlsx").contains("批注");
    Path annotated;
    try (var paths = Files.walk(data.resolve("archive"))) {
      annotated = paths.filter(p -> p.getFileName().toString().equals("TS-002_2026Q2.批注.xlsx")).findFirst()
          .orElseThrow();
    }
    try (var wb = TemplateWorkbookTest.open(annotated)) {
      assertThat(wb.getSheetName(0)).isEqualTo("问题汇总");
      var sheet = wb.getSheet("人员");
      // one comment per cell the error report names (the bad ID, and a warning the people carry)
      var reported = Files.readAllLines(annotated.resolveSibling("TS-002_2026Q2.xlsx.errors.csv")).stream()
          .skip(1).map(line -> line.split(",")).filter(cells -> !cells[1].isEmpty())
          .map(cells -> cells[1] + "/" + cells[2]).distinct().count();
      assertThat(sheet.getCellComments()).hasSize((int) reported);
      var comment = sheet.getCellComment(new org.apache.poi.ss.util.CellAddress(TemplateWorkbook.HEADER_ROW + 1, 0));
      assertThat(comment.getString().getString()).contains("ID_CHECKSUM");
      assertThat(sheet.getRow(TemplateWorkbook.HEADER_ROW + 1).getCell(0).getCellStyle().getFillForegroundColorColor())
          .as("the bad cell is filled").isNotNull();
    }
  }

  /** TS-001's year-end 2025 snapshot: three long-standing members and one who moved away in 2025. */
  private Township lastYearOfBranchOne() {
    Township township = new Township(tmp.resolve("inbox")).orgUnits();
    List<String> rows = new ArrayList<>();
    rows.add(member(id("19500101", 11), "老一"));
    rows.add(member(id("19510202", 13), "老二"));
    rows.add(member(id("19520303", 22), "老三"));
    String leaver = id("19530404", 15);
    rows.add(member(leaver, "走了").replaceAll(",,,,$", ",,2025-05-01,转出,"));
    assertThat(IdNumbers.sex(leaver)).isEqualTo('M');
    return township.branchFile("TS-001_2025Q4.csv", rows);
  }
}
