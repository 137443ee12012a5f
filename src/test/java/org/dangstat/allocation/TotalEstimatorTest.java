package org.dangstat.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.dangstat.allocation.History.YearFlow;
import org.junit.jupiter.api.Test;

class TotalEstimatorTest {

  @Test
  void aGivenTotalIsTakenAsIs() {
    assertThat(TotalEstimator.given(25).total()).isEqualTo(25);
    assertThat(TotalEstimator.given(25).explanation()).contains("25名");
    assertThatThrownBy(() -> TotalEstimator.given(-1)).isInstanceOf(IllegalArgumentException.class);
  }

  /**
   * By hand: 200 members × 1.5% = 3 net growth. Net outflow 2023: 6 − 1 = 5; 2024: 5 − 2 = 3;
   * 2025 up to Q3 (0.75 of the year): (4 − 1) / 0.75 = 4. Mean (5 + 3 + 4) / 3 = 4. 3 + 4 = 7.
   */
  @Test
  void netGrowthPlusTheMeanOutflowWithThePartialYearScaledUp() {
    History h = new History(200, List.of(full(2023, 6, 1), full(2024, 5, 2),
        new YearFlow(2025, 4, 1, true, 0.75)));
    Estimate e = TotalEstimator.fromNetGrowth(0.015, h);
    assertThat(e.total()).isEqualTo(7);
    assertThat(e.explanation()).contains("1.5%", "200", "203.0", "4.0", "3.0 + 4.0 = 7.0", "按全年折算",
        "假设明年与此相当", "7名");
  }

  @Test
  void halfARoundsUpAndWithoutHistoryTheOutflowIsAssumedZero() {
    Estimate e = TotalEstimator.fromNetGrowth(0.015, new History(100, List.of()));
    assertThat(e.total()).isEqualTo(2); // 1.5 → 2
    assertThat(e.explanation()).contains("假设明年净流出为0名");
  }

  @Test
  void neverBelowZero() {
    History inflow = new History(100, List.of(full(2024, 1, 9)));
    Estimate e = TotalEstimator.fromNetGrowth(0.0, inflow);
    assertThat(e.total()).isZero();
    assertThat(e.explanation()).contains("按0名计");
  }

  /** A whole year. */
  private static YearFlow full(int year, int left, int transferredIn) {
    return new YearFlow(year, left, transferredIn, false, 1.0);
  }
}
