package org.dangstat.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.dangstat.compliance.ComplianceChecker;
import org.dangstat.compliance.PersonFacts;
import org.dangstat.compliance.ProcedureRules;
import org.dangstat.compliance.Violation;
import org.dangstat.core.Period;
import org.dangstat.plan.Plan;
import org.dangstat.plan.PlanReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tech.tablesaw.api.Table;

/**
 * Every example plan of {@code jobs/examples/} (one per seed plan of issue 17) is accepted as
 * analyze accepts a plan, and every target, sub-quota and branch target in it is judged: a status
 * in the indicators and a sentence in the findings.
 */
class SeedPlanExamplesTest {

  static final Path EXAMPLES = Path.of("jobs", "examples");
  static final Period Q4 = new Period(2026, 4);

  static Stream<Path> examples() throws IOException {
    return Files.list(EXAMPLES).filter(p -> p.toString().endsWith(".yml")).sorted();
  }

  @Test
  void thereIsOneExamplePerSeedPlan() throws IOException {
    assertThat(examples().map(p -> p.getFileName().toString())).containsExactly("pian1-village.yml",
        "pian2-education-bureau.yml", "pian3-cangqian.yml", "pian5-university.yml", "pian6-community.yml",
        "xize-17.yml");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void acceptedAndJudged(Path file) throws IOException {
    String text = Files.readString(file);
    assertThat(text).as("quotes the plan's sentence").containsPattern("(?m)^#   “.+”");
    Plan plan = PlanReader.read(file, IndicatorCatalog.standard().keySet(), null);
    Set<String> branches = new LinkedHashSet<>(plan.branches().keySet());
    branches.addAll(plan.branchTargets().keySet());
    // the analyze command's check: every branch is in the org tree
    PlanReader.read(file, IndicatorCatalog.standard().keySet(), branches);
    assertThat(plan.warnings()).isEmpty();

    Table out = IndicatorEngine.compute(orgs(plan.org(), branches), measures(branches), Q4, plan);
    List<String> findings = Findings.of(out, plan, plan.org());
    plan.targets().forEach((key, t) -> {
      var row = Fixture.row(out, plan.org(), key);
      assertThat(row.target()).as(key).isEqualTo(t.text());
      assertThat(row.status()).as(key).isNotEmpty();
    });
    plan.subQuotas().forEach((key, n) -> {
      assertThat(Fixture.row(out, plan.org(), "new_members_" + key).status()).as(key).isNotEmpty();
      assertThat(findings).anyMatch(f -> f.startsWith("其中") && f.contains("计划" + n + "名"));
    });
    plan.branchTargets().forEach((code, targets) -> targets.forEach((key, t) -> {
      assertThat(Fixture.row(out, code, key).status()).as(code + " " + key).isNotEmpty();
      assertThat(findings).anyMatch(f -> f.startsWith(code + " "));
    }));
    // one sentence per target, plus the quota's (and the change against last year in its own)
    assertThat(findings.size()).isGreaterThanOrEqualTo(plan.targets().size() + plan.subQuotas().size());
    findings.forEach(f -> assertThat(f).doesNotContain("{").doesNotContain("null"));
  }

  @Test
  void pian5SaysTheChangeAgainstLastYear() throws IOException {
    Plan plan = PlanReader.read(EXAMPLES.resolve("pian5-university.yml"), IndicatorCatalog.standard().keySet(), null);
    Set<String> branches = plan.branches().keySet();
    Table out = IndicatorEngine.compute(orgs(plan.org(), branches), measures(branches), Q4, plan);
    // 3 branches × 10 new against 3 × 13 last year: −9/39 = −23.1%, a decrease of more than 22.8%
    assertThat(Findings.of(out, plan, plan.org()))
        .contains("发展党员30名，比上年（39名）下降23.1%，达到“比上年下降22.8%”的要求");
    // the half-year: judged against half of the year's plan
    Table q2 = IndicatorEngine.compute(orgs(plan.org(), branches), measures(branches), new Period(2026, 2), plan);
    assertThat(Findings.of(q2, plan, plan.org()).get(0)).isEqualTo(
        "上半年发展党员30名，全年计划42名，完成71.4%，达到“上下半年各发展一半”的进度（全年计划的一半为21名）");
  }

  @Test
  void pian3JudgesServicePointsAgainstThePlansStandard() throws IOException {
    Plan plan = PlanReader.read(EXAMPLES.resolve("pian3-cangqian.yml"), IndicatorCatalog.standard().keySet(), null);
    var checker = new ComplianceChecker(ProcedureRules.load(), plan.servicePointsMin());
    PersonFacts candidate = new PersonFacts("CQJD-01", "李华", "330106********1234", LocalDate.of(1998, 1, 1),
        "candidate", LocalDate.of(2024, 3, 1), LocalDate.of(2025, 3, 1), LocalDate.of(2026, 4, 1), true, 2, 0,
        null, null, null, 48.0, null);
    assertThat(checker.check(candidate, Q4.end())).extracting(Violation::rule).containsExactly("SERVICE_POINTS");
  }

  @Test
  void xize17IsTheRuleOfEveryPlan() {
    var checker = new ComplianceChecker(ProcedureRules.load());
    PersonFacts member = new PersonFacts("CQ-001", "王芳", "330106********1244", LocalDate.of(1996, 1, 1),
        "probationary", LocalDate.of(2023, 3, 1), LocalDate.of(2024, 3, 1), LocalDate.of(2025, 4, 1), true, 2, 2,
        LocalDate.of(2026, 5, 1), null, null, null, 16.0);
    assertThat(checker.check(member, Q4.end())).extracting(Violation::rule).containsExactly("TRAINING_HOURS");
  }

  /** The plan's root with its branches below, each a 学校 branch that gives 职工人数 and 学生人数. */
  static Table orgs(String root, Set<String> branches) {
    Table t = Orgs.emptyTable();
    Orgs.add(t, root, root + "党委", "", Orgs.COMMITTEE, false);
    branches.forEach(b -> Orgs.add(t, b, b + "党支部", root, Orgs.BRANCH, false, "学校", 80, 100));
    return t;
  }

  /** Every branch the same: 10 new (4 women, 8 under 35, 5 students), 13 last year, 3 new activists … */
  static Table measures(Set<String> branches) {
    Table t = Measures.emptyTable();
    for (String b : branches) {
      Map<String, Integer> m = new LinkedHashMap<>();
      m.put("members_total", 100);
      m.put("new_members", 10);
      m.put("new_female", 4);
      m.put("new_under35", 8);
      m.put("new_student", 5);
      m.put("youth_activists", 10);
      m.put("youth_recommended", 10);
      m.put("activists", 9);
      m.put("candidates", 3);
      m.put("new_activists", 2);
      m.put("new_candidates", 1);
      m.put("prior_snapshot", 1);
      m.put("members_start_measured", 90);
      m.put("new_members_previous_year", 13);
      m.put("student_members", 14);
      m.put("staff_members", 40);
      Measures.add(t, b, m);
    }
    return t;
  }
}
