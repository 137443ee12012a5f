package org.dangstat.allocation;

/**
 * The result for one branch.
 *
 * <p>The 3:1 check looks at the end of Y, assuming every ready 积极分子 becomes a 发展对象 during Y
 * and the quota is admitted from the 发展对象:
 *
 * <ul>
 *   <li>{@code nextCandidates} = candidates + ready activists − quota (≥ 0): 发展对象 left at the
 *       end of Y, the pool for Y+1;
 *   <li>{@code activistsNeeded} = 3 × nextCandidates: 积极分子 the branch must have then
 *       (activist_candidate_ratio ≥ 3);
 *   <li>{@code activistsShortfall} = activistsNeeded − (activists − ready activists), ≥ 0: the
 *       积极分子 still to recruit in Y, since the ready ones have moved on.
 * </ul>
 *
 * @param capacity  people who could be admitted in Y (0 when the branch is too small)
 * @param tooSmall  fewer than 3 正式党员: no quota (BRANCH_TOO_SMALL of procedure-rules.md)
 * @param reason    one Chinese line for the table
 */
public record BranchQuota(String code, String name, int fullMembers, int activists,
    int candidates, int readyCandidates, int readyActivists, int capacity, int quota,
    boolean tooSmall, int nextCandidates, int activistsNeeded, int activistsShortfall,
    String reason) {

  /** The fewest 正式党员 a branch needs to admit anyone. */
  public static final int MIN_FULL_MEMBERS = 3;
  /** 积极分子 per 发展对象 to keep (activist_candidate_ratio). */
  public static final int ACTIVISTS_PER_CANDIDATE = 3;

  /** The same with a sentence added to the reason (the branch's part of a sub-quota). */
  BranchQuota withReason(String more) {
    return new BranchQuota(code, name, fullMembers, activists, candidates, readyCandidates, readyActivists, capacity,
        quota, tooSmall, nextCandidates, activistsNeeded, activistsShortfall, reason + "；" + more);
  }

  static BranchQuota of(BranchPipeline p, int capacity, int quota, String allocationText) {
    boolean tooSmall = p.fullMembers() < MIN_FULL_MEMBERS;
    int next = Math.max(0, p.candidates() + p.readyActivists() - quota);
    int needed = ACTIVISTS_PER_CANDIDATE * next;
    int shortfall = Math.max(0, needed - (p.activists() - p.readyActivists()));
    String reason = reason(p, tooSmall, capacity, allocationText, shortfall);
    return new BranchQuota(p.code(), p.name(), p.fullMembers(), p.activists(), p.candidates(),
        p.readyCandidates(), p.readyActivists(), capacity, quota, tooSmall, next, needed,
        shortfall, reason);
  }

  private static String reason(BranchPipeline p, boolean tooSmall, int capacity,
      String allocationText, int shortfall) {
    StringBuilder s = new StringBuilder();
    if (tooSmall) {
      s.append("正式党员不足").append(MIN_FULL_MEMBERS).append("名（现有").append(p.fullMembers())
          .append("名），暂不分配名额");
    } else if (capacity == 0) {
      s.append("无发展对象或培养期满的积极分子，暂不分配名额");
    } else {
      s.append("发展对象").append(p.readyCandidates()).append("名、培养期满的积极分子")
          .append(p.readyActivists()).append("名，可发展").append(capacity).append("名；")
          .append(allocationText);
    }
    if (shortfall > 0) {
      s.append("；需再培养积极分子").append(shortfall).append("名以保持3:1");
    }
    return s.toString();
  }
}
