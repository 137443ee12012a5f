package org.dangstat.allocation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dangstat.core.SubQuotaKeys;

/**
 * One sub-quota of the plan (其中学生20名) split over the branches that have ready people of that
 * kind, by the largest-remainder method in proportion to those people, never above what a branch
 * can give: its ready people of the kind, and its own quota (the 其中 is part of it). A seat a
 * capped branch cannot take goes round again to the others; what no branch can take is said.
 *
 * @param key the sub-quota's key (an occupation code or an org category)
 * @param planned the plan's sub-quota
 * @param allocated Σ byBranch = min(planned, Σ cap)
 * @param byBranch code → seats of the kind, only branches with at least one, by code
 * @param capacity code → the most that branch could take (min(ready of the kind, quota)), every branch with a ready one
 */
public record SubQuotaSplit(String key, int planned, int allocated, Map<String, Integer> byBranch,
    Map<String, Integer> capacity) {

  public SubQuotaSplit {
    byBranch = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byBranch));
    capacity = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(capacity));
  }

  /** 学生, or 学校类党支部. */
  public String subject() {
    return SubQuotaKeys.subject(key);
  }

  /** The seats of one branch, 0 when it has none. */
  public int of(String code) {
    return byBranch.getOrDefault(code, 0);
  }

  /** 其中学生计划20名，分给有可发展学生的5个支部20名（按可发展学生人数，最大余数法）. */
  public String explanation() {
    int sum = capacity.values().stream().mapToInt(Integer::intValue).sum();
    String how = "其中" + subject() + "计划" + planned + "名：按各支部名额内可发展的" + subject() + "人数（合计" + sum
        + "名）以最大余数法分配";
    return allocated < planned
        ? how + "，只能分配" + allocated + "名，还差" + (planned - allocated) + "名（各支部名额内没有更多可发展的" + subject() + "）"
        : how + "，分给" + byBranch.size() + "个支部";
  }

  static SubQuotaSplit of(String key, int planned, List<BranchPipeline> byCode, List<BranchQuota> quotas) {
    int n = byCode.size();
    int[] cap = new int[n];
    int[] weight = new int[n];
    for (int i = 0; i < n; i++) {
      weight[i] = byCode.get(i).readyOf(key);
      cap[i] = Math.min(weight[i], quotas.get(i).quota());
    }
    int[] seats = cappedHamilton(weight, cap, planned);
    Map<String, Integer> byBranch = new LinkedHashMap<>();
    Map<String, Integer> capacity = new LinkedHashMap<>();
    int allocated = 0;
    for (int i = 0; i < n; i++) {
      if (cap[i] > 0) {
        capacity.put(byCode.get(i).code(), cap[i]);
      }
      if (seats[i] > 0) {
        byBranch.put(byCode.get(i).code(), seats[i]);
        allocated += seats[i];
      }
    }
    return new SubQuotaSplit(key, planned, allocated, byBranch, capacity);
  }

  /**
   * Largest remainder in proportion to {@code weight}, each at most {@code cap}: a branch whose
   * proportional share reaches its cap is fixed there and the rest is shared again among the others.
   * Equal remainders go to the lower index (code).
   */
  static int[] cappedHamilton(int[] weight, int[] cap, int total) {
    int n = weight.length;
    int[] seats = new int[n];
    boolean[] fixed = new boolean[n];
    long capSum = 0;
    for (int c : cap) {
      capSum += c;
    }
    int left = (int) Math.min(total, capSum);
    while (left > 0) {
      long w = 0;
      for (int i = 0; i < n; i++) {
        if (!fixed[i] && cap[i] > 0) {
          w += weight[i];
        }
      }
      if (w == 0) {
        break;
      }
      int[] share = new int[n];
      long[] remainder = new long[n];
      int given = 0;
      List<Integer> open = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        if (!fixed[i] && cap[i] > 0) {
          long s = (long) left * weight[i];
          share[i] = (int) (s / w);
          remainder[i] = s % w;
          given += share[i];
          open.add(i);
        }
      }
      open.sort(Comparator.<Integer>comparingLong(i -> -remainder[i]).thenComparingInt(i -> i));
      for (int k = 0; k < left - given; k++) {
        share[open.get(k)]++;
      }
      boolean capped = false;
      for (int i : open) {
        if (share[i] >= cap[i]) {
          seats[i] = cap[i];
          fixed[i] = true;
          left -= cap[i];
          capped = true;
        }
      }
      if (!capped) {
        for (int i : open) {
          seats[i] = share[i];
        }
        break;
      }
    }
    return seats;
  }
}
