package org.dangstat.integrity;

import static org.dangstat.warehouse.jooq.Tables.SUBMISSION;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.dangstat.core.Period;
import org.dangstat.plan.Plan;
import org.dangstat.warehouse.SnapshotsInEffect;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * 按时报送 (period-checks.md §4): a branch is on time when the first file of it that was accepted
 * for P was received no later than {@code deadline_days} after P's last day. A correction sent
 * after the deadline does not make late a branch that delivered in time; rejected files are no
 * delivery.
 */
@Repository
public class Timeliness {

  public static final String YES = "yes";
  public static final String NO = "no";

  private final DSLContext dsl;

  Timeliness(DSLContext dsl) {
    this.dsl = dsl;
  }

  /** The last day a file for the period is on time. */
  public static LocalDate deadline(Period period, Plan plan) {
    return period.end().plusDays(plan == null ? Plan.DEFAULT_DEADLINE_DAYS : plan.deadlineDays());
  }

  /**
   * Per branch: {@code yes}, {@code no}, or empty. A branch with an accepted snapshot is judged by
   * its first accepted file; a rejected one is {@code no} once the deadline has passed (at the
   * moment of the snapshots, or now); a missing one is empty, as the spec says.
   */
  public Map<String, String> onTime(SnapshotsInEffect snapshots, Period period, Plan plan, Map<String, String> status) {
    LocalDate deadline = deadline(period, plan);
    Map<String, OffsetDateTime> first = firstAccepted(snapshots, period);
    OffsetDateTime moment = snapshots.moment() != null ? snapshots.moment() : OffsetDateTime.now();
    boolean passed = localDate(moment).isAfter(deadline);
    Map<String, String> out = new HashMap<>();
    status.forEach((branch, s) -> {
      OffsetDateTime received = first.get(branch);
      if ("accepted".equals(s) && received != null) {
        out.put(branch, localDate(received).isAfter(deadline) ? NO : YES);
      } else if ("rejected".equals(s) && passed) {
        out.put(branch, NO);
      } else {
        out.put(branch, "");
      }
    });
    return out;
  }

  /** Per branch, when its first file accepted for the period was received (as of the snapshots' moment). */
  Map<String, OffsetDateTime> firstAccepted(SnapshotsInEffect snapshots, Period period) {
    Map<String, OffsetDateTime> first = new HashMap<>();
    var s = SUBMISSION;
    dsl.select(s.BRANCH_CODE, DSL.min(s.RECEIVED_AT))
        .from(s)
        .where(s.KIND.eq("branch").and(s.PERIOD.eq(period.toString())))
        .and(s.STATUS.in("accepted", "superseded"))
        .and(snapshots.moment() == null ? DSL.trueCondition() : s.ACCEPTED_AT.le(snapshots.moment()))
        .groupBy(s.BRANCH_CODE)
        .forEach(r -> first.put(r.value1(), r.value2()));
    return first;
  }

  private static LocalDate localDate(OffsetDateTime t) {
    return t.atZoneSameInstant(ZoneId.systemDefault()).toLocalDate();
  }
}
