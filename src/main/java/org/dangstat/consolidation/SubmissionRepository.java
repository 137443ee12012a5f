package org.dangstat.consolidation;

import static org.dangstat.warehouse.jooq.Tables.SUBMISSION;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dangstat.core.SubmissionStatus;
import org.dangstat.warehouse.jooq.tables.records.SubmissionRecord;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** The registry of every file read: what it was, when it came, and what became of it. */
@Repository
class SubmissionRepository {

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

  /** What the warehouse knows of a file already read: which run read it and what became of it. */
  public record Seen(Long jobInstanceId, String status) {}

  /**
   * Every file already read under one of these names, keyed by {@link #seenKey}: one query for a
   * whole inbox instead of one per file.
   */
  public Map<String, Seen> seen(Collection<String> fileNames) {
    Map<String, Seen> seen = new HashMap<>();
    Field<String> name = DSL.field(DSL.name("inbox", "name"), String.class);
    dsl.select(SUBMISSION.FILE_NAME, SUBMISSION.CONTENT_HASH, SUBMISSION.JOB_INSTANCE_ID, SUBMISSION.STATUS)
        .from(SUBMISSION)
        // a join with the unnested names, not "= any(array)": PostgreSQL compared every stored name
        // with every name of the array, 3 s for 5,000 files
        .where(SUBMISSION.FILE_NAME.in(DSL.select(name).from(DSL.unnest(fileNames.toArray(String[]::new)).as("inbox", "name"))))
        .and(SUBMISSION.RELEASED_AT.isNull()) // rejected for a lock since lifted: to be read again
        .forEach(r -> seen.put(seenKey(r.value1(), r.value2()), new Seen(r.value3(), r.value4())));
    return seen;
  }

  public static String seenKey(String fileName, String contentHash) {
    return fileName + '\n' + contentHash;
  }

  /** The file name of a {@link #seenKey}. */
  public static String fileNameOf(String seenKey) {
    return seenKey.substring(0, seenKey.indexOf('\n'));
  }

  /** Registers a file received at {@code now} (the run's clock). */
  public SubmissionRecord create(NewSubmission s, OffsetDateTime now) {
    SubmissionRecord r = dsl.newRecord(SUBMISSION);
    describe(r, s);
    r.setReceivedAt(now);
    r.setStatus(SubmissionStatus.REJECTED.code()); // until proven good, within the same transaction
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
  public void accept(SubmissionRecord accepted, OffsetDateTime now) {
    var sameSlot = SUBMISSION.KIND.eq(accepted.getKind())
        .and(SUBMISSION.STATUS.eq(SubmissionStatus.ACCEPTED.code()))
        .and(SUBMISSION.ID.ne(accepted.getId()));
    if ("branch".equals(accepted.getKind())) {
      sameSlot = sameSlot.and(SUBMISSION.BRANCH_CODE.eq(accepted.getBranchCode()))
          .and(SUBMISSION.PERIOD.eq(accepted.getPeriod()));
    }
    dsl.update(SUBMISSION)
        .set(SUBMISSION.STATUS, SubmissionStatus.SUPERSEDED.code())
        .set(SUBMISSION.SUPERSEDED_BY, accepted.getId())
        .where(sameSlot)
        .execute();
    accepted.setStatus(SubmissionStatus.ACCEPTED.code());
    accepted.setAcceptedAt(now);
    // the caller stores the record with the rest of what it learnt about the file
  }

  /** What is known of the file before it is read. */
  static void describe(SubmissionRecord r, NewSubmission s) {
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
  }

  /** Whether this run registered any file (then the warehouse changed). */
  public boolean anyOfJobInstance(long jobInstanceId) {
    return dsl.fetchExists(SUBMISSION, SUBMISSION.JOB_INSTANCE_ID.eq(jobInstanceId));
  }

  public List<SubmissionRecord> ofJobInstance(long jobInstanceId) {
    return dsl.selectFrom(SUBMISSION)
        .where(SUBMISSION.JOB_INSTANCE_ID.eq(jobInstanceId))
        .orderBy(SUBMISSION.ID)
        .fetch();
  }

  public Optional<SubmissionRecord> currentOrgUnits() {
    return dsl.selectFrom(SUBMISSION)
        .where(SUBMISSION.KIND.eq("orgunits").and(SUBMISSION.STATUS.eq(SubmissionStatus.ACCEPTED.code())))
        .fetchOptional();
  }
}
