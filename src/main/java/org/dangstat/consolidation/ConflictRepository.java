package org.dangstat.consolidation;

import static org.dangstat.warehouse.jooq.Tables.V_ACTIVE_PERSON;
import static org.dangstat.warehouse.jooq.Tables.V_CROSS_BRANCH_CONFLICT;
import static org.dangstat.warehouse.jooq.Tables.V_CURRENT_SUBMISSION;

import java.util.Collection;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** People active in two branches at the same period end, in the snapshots in effect. */
@Repository
class ConflictRepository {

  /** One conflict, with the masked ID only. */
  public record Conflict(String period, String idMasked, String name, String branchA, String branchB) {}

  private final DSLContext dsl;

  ConflictRepository(DSLContext dsl) {
    this.dsl = dsl;
  }

  public List<Conflict> inPeriods(Collection<String> periods) {
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
    // Two steps: the doubled people first (one pass over the snapshots), then their rows. As one
    // query the planner hashed the whole snapshot table for the join before finding nobody doubled.
    var active = V_ACTIVE_PERSON;
    var doubled = dsl.select(active.PERIOD, active.PERSON_KEY)
        .from(active)
        .where(active.PERIOD.in(shared))
        .groupBy(active.PERIOD, active.PERSON_KEY)
        .having(DSL.count().gt(1))
        .fetch();
    if (doubled.isEmpty()) {
      return List.of();
    }
    var v = V_CROSS_BRANCH_CONFLICT;
    return dsl.select(v.PERIOD, v.ID_MASKED, v.NAME, v.BRANCH_A, v.BRANCH_B)
        .from(v)
        .where(DSL.row(v.PERIOD, v.PERSON_KEY).in(doubled))
        .orderBy(v.PERIOD, v.BRANCH_A, v.BRANCH_B, v.ID_MASKED)
        .fetch(r -> new Conflict(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
  }
}
