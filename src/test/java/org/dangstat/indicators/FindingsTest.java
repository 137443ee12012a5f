package org.dangstat.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.dangstat.core.Period;
import org.dangstat.plan.Plan;
import org.dangstat.plan.Target.Kind;
import org.dangstat.plan.Target;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class FindingsTest {

  /** CQ with CQ-001 (25 new against a quota of 20) and CQ-002 (no snapshot). */
  private Table township(Plan plan, Period period) {
    Table orgs = Orgs.emptyTable();
    Orgs.add(orgs, "CQ", "城桥镇党委", "", Orgs.COMMITTEE, false);
    Orgs.add(orgs, "CQ-001", "城东社区党支部", "CQ", Orgs.BRANCH, false);
    Orgs.add(orgs, "CQ-002", "和平村党支部", "CQ", Orgs.BRANCH, false);
    Table m = Measures.emptyTable();
    Measures.add(m, "CQ-001", Map.of("members_total", 200, "new_members", 25, "new_female", 7,
        "new_under35", 13, "activists", 12, "candidates", 5, "transferred_in", 3,
        "left_members", 4, "female", 40));
    return IndicatorEngine.compute(orgs, m, period, plan);
  }

  private Plan plan(int plannedNew) {
    Map<String, Target> t = new LinkedHashMap<>();
    t.put("new_female_share", new Target(Kind.MIN, 0.30));
    t.put("new_under35_share", new Target(Kind.APPROX, 0.50));
    t.put("activist_candidate_ratio", new Target(Kind.MIN, 3.0));
    t.put("new_student_share", new Target(Kind.MAX, 0.10));
    t.put("net_growth_rate", new Target(Kind.MAX, 0.015));
    return Plan.of(2026, "CQ", plannedNew, 0.05, t, Map.of("CQ-001", 20),
        Map.of("CQ-001", Map.of("female_share", new Target(Kind.MIN, 0.30))));
  }

  @Test
  void sentencesForTheRoot() {
    Plan plan = plan(20);
    var findings = Findings.of(township(plan, new Period(2026, 4)), plan, "CQ");
    assertThat(findings).containsExactly(
        "发展党员25名，超过计划20名（计划外发展5名）",
        "新发展党员中女性占28.0%，低于“不低于30%”的要求",
        "新发展党员中35岁以下占52.0%，符合“50%左右”的要求",
        "积极分子与发展对象之比为2.4:1，低于“3:1”的要求",
        "新发展党员中学生占0.0%，符合“不超过10%”的要求",
        // start = 200 − 25 − 3 + 4 = 176; 24 / 176 = 13.64% (rates read with two decimals)
        "党员总数200名，比年初176名净增24名，净增长率13.64%，高于“控制在1.5%以内”的要求",
        // branch_targets are told too, after the root's
        "CQ-001 城东社区党支部：女性党员占20.0%，低于“不低于30%”的要求");
  }

  @Test
  void quotaPaceSentences() {
    Plan plan = plan(40);
    assertThat(Findings.of(township(plan, new Period(2026, 2)), plan, "CQ").get(0))
        .isEqualTo("上半年发展党员25名，全年计划40名，完成62.5%，达到“上下半年各发展一半”的进度（全年计划的一半为20名）");
    assertThat(Findings.of(township(plan, new Period(2026, 4)), plan, "CQ").get(0))
        .isEqualTo("发展党员25名，计划40名，完成62.5%，落后于进度（按进度应发展40名）");
  }

  @Test
  void withoutAPlanOnlyGrowth() {
    assertThat(Findings.of(township(null, new Period(2026, 4)), null, "CQ"))
        .containsExactly("党员总数200名，比年初176名净增24名，净增长率13.64%");
  }

  @Test
  void branchesNeedingAttention() {
    Plan plan = plan(20);
    assertThat(Findings.attention(township(plan, new Period(2026, 4)))).containsExactly(
        "CQ-001 城东社区党支部：发展党员25名，超过分配名额20名（计划外发展5名）；女性党员占比为20.0%，未达到“不低于30%”的要求",
        "CQ-002 和平村党支部：未报送本期名册，数据未计入汇总");
  }

  @Test
  void phraseFormats() {
    assertThat(Phrases.targetValue(IndicatorCatalog.Kind.RATE, 0.015)).isEqualTo("1.5%");
    assertThat(Phrases.targetValue(IndicatorCatalog.Kind.SHARE, 0.3)).isEqualTo("30%");
    assertThat(Phrases.value(IndicatorCatalog.Kind.SHARE, 0.28)).isEqualTo("28.0%");
    assertThat(Phrases.target("approx 0.50")).isEqualTo(new Target(Kind.APPROX, 0.5));
    assertThat(Phrases.target("quota 3")).isNull();
  }
}
