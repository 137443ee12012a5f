package org.dangstat.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EpochDaysTest {

  @Test
  void everyDayOfTheTableAndAroundItIsItsEpochDay() {
    for (LocalDate d = LocalDate.of(1899, 11, 1); d.isBefore(LocalDate.of(2101, 3, 1)); d = d.plusDays(1)) {
      assertThat(EpochDays.of(d)).as("%s", d).isEqualTo(d.toEpochDay());
    }
    assertThat(EpochDays.of(LocalDate.of(1, 1, 1))).isEqualTo(LocalDate.of(1, 1, 1).toEpochDay());
    assertThat(EpochDays.of(LocalDate.of(9999, 12, 31))).isEqualTo(LocalDate.of(9999, 12, 31).toEpochDay());
  }

  @Test
  void yearsBeforeIsMinusYearsLeapDaysIncluded() {
    for (LocalDate d = LocalDate.of(1899, 12, 1); d.isBefore(LocalDate.of(2101, 2, 1)); d = d.plusDays(7)) {
      for (int years : new int[] {0, 1, 4, 29, 36, 100, 250}) {
        assertThat(EpochDays.yearsBefore(d, years)).as("%s - %d", d, years).isEqualTo(d.minusYears(years).toEpochDay());
      }
    }
    for (int years = 0; years <= 130; years++) {
      LocalDate leap = LocalDate.of(2024, 2, 29);
      assertThat(EpochDays.yearsBefore(leap, years)).as("%d", years).isEqualTo(leap.minusYears(years).toEpochDay());
    }
  }

  @Test
  void plusMonthsIsLocalDatesPlusMonthsEitherWay() {
    for (LocalDate d = LocalDate.of(1899, 12, 1); d.isBefore(LocalDate.of(2101, 2, 1)); d = d.plusDays(3)) {
      for (int months : new int[] {-13, -1, 0, 1, 11, 15, 30, 2400}) {
        assertThat(EpochDays.plusMonths(d, months)).as("%s + %d", d, months).isEqualTo(d.plusMonths(months).toEpochDay());
      }
    }
  }
}
