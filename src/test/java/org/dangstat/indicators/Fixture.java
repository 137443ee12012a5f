package org.dangstat.indicators;

import java.util.LinkedHashMap;
import java.util.Map;
import org.dangstat.plan.Plan;
import org.dangstat.plan.Target;
import org.dangstat.plan.Target.Kind;
import tech.tablesaw.api.Table;

/**
 * A small township: CQ (党委) with branch CQ-001, 党总支 CQ-100 (branches CQ-101 两新 and CQ-102
 * without a snapshot) and branch CQ-002 (3 members, nobody new).
 */
final class Fixture {

  record Row(Double numerator, Double denominator, Double value, String target, String status) {}

  static Table orgs() {
    Table t = Orgs.emptyTable();
    Orgs.add(t, "CQ", "城桥镇党委", null, Orgs.COMMITTEE, false);
    Orgs.add(t, "CQ-100", "工业园区党总支", "CQ", Orgs.GENERAL_BRANCH, false);
    Orgs.add(t, "CQ-002", "和平村党支部", "CQ", Orgs.BRANCH, false, "农村", null, null);
    Orgs.add(t, "CQ-102", "园区二支部", "CQ-100", Orgs.BRANCH, false, "学校", 60, 500);
    Orgs.add(t, "CQ-101", "园区一支部", "CQ-100", Orgs.BRANCH, true, "非公企业", 40, null);
    // 职工人数 50, 学生人数 100 (issue 17): CQ-101 gives only its 职工人数, CQ-102 has no snapshot
    Orgs.add(t, "CQ-001", "城东社区党支部", "CQ", Orgs.BRANCH, false, "社区", 50, 100);
    return t;
  }

  static Table measures() {
    Table t = Measures.emptyTable();
    Map<String, Integer> a = new LinkedHashMap<>();
    put(a, "members_total", 20, "members_probationary", 2, "female", 6, "minority", 1,
        "under35", 5, "college_plus", 8, "highschool_plus", 15, "frontline", 12,
        "new_members", 4, "new_female", 1, "new_under35", 3, "new_highschool_plus", 4,
        "new_college_plus", 2, "new_frontline", 3, "new_student", 0, "left_members", 2,
        "left_transfer_out", 1, "left_death", 1, "transferred_in", 1, "applicants", 5,
        "activists", 6, "candidates", 2, "youth_activists", 4, "youth_recommended", 3,
        "procedure_violations", 1, "prior_snapshot", 1, "members_start_measured", 17,
        "student_members", 12, "staff_members", 6);
    Measures.add(t, "CQ-001", a);
    Map<String, Integer> b = new LinkedHashMap<>();
    put(b, "members_total", 10, "members_probationary", 1, "female", 4, "under35", 6,
        "college_plus", 5, "highschool_plus", 9, "frontline", 3, "new_members", 2,
        "new_female", 2, "new_under35", 2, "new_highschool_plus", 2, "new_college_plus", 2,
        "new_student", 1, "left_members", 1, "left_expelled", 1, "applicants", 3,
        "activists", 3, "left_removed", 0, "left_withdrew", 0, "left_suspended", 0,
        "left_disqualified", 0, "left_other", 0, "prior_snapshot", 1, "members_start_measured", 10,
        "student_members", 3, "staff_members", 7);
    Measures.add(t, "CQ-101", b);
    Measures.add(t, "CQ-002", Map.of("members_total", 3, "prior_snapshot", 1, "members_start_measured", 3));
    return t;
  }

  /** planned 8; quotas 3 + 1 + 2 = 6 (a warning); root and two branch targets. */
  static Plan plan() {
    Map<String, Target> root = new LinkedHashMap<>();
    root.put("new_female_share", new Target(Kind.MIN, 0.30));
    root.put("new_under35_share", new Target(Kind.APPROX, 0.80));
    root.put("activist_candidate_ratio", new Target(Kind.MIN, 4.7));
    root.put("net_growth_rate", new Target(Kind.MAX, 0.10));
    Map<String, Integer> quotas = new LinkedHashMap<>();
    quotas.put("CQ-001", 3);
    quotas.put("CQ-101", 1);
    quotas.put("CQ-102", 2);
    return Plan.of(2026, "CQ", 8, 0.05, root, quotas, Map.of(
        "CQ-101", Map.of("new_female_share", new Target(Kind.MIN, 0.5)),
        "CQ-002", Map.of("female_share", new Target(Kind.MIN, 0.5))));
  }

  static Row row(Table out, String org, String key) {
    for (int i = 0; i < out.rowCount(); i++) {
      if (out.stringColumn("org_code").get(i).equals(org)
          && out.stringColumn("indicator").get(i).equals(key)) {
        return new Row(num(out, "numerator", i), num(out, "denominator", i),
            num(out, "value", i), out.stringColumn("target").get(i),
            out.stringColumn("status").get(i));
      }
    }
    throw new AssertionError("no row " + org + " " + key);
  }

  private static Double num(Table t, String col, int i) {
    return t.doubleColumn(col).isMissing(i) ? null : t.doubleColumn(col).get(i);
  }

  private static void put(Map<String, Integer> m, Object... kv) {
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], (Integer) kv[i + 1]);
    }
  }

  private Fixture() {}
}
