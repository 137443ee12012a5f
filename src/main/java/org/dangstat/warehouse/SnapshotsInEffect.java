package org.dangstat.warehouse;

import static org.dangstat.warehouse.jooq.Tables.ORG_UNIT_VERSION;
import static org.dangstat.warehouse.jooq.Tables.SUBMISSION;
import static org.dangstat.warehouse.jooq.Tables.V_CURRENT_SUBMISSION;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * The branch snapshots an analysis works on: those in effect now (the view
 * {@code v_current_submission}), or those in effect at a past moment T (period-checks.md §3:
 * accepted at or before T and not yet superseded then). Submissions are never rewritten, only
 * superseded, so every past moment can be rebuilt from them; the org tree likewise from its
 * versions.
 */
public final class SnapshotsInEffect {

  private static final SnapshotsInEffect NOW = new SnapshotsInEffect(null, V_CURRENT_SUBMISSION,
      V_CURRENT_SUBMISSION.SUBMISSION_ID, V_CURRENT_SUBMISSION.BRANCH_CODE, V_CURRENT_SUBMISSION.PERIOD,
      V_CURRENT_SUBMISSION.PERIOD_END);

  private final OffsetDateTime at;
  public final Table<?> table;
  public final Field<Long> submissionId;
  public final Field<String> branchCode;
  public final Field<String> period;
  public final Field<LocalDate> periodEnd;

  private SnapshotsInEffect(OffsetDateTime at, Table<?> table, Field<Long> submissionId, Field<String> branchCode,
      Field<String> period, Field<LocalDate> periodEnd) {
    this.at = at;
    this.table = table;
    this.submissionId = submissionId;
    this.branchCode = branchCode;
    this.period = period;
    this.periodEnd = periodEnd;
  }

  public static SnapshotsInEffect now() {
    return NOW;
  }

  /** As the snapshots stood at {@code at}; null means now. */
  public static SnapshotsInEffect at(OffsetDateTime at) {
    if (at == null) {
      return NOW;
    }
    var s = SUBMISSION.as("s");
    var successor = SUBMISSION.as("successor");
    Table<?> t = DSL.select(s.ID.as("submission_id"), s.BRANCH_CODE.as("branch_code"), s.PERIOD.as("period"),
            s.PERIOD_END.as("period_end"))
        .from(s)
        .leftJoin(successor).on(successor.ID.eq(s.SUPERSEDED_BY))
        .where(s.KIND.eq("branch"))
        .and(s.STATUS.in("accepted", "superseded"))
        .and(s.ACCEPTED_AT.le(at))
        .and(successor.ID.isNull().or(successor.ACCEPTED_AT.gt(at)))
        .asTable("in_effect");
    return new SnapshotsInEffect(at, t, t.field("submission_id", Long.class), t.field("branch_code", String.class),
        t.field("period", String.class), t.field("period_end", LocalDate.class));
  }

  /** The snapshots as a query of (submission_id, branch_code, period, period_end). */
  public org.jooq.Select<?> rows() {
    return DSL.select(submissionId.as("submission_id"), branchCode.as("branch_code"), period.as("period"),
        periodEnd.as("period_end")).from(table);
  }

  /**
   * The person rows of the period's snapshots, as a condition the BRIN index on
   * {@code person_snapshot.submission_id} answers ({@link SnapshotIndex#rowsOf}), to add beside the
   * join or {@code in} that selects them exactly. Without it PostgreSQL reads every quarter ever
   * loaded to find this one's: an analysis of a million people took 0.8 s longer with seven more
   * quarters in the warehouse (docs/performance.md, fifteenth round), and a warehouse gains one a
   * quarter. The ids are read first (one small query), so the planner sees them as constants.
   */
  public Condition rowsOf(DSLContext dsl, Field<Long> personSubmissionId, String period) {
    return SnapshotIndex.rowsOf(personSubmissionId, ids(dsl, period));
  }

  /** The ids of the period's snapshots, in order. */
  public long[] ids(DSLContext dsl, String period) {
    return dsl.select(submissionId).from(table).where(this.period.eq(period)).orderBy(submissionId)
        .fetch(r -> r.value1()).stream().mapToLong(Long::longValue).toArray();
  }

  /** The moment, or null for now. */
  public OffsetDateTime moment() {
    return at;
  }

  /** A submission that was registered by then (any status): for rejected files and timeliness. */
  public Condition registeredBy(Field<OffsetDateTime> receivedAt) {
    return at == null ? DSL.trueCondition() : receivedAt.le(at);
  }

  /** The org unit versions valid at the moment (the current ones for now). */
  public Condition orgVersionValid() {
    return at == null ? ORG_UNIT_VERSION.VALID_TO.isNull()
        : ORG_UNIT_VERSION.VALID_FROM.le(at).and(ORG_UNIT_VERSION.VALID_TO.isNull().or(ORG_UNIT_VERSION.VALID_TO.gt(at)));
  }
}
