package org.dangstat.indicators;

/**
 * Judges new_members against the quota. Above the quota is {@code over} (计划外发展) whatever the
 * quarter. Otherwise the quota is expected to be spread evenly over the year: by quarter n,
 * quota × n / 4; one quarter's worth behind is {@code near}, more is {@code missed}.
 */
final class Pace {

  static final String OVER = "over";

  private Pace() {}

  /** over / met / near / missed, or null when there is nothing to judge (no quota, no one new). */
  static String status(double newMembers, double quota, int quarter) {
    if (newMembers > quota) {
      return OVER;
    }
    if (quota == 0) {
      return null;
    }
    double expected = expected(quota, quarter);
    if (newMembers >= expected) {
      return "met";
    }
    return newMembers >= expected - quota / 4 ? "near" : "missed";
  }

  static double expected(double quota, int quarter) {
    return quota * quarter / 4;
  }

  static String targetText(double quota) {
    return "quota " + Math.round(quota);
  }
}
