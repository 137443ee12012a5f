package org.dangstat.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.dangstat.plan.Target;

class AllocatorPropertiesTest {

  static final Map<String, Target> TARGETS = Map.of(
      "new_female_share", new Target(Target.Kind.MIN, 0.30),
      "new_under35_share", new Target(Target.Kind.APPROX, 0.50),
      "new_two_new_share", new Target(Target.Kind.MAX, 0.40));

  @Provide
  Arbitrary<List<BranchPipeline>> township() {
    return Townships.townships();
  }

  static int capacity(BranchPipeline p) {
    return p.fullMembers() < 3 ? 0 : p.ready().size();
  }

  @Property(tries = 300)
  void quotasAddUpToTheTotalOrTheCapacity(@ForAll("township") List<BranchPipeline> town,
      @ForAll @IntRange(max = 80) int total) {
    Allocation a = Allocator.allocate(town, total, TARGETS);
    int capacity = town.stream().mapToInt(AllocatorPropertiesTest::capacity).sum();
    assertThat(a.branches().stream().mapToInt(BranchQuota::quota).sum())
        .isEqualTo(Math.min(total, capacity)).isEqualTo(a.total());
    assertThat(a.capacityTotal()).isEqualTo(capacity);
  }

  @Property(tries = 300)
  void noBranchGetsMoreThanItCanAdmitAndSmallOnesGetNothing(
      @ForAll("township") List<BranchPipeline> town, @ForAll @IntRange(max = 80) int total) {
    Allocation a = Allocator.allocate(town, total, TARGETS);
    for (BranchPipeline p : town) {
      BranchQuota q = a.branches().stream().filter(b -> b.code().equals(p.code())).findFirst()
          .orElseThrow();
      assertThat(q.quota()).isBetween(0, capacity(p)).isLessThanOrEqualTo(q.capacity());
      if (p.fullMembers() < 3) {
        assertThat(q.quota()).isZero();
        assertThat(q.tooSmall()).isTrue();
      }
    }
  }

  @Property(tries = 300)
  void theInputOrderDoesNotMatter(@ForAll("township") List<BranchPipeline> town,
      @ForAll @IntRange(max = 80) int total, @ForAll long seed) {
    List<BranchPipeline> shuffled = new ArrayList<>();
    Random random = new Random(seed);
    for (BranchPipeline p : town) {
      List<Candidate> ready = new ArrayList<>(p.ready());
      Collections.shuffle(ready, random);
      shuffled.add(new BranchPipeline(p.code(), p.name(), p.fullMembers(), p.activists(),
          p.candidates(), ready));
    }
    Collections.shuffle(shuffled, random);
    assertThat(Allocator.allocate(shuffled, total, TARGETS))
        .isEqualTo(Allocator.allocate(town, total, TARGETS));
  }

  @Property(tries = 300)
  void quotasStayWithinOneOfTheExactProportion(@ForAll("township") List<BranchPipeline> town,
      @ForAll @IntRange(max = 80) int total) {
    Allocation a = Allocator.allocate(town, total, TARGETS);
    int capacity = a.capacityTotal();
    int allocated = Math.min(total, capacity);
    for (BranchQuota q : a.branches()) {
      double exact = capacity == 0 ? 0 : (double) q.capacity() * allocated / capacity;
      assertThat(Math.abs(q.quota() - exact)).isLessThan(1.0);
    }
  }
}
