package org.dangstat.excel;

import static org.dangstat.warehouse.jooq.Tables.SUBMISSION;
import static org.dangstat.warehouse.jooq.Tables.V_ORG_UNIT;

import java.util.List;
import org.dangstat.core.Period;
import org.dangstat.core.SubmissionStatus;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** What the clerks' templates are made from: the branches, and the original of each one's last snapshot. */
@Repository
public class TemplateRepository {

  /** A branch of the current tree and its latest accepted snapshot up to a period (nulls if none). */
  public record BranchSnapshot(String code, String name, String period, String archivePath) {}

  private final DSLContext dsl;

  TemplateRepository(DSLContext dsl) {
    this.dsl = dsl;
  }

  /** Every 党支部 of the current tree, by code, with its latest accepted snapshot ending by {@code upTo}. */
  public List<BranchSnapshot> branches(Period upTo) {
    var latest = dsl.select(SUBMISSION.BRANCH_CODE, SUBMISSION.PERIOD, SUBMISSION.ARCHIVE_PATH)
        .distinctOn(SUBMISSION.BRANCH_CODE)
        .from(SUBMISSION)
        .where(SUBMISSION.KIND.eq("branch").and(SUBMISSION.STATUS.eq(SubmissionStatus.ACCEPTED.code()))
            .and(SUBMISSION.PERIOD_END.le(upTo.end())))
        .orderBy(SUBMISSION.BRANCH_CODE, SUBMISSION.PERIOD_END.desc(), SUBMISSION.ID.desc())
        .asTable("latest");
    return dsl.select(V_ORG_UNIT.CODE, V_ORG_UNIT.NAME, latest.field(SUBMISSION.PERIOD),
            latest.field(SUBMISSION.ARCHIVE_PATH))
        .from(V_ORG_UNIT)
        .leftJoin(latest).on(latest.field(SUBMISSION.BRANCH_CODE).eq(V_ORG_UNIT.CODE))
        .where(V_ORG_UNIT.ORG_LEVEL.eq("branch"))
        .orderBy(V_ORG_UNIT.CODE)
        .fetch(r -> new BranchSnapshot(r.value1(), r.value2(), r.value3(), r.value4()));
  }
}
