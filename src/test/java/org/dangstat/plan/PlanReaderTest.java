package org.dangstat.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.dangstat.plan.Target.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlanReaderTest {

  static final Set<String> KEYS = Set.of("new_highschool_plus_share", "new_under35_share",
      "new_frontline_share", "new_female_share", "new_two_new_share", "activist_candidate_ratio",
      "net_growth_rate", "members_total", "new_members_change_rate", "new_activists", "member_share_of_students");
  static final Set<String> BRANCHES = Set.of("CQ-001", "CQ-002", "CQ-003");

  @TempDir
  Path dir;

  static Path example() throws Exception {
    return Path.of(PlanReaderTest.class.getResource("/plan/plan-2026.yml").toURI());
  }

  @Test
  void theSpecExampleParses() throws Exception {
    Plan p = PlanReader.read(example(), KEYS, BRANCHES);
    assertThat(p.year()).isEqualTo(2026);
    assertThat(p.org()).isEqualTo("CQ");
    assertThat(p.plannedNew()).isEqualTo(25);
    assertThat(p.tolerance()).isEqualTo(0.05);
    assertThat(p.targets()).hasSize(10)
        .containsEntry("new_female_share", new Target(Kind.MIN, 0.30))
        .containsEntry("new_members_change_rate", new Target(Kind.MAX, -0.228))
        .containsEntry("new_activists", new Target(Kind.MIN, 3))
        .containsEntry("member_share_of_students", new Target(Kind.APPROX, 0.14))
        .containsEntry("new_under35_share", new Target(Kind.APPROX, 0.50))
        .containsEntry("activist_candidate_ratio", new Target(Kind.MIN, 3.0))
        .containsEntry("net_growth_rate", new Target(Kind.MAX, 0.015));
    assertThat(p.targets().keySet()).startsWith("new_highschool_plus_share", "new_under35_share");
    assertThat(p.branches()).containsExactly(entry("CQ-001", 2), entry("CQ-002", 1));
    assertThat(p.quota("CQ-003")).isZero();
    assertThat(p.branchTargets()).isEmpty();
    assertThat(p.subQuotas()).containsExactly(entry("student", 20));
    assertThat(p.servicePointsMin()).isEqualTo(60.0);
    assertThat(p.deadlineDays()).isEqualTo(10);
    assertThat(p.warnings()).singleElement().asString()
        .contains("3名").contains("25名").contains("QUOTA_SUM_MISMATCH");
  }

  @Test
  void defaultsAndBranchTargets() throws Exception {
    Plan p = PlanReader.read(write("""
        year: 2026
        org: CQ
        planned_new: 3
        branches: {CQ-001: 2, CQ-002: 1}
        branch_targets:
          CQ-001:
            new_female_share: {min: 0.5}
        """), KEYS, null);
    assertThat(p.tolerance()).isEqualTo(0.05);
    assertThat(p.targets()).isEmpty();
    assertThat(p.warnings()).isEmpty();
    assertThat(p.branchTargets()).containsEntry("CQ-001",
        java.util.Map.of("new_female_share", new Target(Kind.MIN, 0.5)));
  }

  @Test
  void rangesNegativeTargetsSubQuotasAndServicePoints() throws Exception {
    Plan p = PlanReader.read(write("""
        year: 2026
        org: CQ
        planned_new: 48
        targets:
          new_members_change_rate: {max: -0.228}
          new_members_student: {min: 2}
        sub_quotas:
          student: 20
          学校: 30
        service_points_min: 60.5
        branch_targets:
          CQ-002:
            new_activists: {min: 1, max: 2}
        """), KEYS, BRANCHES);
    assertThat(p.targets()).containsEntry("new_members_change_rate", new Target(Kind.MAX, -0.228))
        .containsEntry("new_members_student", new Target(Kind.MIN, 2));
    assertThat(p.subQuotas()).containsExactly(entry("student", 20), entry("学校", 30));
    assertThat(p.subQuota("student")).isEqualTo(20);
    assertThat(p.subQuota("worker")).isNull();
    assertThat(p.servicePointsMin()).isEqualTo(60.5);
    assertThat(p.branchTargets().get("CQ-002")).containsEntry("new_activists", Target.range(1, 2));
    assertThat(p.warnings()).singleElement().asString().contains("QUOTA_SUM_MISMATCH");
  }

  @Test
  void aSubQuotaAboveTheTotalIsAWarning() throws Exception {
    Plan p = PlanReader.read(write("year: 2026\norg: CQ\nplanned_new: 5\nsub_quotas: {farmer: 6}\nbranches: {CQ-001: 5}\n"),
        KEYS, BRANCHES);
    assertThat(p.warnings()).singleElement().asString().contains("其中农牧渔民计划6名").contains("SUB_QUOTA_ABOVE_TOTAL");
  }

  @Test
  void theDefaultTargetsAreOneFileInThePlanFormat() {
    Plan d = PlanReader.defaults(org.dangstat.indicators.IndicatorCatalog.standard().keySet());
    assertThat(d.tolerance()).isEqualTo(0.05);
    assertThat(d.deadlineDays()).isEqualTo(10);
    assertThat(d.targets()).hasSize(7).containsEntry("new_female_share", new Target(Kind.MIN, 0.30))
        .containsEntry("net_growth_rate", new Target(Kind.MAX, 0.015))
        .containsEntry("activist_candidate_ratio", new Target(Kind.MIN, 3.0));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      YAML_SYNTAX        | 5 | 'targets:\n  new_female_share: {min: 0.30}}\nbranches:\n  CQ-001: 2'
      YAML_SYNTAX        | 6 | 'branches:\n  CQ-001: 2\n   CQ-002: 1'
      UNKNOWN_KEY        | 4 | 'target:\n  new_female_share: {min: 0.30}'
      UNKNOWN_INDICATOR  | 6 | 'targets:\n  new_female_share: {min: 0.30}\n  new_women_share: {min: 0.30}'
      BAD_TARGET         | 5 | 'targets:\n  new_female_share: 0.30'
      BAD_RANGE          | 5 | 'targets:\n  new_female_share: {min: 0.5, max: 0.3}'
      BAD_TARGET         | 5 | 'targets:\n  new_female_share: {min: 0.3, approx: 0.5}'
      BAD_TARGET         | 5 | 'targets:\n  new_female_share: {range: 0.3}'
      UNKNOWN_INDICATOR  | 5 | 'targets:\n  new_members_teacher: {min: 3}'
      UNKNOWN_SUB_QUOTA  | 6 | 'sub_quotas:\n  student: 2\n  teachers: 1'
      NEGATIVE_NUMBER    | 5 | 'sub_quotas:\n  student: -2'
      NOT_AN_INTEGER     | 5 | 'sub_quotas:\n  学校: 1.5'
      NEGATIVE_NUMBER    | 4 | 'service_points_min: -1'
      BAD_TARGET         | 5 | 'targets:\n  new_female_share: {}'
      BAD_TARGET         | 5 | 'targets:\n  new_female_share: {least: 0.3}'
      NOT_A_NUMBER       | 5 | 'targets:\n  new_female_share: {min: 三成}'
      NEGATIVE_NUMBER    | 6 | 'branches:\n  CQ-001: 2\n  CQ-002: -1'
      NOT_AN_INTEGER     | 6 | 'branches:\n  CQ-001: 2\n  CQ-002: 1.5'
      UNKNOWN_BRANCH     | 6 | 'branches:\n  CQ-001: 2\n  CQ-009: 1'
      UNKNOWN_BRANCH     | 5 | 'branch_targets:\n  CQ-404: {new_female_share: {min: 0.5}}'
      UNKNOWN_INDICATOR  | 6 | 'branch_targets:\n  CQ-001:\n    women: {min: 0.5}'
      DUPLICATE_KEY      | 6 | 'branches:\n  CQ-001: 2\n  CQ-001: 1'
      NEGATIVE_NUMBER    | 4 | 'tolerance: -0.05'
      """)
  void invalidPlansNameTheLine(String code, int line, String tail) throws Exception {
    Path f = write("year: 2026\norg: CQ\nplanned_new: 3\n" + tail.replace("\\n", "\n") + "\n");
    assertThatThrownBy(() -> PlanReader.read(f, KEYS, BRANCHES))
        .isInstanceOfSatisfying(PlanException.class, e -> {
          assertThat(e.code()).isEqualTo(code);
          assertThat(e.line()).isEqualTo(line);
        })
        .hasMessageContaining("第" + line + "行").hasMessageContaining(code)
        .hasMessageContaining("plan.yml");
  }

  @ParameterizedTest(name = "missing {0}")
  @CsvSource(delimiter = '|', textBlock = """
      year        | 'org: CQ\nplanned_new: 3'
      org         | 'year: 2026\nplanned_new: 3'
      planned_new | 'year: 2026\norg: CQ'
      """)
  void missingRequiredKeys(String key, String text) throws Exception {
    Path f = write(text.replace("\\n", "\n"));
    assertThatThrownBy(() -> PlanReader.read(f, KEYS, BRANCHES))
        .isInstanceOf(PlanException.class)
        .hasMessageContaining("第1行").hasMessageContaining("“" + key + "”")
        .hasMessageContaining("MISSING_KEY");
  }

  @Test
  void aMissingValueNamesItsOwnLine() throws Exception {
    Path f = write("year: 2026\norg: CQ\nplanned_new:\n");
    assertThatThrownBy(() -> PlanReader.read(f, KEYS, BRANCHES))
        .hasMessageContaining("第3行").hasMessageContaining("MISSING_KEY");
  }

  @Test
  void yearMustBeAnInteger() throws Exception {
    Path f = write("year: 2026.5\norg: CQ\nplanned_new: 3\n");
    assertThatThrownBy(() -> PlanReader.read(f, KEYS, BRANCHES))
        .hasMessageContaining("第1行").hasMessageContaining("NOT_AN_INTEGER");
  }

  @Test
  void emptyFile() throws Exception {
    Path f = write("# nothing\n");
    assertThatThrownBy(() -> PlanReader.read(f, KEYS, BRANCHES))
        .hasMessageContaining("第1行").hasMessageContaining("EMPTY_PLAN");
  }

  private Path write(String text) throws Exception {
    Path f = dir.resolve("plan.yml");
    Files.writeString(f, text, StandardCharsets.UTF_8);
    return f;
  }
}
