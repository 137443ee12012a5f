package org.dangstat.core;

import java.util.Locale;

/**
 * What became of a branch's file for a period ({@code submission.status} in the warehouse, the
 * status column of {@code completeness.csv}). {@link #MISSING} is never stored: it is a branch
 * that sent nothing. Colours follow the target statuses: in, amber, red.
 */
public enum SubmissionStatus {
  ACCEPTED("已接收", TargetStatus.MET.colour()),
  /** Registered with errors; the branch's previous snapshot stays in effect. */
  REJECTED("被退回", TargetStatus.NEAR.colour()),
  /** Accepted once, then replaced by a newer file of the same branch and period. */
  SUPERSEDED("已替换", TargetStatus.NEAR.colour()),
  MISSING("未报送", TargetStatus.MISSED.colour());

  private final String label;
  private final Colour colour;

  SubmissionStatus(String label, Colour colour) {
    this.label = label;
    this.colour = colour;
  }

  /** As stored and written: {@code accepted}, {@code rejected}, {@code superseded}, {@code missing}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public String label() {
    return label;
  }

  public Colour colour() {
    return colour;
  }

  /** Whether {@code code} is this status (null is none). */
  public boolean is(String code) {
    return code().equals(code);
  }

  /** Parses a stored code; anything else is {@link #MISSING}. */
  public static SubmissionStatus fromCode(String code) {
    for (SubmissionStatus s : values()) {
      if (s.is(code)) {
        return s;
      }
    }
    return MISSING;
  }
}
