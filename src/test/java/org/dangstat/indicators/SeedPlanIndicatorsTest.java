package org.dangstat.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dangstat.indicators.Fixture.row;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dangstat.core.Period;
import org.dangstat.plan.Plan;
import org.dangstat.plan.Target;
import org.dangstat.plan.Target.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tech.tablesaw.api.Table;

/**
 * The indicators the seed plans needed (issue 17), on a township counted by hand:
 *
 * <pre>
 * CQ 党委
 * ├─ CQ-001 社区  职工50 学生100  new 4 (student 1, worker 3)  prev 9  activists+ 3  candidates+ 2  members: 12 students, 6 in work
 * ├─ CQ-002 农村                   new 0                         prev 0  activists+ n (the range case)
 * └─ CQ-100 党总支
 *    ├─ CQ-101 非公企业 职工40      new 2 (student 1, farmer 1)   prev 4  activists+ 1              members: 3 students, 7 in work
 *    └─ CQ-102 学校 职工60 学生500  no snapshot: in neither part of any share
 * </pre>
 */
class SeedPlanIndicatorsTest {

  static final Period Q4 = new Period(2026, 4);

  static Table orgs() {
    return Fixture.orgs();
  }

  /** The township; {@code cq002Activists} people became activists in CQ-002 this year; CQ-101 may lack (Y−1)Q4. */
  static Table measures(int cq002Activists, boolean cq101HasLastYear) {
    Table t = Measures.emptyTable();
    Measures.add(t, "CQ-001", counts("members_total", 20, "members_probationary", 2, "new_members", 4,
        "new_student", 1, "new_worker", 3, "prior_snapshot", 1, "members_start_measured", 17,
        "new_members_previous_year", 9, "new_activists", 3, "new_candidates", 2, "student_members", 12,
        "staff_members", 6));
    Measures.add(t, "CQ-002", counts("members_total", 3, "prior_snapshot", 1, "members_start_measured", 3,
        "new_activists", cq002Activists));
    Measures.add(t, "CQ-101", counts("members_total", 10, "new_members", 2, "new_student", 1, "new_farmer", 1,
        "prior_snapshot", cq101HasLastYear ? 1 : 0, "members_start_measured", cq101HasLastYear ? 10 : 0,
        "new_members_previous_year", cq101HasLastYear ? 4 : 0, "new_activists", 1, "student_members", 3,
        "staff_members", 7));
    return t;
  }

  private static Map<String, Integer> counts(Object... kv) {
    Map<String, Integer> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], (Integer) kv[i + 1]);
    }
    return m;
  }

  /** 篇二 / 篇五 / 篇六 at once: 8 planned, 其中学生 2 and 非公企业 1, a change target, a range at CQ-002. */
  static Plan plan(Map<String, Integer> subQuotas) {
    Map<String, Target> root = new LinkedHashMap<>();
    root.put("new_members_change_rate", new Target(Kind.MAX, -0.228));
    root.put("member_share_of_students", new Target(Kind.APPROX, 0.14));
    root.put("new_activists", new Target(Kind.MIN, 3));
    return Plan.of(2026, "CQ", 8, 0.05, root, Map.of("CQ-001", 5, "CQ-101", 3),
        Map.of("CQ-002", Map.of("new_activists", Target.range(1, 2))), 10, subQuotas, null);
  }

  static Plan plan() {
    Map<String, Integer> sub = new LinkedHashMap<>();
    sub.put("student", 2);
    sub.put("非公企业", 1);
    return plan(sub);
  }

  @Test
  void newActivistsAndCandidatesAreCountedAndRolledUp() {
    Table out = IndicatorEngine.compute(orgs(), measures(2, true), Q4, plan());
    assertThat(row(out, "CQ-001", "new_activists").value()).isEqualTo(3.0);
    assertThat(row(out, "CQ-001", "new_candidates").value()).isEqualTo(2.0);
    assertThat(row(out, "CQ-100", "new_activists").value()).isEqualTo(1.0);
    assertThat(row(out, "CQ", "new_activists").value()).isEqualTo(6.0); // 3 + 2 + 1
    assertThat(row(out, "CQ", "new_activists").status()).isEqualTo("met"); // min 3
    assertThat(row(out, "CQ", "new_candidates").value()).isEqualTo(2.0);
  }

  @Test
  void changeRateWithLastYearsRegisters() {
    Table out = IndicatorEngine.compute(orgs(), measures(2, true), Q4, plan());
    // root: new 4 + 0 + 2 = 6, last year 9 + 0 + 4 = 13: (6 − 13) / 13 = −0.5385
    var cq = row(out, "CQ", "new_members_change_rate");
    assertThat(cq.numerator()).isEqualTo(-7.0);
    assertThat(cq.denominator()).isEqualTo(13.0);
    assertThat(cq.value()).isCloseTo(-0.5385, org.assertj.core.data.Offset.offset(1e-4));
    assertThat(cq.target()).isEqualTo("max -0.228");
    assertThat(cq.status()).isEqualTo("met");
    assertThat(row(out, "CQ", "new_members_previous_year").value()).isEqualTo(13.0);
    // CQ-001: (4 − 9) / 9; CQ-002: nobody last year, a share of 0 is empty
    assertThat(row(out, "CQ-001", "new_members_change_rate").value()).isCloseTo(-0.5556, org.assertj.core.data.Offset.offset(1e-4));
    assertThat(row(out, "CQ-002", "new_members_change_rate").value()).isNull();
    assertThat(Findings.of(out, plan(), "CQ")).contains("发展党员6名，比上年（13名）下降53.8%，达到“比上年下降22.8%”的要求");
  }

  @Test
  void changeRateWithoutLastYearsRegistersIsEmptyAndSaysWhy() {
    Table out = IndicatorEngine.compute(orgs(), measures(2, false), Q4, plan());
    // CQ-101 lacks (Y−1)Q4: last year's figure of the root and of CQ-100 is unknown, CQ-001's is not
    assertThat(row(out, "CQ", "new_members_previous_year").value()).isNull();
    assertThat(row(out, "CQ", "new_members_change_rate").value()).isNull();
    assertThat(row(out, "CQ", "new_members_change_rate").status()).isEmpty();
    assertThat(row(out, "CQ-100", "new_members_previous_year").value()).isNull();
    assertThat(row(out, "CQ-001", "new_members_previous_year").value()).isEqualTo(9.0);
    assertThat(Findings.of(out, plan(), "CQ"))
        .contains("发展党员6名，没有上年四季度的全部名册，无法与上年比较（要求“比上年下降22.8%”）");
  }

  @Test
  void theSentenceOfTheIssueExample() {
    // 42 against 54: −12 / 54 = −22.2%, short of a 22.8% decrease
    Table t = Measures.emptyTable();
    Measures.add(t, "CQ-001", counts("members_total", 300, "new_members", 42, "prior_snapshot", 1,
        "new_members_previous_year", 54, "members_start_measured", 258));
    Table orgs = Orgs.emptyTable();
    Orgs.add(orgs, "CQ", "某大学党委", "", Orgs.COMMITTEE, false);
    Orgs.add(orgs, "CQ-001", "一支部", "CQ", Orgs.BRANCH, false, "学校", null, null);
    Plan p = Plan.of(2026, "CQ", 42, 0.05, Map.of("new_members_change_rate", new Target(Kind.MAX, -0.228)),
        Map.of("CQ-001", 42), Map.of());
    Table out = IndicatorEngine.compute(orgs, t, Q4, p);
    assertThat(Findings.of(out, p, "CQ"))
        .contains("发展党员42名，比上年（54名）下降22.2%，未达到“比上年下降22.8%”的要求");
  }

  @Test
  void aSubQuotaByOccupationIsJudgedLikeTheQuota() {
    Table out = IndicatorEngine.compute(orgs(), measures(2, true), Q4, plan());
    // students: CQ-001 1 + CQ-101 1 = 2 of 2 planned
    var students = row(out, "CQ", "new_members_student");
    assertThat(students.value()).isEqualTo(2.0);
    assertThat(students.target()).isEqualTo("quota 2");
    assertThat(students.status()).isEqualTo("met");
    assertThat(row(out, "CQ", "sub_quota_student").value()).isEqualTo(2.0);
    assertThat(row(out, "CQ-001", "new_members_student").value()).isEqualTo(1.0);
    assertThat(row(out, "CQ-001", "new_members_student").target()).isEmpty(); // root only
    assertThat(row(out, "CQ-001", "sub_quota_student").value()).isNull();
    assertThat(Findings.of(out, plan(), "CQ")).contains("其中学生发展2名，计划2名，完成100.0%");

    Table behind = IndicatorEngine.compute(orgs(), measures(2, true), Q4, plan(Map.of("student", 3)));
    assertThat(row(behind, "CQ", "new_members_student").status()).isEqualTo("missed"); // 2 < 3 − 3/4
    assertThat(Findings.of(behind, plan(Map.of("student", 3)), "CQ"))
        .contains("其中学生发展2名，计划3名，完成66.7%，落后于进度（按进度应发展3名）");
  }

  @Test
  void aSubQuotaByOrgCategoryCountsTheNewMembersOfThoseBranches() {
    Table out = IndicatorEngine.compute(orgs(), measures(2, true), Q4, plan());
    // 非公企业: CQ-101's 2 new members, over a sub-quota of 1
    var twoNew = row(out, "CQ", "new_members_非公企业");
    assertThat(twoNew.value()).isEqualTo(2.0);
    assertThat(twoNew.status()).isEqualTo("over");
    assertThat(row(out, "CQ-001", "new_members_非公企业").value()).isEqualTo(0.0);
    assertThat(row(out, "CQ-100", "new_members_非公企业").value()).isEqualTo(2.0);
    assertThat(Findings.of(out, plan(), "CQ")).contains("其中非公企业类党支部发展2名，计划1名，超过计划1名");
    // the rows follow quota_completion, each count before its sub-quota
    List<String> keys = out.where(out.stringColumn("org_code").isEqualTo("CQ")).stringColumn("indicator").asList();
    int at = keys.indexOf("quota_completion");
    assertThat(keys.subList(at + 1, at + 5)).containsExactly("new_members_student", "sub_quota_student",
        "new_members_非公企业", "sub_quota_非公企业");
  }

  @ParameterizedTest(name = "{0} new activists: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      0 | missed | CQ-002 和平村党支部：新确定入党积极分子数为0名，低于“1至2名”的要求
      1 | met    | CQ-002 和平村党支部：新确定入党积极分子数为1名，符合“1至2名”的要求
      2 | met    | CQ-002 和平村党支部：新确定入党积极分子数为2名，符合“1至2名”的要求
      3 | missed | CQ-002 和平村党支部：新确定入党积极分子数为3名，高于“1至2名”的要求
      """)
  void aRangeTargetAtBranchLevel(int activists, String status, String sentence) {
    Table out = IndicatorEngine.compute(orgs(), measures(activists, true), Q4, plan());
    var r = row(out, "CQ-002", "new_activists");
    assertThat(r.target()).isEqualTo("min 1.0 max 2.0");
    assertThat(r.status()).isEqualTo(status);
    assertThat(Findings.of(out, plan(), "CQ")).contains(sentence);
    if (status.equals("missed")) {
      assertThat(Findings.attention(out)).anySatisfy(l -> assertThat(l).startsWith("CQ-002")
          .contains("新确定入党积极分子数为" + activists + "名，未达到“1至2名”的要求"));
    }
  }

  @Test
  void beforeTheFourthQuarterAYearsCountTargetSaysItIsTheYearSoFar() {
    Table out = IndicatorEngine.compute(orgs(), measures(0, true), new Period(2026, 2), plan());
    assertThat(Findings.of(out, plan(), "CQ")).contains(
        "CQ-002 和平村党支部：新确定入党积极分子数为0名，低于“1至2名”的要求（全年要求，本期为截至2026-06-30的累计数）");
  }

  @Test
  void sharesOfStudentsAndStaffCountOnlyBranchesThatGiveTheirHeadCount() {
    Table out = IndicatorEngine.compute(orgs(), measures(2, true), Q4, plan());
    // students: only CQ-001 gives 学生人数 (CQ-102 has no snapshot): 12 / 100
    var students = row(out, "CQ", "member_share_of_students");
    assertThat(students.numerator()).isEqualTo(12.0);
    assertThat(students.denominator()).isEqualTo(100.0);
    assertThat(students.status()).isEqualTo("met"); // 14% 左右 ± 5 points
    // staff: CQ-001 6 / 50 and CQ-101 7 / 40 → 13 / 90
    var staff = row(out, "CQ", "member_share_of_staff");
    assertThat(staff.numerator()).isEqualTo(13.0);
    assertThat(staff.denominator()).isEqualTo(90.0);
    assertThat(row(out, "CQ-101", "member_share_of_students").value()).isNull(); // none given
    assertThat(row(out, "CQ-002", "member_share_of_staff").value()).isNull();
    assertThat(Findings.of(out, plan(), "CQ")).contains("学生中党员占12.0%，符合“14%左右”的要求");
  }
}
