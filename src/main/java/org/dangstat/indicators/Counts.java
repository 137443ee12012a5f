package org.dangstat.indicators;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dangstat.core.MeasureKeys;
import org.dangstat.core.SubQuotaKeys;

/**
 * The counts of one org unit: the measures of its branches added up, plus the derived counts.
 * A count is absent (null) when no branch below has a snapshot, so nothing is reported as 0
 * that was never counted; quota and submissions are known without snapshots.
 */
final class Counts {

  static final String TWO_NEW_MEMBERS = "two_new_members";
  static final String NEW_TWO_NEW = "new_two_new";
  static final String MEMBERS_START = "members_start";
  static final String NET_GROWTH = "net_growth";
  static final String BALANCE_DIFFERENCE = "balance_difference";
  /** new_members − new_members_previous_year: the numerator of new_members_change_rate. */
  static final String NEW_MEMBERS_CHANGE = "new_members_change";
  static final String QUOTA = "quota";
  static final String EXPECTED = "submissions_expected";
  static final String RECEIVED = "submissions_received";
  /** 学生人数 of the counted branches that give one, and the student members of those branches. */
  static final String STUDENT_POPULATION = "student_population";
  static final String STUDENT_MEMBERS_COUNTED = "student_members_counted";
  /** 职工人数 of the counted branches that give one, and the members in work of those branches. */
  static final String STAFF_POPULATION = "staff_population";
  static final String STAFF_MEMBERS_COUNTED = "staff_members_counted";

  private final Map<String, Double> values = new HashMap<>();

  /**
   * @param branches the branches making up the unit
   * @param measures branch code → its measures (branches with a snapshot only)
   * @param quota the unit's quota, or null without a plan
   */
  Counts(List<OrgTree.Org> branches, Map<String, Map<String, Double>> measures, Integer quota) {
    this(branches, measures, quota, List.of(), Map.of());
  }

  /**
   * @param subKeys the sub-quota keys whose {@code new_members_<key>} is counted (plan-format.md)
   * @param subQuotas the unit's sub-quotas ({@code sub_quota_<key>}): the plan's for the root, else empty
   */
  Counts(List<OrgTree.Org> branches, Map<String, Map<String, Double>> measures, Integer quota,
      java.util.Collection<String> subKeys, Map<String, Integer> subQuotas) {
    int received = 0;
    for (OrgTree.Org b : branches) {
      Map<String, Double> m = measures.get(b.code());
      if (m == null) {
        continue;
      }
      received++;
      m.forEach((name, v) -> values.merge(name, v, Double::sum));
      double twoNew = b.twoNew() ? 1 : 0;
      values.merge(TWO_NEW_MEMBERS, twoNew * m.get(MeasureKeys.MEMBERS_TOTAL), Double::sum);
      values.merge(NEW_TWO_NEW, twoNew * m.get(MeasureKeys.NEW_MEMBERS), Double::sum);
      population(b.studentCount(), m.get(MeasureKeys.STUDENT_MEMBERS), STUDENT_POPULATION, STUDENT_MEMBERS_COUNTED);
      population(b.staffCount(), m.get(MeasureKeys.STAFF_MEMBERS), STAFF_POPULATION, STAFF_MEMBERS_COUNTED);
      for (String key : subKeys) {
        double n = SubQuotaKeys.kind(key) == SubQuotaKeys.Kind.OCCUPATION
            ? m.getOrDefault(MeasureKeys.newOfOccupation(key), 0.0)
            : key.equals(b.category()) ? m.get(MeasureKeys.NEW_MEMBERS) : 0;
        values.merge(SubQuotaKeys.NEW_MEMBERS_PREFIX + key, n, Double::sum);
      }
    }
    subQuotas.forEach((key, n) -> values.put(SubQuotaKeys.SUB_QUOTA_PREFIX + key, n.doubleValue()));
    if (received > 0) {
      // members at Y0 = now − admitted − came in + left (indicators.md)
      double start = get(MeasureKeys.MEMBERS_TOTAL) - get(MeasureKeys.NEW_MEMBERS)
          - get(MeasureKeys.TRANSFERRED_IN) + get(MeasureKeys.LEFT_MEMBERS);
      values.put(MEMBERS_START, start);
      values.put(NET_GROWTH, get(MeasureKeys.MEMBERS_TOTAL) - start);
    }
    balance(received);
    Double previous = get(MeasureKeys.NEW_MEMBERS_PREVIOUS_YEAR);
    if (previous != null) {
      values.put(NEW_MEMBERS_CHANGE, get(MeasureKeys.NEW_MEMBERS) - previous);
    }
    if (quota != null) {
      values.put(QUOTA, quota.doubleValue());
    }
    values.putIfAbsent(MeasureKeys.SUBMISSIONS_ON_TIME, 0.0); // no snapshot below: none on time, not unknown
    values.put(EXPECTED, (double) branches.size());
    values.put(RECEIVED, (double) received);
  }

  /**
   * The year's balance of period-checks.md §2 on the measured start: known only when every branch
   * counted here also has an accepted (Y−1)Q4 snapshot, since a start that leaves a branch out
   * would show that branch's members as a difference.
   */
  private void balance(int received) {
    Double withPrior = get(MeasureKeys.PRIOR_SNAPSHOT);
    if (received == 0 || withPrior == null || withPrior < received) {
      values.remove(MeasureKeys.MEMBERS_START_MEASURED);
      values.remove(MeasureKeys.NEW_MEMBERS_PREVIOUS_YEAR); // last year's figure of only some branches means nothing
      return;
    }
    double expected = get(MeasureKeys.MEMBERS_START_MEASURED) + get(MeasureKeys.NEW_MEMBERS)
        + get(MeasureKeys.TRANSFERRED_IN) - get(MeasureKeys.LEFT_MEMBERS);
    values.put(BALANCE_DIFFERENCE, get(MeasureKeys.MEMBERS_TOTAL) - expected);
  }

  /**
   * A branch that gives its 学生人数 (职工人数) counts in both parts of the share; one that gives none
   * in neither, so that the share is never its members over another branch's population.
   */
  private void population(Integer population, Double members, String populationName, String membersName) {
    if (population != null) {
      values.merge(populationName, population.doubleValue(), Double::sum);
      values.merge(membersName, members == null ? 0 : members, Double::sum);
    }
  }

  /** The count, or null when it is unknown. */
  Double get(String name) {
    return values.get(name);
  }
}
