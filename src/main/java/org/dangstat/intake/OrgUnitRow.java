package org.dangstat.intake;

/**
 * One org unit of the {@code orgunits} file.
 *
 * @param level committee | general_branch | branch
 * @param levelLabel as written: 党委, 党工委, 党总支, 党支部
 * @param category 农村, 社区, ... for a 党支部, else null
 * @param twoNew the branch is a 两新组织 (category 非公企业 or 社会组织)
 * @param staffCount 职工人数, null when blank
 * @param studentCount 学生人数, null when blank
 */
public record OrgUnitRow(
    int rowNo, String code, String name, String parentCode, String level, String levelLabel,
    String category, boolean twoNew, Integer staffCount, Integer studentCount) {

  /** A unit without 职工人数 and 学生人数. */
  public OrgUnitRow(int rowNo, String code, String name, String parentCode, String level, String levelLabel,
      String category, boolean twoNew) {
    this(rowNo, code, name, parentCode, level, levelLabel, category, twoNew, null, null);
  }
}
