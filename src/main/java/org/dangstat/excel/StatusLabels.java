package org.dangstat.excel;

import org.dangstat.core.SubmissionStatus;
import org.dangstat.core.TargetStatus;

/**
 * The statuses of indicators.csv and completeness.csv in Chinese with their fill colours, from
 * the project's vocabulary ({@link TargetStatus}, {@link SubmissionStatus}): a cell is filled
 * with the tint of the colour the report and the charts use.
 */
final class StatusLabels {

  static final StatusLabels INSTANCE = new StatusLabels();

  private StatusLabels() {}

  /** The Chinese label; an unknown status as written, blank as blank. */
  String label(String status) {
    if (status == null || status.isBlank()) {
      return status == null ? "" : status;
    }
    for (TargetStatus s : TargetStatus.values()) {
      if (s.code().equals(status)) {
        return s.label();
      }
    }
    for (SubmissionStatus s : SubmissionStatus.values()) {
      if (s.is(status)) {
        return s.label();
      }
    }
    return status;
  }

  /** The fill colour (6 hex digits), or null for no fill. */
  String colour(String status) {
    if (status == null || status.isBlank()) {
      return null;
    }
    for (TargetStatus s : TargetStatus.values()) {
      if (s.code().equals(status)) {
        return s.colour().tint().hex();
      }
    }
    for (SubmissionStatus s : SubmissionStatus.values()) {
      if (s.is(status)) {
        return s.colour().tint().hex();
      }
    }
    return null;
  }
}
