package org.dangstat.plan;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dangstat.core.SubQuotaKeys;

/**
 * The annual development plan (年度发展党员计划), see plan-format.md. Maps keep the order of the
 * file. {@code branches} may be partial: a branch absent from it has quota 0.
 *
 * @param subQuotas 其中… : planned new members of one occupation code or org category (root only)
 * @param servicePointsMin 服务积分制: the fewest 服务积分 for becoming a 发展对象, null when the plan sets none
 */
public record Plan(
    int year,
    String org,
    int plannedNew,
    double tolerance,
    Map<String, Target> targets,
    Map<String, Integer> branches,
    Map<String, Map<String, Target>> branchTargets,
    List<String> warnings,
    int deadlineDays,
    Map<String, Integer> subQuotas,
    Double servicePointsMin) {

  public static final double DEFAULT_TOLERANCE = 0.05;
  /** 报送时限 (period-checks.md §4): a quarter's file is on time within this many days after its end. */
  public static final int DEFAULT_DEADLINE_DAYS = 10;

  /** A plan with the default deadline. */
  public Plan(int year, String org, int plannedNew, double tolerance, Map<String, Target> targets,
      Map<String, Integer> branches, Map<String, Map<String, Target>> branchTargets, List<String> warnings) {
    this(year, org, plannedNew, tolerance, targets, branches, branchTargets, warnings, DEFAULT_DEADLINE_DAYS,
        Map.of(), null);
  }

  /** A plan without sub-quotas and 服务积分. */
  public Plan(int year, String org, int plannedNew, double tolerance, Map<String, Target> targets,
      Map<String, Integer> branches, Map<String, Map<String, Target>> branchTargets, List<String> warnings,
      int deadlineDays) {
    this(year, org, plannedNew, tolerance, targets, branches, branchTargets, warnings, deadlineDays, Map.of(), null);
  }

  public Plan {
    targets = frozen(targets);
    branches = frozen(branches);
    Map<String, Map<String, Target>> bt = new LinkedHashMap<>();
    if (branchTargets != null) {
      branchTargets.forEach((code, t) -> bt.put(code, frozen(t)));
    }
    branchTargets = Collections.unmodifiableMap(bt);
    warnings = warnings == null ? List.of() : List.copyOf(warnings);
    subQuotas = frozen(subQuotas);
  }

  /** A plan with its warnings worked out (the sum of quotas against planned_new). */
  public static Plan of(int year, String org, int plannedNew, double tolerance,
      Map<String, Target> targets, Map<String, Integer> branches,
      Map<String, Map<String, Target>> branchTargets) {
    return of(year, org, plannedNew, tolerance, targets, branches, branchTargets, DEFAULT_DEADLINE_DAYS);
  }

  /** The same, with the plan's {@code deadline_days}. */
  public static Plan of(int year, String org, int plannedNew, double tolerance,
      Map<String, Target> targets, Map<String, Integer> branches,
      Map<String, Map<String, Target>> branchTargets, int deadlineDays) {
    return of(year, org, plannedNew, tolerance, targets, branches, branchTargets, deadlineDays, Map.of(), null);
  }

  /** The same, with the plan's {@code sub_quotas} and {@code service_points_min} (null: none). */
  public static Plan of(int year, String org, int plannedNew, double tolerance,
      Map<String, Target> targets, Map<String, Integer> branches,
      Map<String, Map<String, Target>> branchTargets, int deadlineDays, Map<String, Integer> subQuotas,
      Double servicePointsMin) {
    List<String> warnings = new ArrayList<>();
    int sum = branches == null ? 0 : branches.values().stream().mapToInt(Integer::intValue).sum();
    if (sum != plannedNew) {
      warnings.add("各支部名额合计" + sum + "名，与计划发展党员" + plannedNew
          + "名不一致（QUOTA_SUM_MISMATCH）");
    }
    if (subQuotas != null) {
      subQuotas.forEach((key, n) -> {
        if (n > plannedNew) {
          warnings.add("其中" + SubQuotaKeys.label(key) + "计划" + n + "名，超过计划发展党员" + plannedNew
              + "名（SUB_QUOTA_ABOVE_TOTAL）");
        }
      });
    }
    return new Plan(year, org, plannedNew, tolerance, targets, branches, branchTargets, warnings, deadlineDays,
        subQuotas, servicePointsMin);
  }

  /** The sub-quota of a key, or null when the plan sets none. */
  public Integer subQuota(String key) {
    return subQuotas.get(key);
  }

  /** The quota of one branch: 0 when the plan does not name it. */
  public int quota(String branchCode) {
    return branches.getOrDefault(branchCode, 0);
  }

  private static <V> Map<String, V> frozen(Map<String, V> m) {
    return m == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(m));
  }
}
