package org.dangstat.indicators;

import java.util.HashMap;
import java.util.Map;
import org.dangstat.core.MeasureKeys;
import org.dangstat.core.SubQuotaKeys;
import org.dangstat.plan.Plan;
import org.dangstat.plan.Target;

/**
 * Target text and status of one indicator row. The plan's {@code targets} apply to the root
 * ({@code plan.org}), {@code branch_targets} to the unit they name. new_members and
 * quota_completion are judged against the quota ({@link Pace}) unless the plan gives them an
 * explicit target, which then wins (the committee asked for it by name).
 */
final class Judge {

  record Verdict(String target, String status) {
    static final Verdict NONE = new Verdict("", "");
  }

  private final Plan plan;
  private final int quarter;
  private final IndicatorCatalog catalog;

  Judge(Plan plan, int quarter, IndicatorCatalog catalog) {
    this.plan = plan;
    this.quarter = quarter;
    this.catalog = catalog;
  }

  /** The quota of a unit: the root's planned_new, a branch's own, a 党总支's branches added up. */
  Integer quota(OrgTree tree, OrgTree.Org org) {
    if (plan == null) {
      return null;
    }
    if (org.code().equals(plan.org())) {
      return plan.plannedNew();
    }
    return tree.branchesOf(org).stream().mapToInt(b -> plan.quota(b.code())).sum();
  }

  Verdict judge(OrgTree.Org org, String key, Double value, Counts counts) {
    if (plan == null) {
      return Verdict.NONE;
    }
    Target t = targets(org.code()).get(key);
    if (t != null) {
      // no value (no snapshot, empty denominator): the target is shown but not judged
      return new Verdict(t.text(),
          value == null ? "" : t.status(value, plan.tolerance(), catalog.isShare(key)));
    }
    if (key.equals(MeasureKeys.NEW_MEMBERS) || key.equals("quota_completion")) {
      return pace(counts.get(MeasureKeys.NEW_MEMBERS), counts.get(Counts.QUOTA));
    }
    // 其中学生20名: judged like the quota (plan-format.md), at the root that sets it
    String sub = key.startsWith(SubQuotaKeys.NEW_MEMBERS_PREFIX) ? SubQuotaKeys.keyOf(key) : null;
    if (sub != null && org.code().equals(plan.org()) && plan.subQuota(sub) != null) {
      return pace(value, plan.subQuota(sub));
    }
    return Verdict.NONE;
  }

  private Verdict pace(Double newMembers, double quota) {
    if (quota == 0 && (newMembers == null || newMembers == 0)) {
      return Verdict.NONE; // nothing planned, nothing done: no target to show
    }
    if (newMembers == null) {
      return new Verdict(Pace.targetText(quota), "");
    }
    String s = Pace.status(newMembers, quota, quarter);
    return new Verdict(Pace.targetText(quota), s == null ? "" : s);
  }

  private Map<String, Target> targets(String code) {
    Map<String, Target> out = new HashMap<>();
    if (code.equals(plan.org())) {
      out.putAll(plan.targets());
    }
    out.putAll(plan.branchTargets().getOrDefault(code, Map.of()));
    return out;
  }
}
