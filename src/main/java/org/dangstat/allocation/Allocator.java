package org.dangstat.allocation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.dangstat.plan.Plan;
import org.dangstat.plan.Target;

/**
 * Splits the year's total into branch quotas (名额分配) in proportion to what each branch can
 * admit, by the largest-remainder (Hamilton) method.
 *
 * <p>Capacity = the branch's ready people; 0 for a branch with fewer than 3 正式党员. With total T ≤
 * Σ capacity C, each branch first gets ⌊T × cap / C⌋ and the seats left go to the largest
 * remainders (T × cap mod C, exact integers, no rounding noise). Equal remainders: first the
 * branch whose next admitted person helps the structure targets most ({@link BestFit#nextScore}:
 * what the extra seat would actually buy), then the lower org code. A quota never exceeds the
 * capacity (⌊x⌋ + 1 ≤ cap when x &lt; cap). With T &gt; C every branch gets its capacity and a
 * warning says the total was cut. Branches are processed by code, so the input order is
 * irrelevant.
 */
public final class Allocator {

  private Allocator() {}

  public static Allocation allocate(List<BranchPipeline> pipelines, int total,
      Map<String, Target> targets) {
    return allocate(pipelines, TotalEstimator.given(total), targets, Plan.DEFAULT_TOLERANCE);
  }

  /** As {@link #allocate(List, int, Map)}, keeping the estimate's explanation for the report. */
  public static Allocation allocate(List<BranchPipeline> pipelines, Estimate estimate,
      Map<String, Target> targets, double tolerance) {
    return allocate(pipelines, estimate, targets, tolerance, Map.of());
  }

  /**
   * The same, and each sub-quota of the plan (其中学生20名) split over the branches that have ready
   * people of its kind ({@link SubQuotaSplit}), within each branch's quota.
   */
  public static Allocation allocate(List<BranchPipeline> pipelines, Estimate estimate,
      Map<String, Target> targets, double tolerance, Map<String, Integer> subQuotas) {
    Map<String, Target> goals = targets == null ? Map.of() : targets;
    List<BranchPipeline> byCode = sortedByCode(pipelines);
    int n = byCode.size();
    int[] capacity = new int[n];
    long capacityTotal = 0;
    for (int i = 0; i < n; i++) {
      BranchPipeline p = byCode.get(i);
      capacity[i] = p.fullMembers() < BranchQuota.MIN_FULL_MEMBERS ? 0 : p.ready().size();
      capacityTotal += capacity[i];
    }
    int requested = estimate.total();
    int total = (int) Math.min(requested, capacityTotal);
    int[] quota = requested >= capacityTotal ? capacity.clone()
        : hamilton(byCode, capacity, capacityTotal, total, goals);

    List<BranchQuota> branches = new ArrayList<>();
    List<Candidate> admitted = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      BranchPipeline p = byCode.get(i);
      branches.add(BranchQuota.of(p, capacity[i], quota[i],
          allocationText(requested >= capacityTotal, quota[i], capacity[i], total, capacityTotal)));
      admitted.addAll(BestFit.best(p.ready(), quota[i], goals));
    }
    List<SubQuotaSplit> splits = new ArrayList<>();
    (subQuotas == null ? Map.<String, Integer>of() : subQuotas).forEach((key, planned) ->
        splits.add(SubQuotaSplit.of(key, planned, byCode, branches)));
    for (int i = 0; i < n; i++) {
      for (SubQuotaSplit s : splits) {
        String code = byCode.get(i).code();
        if (s.of(code) > 0) {
          branches.set(i, branches.get(i).withReason("其中" + s.subject() + s.of(code) + "名（名额内可发展的"
              + s.subject() + s.capacity().get(code) + "名）"));
        }
      }
    }
    List<StructureShare> structure = StructureShare.of(admitted, goals, tolerance);
    List<String> warnings = new ArrayList<>(Warnings.of(requested, (int) capacityTotal, branches, structure));
    splits.stream().filter(s -> s.allocated() < s.planned()).forEach(s -> warnings.add(s.explanation() + "。"));
    return new Allocation(requested, total, (int) capacityTotal, estimate.explanation(),
        branches, warnings, structure, goals, splits);
  }

  private static int[] hamilton(List<BranchPipeline> byCode, int[] capacity, long capacityTotal,
      int total, Map<String, Target> goals) {
    int n = capacity.length;
    int[] quota = new int[n];
    long[] remainder = new long[n];
    int given = 0;
    for (int i = 0; i < n; i++) {
      long share = (long) total * capacity[i];
      quota[i] = (int) (share / capacityTotal);
      remainder[i] = share % capacityTotal;
      given += quota[i];
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (remainder[i] > 0) {
        order.add(i);
      }
    }
    int[] nextScore = new int[n];
    for (int i : order) {
      nextScore[i] = BestFit.nextScore(byCode.get(i).ready(), quota[i], goals);
    }
    // byCode is sorted, so the index is the code order
    order.sort(Comparator.<Integer>comparingLong(i -> -remainder[i])
        .thenComparingInt(i -> -nextScore[i])
        .thenComparingInt(i -> i));
    for (int k = 0; k < total - given; k++) {
      quota[order.get(k)]++;
    }
    return quota;
  }

  private static String allocationText(boolean all, int quota, int capacity, int total,
      long capacityTotal) {
    if (all) {
      return "按可发展人数全额分配" + quota + "名";
    }
    BigDecimal exact = BigDecimal.valueOf((long) total * capacity)
        .divide(BigDecimal.valueOf(capacityTotal), 2, RoundingMode.HALF_UP);
    return "按比例分配" + quota + "名（按比例应得" + exact.toPlainString() + "名）";
  }

  private static List<BranchPipeline> sortedByCode(List<BranchPipeline> pipelines) {
    List<BranchPipeline> sorted = new ArrayList<>(pipelines);
    sorted.sort(Comparator.comparing(BranchPipeline::code));
    var seen = new HashSet<String>();
    for (BranchPipeline p : sorted) {
      if (!seen.add(p.code())) {
        throw new IllegalArgumentException("branch " + p.code() + " appears twice");
      }
    }
    return sorted;
  }
}
