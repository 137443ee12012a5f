package org.dangstat.core;

import java.util.List;

/**
 * The names of the base counts of indicators.md, per branch, as SQL computes them from the latest
 * accepted snapshot of a period with last day D and year start Y0. The one list: the warehouse's
 * conditions, the Tablesaw columns, indicators.csv and allocation all use these names.
 */
public final class MeasureKeys {

  public static final String MEMBERS_TOTAL = "members_total";
  public static final String MEMBERS_PROBATIONARY = "members_probationary";
  public static final String FEMALE = "female";
  public static final String MINORITY = "minority";
  /** Members {@link Under35 under 35} at D. */
  public static final String UNDER35 = "under35";
  public static final String COLLEGE_PLUS = "college_plus";
  public static final String HIGHSCHOOL_PLUS = "highschool_plus";
  public static final String FRONTLINE = "frontline";
  /** 入党日期 in [Y-01-01, D]. */
  public static final String NEW_MEMBERS = "new_members";
  public static final String NEW_FEMALE = "new_female";
  /** New members {@link Under35 under 35} on their 入党日期. */
  public static final String NEW_UNDER35 = "new_under35";
  public static final String NEW_HIGHSCHOOL_PLUS = "new_highschool_plus";
  public static final String NEW_COLLEGE_PLUS = "new_college_plus";
  public static final String NEW_FRONTLINE = "new_frontline";
  public static final String NEW_STUDENT = "new_student";
  /** New members of each occupation code of 表2 ({@code new_worker} … {@code new_other}; {@link #NEW_STUDENT} among them), for the sub-quotas. */
  public static final List<String> NEW_BY_OCCUPATION = List.of("new_worker", "new_farmer", "new_professional",
      "new_manager", "new_official", NEW_STUDENT, "new_retired", "new_other");
  /** Became 入党积极分子 in [Y-01-01, D] (积极分子日期), whatever their stage now. */
  public static final String NEW_ACTIVISTS = "new_activists";
  /** Became 发展对象 in [Y-01-01, D] (发展对象日期), whatever their stage now. */
  public static final String NEW_CANDIDATES = "new_candidates";
  /** Members at D who are 学生 (member_share_of_students). */
  public static final String STUDENT_MEMBERS = "student_members";
  /** Members at D in work: neither 学生 nor 离退休人员 (member_share_of_staff). */
  public static final String STAFF_MEMBERS = "staff_members";
  /** New members of Y−1 counted in the branch's accepted (Y−1)Q4 snapshot; 0 without one. */
  public static final String NEW_MEMBERS_PREVIOUS_YEAR = "new_members_previous_year";
  public static final String LEFT_MEMBERS = "left_members";
  public static final String LEFT_TRANSFER_OUT = "left_transfer_out";
  public static final String LEFT_DEATH = "left_death";
  public static final String LEFT_EXPELLED = "left_expelled";
  public static final String LEFT_REMOVED = "left_removed";
  public static final String LEFT_WITHDREW = "left_withdrew";
  public static final String LEFT_SUSPENDED = "left_suspended";
  public static final String LEFT_DISQUALIFIED = "left_disqualified";
  public static final String LEFT_OTHER = "left_other";
  public static final String TRANSFERRED_IN = "transferred_in";
  public static final String APPLICANTS = "applicants";
  public static final String ACTIVISTS = "activists";
  public static final String CANDIDATES = "candidates";
  /** People who became activists in [Y-01-01, D] aged ≤ 28 then. */
  public static final String YOUTH_ACTIVISTS = "youth_activists";
  /** Of {@link #YOUTH_ACTIVISTS}, those with 推优 = 是. */
  public static final String YOUTH_RECOMMENDED = "youth_recommended";
  public static final String PROCEDURE_VIOLATIONS = "procedure_violations";
  /** 1 when the branch has an accepted snapshot of (Y−1)Q4, else 0 (period-checks.md §2). */
  public static final String PRIOR_SNAPSHOT = "prior_snapshot";
  /** Members at Y0 counted in the branch's accepted (Y−1)Q4 snapshot; 0 without one. */
  public static final String MEMBERS_START_MEASURED = "members_start_measured";
  /** Rows of consistency.csv for the branch (period-checks.md §1), filled in from the integrity check. */
  public static final String CONSISTENCY_FINDINGS = "consistency_findings";
  /** 1 when the branch's accepted snapshot was first received within the plan's deadline (§4). */
  public static final String SUBMISSIONS_ON_TIME = "submissions_on_time";

  /** The count columns, in this order. */
  public static final List<String> ALL = all();

  private static List<String> all() {
    List<String> all = new java.util.ArrayList<>(List.of(MEMBERS_TOTAL, MEMBERS_PROBATIONARY, FEMALE,
        MINORITY, UNDER35, COLLEGE_PLUS, HIGHSCHOOL_PLUS, FRONTLINE, NEW_MEMBERS, NEW_FEMALE,
        NEW_UNDER35, NEW_HIGHSCHOOL_PLUS, NEW_COLLEGE_PLUS, NEW_FRONTLINE, NEW_STUDENT, LEFT_MEMBERS,
        LEFT_TRANSFER_OUT, LEFT_DEATH, LEFT_EXPELLED, LEFT_REMOVED, LEFT_WITHDREW, LEFT_SUSPENDED,
        LEFT_DISQUALIFIED, LEFT_OTHER, TRANSFERRED_IN, APPLICANTS, ACTIVISTS, CANDIDATES,
        YOUTH_ACTIVISTS, YOUTH_RECOMMENDED, PROCEDURE_VIOLATIONS, PRIOR_SNAPSHOT,
        MEMBERS_START_MEASURED, CONSISTENCY_FINDINGS, SUBMISSIONS_ON_TIME));
    NEW_BY_OCCUPATION.stream().filter(k -> !all.contains(k)).forEach(all::add);
    all.addAll(List.of(NEW_ACTIVISTS, NEW_CANDIDATES, STUDENT_MEMBERS, STAFF_MEMBERS, NEW_MEMBERS_PREVIOUS_YEAR));
    return List.copyOf(all);
  }

  /** The measure of new members of one occupation code ({@code student} → {@code new_student}). */
  public static String newOfOccupation(String code) {
    return "new_" + code;
  }

  private MeasureKeys() {}
}
