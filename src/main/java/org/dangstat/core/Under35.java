package org.dangstat.core;

import java.time.LocalDate;

/**
 * The one definition of "35岁以下" (indicators.md): at most 35 full years on the day in question,
 * boundaries included. Full years on a day are at most n exactly when the person was born after
 * that day minus n + 1 years, so SQL compares birth dates with a constant instead of computing ages.
 */
public final class Under35 {

  /** The oldest age that still counts. */
  public static final int MAX_AGE = 35;

  private Under35() {}

  /** Born after this date: under 35 on {@code day}. */
  public static LocalDate bornAfter(LocalDate day) {
    return day.minusYears(MAX_AGE + 1);
  }

  /** Whether someone born on {@code birth} is under 35 on {@code day}. */
  public static boolean on(LocalDate birth, LocalDate day) {
    return birth.isAfter(bornAfter(day));
  }
}
