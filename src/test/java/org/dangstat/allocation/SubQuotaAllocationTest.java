package org.dangstat.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dangstat.indicators.IndicatorCatalog;
import org.dangstat.plan.Plan;
import org.dangstat.plan.PlanReader;
import org.dangstat.plan.Target;
import org.dangstat.plan.Target.Kind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * allocate with the seed plans' sub-quotas and range targets (issue 17). Counted by hand:
 *
 * <pre>
 * branch        ready  students  category   quota of 8 by capacity 14 (largest remainder)
 * CQ-001 A       5      3         社区       8·5/14 = 2.857 → 2 + 1 (remainder 12)  = 3
 * CQ-002 B       4      1         社区       8·4/14 = 2.286 → 2     (remainder 4)   = 2
 * CQ-003 C       3      0         农村       8·3/14 = 1.714 → 1 + 1 (remainder 10)  = 2
 * CQ-004 D       2      2         学校       8·2/14 = 1.143 → 1     (remainder 2)   = 1
 * </pre>
 */
class SubQuotaAllocationTest {

  @TempDir
  Path dir;

  @BeforeAll
  static void headless() {
    System.setProperty("java.awt.headless", "true");
  }

  static Candidate ready(String occupation) {
    return new Candidate(false, false, false, false, Townships.ACTIVIST_ON, Townships.CANDIDATE_ON, occupation);
  }

  static List<Candidate> people(int students, int others) {
    List<Candidate> out = new ArrayList<>();
    for (int i = 0; i < students; i++) {
      out.add(ready("student"));
    }
    for (int i = 0; i < others; i++) {
      out.add(ready("worker"));
    }
    return out;
  }

  static List<BranchPipeline> town() {
    return List.of(
        new BranchPipeline("CQ-001", "城东社区党支部", 10, 0, 5, people(3, 2), "社区"),
        new BranchPipeline("CQ-002", "城西社区党支部", 10, 0, 4, people(1, 3), "社区"),
        new BranchPipeline("CQ-003", "和平村党支部", 10, 0, 3, people(0, 3), "农村"),
        new BranchPipeline("CQ-004", "城桥中学党支部", 10, 0, 2, people(2, 0), "学校"));
  }

  static Allocation allocate(Map<String, Integer> subQuotas) {
    return Allocator.allocate(town(), TotalEstimator.given(8), Map.of(), 0.05, subQuotas);
  }

  @Test
  void aSubQuotaByOccupationGoesToTheBranchesWithSuchPeopleWithinTheirQuota() {
    Allocation a = allocate(Map.of("student", 4));
    assertThat(a.branches()).extracting(BranchQuota::quota).containsExactly(3, 2, 2, 1);
    SubQuotaSplit s = a.subQuotas().get(0);
    // caps: A min(3, 3) = 3, B min(1, 2) = 1, D min(2, 1) = 1; 4 in proportion to 3 : 1 : 2 gives
    // A 2, B 0.67 → 1, D 1.33 → 1; B and D reach their caps, A keeps 2
    assertThat(s.byBranch()).containsExactly(entry("CQ-001", 2), entry("CQ-002", 1), entry("CQ-004", 1));
    assertThat(s.capacity()).containsExactly(entry("CQ-001", 3), entry("CQ-002", 1), entry("CQ-004", 1));
    assertThat(s.allocated()).isEqualTo(4);
    assertThat(a.branches().get(0).reason()).endsWith("；其中学生2名（名额内可发展的学生3名）");
    assertThat(a.branches().get(2).reason()).doesNotContain("其中");
    assertThat(a.subQuotaNote("CQ-004")).isEqualTo("其中学生1名");
    assertThat(s.explanation()).isEqualTo("其中学生计划4名：按各支部名额内可发展的学生人数（合计5名）以最大余数法分配，分给3个支部");
    assertThat(a.warnings()).noneMatch(w -> w.contains("其中"));
  }

  @Test
  void whatNoBranchCanTakeIsSaid() {
    Allocation a = allocate(Map.of("student", 6));
    SubQuotaSplit s = a.subQuotas().get(0);
    assertThat(s.byBranch()).containsExactly(entry("CQ-001", 3), entry("CQ-002", 1), entry("CQ-004", 1));
    assertThat(s.allocated()).isEqualTo(5);
    assertThat(a.warnings()).contains(
        "其中学生计划6名：按各支部名额内可发展的学生人数（合计5名）以最大余数法分配，只能分配5名，还差1名（各支部名额内没有更多可发展的学生）。");
  }

  @Test
  void aSubQuotaByOrgCategoryGoesToTheBranchesOfThatCategory() {
    Map<String, Integer> sub = new LinkedHashMap<>();
    sub.put("社区", 4);
    sub.put("学校", 1);
    Allocation a = allocate(sub);
    // 社区: A (5 ready, quota 3) and B (4 ready, quota 2): 4 in proportion 5 : 4 = 2.22 : 1.78 → 2 + 2
    assertThat(a.subQuotas().get(0).byBranch()).containsExactly(entry("CQ-001", 2), entry("CQ-002", 2));
    assertThat(a.subQuotas().get(1).byBranch()).containsExactly(entry("CQ-004", 1));
    assertThat(a.subQuotaNote("CQ-004")).isEqualTo("其中学校类党支部1名");
  }

  @Test
  void theDraftCarriesSubQuotasAndRangeTargetsAndAnalyzeReadsItBack() throws Exception {
    Map<String, Target> targets = new LinkedHashMap<>();
    targets.put("new_members_change_rate", new Target(Kind.MAX, -0.228));
    targets.put("new_female_share", Target.range(0.30, 0.60));
    Plan base = Plan.of(2026, "CQ", 8, 0.05, targets, Map.of("CQ-001", 8),
        Map.of("CQ-003", Map.of("new_activists", Target.range(1, 2))), 10, Map.of("student", 4), 60.0);
    Allocation a = Allocator.allocate(town(), TotalEstimator.given(8), base.targets(), 0.05, base.subQuotas());
    AllocationFiles.Written w = AllocationFiles.write(a, base, 2027, "CQ", dir);
    String text = Files.readString(w.plan());
    assertThat(text).contains("  student: 4").contains("new_female_share: {min: 0.30, max: 0.60}")
        .contains("new_activists: {min: 1.0, max: 2.0}").contains("new_members_change_rate: {max: -0.228}")
        .contains("service_points_min: 60").containsPattern("CQ-001: 3 +# 其中学生2名");
    // what analyze does with --plan: every key known, every branch in the tree
    Plan draft = PlanReader.read(w.plan(), IndicatorCatalog.standard().keySet(),
        Set.of("CQ-001", "CQ-002", "CQ-003", "CQ-004"));
    assertThat(draft.subQuotas()).containsExactly(entry("student", 4));
    assertThat(draft.targets()).isEqualTo(base.targets());
    assertThat(draft.branchTargets()).containsEntry("CQ-003", Map.of("new_activists", Target.range(1, 2)));
    assertThat(draft.servicePointsMin()).isEqualTo(60.0);
    assertThat(draft.branches()).containsExactly(entry("CQ-001", 3), entry("CQ-002", 2), entry("CQ-003", 2),
        entry("CQ-004", 1));
    assertThat(draft.warnings()).isEmpty();
    String page = Files.readString(w.html());
    assertThat(page).contains("其中…的名额").contains("其中学生计划4名");
  }

  @Test
  void cappedLargestRemainderNeverExceedsACap() {
    // weights 5 : 1 : 1, caps 1, 1, 1 of 3 seats: everyone capped at 1
    assertThat(SubQuotaSplit.cappedHamilton(new int[] {5, 1, 1}, new int[] {1, 1, 1}, 3)).containsExactly(1, 1, 1);
    // equal remainders go to the lower code
    assertThat(SubQuotaSplit.cappedHamilton(new int[] {1, 1}, new int[] {5, 5}, 1)).containsExactly(1, 0);
    assertThat(SubQuotaSplit.cappedHamilton(new int[] {0, 0}, new int[] {0, 0}, 3)).containsExactly(0, 0);
  }
}
