package org.dangstat.warehouse;

import static org.dangstat.warehouse.jooq.Tables.SUBMISSION;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dangstat.warehouse.jooq.tables.records.SubmissionRecord;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.InsertSetMoreStep;
import org.jooq.Row2;
import org.jooq.Row3;
import org.jooq.Sequence;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.springframework.stereotype.Repository;

/** The registry of every file read: what it was, when it came, and what became of it. */
@Repository
public class SubmissionRepository {

  /** The sequence behind {@code submission.id} (bigserial). */
  private static final Sequence<Long> IDS =
      DSL.sequence(DSL.name("warehouse", "submission_id_seq"), SQLDataType.BIGINT);

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
    dsl.select(SUBMISSION.FILE_NAME, SUBMISSION.CONTENT_HASH, SUBMISSION.JOB_INSTANCE_ID, SUBMISSION.STATUS)
        .from(SUBMISSION)
        .where(SUBMISSION.FILE_NAME.eq(DSL.any(fileNames.toArray(String[]::new))))
        .forEach(r -> seen.put(seenKey(r.value1(), r.value2()), new Seen(r.value3(), r.value4())));
    return seen;
  }

  public static String seenKey(String fileName, String contentHash) {
    return fileName + '\n' + contentHash;
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

  /** Ids for files about to be read, in one round trip: their rows need the id before the file is registered. */
  public long[] reserveIds(int count) {
    return dsl.nextvals(IDS, count).stream().mapToLong(Long::longValue).toArray();
  }

  /**
   * Registers the files of one transaction with two statements (three when one replaces a
   * snapshot already in effect), whatever their number: the
   * accepted ones replace the snapshot in effect for their branch and period (superseded, pointing
   * at its successor), and within the list a later file of the same branch and period replaces an
   * earlier one, as if they had been registered one by one in this order.
   */
  public void register(List<FiledSubmission> files) {
    if (files.isEmpty()) {
      return;
    }
    Map<String, FiledSubmission> firstOfSlot = new LinkedHashMap<>();
    Map<String, Long> lastOfSlot = new HashMap<>();
    Map<Long, Long> replacedBy = new HashMap<>();
    for (FiledSubmission f : files) {
      if (f.accepted()) {
        if (!"branch".equals(f.file().kind())) {
          throw new IllegalArgumentException("only branch snapshots are accepted here: " + f.file().fileName());
        }
        String slot = f.file().branchCode() + '\n' + f.file().period();
        firstOfSlot.putIfAbsent(slot, f);
        Long previous = lastOfSlot.put(slot, f.id());
        if (previous != null) {
          replacedBy.put(previous, f.id());
        }
      }
    }
    Map<Long, Long> replaced = supersedeInEffect(firstOfSlot.values());
    OffsetDateTime now = OffsetDateTime.now();
    InsertSetMoreStep<SubmissionRecord> insert = null;
    for (FiledSubmission f : files) {
      SubmissionRecord r = record(f, replacedBy.get(f.id()), now);
      insert = insert == null ? dsl.insertInto(SUBMISSION).set(r) : insert.newRecord().set(r);
    }
    insert.execute();
    pointAtSuccessors(replaced);
  }

  /**
   * The snapshots in effect for these files' branches and periods become superseded; returns
   * which successor each one points at, to be set once the successors exist (the reference is
   * checked statement by statement).
   */
  private Map<Long, Long> supersedeInEffect(Collection<FiledSubmission> successors) {
    if (successors.isEmpty()) {
      return Map.of();
    }
    @SuppressWarnings("unchecked")
    Row3<String, String, Long>[] rows = successors.stream()
        .map(f -> DSL.row(f.file().branchCode(), f.file().period().toString(), f.id()))
        .toArray(Row3[]::new);
    var slot = DSL.values(rows).as("slot", "branch_code", "period", "successor");
    Field<Long> successor = slot.field("successor", Long.class);
    Map<Long, Long> replaced = new HashMap<>();
    dsl.update(SUBMISSION)
        .set(SUBMISSION.STATUS, "superseded")
        .from(slot)
        .where(SUBMISSION.KIND.eq("branch"))
        .and(SUBMISSION.STATUS.eq("accepted"))
        .and(SUBMISSION.BRANCH_CODE.eq(slot.field("branch_code", String.class)))
        .and(SUBMISSION.PERIOD.eq(slot.field("period", String.class)))
        .returningResult(SUBMISSION.ID, successor)
        .fetch()
        .forEach(r -> replaced.put(r.value1(), r.value2()));
    return replaced;
  }

  private void pointAtSuccessors(Map<Long, Long> replaced) {
    if (replaced.isEmpty()) {
      return;
    }
    @SuppressWarnings("unchecked")
    Row2<Long, Long>[] rows = replaced.entrySet().stream()
        .map(e -> DSL.row(e.getKey(), e.getValue()))
        .toArray(Row2[]::new);
    var link = DSL.values(rows).as("link", "id", "successor");
    dsl.update(SUBMISSION)
        .set(SUBMISSION.SUPERSEDED_BY, link.field("successor", Long.class))
        .from(link)
        .where(SUBMISSION.ID.eq(link.field("id", Long.class)))
        .execute();
  }

  private SubmissionRecord record(FiledSubmission f, Long replacedBy, OffsetDateTime now) {
    NewSubmission s = f.file();
    SubmissionRecord r = new SubmissionRecord();
    r.setId(f.id());
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
    r.setReceivedAt(now);
    r.setAcceptedAt(f.accepted() ? now : null);
    r.setStatus(!f.accepted() ? "rejected" : replacedBy == null ? "accepted" : "superseded");
    r.setSupersededBy(replacedBy);
    r.setEncoding(f.encoding());
    r.setRowsTotal(f.rowsTotal());
    r.setRowsLoaded(f.rowsLoaded());
    r.setRowsSkipped(f.rowsSkipped());
    r.setErrors(f.errors());
    r.setWarnings(f.warnings());
    r.setArchivePath(f.archivePath());
    r.setErrorReportPath(f.errorReportPath());
    return r;
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
        .where(SUBMISSION.KIND.eq("orgunits").and(SUBMISSION.STATUS.eq("accepted")))
        .fetchOptional();
  }
}
