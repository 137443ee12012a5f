package org.dangstat.allocation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dangstat.plan.Target;

/**
 * One trait's expected share among next year's new members, against its target.
 *
 * @param share  count / total; null when nobody is admitted (an empty share, as indicators.md)
 * @param target null when the plan sets none
 * @param status {@link Target#status} ("met", "near", "missed"); null without target or share
 */
public record StructureShare(Trait trait, int count, int total, Double share, Target target,
    String status) {

  /** The shares among {@code admitted}, judged with the plan's tolerance. */
  static List<StructureShare> of(List<Candidate> admitted, Map<String, Target> targets,
      double tolerance) {
    List<StructureShare> out = new ArrayList<>();
    for (Trait t : Trait.values()) {
      int count = (int) admitted.stream().filter(t::of).count();
      Double share = admitted.isEmpty() ? null : (double) count / admitted.size();
      Target target = targets.get(t.indicatorKey());
      String status = target == null || share == null ? null
          : target.status(share, tolerance, true);
      out.add(new StructureShare(t, count, admitted.size(), share, target, status));
    }
    return List.copyOf(out);
  }
}
