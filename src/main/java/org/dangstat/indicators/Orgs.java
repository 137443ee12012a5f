package org.dangstat.indicators;

import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The org tree handed to {@link IndicatorEngine}: one row per org unit. {@code parent_code} is
 * empty for the root; {@code org_level} is {@link #COMMITTEE}, {@link #GENERAL_BRANCH} or
 * {@link #BRANCH}; {@code two_new} is true for 两新组织 branches (a Boolean column; "true"/"是"
 * text is accepted too); {@code category} the 组织类别 as written (学校 …, empty above a branch);
 * {@code staff_count} and {@code student_count} the 职工人数 / 学生人数 of a branch, missing where
 * the org tree gives none.
 */
public final class Orgs {

  public static final String ORG_CODE = "org_code";
  public static final String ORG_NAME = "org_name";
  public static final String PARENT_CODE = "parent_code";
  public static final String ORG_LEVEL = "org_level";
  public static final String TWO_NEW = "two_new";
  public static final String CATEGORY = "category";
  public static final String STAFF_COUNT = "staff_count";
  public static final String STUDENT_COUNT = "student_count";

  public static final String COMMITTEE = "committee";
  public static final String GENERAL_BRANCH = "general_branch";
  public static final String BRANCH = "branch";

  private Orgs() {}

  public static Table emptyTable() {
    return Table.create("orgs", StringColumn.create(ORG_CODE), StringColumn.create(ORG_NAME),
        StringColumn.create(PARENT_CODE), StringColumn.create(ORG_LEVEL),
        BooleanColumn.create(TWO_NEW), StringColumn.create(CATEGORY), IntColumn.create(STAFF_COUNT),
        IntColumn.create(STUDENT_COUNT));
  }

  /** Appends one org unit (parent null or empty for the root). */
  public static Table add(Table orgs, String code, String name, String parent, String level,
      boolean twoNew) {
    return add(orgs, code, name, parent, level, twoNew, null, null, null);
  }

  /** The same with the branch's 组织类别, 职工人数 and 学生人数 (each may be null). */
  public static Table add(Table orgs, String code, String name, String parent, String level,
      boolean twoNew, String category, Integer staffCount, Integer studentCount) {
    orgs.stringColumn(ORG_CODE).append(code);
    orgs.stringColumn(ORG_NAME).append(name);
    orgs.stringColumn(PARENT_CODE).append(parent == null ? "" : parent);
    orgs.stringColumn(ORG_LEVEL).append(level);
    orgs.booleanColumn(TWO_NEW).append(twoNew);
    orgs.stringColumn(CATEGORY).append(category == null ? "" : category);
    append(orgs.intColumn(STAFF_COUNT), staffCount);
    append(orgs.intColumn(STUDENT_COUNT), studentCount);
    return orgs;
  }

  private static void append(IntColumn c, Integer v) {
    if (v == null) {
      c.appendMissing();
    } else {
      c.append(v);
    }
  }
}
