package org.dangstat.indicators;

import org.dangstat.core.TargetStatus;

/**
 * Judges new_members against the quota. Above the quota is {@code over} (计划外发展) whatever the
 * quarter. Otherwise the quota is expected to be spread evenly over the year: by quarter n,
 * quota × n / 4; one quarter's worth behind is {@code near}, more is {@code missed}.
 */
final class Pace {

  private Pace() {}

  /** over / met / near / missed, or null when there is nothing to judge (no quota, no one new). */
  static String status(double newMembers, double quota, int quarter) {
    if (newMembers > quota) {
      return TargetStatus.OVER.code();
    }
    if (quota == 0) {
      return null;
    }
    double expected = expected(quota, quarter);
    if (newMembers >= expected) {
      return TargetStatus.MET.code();
    }
    return (newMembers >= expected - quota / 4 ? TargetStatus.NEAR : TargetStatus.MISSED).code();
  }

  static double expected(double quota, int quarter) {
    return quota * quarter / 4;
  }

  static String targetText(double quota) {
    return "quota " + Math.round(quota);
  }
}
