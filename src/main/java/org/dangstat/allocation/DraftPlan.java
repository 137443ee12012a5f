package org.dangstat.allocation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.dangstat.plan.Plan;
import org.dangstat.plan.Target;
import org.dangstat.plan.Target.Kind;

/**
 * The draft of next year's plan: the allocation's total and quotas with the targets of the base
 * plan (this year's), so that after people edit it it becomes next year's input.
 */
public final class DraftPlan {

  /** The targets of the example in plan-format.md, used when there is no base plan. */
  public static final Map<String, Target> EXAMPLE_TARGETS = exampleTargets();

  private DraftPlan() {}

  /**
   * Year {@code year}, org {@code rootOrg}, planned_new = the allocated total, branches = the
   * non-zero quotas by code; tolerance, targets and the branch targets of branches still present
   * come from {@code base} (may be null: the example targets and the default tolerance).
   */
  public static Plan of(Allocation allocation, Plan base, int year, String rootOrg) {
    Map<String, Integer> branches = new LinkedHashMap<>();
    allocation.branches().stream().filter(b -> b.quota() > 0)
        .forEach(b -> branches.put(b.code(), b.quota()));
    if (base == null) {
      return Plan.of(year, rootOrg, allocation.total(), Plan.DEFAULT_TOLERANCE, EXAMPLE_TARGETS,
          branches, Map.of());
    }
    // a branch dissolved since the base plan would make the draft invalid input (UNKNOWN_BRANCH)
    Map<String, Map<String, Target>> branchTargets = new LinkedHashMap<>();
    base.branchTargets().forEach((code, t) -> {
      if (allocation.branches().stream().anyMatch(b -> b.code().equals(code))) {
        branchTargets.put(code, t);
      }
    });
    return Plan.of(year, rootOrg, allocation.total(), base.tolerance(), base.targets(), branches,
        branchTargets, base.deadlineDays());
  }

  private static Map<String, Target> exampleTargets() {
    Map<String, Target> t = new LinkedHashMap<>();
    t.put("new_highschool_plus_share", new Target(Kind.APPROX, 0.80));
    t.put("new_under35_share", new Target(Kind.APPROX, 0.50));
    t.put("new_frontline_share", new Target(Kind.MIN, 0.80));
    t.put("new_female_share", new Target(Kind.MIN, 0.30));
    t.put("new_two_new_share", new Target(Kind.APPROX, 0.40));
    t.put("activist_candidate_ratio", new Target(Kind.MIN, 3.0));
    t.put("net_growth_rate", new Target(Kind.MAX, 0.015));
    return Collections.unmodifiableMap(t);
  }
}
