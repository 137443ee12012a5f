package org.dangstat.core;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

/** A calendar quarter, written {@code YYYYQn}; Q4 is the year-end report. */
public record Period(int year, int quarter) implements Comparable<Period> {

  private static final Pattern FORMAT = Pattern.compile("(\\d{4})[Qq]([1-4])");

  public Period {
    if (quarter < 1 || quarter > 4) {
      throw new IllegalArgumentException("quarter must be 1..4: " + quarter);
    }
  }

  public static Optional<Period> parse(String text) {
    var m = FORMAT.matcher(text.trim());
    return m.matches()
        ? Optional.of(new Period(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))))
        : Optional.empty();
  }

  public LocalDate start() {
    return LocalDate.of(year, quarter * 3 - 2, 1);
  }

  /** D: the last day of the period. */
  public LocalDate end() {
    return start().plusMonths(3).minusDays(1);
  }

  /** Y0 of the indicators: 1 January of the period's year. */
  public LocalDate yearStart() {
    return LocalDate.of(year, 1, 1);
  }

  public Period previous() {
    return quarter == 1 ? new Period(year - 1, 4) : new Period(year, quarter - 1);
  }

  @Override
  public int compareTo(Period o) {
    return Integer.compare(year * 4 + quarter, o.year * 4 + o.quarter);
  }

  @Override
  public String toString() {
    return year + "Q" + quarter;
  }
}
