package org.dangstat.analysis;

import static org.dangstat.warehouse.jooq.Tables.PERSON_SNAPSHOT;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.dangstat.core.Period;
import org.dangstat.warehouse.SnapshotIndex;
import org.dangstat.warehouse.SnapshotsInEffect;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * The one pass over the people of a period that every count of an analysis comes from: the base
 * counts of the indicators, the stock charts and the 年报's cells, per snapshot and occupation.
 * Each count is a {@code count(*) filter (where …)} on the row's {@link PeriodFacts}, stored at
 * load, so PostgreSQL only counts, in its parallel workers too (derived here, behind the fence
 * that kept each derived once, they were counted by its leader alone: docs/performance.md,
 * sixteenth round); a count asked for twice (the indicators' members, the 年报's 合计) is made
 * once. Rows are grouped by the submission's id, a number, rather than by the branch's code:
 * hashing a text per person was a fifth of the pass.
 */
@Repository
public class PeriodCounts {

  /** The pass's name for the snapshot rows, whose columns are the person's own and the stored facts. */
  static final String ROW = "p";

  /**
   * One count of the pass: the rows that meet {@code where}, of the occupations {@code occupation}
   * accepts. The pass groups by occupation already, so an occupation is judged on each group's own
   * in Java, not on every row in PostgreSQL (a test of the text per row and count: a fifth of the pass).
   */
  public record Count(Condition where, Predicate<String> occupation) {

    public static Count of(Condition where) {
      return new Count(where, o -> true);
    }

    public static Count among(Condition where, String occupation) {
      return new Count(where, occupation::equals);
    }

    public static Count except(Condition where, Set<String> occupations) {
      return new Count(where, o -> o != null && !occupations.contains(o)); // as SQL: a missing one is not "other"
    }
  }

  /** The base counts of indicators.md of one branch (its occupations added up). */
  public record BranchCounts(String code, Map<String, Integer> counts) {}

  /** The counts of one snapshot's people of one occupation, in the order of the counts asked for. */
  public record Group(String branch, String occupation, int[] counts) {}

  /**
   * What the pass found: every branch with a snapshot for the period (one without people too) and
   * the groups of the branches that have people.
   */
  public record Result(List<String> branches, List<Group> groups) {}

  private final DSLContext dsl;

  PeriodCounts(DSLContext dsl) {
    this.dsl = dsl;
  }

  /** The base counts of indicators.md per branch with people in its snapshot now, by code (allocation). */
  public List<BranchCounts> branchMeasures(Period period) {
    var cells = PeriodCells.measures(period);
    return cells.measures(count(period, SnapshotsInEffect.now(), cells.counts()));
  }

  /**
   * Makes every count (conditions on {@link PeriodFacts} and {@link MeasureDefinitions#PERSON}) per
   * branch and occupation. A condition asked for twice (the indicators' members, the 年报's 合计) is
   * one column of the query.
   */
  public Result count(Period period, SnapshotsInEffect snapshots, List<Count> counts) {
    Map<String, Integer> columnOf = new LinkedHashMap<>();
    List<Condition> conditions = new ArrayList<>();
    int[] column = new int[counts.size()];
    for (int i = 0; i < counts.size(); i++) {
      Condition where = counts.get(i).where();
      column[i] = columnOf.computeIfAbsent(dsl.renderInlined(where), k -> {
        conditions.add(where);
        return conditions.size() - 1;
      });
    }
    Map<Long, String> branchOf = new LinkedHashMap<>();
    dsl.select(snapshots.submissionId, snapshots.branchCode).from(snapshots.table)
        .where(snapshots.period.eq(period.toString()))
        .orderBy(snapshots.branchCode)
        .forEach(r -> branchOf.put(r.value1(), r.value2()));
    var p = MeasureDefinitions.PERSON;
    Field<Long> submission = p.SUBMISSION_ID;
    Field<String> occupation = p.OCCUPATION;
    List<Field<?>> outer = new ArrayList<>(List.of(submission, occupation));
    for (int i = 0; i < conditions.size(); i++) {
      outer.add(DSL.count().filterWhere(conditions.get(i)).as("c" + i));
    }
    var inPeriod = p.SUBMISSION_ID.in(DSL.select(snapshots.submissionId).from(snapshots.table)
            .where(snapshots.period.eq(period.toString())))
        .and(SnapshotIndex.rowsOf(p.SUBMISSION_ID, branchOf.keySet().stream().mapToLong(Long::longValue).toArray()));
    var records = dsl.connectionResult(connection -> {
      // with the default 4 MB PostgreSQL sorted every person on disk (it cannot tell how few
      // occupations a branch has); with room it hashes, in each parallel worker
      // (JIT is off for every session of ours, WarehouseContext: for this plan's hundred counts on 1M
      // people it cost a second more than it saved on PostgreSQL 15.)
      DSLContext session = DSL.using(connection, dsl.dialect(), dsl.settings());
      session.execute("set work_mem = '64MB'");
      try {
        return session.select(outer).from(p).where(inPeriod).groupBy(submission, occupation).fetch();
      } finally {
        session.execute("reset work_mem");
      }
    });
    List<Group> groups = new ArrayList<>(records.size());
    int[] made = new int[conditions.size()];
    for (var r : records) {
      for (int c = 0; c < made.length; c++) {
        made[c] = r.get(c + 2, Integer.class);
      }
      String groupOccupation = r.get(occupation);
      int[] values = new int[counts.size()];
      for (int i = 0; i < values.length; i++) {
        values[i] = counts.get(i).occupation().test(groupOccupation) ? made[column[i]] : 0;
      }
      groups.add(new Group(branchOf.get(r.get(submission)), groupOccupation, values));
    }
    return new Result(List.copyOf(branchOf.values()), groups);
  }
}
