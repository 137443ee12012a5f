package org.dangstat.annual;

/** A unit of the org tree as the tables need it; {@code level} as in the warehouse (branch, …). */
public record OrgUnit(String code, String name, String parentCode, String level, boolean twoNew) {

  boolean isBranch() {
    return "branch".equals(level);
  }
}
