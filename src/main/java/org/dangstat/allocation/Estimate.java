package org.dangstat.allocation;

/**
 * The total number of admissions (计划发展党员) for Y and how it was arrived at.
 *
 * @param total       whole people, ≥ 0
 * @param explanation Chinese, with the numbers and the assumption, for the report
 */
public record Estimate(int total, String explanation) {

  public Estimate {
    if (total < 0) {
      throw new IllegalArgumentException("negative total");
    }
    explanation = explanation == null ? "" : explanation;
  }
}
