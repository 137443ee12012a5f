package org.dangstat.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dangstat.allocation.Townships.person;
import static org.dangstat.allocation.Townships.plain;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dangstat.indicators.IndicatorCatalog;
import org.dangstat.plan.Plan;
import org.dangstat.plan.PlanReader;
import org.dangstat.plan.Target;
import org.dangstat.plan.Target.Kind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AllocationFilesTest {

  static final Set<String> KEYS = IndicatorCatalog.standard().keySet();

  @TempDir
  Path dir;

  @BeforeAll
  static void headless() {
    System.setProperty("java.awt.headless", "true");
  }

  /** CQ-001: 4 ready, CQ-002: too small, CQ-003: a name Excel would run as a formula. */
  static Allocation allocation() {
    List<BranchPipeline> town = List.of(
        new BranchPipeline("CQ-001", "东村党支部", 12, 9, 4,
            List.of(person(true, true, true, false), plain(), plain(), plain())),
        new BranchPipeline("CQ-002", "西村党支部", 2, 1, 1, List.of(plain())),
        new BranchPipeline("CQ-003", "=SUM(A1)", 8, 0, 2, List.of(plain(), plain())));
    return Allocator.allocate(town, TotalEstimator.given(4), DraftPlan.defaultTargets(), 0.05);
  }

  @Test
  void theDraftPlanIsValidInputForThePlanReader() {
    AllocationFiles.Written w = AllocationFiles.write(allocation(), null, 2027, "CQ", dir);
    assertThat(w.plan()).hasFileName("plan-2027.draft.yml");
    Plan draft = PlanReader.read(w.plan(), KEYS, Set.of("CQ-001", "CQ-002", "CQ-003"));
    assertThat(draft.year()).isEqualTo(2027);
    assertThat(draft.org()).isEqualTo("CQ");
    assertThat(draft.plannedNew()).isEqualTo(4);
    assertThat(draft.branches()).containsExactly(Map.entry("CQ-001", 3), Map.entry("CQ-003", 1));
    assertThat(draft.targets()).isEqualTo(DraftPlan.defaultTargets());
    assertThat(draft.warnings()).isEmpty();
    assertThat(draft).isEqualTo(DraftPlan.of(allocation(), null, 2027, "CQ"));
  }

  @Test
  void theDraftKeepsTheBasePlansTargetsAndTolerance() {
    Plan base = Plan.of(2026, "CQ", 9, 0.1, Map.of("new_female_share", new Target(Kind.MIN, 0.5)),
        Map.of("CQ-001", 9), Map.of("CQ-001", Map.of("new_female_share", new Target(Kind.MIN, 0.6)),
            "CQ-099", Map.of("new_female_share", new Target(Kind.MIN, 0.6))));
    AllocationFiles.Written w = AllocationFiles.write(allocation(), base, 2027, "CQ", dir);
    Plan draft = PlanReader.read(w.plan(), KEYS, Set.of("CQ-001", "CQ-002", "CQ-003"));
    assertThat(draft.tolerance()).isEqualTo(0.1);
    assertThat(draft.targets()).isEqualTo(base.targets());
    assertThat(draft.branchTargets()).containsOnlyKeys("CQ-001");
  }

  @Test
  void csvHasABomTheColumnsAndNoFormulas() throws Exception {
    AllocationFiles.Written w = AllocationFiles.write(allocation(), null, 2027, "CQ", dir);
    String csv = Files.readString(w.csv(), StandardCharsets.UTF_8);
    assertThat(csv).startsWith("\uFEFFcode,name,full_members,activists,candidates,capacity,quota,"
        + "activists_needed,reason\r\n");
    assertThat(csv).contains("CQ-002,西村党支部,2,1,1,0,0,3,正式党员不足3名（现有2名），暂不分配名额")
        .contains("CQ-003,'=SUM(A1),8,0,2,2,1,3,");
  }

  @Test
  void xlsxIsReadyToPrint() throws Exception {
    AllocationFiles.Written w = AllocationFiles.write(allocation(), null, 2027, "CQ", dir);
    try (InputStream in = Files.newInputStream(w.xlsx()); var book = new XSSFWorkbook(in)) {
      XSSFSheet sheet = book.getSheet("名额分配");
      assertThat(sheet).isNotNull();
      assertThat(sheet.getRow(0).getCell(0).getCellStyle().getFont().getBold()).isTrue();
      assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
      assertThat(sheet.getColumnWidth(8)).isGreaterThan(sheet.getColumnWidth(2));
      assertThat(sheet.getRow(1).getCell(6).getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(sheet.getRow(1).getCell(6).getNumericCellValue()).isEqualTo(3.0);
      assertThat(sheet.getRow(4).getCell(0).getStringCellValue()).isEqualTo("合计");
      assertThat(sheet.getRow(4).getCell(6).getNumericCellValue()).isEqualTo(4.0);
      assertThat(sheet.getRow(4).getCell(5).getNumericCellValue()).isEqualTo(6.0);
      assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
      assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
    }
  }

  @Test
  void chartAndPageAreWritten() throws Exception {
    Allocation a = allocation();
    AllocationFiles.Written w = AllocationFiles.write(a, null, 2027, "CQ", dir);
    assertThat(w.chart().png()).hasFileName("quota_vs_capacity.png");
    assertThat(w.chart().svg()).exists();
    assertThat(ImageIO.read(w.chart().png().toFile())).isNotNull();
    assertThat(Files.readString(w.chart().svg())).contains("<svg");
    String html = Files.readString(w.html(), StandardCharsets.UTF_8);
    assertThat(html).contains("2027年度发展党员名额分配（草案）", "计划发展党员 <b>4</b> 名",
        a.explanation(), "正式党员不足3名", "data:image/png;base64,iVBOR", "预计新发展党员结构",
        "不低于30%", "=SUM(A1)");
    assertThat(html).doesNotContain("<script");
    // a copy for a look by eye, as the chart tests do
    Path preview = Files.createDirectories(Path.of("target", "allocation-preview"));
    for (Path p : List.of(w.chart().png(), w.html(), w.plan(), w.csv())) {
      Files.copy(p, preview.resolve(p.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
