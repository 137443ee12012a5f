package org.dangstat.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.dangstat.intake.IdNumbers;
import org.dangstat.intake.InboxFileName;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoTownshipTest {

  @TempDir static Path inbox;
  static DemoManifest manifest;

  @BeforeAll
  static void generate() {
    manifest = DemoTownship.generate(inbox, DemoOptions.standard(42, 2026));
  }

  @Test
  void standardTownshipHasPlausibleSize() {
    assertThat(manifest.branches()).isBetween(30, 50);
    assertThat(manifest.people()).isBetween(1500, 3000);
    assertThat(manifest.files()).hasSize(1 + 5 * manifest.branches());
    double growth = (double) manifest.membersEnd() / manifest.membersStart() - 1;
    assertThat(growth).isBetween(-0.01, 0.04);
    for (String f : manifest.files()) {
      assertThat(inbox.resolve(f)).exists();
    }
  }

  @Test
  void everyCategoryIsPresent() throws IOException {
    var categories = new HashSet<String>();
    for (String line : Files.readAllLines(inbox.resolve("orgunits.csv"))) {
      categories.add(line.split(",", -1)[4]);
    }
    assertThat(categories).contains("农村", "社区", "机关", "学校", "医院", "其他事业单位", "国有企业", "非公企业", "社会组织");
  }

  @Test
  void mistakesConflictAndSlipsAreListed() {
    assertThat(manifest.mistakeFiles()).hasSizeBetween(2, 3);
    assertThat(manifest.mistakes()).extracting(DemoManifest.Mistake::code)
        .contains("ID_CHECKSUM", "SEX_MISMATCH", "ID_NUMERIC", "DATE_ORDER");
    assertThat(manifest.mistakeFiles()).anyMatch(f -> f.endsWith("2026Q2.csv")).anyMatch(f -> f.endsWith("2026Q3.xlsx"));
    assertThat(manifest.conflicts()).hasSize(1);
    assertThat(manifest.slips()).extracting(DemoManifest.ProcedureSlip::rule)
        .contains("ACTIVIST_ONE_YEAR", "INTRODUCERS", "PROBATION_OVERDUE");
    // one of each cross-period finding, each in a branch of its own, with a story (period-checks.md §1)
    assertThat(manifest.inconsistencies()).extracting(DemoManifest.Inconsistency::code).containsExactlyInAnyOrder(
        "PERSON_VANISHED", "PERSON_APPEARED", "STAGE_REGRESSED", "FACT_CHANGED", "LEFT_REAPPEARED");
    assertThat(manifest.inconsistencies()).extracting(DemoManifest.Inconsistency::branch).doesNotHaveDuplicates();
    assertThat(manifest.inconsistencies()).allMatch(i -> !i.story().isBlank() && i.period().endsWith("Q4"));
    for (String f : manifest.ignoredFiles()) {
      assertThat(inbox.resolve(f)).exists();
    }
  }

  @Test
  void formatsAreMixed() throws IOException {
    Map<String, String> formats = manifest.formats();
    assertThat(formats.values()).anyMatch(v -> v.startsWith("XLSX") && v.contains("date cells"))
        .anyMatch(v -> v.startsWith("XLSX") && !v.contains("date cells"))
        .anyMatch(v -> v.contains("English keys"));
    String gb = formats.entrySet().stream().filter(e -> e.getValue().contains("GB18030, title row"))
        .map(Map.Entry::getKey).findFirst().orElseThrow();
    assertThat(SnapshotFileReader.isUtf8(inbox.resolve(gb))).isFalse();
    assertThat(SnapshotFileReader.read(inbox.resolve(gb))).isNotEmpty();
  }

  @Test
  void validFilesHaveValidIdsAndOrderedDates() throws IOException {
    int rows = 0;
    for (String f : manifest.files()) {
      if (f.equals("orgunits.csv") || manifest.mistakeFiles().contains(f)) {
        continue;
      }
      LocalDate end = InboxFileName.parse(f).orElseThrow().period().end();
      var seen = new HashSet<String>();
      for (Map<String, String> row : SnapshotFileReader.read(inbox.resolve(f))) {
        rows++;
        String id = row.get("身份证号");
        assertThat(seen.add(id)).as("duplicate in %s", f).isTrue();
        assertThat(IdNumbers.hasValidCheckDigit(id)).as(f + " " + id).isTrue();
        String sex = row.get("性别");
        assertThat(IdNumbers.sex(id)).isEqualTo(sex.equals("男") || sex.equals("M") ? 'M' : 'F');
        LocalDate birth = IdNumbers.birthDate(id).orElseThrow();
        assertThat(birth).isBetween(end.minusYears(96), end.minusYears(18));
        assertDatesInOrder(f, row, end, birth);
      }
    }
    assertThat(rows).isGreaterThan(5 * 1500);
  }

  private static void assertDatesInOrder(String f, Map<String, String> row, LocalDate end, LocalDate birth) {
    LocalDate previous = null;
    for (String column : List.of("入党申请日期", "积极分子日期", "发展对象日期", "入党日期", "转正日期")) {
      LocalDate d = SnapshotFileReader.date(row.get(column));
      if (d != null) {
        assertThat(d).as("%s %s %s", f, column, row).isBeforeOrEqualTo(end);
        if (previous != null) {
          assertThat(d).as("%s %s %s", f, column, row).isAfterOrEqualTo(previous);
        }
        previous = d;
      }
    }
    LocalDate applied = SnapshotFileReader.date(row.get("入党申请日期"));
    if (applied != null) {
      assertThat(applied).as("18 on application %s", row).isAfterOrEqualTo(birth.plusYears(18));
    }
    LocalDate admitted = SnapshotFileReader.date(row.get("入党日期"));
    if (admitted != null && !admitted.isBefore(Days.RULES_2014)) {
      assertThat(row.get("入党介绍人")).as("%s %s", f, row).isNotBlank();
      assertThat(row.get("发展对象日期")).as("%s %s", f, row).isNotBlank();
    }
    LocalDate left = SnapshotFileReader.date(row.get("离开日期"));
    assertThat(left == null).isEqualTo(row.get("离开原因").isBlank());
    if (left != null) {
      assertThat(left).isBeforeOrEqualTo(end).isAfterOrEqualTo(end.withDayOfYear(1));
      assertThat(left).isAfterOrEqualTo(previous);
    }
  }
}
