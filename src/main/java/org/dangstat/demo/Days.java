package org.dangstat.demo;

import java.time.LocalDate;
import java.util.SplittableRandom;

/** Random days within bounds; every draw comes from the caller's seeded generator. */
final class Days {

  /** The 2014 细则 took effect: members admitted from then on need their full history. */
  static final LocalDate RULES_2014 = LocalDate.of(2014, 6, 1);

  private Days() {}

  /** A day in [from, to]; {@code from} when the range is empty. */
  static LocalDate between(SplittableRandom random, LocalDate from, LocalDate to) {
    long span = to.toEpochDay() - from.toEpochDay();
    return span <= 0 ? from : from.plusDays(random.nextLong(span + 1));
  }

  /** {@code months} months (plus 0..extraDays days) before {@code day}. */
  static LocalDate monthsBefore(SplittableRandom random, LocalDate day, int months, int extraDays) {
    return day.minusMonths(months).minusDays(extraDays <= 0 ? 0 : random.nextInt(extraDays + 1));
  }

  /** A month count in [lo, hi]. */
  static int months(SplittableRandom random, int lo, int hi) {
    return lo + random.nextInt(hi - lo + 1);
  }

  static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }
}
