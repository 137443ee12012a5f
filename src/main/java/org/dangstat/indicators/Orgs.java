package org.dangstat.indicators;

import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The org tree handed to {@link IndicatorEngine}: one row per org unit. {@code parent_code} is
 * empty for the root; {@code org_level} is {@link #COMMITTEE}, {@link #GENERAL_BRANCH} or
 * {@link #BRANCH}; {@code two_new} is true for 两新组织 branches (a Boolean column; "true"/"是"
 * text is accepted too).
 */
public final class Orgs {

  public static final String ORG_CODE = "org_code";
  public static final String ORG_NAME = "org_name";
  public static final String PARENT_CODE = "parent_code";
  public static final String ORG_LEVEL = "org_level";
  public static final String TWO_NEW = "two_new";

  public static final String COMMITTEE = "committee";
  public static final String GENERAL_BRANCH = "general_branch";
  public static final String BRANCH = "branch";

  private Orgs() {}

  public static Table emptyTable() {
    return Table.create("orgs", StringColumn.create(ORG_CODE), StringColumn.create(ORG_NAME),
        StringColumn.create(PARENT_CODE), StringColumn.create(ORG_LEVEL),
        BooleanColumn.create(TWO_NEW));
  }

  /** Appends one org unit (parent null or empty for the root). */
  public static Table add(Table orgs, String code, String name, String parent, String level,
      boolean twoNew) {
    orgs.stringColumn(ORG_CODE).append(code);
    orgs.stringColumn(ORG_NAME).append(name);
    orgs.stringColumn(PARENT_CODE).append(parent == null ? "" : parent);
    orgs.stringColumn(ORG_LEVEL).append(level);
    orgs.booleanColumn(TWO_NEW).append(twoNew);
    return orgs;
  }
}
