package org.dangstat.allocation;

import java.util.List;
import java.util.Objects;

/**
 * One branch's pipeline as the warehouse query gives it.
 *
 * @param fullMembers 正式党员 now (a branch with fewer than 3 may not admit anyone)
 * @param activists   入党积极分子 now (all of them, ready or not)
 * @param candidates  发展对象 now
 * @param ready       who could be admitted in Y: every current 发展对象 plus the 积极分子 whose year
 *                    of training ends by the cut-off ({@link Candidate#readyBy})
 * @param category    the branch's 组织类别 (学校 …), for the sub-quotas by category; null when unknown
 */
public record BranchPipeline(String code, String name, int fullMembers, int activists,
    int candidates, List<Candidate> ready, String category) {

  /** A branch whose category does not matter. */
  public BranchPipeline(String code, String name, int fullMembers, int activists, int candidates,
      List<Candidate> ready) {
    this(code, name, fullMembers, activists, candidates, ready, null);
  }

  public BranchPipeline {
    Objects.requireNonNull(code, "code");
    name = name == null || name.isBlank() ? code : name;
    if (fullMembers < 0 || activists < 0 || candidates < 0) {
      throw new IllegalArgumentException("negative count for branch " + code);
    }
    ready = List.copyOf(ready == null ? List.of() : ready);
    long readyActivists = ready.stream().filter(c -> !c.isCandidate()).count();
    long readyCandidates = ready.size() - readyActivists;
    // the ready people are part of the counts; more of them means the query is inconsistent
    if (readyActivists > activists || readyCandidates > candidates) {
      throw new IllegalArgumentException("branch " + code + ": ready list (" + readyCandidates
          + " 发展对象, " + readyActivists + " 积极分子) exceeds the counts (" + candidates + ", "
          + activists + ")");
    }
  }

  /** 积极分子 in {@code ready}: they become 发展对象 during Y. */
  public int readyActivists() {
    return (int) ready.stream().filter(c -> !c.isCandidate()).count();
  }

  /**
   * The ready people a sub-quota counts (plan-format.md {@code sub_quotas}): those of that occupation,
   * or all of them in a branch of that org category.
   */
  public int readyOf(String subQuotaKey) {
    if (org.dangstat.core.SubQuotaKeys.kind(subQuotaKey) == org.dangstat.core.SubQuotaKeys.Kind.CATEGORY) {
      return subQuotaKey.equals(category) ? ready.size() : 0;
    }
    return (int) ready.stream().filter(c -> subQuotaKey.equals(c.occupation())).count();
  }

  /** 发展对象 in {@code ready}. */
  public int readyCandidates() {
    return ready.size() - readyActivists();
  }
}
