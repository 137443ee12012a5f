package org.dangstat.allocation;

import java.util.LinkedHashMap;
import java.util.Map;
import org.dangstat.indicators.IndicatorCatalog;
import org.dangstat.plan.Plan;
import org.dangstat.plan.PlanReader;
import org.dangstat.plan.Target;

/**
 * The draft of next year's plan: the allocation's total and quotas with the targets, sub-quotas
 * and 服务积分 of the base plan (this year's), so that after people edit it it becomes next year's
 * input. Without a base plan the targets come from the one file of default targets
 * ({@code plan/default-targets.yml}, {@link PlanReader#defaults}).
 */
public final class DraftPlan {

  private DraftPlan() {}

  /** The default plan: its tolerance, deadline and targets (year, org and planned_new are placeholders). */
  public static Plan defaults() {
    return Defaults.PLAN;
  }

  /** The default targets, in file order. */
  public static Map<String, Target> defaultTargets() {
    return defaults().targets();
  }

  /**
   * Year {@code year}, org {@code rootOrg}, planned_new = the allocated total, branches = the
   * non-zero quotas by code; tolerance, targets, sub-quotas, 服务积分 and the branch targets of
   * branches still present come from {@code base} (may be null: the default plan's).
   */
  public static Plan of(Allocation allocation, Plan base, int year, String rootOrg) {
    Map<String, Integer> branches = new LinkedHashMap<>();
    allocation.branches().stream().filter(b -> b.quota() > 0)
        .forEach(b -> branches.put(b.code(), b.quota()));
    Plan from = base == null ? defaults() : base;
    // a branch dissolved since the base plan would make the draft invalid input (UNKNOWN_BRANCH)
    Map<String, Map<String, Target>> branchTargets = new LinkedHashMap<>();
    from.branchTargets().forEach((code, t) -> {
      if (allocation.branches().stream().anyMatch(b -> b.code().equals(code))) {
        branchTargets.put(code, t);
      }
    });
    return Plan.of(year, rootOrg, allocation.total(), from.tolerance(), from.targets(), branches,
        branchTargets, from.deadlineDays(), from.subQuotas(), from.servicePointsMin());
  }

  /** Read once, on first use. */
  private static final class Defaults {
    static final Plan PLAN = PlanReader.defaults(IndicatorCatalog.standard().keySet());
  }
}
