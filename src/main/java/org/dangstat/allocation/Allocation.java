package org.dangstat.allocation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dangstat.plan.Target;

/**
 * The drafted quotas.
 *
 * @param requested     the total asked for
 * @param total         the total allocated: min(requested, capacityTotal) = Σ quota
 * @param capacityTotal Σ capacity of the branches that may admit
 * @param explanation   how the requested total was derived (Chinese)
 * @param branches      one per branch, by code ascending
 * @param warnings      Chinese sentences for the committee (total cut, too small branches…)
 * @param structure     the expected structure of the new members (see {@link Allocator})
 * @param targets       the targets the allocation was made against
 * @param subQuotas     the plan's sub-quotas (其中…) split over the branches, in plan order
 */
public record Allocation(int requested, int total, int capacityTotal, String explanation,
    List<BranchQuota> branches, List<String> warnings, List<StructureShare> structure,
    Map<String, Target> targets, List<SubQuotaSplit> subQuotas) {

  public Allocation {
    subQuotas = List.copyOf(subQuotas);
    branches = List.copyOf(branches);
    warnings = List.copyOf(warnings);
    structure = List.copyOf(structure);
    targets = Collections.unmodifiableMap(new LinkedHashMap<>(targets));
  }

  /** Branches with fewer than 3 正式党员, which get no quota. */
  public List<BranchQuota> tooSmall() {
    return branches.stream().filter(BranchQuota::tooSmall).toList();
  }

  /** 其中学生2名、其中学校类党支部1名 for one branch; empty when it has no seat of a sub-quota. */
  public String subQuotaNote(String code) {
    return String.join("，", subQuotas.stream().filter(s -> s.of(code) > 0)
        .map(s -> "其中" + s.subject() + s.of(code) + "名").toList());
  }

  /** The quota of a branch; 0 for a code not in the allocation. */
  public int quota(String code) {
    return branches.stream().filter(b -> b.code().equals(code)).mapToInt(BranchQuota::quota)
        .findFirst().orElse(0);
  }
}
