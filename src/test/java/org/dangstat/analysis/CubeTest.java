package org.dangstat.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.dangstat.core.MeasureKeys;
import org.dangstat.core.Period;
import org.junit.jupiter.api.Test;

class CubeTest {

  private static final Period PERIOD = new Period(2025, 4);
  private static final PeriodCells CELLS = PeriodCells.analysis(PERIOD, false);

  @Test
  void developedInThePeriodIsTheSumOfItsBranchesNewMembers() {
    var counted = counted(List.of("A", "B", "C"), group("A", "worker", 2), group("A", "farmer", 1),
        group("B", "worker", 0), group("C", "student", 5));
    assertThat(Cube.developed(counted)).isEqualTo(8);
  }

  @Test
  void aBranchsCountsAreItsOccupationsAddedUp() {
    var measures = counted(List.of("A"), group("A", "worker", 2), group("A", "farmer", 1)).join().measures();
    assertThat(measures).hasSize(1);
    assertThat(measures.get(0).code()).isEqualTo("A");
    assertThat(measures.get(0).counts().get(MeasureKeys.NEW_MEMBERS)).isEqualTo(3);
  }

  @Test
  void aPeriodWithoutSnapshotsHasNoPointOnTheCumulativeChart() {
    assertThat(Cube.developed(counted(List.of()))).isNull();
  }

  private static CompletableFuture<Cube.Counted> counted(List<String> branches, PeriodCounts.Group... groups) {
    return CompletableFuture.completedFuture(new Cube.Counted(CELLS,
        new PeriodCounts.Result(branches, new ArrayList<>(List.of(groups)))));
  }

  private static PeriodCounts.Group group(String branch, String occupation, int newMembers) {
    int[] counts = new int[CELLS.counts().size()];
    counts[List.copyOf(MeasureDefinitions.of(PERIOD).keySet()).indexOf(MeasureKeys.NEW_MEMBERS)] = newMembers;
    return new PeriodCounts.Group(branch, occupation, counts);
  }
}
