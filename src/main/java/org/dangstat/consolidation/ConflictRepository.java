package org.dangstat.consolidation;

import static org.dangstat.warehouse.jooq.Tables.SUBMISSION;
import static org.dangstat.warehouse.jooq.Tables.V_ACTIVE_PERSON;
import static org.dangstat.warehouse.jooq.Tables.V_CURRENT_SUBMISSION;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.dangstat.warehouse.SnapshotIndex;
import org.dangstat.warehouse.SnapshotsInEffect;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** People active in two branches at the same period end, in the snapshots in effect. */
@Repository
class ConflictRepository {

  /** One conflict, with the masked ID only. */
  public record Conflict(String period, String idMasked, String name, String branchA, String branchB) {}

  /**
   * More people seen twice than this (a branch's two versions in one run: all its rows) and the
   * period's people are grouped instead of listed.
   */
  private static final int MAX_SCREENED = 10_000;

  private final DSLContext dsl;

  ConflictRepository(DSLContext dsl) {
    this.dsl = dsl;
  }

  /** Every conflict of the periods, from all their people. */
  public List<Conflict> inPeriods(Collection<String> periods) {
    return inPeriods(periods, null, -1);
  }

  /**
   * Every conflict of the periods. Where all branch snapshots in effect came in run {@code jobInstance},
   * only the people the run's {@code screen} saw twice are looked at; elsewhere all of them.
   */
  List<Conflict> inPeriods(Collection<String> periods, RunKeyScreen screen, long jobInstance) {
    if (periods.isEmpty()) {
      return List.of();
    }
    // Only a period with two branch snapshots in effect can have a conflict (a file has no ID
    // twice): a county that sends one file of all its people skips the pass below, ~1 s a million.
    var current = V_CURRENT_SUBMISSION;
    var shared = dsl.select(current.PERIOD).from(current).where(current.PERIOD.in(periods))
        .groupBy(current.PERIOD).having(DSL.count().gt(1)).fetch(current.PERIOD);
    if (shared.isEmpty()) {
      return List.of();
    }
    Set<String> older = screen == null ? Set.copyOf(shared) : Set.copyOf(dsl.selectDistinct(current.PERIOD)
        .from(current).join(SUBMISSION).on(SUBMISSION.ID.eq(current.SUBMISSION_ID))
        .where(current.PERIOD.in(shared)).and(SUBMISSION.JOB_INSTANCE_ID.isDistinctFrom(jobInstance))
        .fetch(current.PERIOD));
    var active = V_ACTIVE_PERSON;
    List<Condition> which = new ArrayList<>();
    List<String> everyone = new ArrayList<>();
    for (String period : shared) {
      long[] twice = older.contains(period) ? null : screen.doubled(period);
      if (twice == null || twice.length > MAX_SCREENED) {
        everyone.add(period);
      } else if (twice.length > 0) {
        which.add(rowsOf(period).and(DSL.left(active.PERSON_KEY, 16).in(hex(twice))));
      }
    }
    everyone.forEach(period -> which.add(rowsOf(period)));
    if (which.isEmpty()) {
      return List.of();
    }
    // Two steps: the doubled people first (one pass over the snapshots), then their rows. As one
    // query the planner hashed the whole snapshot table for the join before finding nobody doubled.
    var doubled = dsl.select(active.PERIOD, active.PERSON_KEY)
        .from(active)
        .where(DSL.or(which))
        .groupBy(active.PERIOD, active.PERSON_KEY)
        .having(DSL.count().gt(1))
        .fetch();
    if (doubled.isEmpty()) {
      return List.of();
    }
    // the pairs of v_cross_branch_conflict, from the doubled people's rows alone: the view groups
    // every period's people again before it can look at these
    var a = V_ACTIVE_PERSON.as("a");
    var b = V_ACTIVE_PERSON.as("b");
    var inEffect = SnapshotsInEffect.now();
    List<long[]> snapshots = doubled.stream().map(r -> r.value1()).distinct().map(p -> inEffect.ids(dsl, p)).toList();
    return dsl.select(a.PERIOD, a.ID_MASKED, a.NAME, a.BRANCH_CODE, b.BRANCH_CODE)
        .from(a)
        .join(b).on(b.PERIOD.eq(a.PERIOD)).and(b.PERSON_KEY.eq(a.PERSON_KEY)).and(a.BRANCH_CODE.lt(b.BRANCH_CODE))
        .where(DSL.row(a.PERIOD, a.PERSON_KEY).in(doubled))
        .and(DSL.or(snapshots.stream().map(ids -> SnapshotIndex.rowsOf(a.SUBMISSION_ID, ids)).toList()))
        .and(DSL.or(snapshots.stream().map(ids -> SnapshotIndex.rowsOf(b.SUBMISSION_ID, ids)).toList()))
        .orderBy(a.PERIOD, a.BRANCH_CODE, b.BRANCH_CODE, a.ID_MASKED)
        .fetch(r -> new Conflict(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
  }

  /**
   * The active people of a period, read through the BRIN index: without it every night's check read
   * every quarter ever loaded (1.7 s with eight quarters of a million people, docs/performance.md,
   * fifteenth round), and a warehouse gains a quarter each quarter.
   */
  private Condition rowsOf(String period) {
    return V_ACTIVE_PERSON.PERIOD.eq(period)
        .and(SnapshotsInEffect.now().rowsOf(dsl, V_ACTIVE_PERSON.SUBMISSION_ID, period));
  }

  /** The keys' first 16 hex digits, as stored. */
  private static List<String> hex(long[] high64) {
    HexFormat hex = HexFormat.of();
    return Arrays.stream(high64).mapToObj(hex::toHexDigits).toList();
  }
}
