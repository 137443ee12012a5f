package org.dangstat.indicators;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dangstat.core.MeasureKeys;

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
  static final String QUOTA = "quota";
  static final String EXPECTED = "submissions_expected";
  static final String RECEIVED = "submissions_received";

  private final Map<String, Double> values = new HashMap<>();

  /**
   * @param branches the branches making up the unit
   * @param measures branch code → its measures (branches with a snapshot only)
   * @param quota the unit's quota, or null without a plan
   */
  Counts(List<OrgTree.Org> branches, Map<String, Map<String, Double>> measures, Integer quota) {
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
    }
    if (received > 0) {
      // members at Y0 = now − admitted − came in + left (indicators.md)
      double start = get(MeasureKeys.MEMBERS_TOTAL) - get(MeasureKeys.NEW_MEMBERS)
          - get(MeasureKeys.TRANSFERRED_IN) + get(MeasureKeys.LEFT_MEMBERS);
      values.put(MEMBERS_START, start);
      values.put(NET_GROWTH, get(MeasureKeys.MEMBERS_TOTAL) - start);
    }
    balance(received);
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
      return;
    }
    double expected = get(MeasureKeys.MEMBERS_START_MEASURED) + get(MeasureKeys.NEW_MEMBERS)
        + get(MeasureKeys.TRANSFERRED_IN) - get(MeasureKeys.LEFT_MEMBERS);
    values.put(BALANCE_DIFFERENCE, get(MeasureKeys.MEMBERS_TOTAL) - expected);
  }

  /** The count, or null when it is unknown. */
  Double get(String name) {
    return values.get(name);
  }
}
