package org.dangstat.allocation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.dangstat.core.TargetStatus;
import org.dangstat.plan.Target;

/** The Chinese warnings of an allocation, most important first. */
final class Warnings {

  private Warnings() {}

  static List<String> of(int requested, int capacityTotal, List<BranchQuota> branches,
      List<StructureShare> structure) {
    List<String> out = new ArrayList<>();
    if (requested > capacityTotal) {
      out.add("计划发展党员" + requested + "名，超过各支部可发展人数合计" + capacityTotal
          + "名（发展对象和培养期满的积极分子），总数已削减为" + capacityTotal + "名。");
    }
    List<BranchQuota> small = branches.stream().filter(BranchQuota::tooSmall).toList();
    if (!small.isEmpty()) {
      out.add("以下支部正式党员不足" + BranchQuota.MIN_FULL_MEMBERS + "名，暂不分配名额："
          + small.stream().map(b -> b.name() + "（" + b.fullMembers() + "名）")
              .collect(Collectors.joining("、")) + "。");
    }
    List<BranchQuota> short3 = branches.stream().filter(b -> b.activistsShortfall() > 0).toList();
    if (!short3.isEmpty()) {
      int sum = short3.stream().mapToInt(BranchQuota::activistsShortfall).sum();
      out.add(short3.size() + "个支部需再培养积极分子共" + sum + "名，才能在年底保持积极分子与发展对象3:1的比例。");
    }
    for (StructureShare s : structure) {
      if (s.status() != null && TargetStatus.fromCode(s.status()) != TargetStatus.MET) {
        out.add("按各支部最符合结构要求的人选测算，新发展党员中" + s.trait().label() + "占"
            + percent(s.share()) + "，" + (TargetStatus.fromCode(s.status()) == TargetStatus.NEAR ? "接近" : "未达到")
            + "“" + requirement(s.target()) + "”的要求。");
      }
    }
    return out;
  }

  /** E.g. 不低于30%, 控制在1.5%以内, 50%左右 (the targets here are shares). */
  static String requirement(Target t) {
    return t.chinese("%");
  }

  static String percent(double share) {
    return String.format(Locale.ROOT, "%.1f%%", share * 100);
  }
}
