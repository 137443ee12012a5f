package org.dangstat.demo;

/**
 * A line of {@code orgunits.csv}. For a 党支部, {@code profile} says who its people are and
 * {@code size} how many persons its latest snapshot should list; both are null/0 otherwise.
 */
record OrgUnit(String code, String name, String parentCode, String level, CategoryProfile profile, int size) {

  static final String ROOT_LEVEL = "党工委";
  static final String GENERAL_LEVEL = "党总支";
  static final String BRANCH_LEVEL = "党支部";

  boolean isBranch() {
    return BRANCH_LEVEL.equals(level);
  }

  String category() {
    return profile == null ? "" : profile.category();
  }
}
