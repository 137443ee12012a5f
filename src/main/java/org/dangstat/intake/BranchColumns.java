package org.dangstat.intake;

import java.util.List;

/** Indexes of the snapshot template's columns (reference/branch-columns.csv), by key. */
final class BranchColumns {

  static final List<ColumnDef> ALL = ReferenceData.INSTANCE.branchColumns;

  static final int ID = index("id_number");
  static final int NAME = index("name");
  static final int SEX = index("sex");
  static final int BIRTH_DATE = index("birth_date");
  static final int ETHNICITY = index("ethnicity");
  static final int EDUCATION = index("education");
  static final int OCCUPATION = index("occupation");
  static final int FRONTLINE = index("frontline");
  static final int APPLIED_ON = index("applied_on");
  static final int ACTIVIST_ON = index("activist_on");
  static final int CANDIDATE_ON = index("candidate_on");
  static final int YOUTH_RECOMMENDED = index("youth_recommended");
  static final int SPONSORS = index("sponsors");
  static final int INTRODUCERS = index("introducers");
  static final int PROBATION_ON = index("probation_on");
  static final int FULL_ON = index("full_on");
  static final int TRANSFERRED_IN_ON = index("transferred_in_on");
  static final int LEFT_ON = index("left_on");
  static final int LEFT_REASON = index("left_reason");
  static final int SERVICE_POINTS = index("service_points");
  static final int TRAINING_HOURS = index("training_hours");
  static final int REMARK = index("remark");

  /** The party-career dates in the order they must follow: 申请 ≤ 积极分子 ≤ 发展对象 ≤ 入党 ≤ 转正. */
  static final int[] CAREER_DATES = {APPLIED_ON, ACTIVIST_ON, CANDIDATE_ON, PROBATION_ON, FULL_ON};

  /** Every date column, checked against the period end. */
  static final int[] DATES = {APPLIED_ON, ACTIVIST_ON, CANDIDATE_ON, PROBATION_ON, FULL_ON, TRANSFERRED_IN_ON, LEFT_ON};

  private BranchColumns() {}

  private static int index(String key) {
    return ALL.stream().filter(c -> c.key().equals(key)).findFirst()
        .orElseThrow(() -> new IllegalStateException("branch-columns.csv lacks " + key)).index();
  }
}
