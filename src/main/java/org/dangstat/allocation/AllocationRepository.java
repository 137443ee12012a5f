package org.dangstat.allocation;

import static org.dangstat.warehouse.jooq.Tables.PERSON_SNAPSHOT;
import static org.dangstat.warehouse.jooq.Tables.V_CURRENT_SUBMISSION;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dangstat.core.Period;
import org.dangstat.core.Stage;
import org.dangstat.warehouse.SnapshotsInEffect;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** What quota drafting reads: the latest period of a year, and the people in the pipeline then. */
@Repository
class AllocationRepository {

  /** An activist or development candidate at the end of the reference period. */
  public record PipelinePerson(String branchCode, String sex, LocalDate birthDate, boolean frontline, String stage,
      LocalDate activistOn, LocalDate candidateOn, String occupation) {}

  private final DSLContext dsl;

  AllocationRepository(DSLContext dsl) {
    this.dsl = dsl;
  }

  /** The latest quarter of the year with at least one snapshot in effect. */
  public Optional<Period> latestPeriod(int year) {
    return dsl.select(DSL.max(V_CURRENT_SUBMISSION.PERIOD))
        .from(V_CURRENT_SUBMISSION)
        .where(V_CURRENT_SUBMISSION.PERIOD.like(year + "Q%"))
        .fetchOptional(0, String.class)
        .flatMap(Period::parse);
  }

  public List<PipelinePerson> pipeline(Period period) {
    var p = PERSON_SNAPSHOT;
    return dsl.select(V_CURRENT_SUBMISSION.BRANCH_CODE, p.SEX, p.BIRTH_DATE, p.FRONTLINE, p.STAGE, p.ACTIVIST_ON,
            p.CANDIDATE_ON, p.OCCUPATION)
        .from(V_CURRENT_SUBMISSION)
        .join(p).on(p.SUBMISSION_ID.eq(V_CURRENT_SUBMISSION.SUBMISSION_ID))
        .where(V_CURRENT_SUBMISSION.PERIOD.eq(period.toString()))
        .and(SnapshotsInEffect.now().rowsOf(dsl, p.SUBMISSION_ID, period.toString()))
        .and(p.STAGE.in(Stage.ACTIVIST.code(), Stage.CANDIDATE.code()))
        .and(p.LEFT_ON.isNull().or(p.LEFT_ON.gt(period.end())))
        .orderBy(V_CURRENT_SUBMISSION.BRANCH_CODE, p.ROW_NO)
        .fetch(r -> new PipelinePerson(r.value1(), r.value2(), r.value3(), Boolean.TRUE.equals(r.value4()),
            r.value5(), r.value6(), r.value7(), r.value8()));
  }
}
