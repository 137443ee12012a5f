package org.dangstat.core;

import java.time.LocalDate;

/**
 * Days since 1970-01-01 of the dates a load handles, read off a table of the months' first days
 * from 1900 to 2100: {@link LocalDate#toEpochDay}'s leap-year arithmetic, some fifteen calls a
 * row (the binary COPY's dates, the stored facts), was ~6 % of a consolidation worker's samples
 * (docs/performance.md, nineteenth round). Dates outside those years are worked out as before.
 */
public final class EpochDays {

  private static final int FIRST_YEAR = 1900;
  private static final int MONTHS = (2100 - FIRST_YEAR + 1) * 12;
  /** The first day of month i (0 = January 1900) as days since 1970; one more entry ends the last month. */
  private static final int[] MONTH_START = new int[MONTHS + 1];

  static {
    for (int i = 0; i <= MONTHS; i++) {
      MONTH_START[i] = (int) LocalDate.of(FIRST_YEAR + i / 12, i % 12 + 1, 1).toEpochDay();
    }
  }

  private EpochDays() {}

  /** {@code date.toEpochDay()}. */
  public static long of(LocalDate date) {
    int month = monthIndex(date.getYear(), date.getMonthValue());
    return month < 0 ? date.toEpochDay() : MONTH_START[month] + date.getDayOfMonth() - 1;
  }

  /**
   * {@code date.minusYears(years).toEpochDay()}: the same day of the month that many years
   * before, or that month's last day when it is shorter (29 February → 28 February).
   */
  public static long yearsBefore(LocalDate date, int years) {
    return plusMonths(date, -12 * years);
  }

  /**
   * {@code date.plusMonths(months).toEpochDay()}: the same day of the month that many months
   * later (earlier when negative), or that month's last day when it is shorter.
   */
  public static long plusMonths(LocalDate date, int months) {
    int month = monthIndex(date.getYear(), date.getMonthValue());
    int target = month + months;
    if (month < 0 || target < 0 || target >= MONTHS) {
      return date.plusMonths(months).toEpochDay();
    }
    int length = MONTH_START[target + 1] - MONTH_START[target];
    return MONTH_START[target] + Math.min(date.getDayOfMonth(), length) - 1;
  }

  /** The table's index of the month, or -1 outside its years. */
  private static int monthIndex(int year, int month) {
    int y = year - FIRST_YEAR;
    return y < 0 || y >= MONTHS / 12 ? -1 : y * 12 + month - 1;
  }
}
