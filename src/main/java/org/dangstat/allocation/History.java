package org.dangstat.allocation;

import java.util.List;

/**
 * What the estimate of next year's outflow rests on.
 *
 * @param membersNow members (正式 + 预备) now, taken as the members at the start of Y
 * @param years      past years' flows, any order; may be empty
 */
public record History(int membersNow, List<YearFlow> years) {

  public History {
    if (membersNow < 0) {
      throw new IllegalArgumentException("negative membersNow");
    }
    years = List.copyOf(years == null ? List.of() : years);
  }

  /**
   * One year's flow of members.
   *
   * @param left           members who left (any reason) in the year
   * @param transferredIn  members who came in by transfer in the year
   * @param partial        true for a year not yet over (e.g. Y−1 up to Q3)
   * @param fractionOfYear the part of the year the figures cover, in (0, 1]; used when partial
   */
  public record YearFlow(int year, int left, int transferredIn, boolean partial,
      double fractionOfYear) {

    public YearFlow {
      if (left < 0 || transferredIn < 0) {
        throw new IllegalArgumentException("negative flow in " + year);
      }
      if (partial && !(fractionOfYear > 0 && fractionOfYear <= 1)) {
        throw new IllegalArgumentException("fractionOfYear of " + year + " must be in (0, 1]");
      }
    }

    /** The fraction actually applied: 1 for a whole year. */
    public double coverage() {
      return partial ? fractionOfYear : 1.0;
    }
  }
}
