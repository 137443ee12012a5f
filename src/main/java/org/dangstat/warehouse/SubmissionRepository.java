package org.dangstat.warehouse;

import static org.dangstat.warehouse.jooq.Tables.SUBMISSION;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.dangstat.warehouse.jooq.tables.records.SubmissionRecord;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** The registry of every file read: what it was, when it came, and what became of it. */
@Repository
public class SubmissionRepository {

  private final DSLContext dsl;

  SubmissionRepository(DSLContext dsl) {
    this.dsl = dsl;
  }

  /** A file already read with exactly these bytes under this name (an identical file is a no-op). */
  public Optional<SubmissionRecord> findSeen(String fileName, String contentHash) {
    return dsl.selectFrom(SUBMISSION)
        .where(SUBMISSION.FILE_NAME.eq(fileName).and(SUBMISSION.CONTENT_HASH.eq(contentHash)))
        .fetchOptional();
  }

  public SubmissionRecord create(NewSubmission s) {
    SubmissionRecord r = dsl.newRecord(SUBMISSION);
    r.setJobInstanceId(s.jobInstanceId());
    r.setKind(s.kind());
    r.setFileName(s.fileName());
    r.setInboxPath(s.inboxPath());
    r.setBranchCode(s.branchCode());
    r.setPeriod(s.period() == null ? null : s.period().toString());
    r.setPeriodEnd(s.period() == null ? null : s.period().end());
    r.setContentHash(s.contentHash());
    r.setSizeBytes(s.sizeBytes());
    r.setFileModifiedAt(s.fileModifiedAt());
    r.setReceivedAt(OffsetDateTime.now());
    r.setStatus("rejected"); // until proven good, within the same transaction
    r.setRowsTotal(0);
    r.setRowsLoaded(0);
    r.setRowsSkipped(0);
    r.setErrors(0);
    r.setWarnings(0);
    r.store();
    return r;
  }

  /**
   * Makes {@code accepted} the one snapshot in effect for its kind (and branch and period), and
   * marks the one it replaces as superseded: the latest accepted file wins. The caller stores
   * {@code accepted} afterwards, in the same transaction.
   */
  public void accept(SubmissionRecord accepted) {
    var sameSlot = SUBMISSION.KIND.eq(accepted.getKind())
        .and(SUBMISSION.STATUS.eq("accepted"))
        .and(SUBMISSION.ID.ne(accepted.getId()));
    if ("branch".equals(accepted.getKind())) {
      sameSlot = sameSlot.and(SUBMISSION.BRANCH_CODE.eq(accepted.getBranchCode()))
          .and(SUBMISSION.PERIOD.eq(accepted.getPeriod()));
    }
    dsl.update(SUBMISSION)
        .set(SUBMISSION.STATUS, "superseded")
        .set(SUBMISSION.SUPERSEDED_BY, accepted.getId())
        .where(sameSlot)
        .execute();
    accepted.setStatus("accepted");
    accepted.setAcceptedAt(OffsetDateTime.now());
    // the caller stores the record with the rest of what it learnt about the file
  }

  public List<SubmissionRecord> ofJobInstance(long jobInstanceId) {
    return dsl.selectFrom(SUBMISSION)
        .where(SUBMISSION.JOB_INSTANCE_ID.eq(jobInstanceId))
        .orderBy(SUBMISSION.ID)
        .fetch();
  }

  public Optional<SubmissionRecord> currentOrgUnits() {
    return dsl.selectFrom(SUBMISSION)
        .where(SUBMISSION.KIND.eq("orgunits").and(SUBMISSION.STATUS.eq("accepted")))
        .fetchOptional();
  }
}
