package org.dangstat.annual;

import static org.dangstat.warehouse.jooq.Tables.PERSON_SNAPSHOT;

import java.time.LocalDate;
import java.util.Map;
import org.dangstat.analysis.MeasureDefinitions;
import org.dangstat.core.Period;
import org.dangstat.warehouse.SnapshotsInEffect;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * 上年底党员数 as period-checks.md §2 measures it: the members at Y0 (31 December of Y−1) counted in
 * the accepted (Y−1)Q4 snapshot of each branch, one pass over that quarter's people. A branch that
 * has no such snapshot has no entry (its start is unknown, not 0).
 */
@Repository
public class YearStartRepository {

  private final DSLContext dsl;

  YearStartRepository(DSLContext dsl) {
    this.dsl = dsl;
  }

  /**
   * What a branch's accepted (Y−1)Q4 snapshot says of the year before.
   *
   * @param members members at Y0 (上年底党员数)
   * @param newMembers people with 入党日期 in Y−1 (new_members_previous_year of indicators.md)
   */
  public record YearStart(int members, int newMembers) {}

  /** Branch code → members at Y0, for the branches with an accepted (Y−1)Q4 snapshot. */
  public Map<String, Integer> membersAtYearStart(Period period) {
    Map<String, Integer> out = new java.util.LinkedHashMap<>();
    yearStart(period, SnapshotsInEffect.now()).forEach((code, y) -> out.put(code, y.members()));
    return out;
  }

  /** Per branch with an accepted (Y−1)Q4 snapshot among the snapshots in effect at a moment (a locked period, --as-of). */
  public Map<String, YearStart> yearStart(Period period, SnapshotsInEffect s) {
    Period priorQ4 = new Period(period.year() - 1, 4);
    LocalDate y0 = priorQ4.end();
    var p = PERSON_SNAPSHOT;
    return dsl.select(s.branchCode, DSL.count(p.PERSON_KEY).filterWhere(MeasureDefinitions.memberAt(y0)),
            DSL.count(p.PERSON_KEY).filterWhere(p.PROBATION_ON.between(priorQ4.yearStart(), y0)))
        .from(s.table)
        // an empty snapshot still says "0 members"; the quarter's rows only, not every quarter's
        .leftJoin(p).on(p.SUBMISSION_ID.eq(s.submissionId)).and(s.rowsOf(dsl, p.SUBMISSION_ID, priorQ4.toString()))
        .where(s.period.eq(priorQ4.toString()))
        .groupBy(s.branchCode)
        .fetchMap(r -> r.value1(), r -> new YearStart(r.value2(), r.value3()));
  }
}
