package org.dangstat.compliance;

import java.util.List;

/**
 * The rules the checker knows how to evaluate, and the parameters each one reads. The rules file
 * supplies their wording and values; a code or parameter not listed here would be silently
 * ignored by the checker, so the loader rejects it instead.
 */
public enum RuleCode {
  AGE_AT_APPLICATION("min_age"),
  ACTIVIST_ONE_YEAR("min_years"),
  SPONSORS("min", "max"),
  INTRODUCERS("required"),
  PROBATION_ONE_YEAR("min_years"),
  PROBATION_MAX("max_years"),
  PROBATION_OVERDUE("probation_years", "grace_months", "max_years"),
  YOUTH_RECOMMEND("max_age"),
  BRANCH_TOO_SMALL("min_full_members"),
  OVER_QUOTA,
  /** 服务积分制: the threshold is the plan's {@code service_points_min}, not a parameter of the rules file. */
  SERVICE_POINTS,
  TRAINING_HOURS("min_hours");

  private final List<String> params;

  RuleCode(String... params) {
    this.params = List.of(params);
  }

  public List<String> params() {
    return params;
  }
}
