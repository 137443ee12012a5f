package org.dangstat.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dangstat.allocation.Townships.branch;
import static org.dangstat.allocation.Townships.person;
import static org.dangstat.allocation.Townships.plain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dangstat.core.TargetStatus;
import org.dangstat.plan.Target.Kind;
import org.dangstat.plan.Target;
import org.junit.jupiter.api.Test;

class AllocatorTest {

  static final Map<String, Target> TARGETS = Map.of(
      "new_female_share", new Target(Kind.MIN, 0.30),
      "new_two_new_share", new Target(Kind.MAX, 0.40));

  @Test
  void proportionalByLargestRemainder() {
    // capacities 5, 3, 2 (Σ 10), total 5: exact 2.5, 1.5, 1.0 → 2, 1, 1 + one seat for a .5
    Allocation a = Allocator.allocate(List.of(branch("CQ-003", 9, 20, plain(2)),
        branch("CQ-001", 9, 20, plain(5)), branch("CQ-002", 9, 20, plain(3))), 5, TARGETS);
    assertThat(a.branches()).extracting(BranchQuota::code).containsExactly("CQ-001", "CQ-002", "CQ-003");
    assertThat(a.branches()).extracting(BranchQuota::quota).containsExactly(3, 1, 1);
    assertThat(a.branches().get(0).reason())
        .isEqualTo("发展对象5名、培养期满的积极分子0名，可发展5名；按比例分配3名（按比例应得2.50名）");
    // nobody in the pipeline is a woman: the only warning is the structure
    assertThat(a.warnings()).containsExactly(
        "按各支部最符合结构要求的人选测算，新发展党员中女性占0.0%，未达到“不低于30%”的要求。");
  }

  @Test
  void equalRemaindersGoToTheBranchWhoseNextPersonHelpsTheTargets() {
    // one seat, two branches of capacity 1: remainders equal; CQ-002's person is a woman
    Allocation a = Allocator.allocate(List.of(branch("CQ-001", 9, 0, List.of(plain())),
        branch("CQ-002", 9, 0, List.of(person(true, false, false, false)))), 1, TARGETS);
    assertThat(a.quota("CQ-002")).isEqualTo(1);
    assertThat(a.quota("CQ-001")).isZero();
  }

  @Test
  void aMaxTargetDoesNotCountAsHelpSoTheCodeDecides() {
    // two_new has a max target: more of them is not wanted, the scores are equal
    Allocation a = Allocator.allocate(List.of(branch("CQ-002", 9, 0,
        List.of(person(false, false, false, true))), branch("CQ-001", 9, 0, List.of(plain()))),
        1, TARGETS);
    assertThat(a.quota("CQ-001")).isEqualTo(1);
    assertThat(a.quota("CQ-002")).isZero();
  }

  @Test
  void theSeatGoesByTheNextPersonNotByTheBest() {
    // capacities 3 and 3, total 3: exact 1.5 each. CQ-001's 2nd best is a woman, CQ-002's is not
    List<Candidate> one = List.of(person(true, false, false, false),
        person(true, false, false, false), plain());
    List<Candidate> two = List.of(person(true, false, false, false), plain(), plain());
    Allocation a = Allocator.allocate(List.of(branch("CQ-002", 9, 0, two), branch("CQ-001", 9, 0, one)),
        3, TARGETS);
    assertThat(a.quota("CQ-001")).isEqualTo(2);
    assertThat(a.quota("CQ-002")).isEqualTo(1);
    StructureShare female = a.structure().get(0);
    assertThat(female.trait()).isEqualTo(Trait.FEMALE);
    assertThat(female.count()).isEqualTo(3);
    assertThat(female.share()).isEqualTo(1.0);
    assertThat(female.status()).isEqualTo(TargetStatus.MET.code());
  }

  @Test
  void aBranchWithFewerThanThreeFullMembersGetsNothing() {
    Allocation a = Allocator.allocate(List.of(branch("CQ-001", 2, 0, plain(4)),
        branch("CQ-002", 3, 0, plain(2))), 2, TARGETS);
    BranchQuota small = a.branches().get(0);
    assertThat(small.tooSmall()).isTrue();
    assertThat(small.capacity()).isZero();
    assertThat(small.quota()).isZero();
    assertThat(small.reason()).startsWith("正式党员不足3名（现有2名），暂不分配名额");
    assertThat(a.tooSmall()).containsExactly(small);
    assertThat(a.quota("CQ-002")).isEqualTo(2);
    assertThat(a.warnings()).anyMatch(w -> w.contains("正式党员不足3名") && w.contains("CQ-001支部（2名）"));
  }

  @Test
  void aTotalAboveTheCapacityIsCutWithAWarning() {
    Allocation a = Allocator.allocate(List.of(branch("CQ-001", 5, 0, plain(2)),
        branch("CQ-002", 5, 0, plain(3))), 10, TARGETS);
    assertThat(a.requested()).isEqualTo(10);
    assertThat(a.total()).isEqualTo(5);
    assertThat(a.branches()).extracting(BranchQuota::quota).containsExactly(2, 3);
    assertThat(a.warnings().get(0)).isEqualTo(
        "计划发展党员10名，超过各支部可发展人数合计5名（发展对象和培养期满的积极分子），总数已削减为5名。");
    assertThat(a.branches().get(1).reason()).contains("按可发展人数全额分配3名");
  }

  @Test
  void threeToOneShortfallAfterTheQuota() {
    // 3 发展对象 + 2 ready 积极分子 of 5: after admitting 2, 3 发展对象 remain → 9 积极分子 needed;
    // 3 积极分子 remain (the 2 ready ones have moved on) → 6 to recruit
    List<Candidate> ready = new ArrayList<>(plain(3));
    ready.add(new Candidate(false, true, false, false, LocalDate.of(2025, 5, 1), null));
    ready.add(new Candidate(false, true, false, false, LocalDate.of(2025, 6, 30), null));
    BranchPipeline p = new BranchPipeline("CQ-001", "东村党支部", 10, 5, 3, ready);
    Allocation a = Allocator.allocate(List.of(p), 2, TARGETS);
    BranchQuota q = a.branches().get(0);
    assertThat(q.capacity()).isEqualTo(5);
    assertThat(q.quota()).isEqualTo(2);
    assertThat(q.nextCandidates()).isEqualTo(3);
    assertThat(q.activistsNeeded()).isEqualTo(9);
    assertThat(q.activistsShortfall()).isEqualTo(6);
    assertThat(q.reason()).endsWith("；需再培养积极分子6名以保持3:1");
    assertThat(a.warnings()).anyMatch(w -> w.contains("需再培养积极分子共6名"));
  }

  @Test
  void readinessUsesTheCutOff() {
    LocalDate cutOff = Candidate.defaultCutOff(2026);
    assertThat(new Candidate(false, false, false, false, LocalDate.of(2025, 6, 30), null)
        .readyBy(cutOff)).isTrue();
    assertThat(new Candidate(false, false, false, false, LocalDate.of(2025, 7, 1), null)
        .readyBy(cutOff)).isFalse();
    assertThat(plain().readyBy(cutOff)).isTrue();
  }
}
