package org.dangstat.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.dangstat.analysis.AnalysisRepository.BranchCounts;
import org.junit.jupiter.api.Test;

class CubeTest {

  @Test
  void developedInThePeriodIsTheSumOfItsBranchesNewMembers() {
    var counted = CompletableFuture.completedFuture(List.of(
        new BranchCounts("A", Map.of("new_members", 3, "members_total", 40)),
        new BranchCounts("B", Map.of("new_members", 0, "members_total", 12)),
        new BranchCounts("C", Map.of("new_members", 5, "members_total", 9))));
    assertThat(Cube.developed(counted)).isEqualTo(8);
  }

  @Test
  void aPeriodWithoutSnapshotsHasNoPointOnTheCumulativeChart() {
    assertThat(Cube.developed(CompletableFuture.completedFuture(List.<BranchCounts>of()))).isNull();
  }
}
