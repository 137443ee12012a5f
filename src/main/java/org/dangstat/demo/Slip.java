package org.dangstat.demo;

/** Deliberate procedure slips the simulation makes once each (compliance findings, not file errors). */
enum Slip {
  /** An activist made 发展对象 after 10 months instead of a year (ACTIVIST_ONE_YEAR). */
  EARLY_CANDIDATE("ACTIVIST_ONE_YEAR", "积极分子培养不满一年即确定为发展对象"),
  /** A new member admitted with a single 入党介绍人 (INTRODUCERS). */
  ONE_INTRODUCER("INTRODUCERS", "只有一名入党介绍人"),
  /** A probationary member never converted although the year is long over (PROBATION_OVERDUE). */
  PROBATION_OVERDUE("PROBATION_OVERDUE", "预备期满未按期转正");

  final String rule;
  final String description;

  Slip(String rule, String description) {
    this.rule = rule;
    this.description = description;
  }
}
